package com.notefolio.analytics.row;

import com.notefolio.core.io.InputError;
import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * A note as read from an input file, checked by the core: the note when its terms are valid, otherwise
 * the error naming the file, the row and the reason. {@code row} counts data rows from 1 (the header is
 * not one), or is 0 where the input has no row order (Parquet).
 */
public class CheckedNoteRow implements Serializable {

    private static final long serialVersionUID = 1L;

    public static Encoder<CheckedNoteRow> encoder() {
        return Encoders.bean(CheckedNoteRow.class);
    }

    private long row;
    private String noteId;
    private NoteRow note;
    private String error;

    public long getRow() {
        return row;
    }

    public void setRow(long row) {
        this.row = row;
    }

    public String getNoteId() {
        return noteId;
    }

    public void setNoteId(String noteId) {
        this.noteId = noteId;
    }

    public NoteRow getNote() {
        return note;
    }

    public void setNote(NoteRow note) {
        this.note = note;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }
    private String errorSource;
    private long errorLine;
    private String errorColumn;
    private String errorValue;
    private String errorReason;

    public String getErrorSource() {
        return errorSource;
    }

    public void setErrorSource(String errorSource) {
        this.errorSource = errorSource;
    }

    public long getErrorLine() {
        return errorLine;
    }

    public void setErrorLine(long errorLine) {
        this.errorLine = errorLine;
    }

    public String getErrorColumn() {
        return errorColumn;
    }

    public void setErrorColumn(String errorColumn) {
        this.errorColumn = errorColumn;
    }

    public String getErrorValue() {
        return errorValue;
    }

    public void setErrorValue(String errorValue) {
        this.errorValue = errorValue;
    }

    public String getErrorReason() {
        return errorReason;
    }

    public void setErrorReason(String errorReason) {
        this.errorReason = errorReason;
    }


    public static CheckedNoteRow valid(long row, NoteRow note) {
        CheckedNoteRow r = new CheckedNoteRow();
        r.row = row;
        r.noteId = note.getNoteId();
        r.note = note;
        return r;
    }

    /** A row the core refused, with the error's parts kept so that the driver can rebuild it. */
    public static CheckedNoteRow invalid(long row, String noteId, InputError e) {
        CheckedNoteRow r = new CheckedNoteRow();
        r.row = row;
        r.noteId = noteId;
        r.error = e.message();
        r.errorSource = e.source();
        r.errorLine = e.line();
        r.errorColumn = e.column() != null ? e.column() : e.field();
        r.errorValue = e.value();
        r.errorReason = e.reason();
        return r;
    }

    /** The error of an invalid row, as the core's input error. */
    public InputError inputError() {
        return InputError.inColumn(errorSource, errorLine, errorColumn, errorValue, errorReason);
    }
}
