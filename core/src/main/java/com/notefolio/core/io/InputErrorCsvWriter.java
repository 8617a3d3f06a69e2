package com.notefolio.core.io;

import java.io.Writer;

/**
 * Writer of {@link InputError}s as CSV, one line per error: the file, the line (empty when unknown), the
 * column or field, the value found and the reason. This is the downloadable form of an upload's error
 * report, so every text field is neutralised against spreadsheet formula injection: the values are
 * whatever the uploaded file held.
 */
public final class InputErrorCsvWriter extends CsvTableWriter {

    public static final String HEADER = "file,line,column,value,reason";

    private InputErrorCsvWriter(CsvTarget target) {
        super(target);
    }

    /** A writer to the caller's writer, which is flushed on {@link #commit()} but not closed. */
    public static InputErrorCsvWriter to(Writer out) {
        return new InputErrorCsvWriter(CsvTarget.writer(out, HEADER));
    }

    public InputErrorCsvWriter write(InputError e) {
        line.text(e.source());
        if (e.line() > 0) {
            line.integer(e.line());
        } else {
            line.empty();
        }
        line.text(e.column() != null ? e.column() : e.field()).text(e.value()).text(e.reason());
        target.write(line);
        return this;
    }
}
