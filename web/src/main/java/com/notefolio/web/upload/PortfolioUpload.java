package com.notefolio.web.upload;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.io.StatedSchedules;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The uploaded files of one portfolio as input for the core's readers: a portfolio CSV with an optional
 * stated-schedules CSV, or a workbook whose sheets hold both (a separate schedules file may then be
 * given only if the workbook has no schedules sheet). Close it to delete what it wrote; the uploaded files
 * themselves stay with their owner.
 */
final class PortfolioUpload implements AutoCloseable {

    private final CsvInput notes;
    private final CsvInput schedules;

    private PortfolioUpload(CsvInput notes, CsvInput schedules) {
        this.notes = notes;
        this.schedules = schedules;
    }

    /**
     * The input of {@code notesFile} and {@code schedulesFile} ({@code null} when none was given), told
     * apart by their names' endings: {@code .xlsx} is a workbook, anything else CSV text. A file that
     * cannot be read at all is an {@link InputException} naming it.
     */
    static PortfolioUpload open(ReceivedFile notesFile, ReceivedFile schedulesFile) {
        return open(notesFile, schedulesFile, new ExpansionLimit(WorkbookSheets.DEFAULT_MAX_EXPANDED_BYTES));
    }

    /** As {@link #open(ReceivedFile, ReceivedFile)}, the workbooks' expansion counted against {@code limit}. */
    static PortfolioUpload open(ReceivedFile notesFile, ReceivedFile schedulesFile, ExpansionLimit limit) {
        CsvInput schedules = null;
        CsvInput notes = null;
        try {
            if (schedulesFile != null) {
                schedules = isWorkbook(schedulesFile) ? schedulesOfWorkbook(schedulesFile, limit)
                        : CsvInput.uploaded(schedulesFile);
            }
            if (!isWorkbook(notesFile)) {
                return new PortfolioUpload(CsvInput.uploaded(notesFile), schedules);
            }
            WorkbookSheets.Sheets sheets = WorkbookSheets.read(notesFile, limit);
            notes = sheets.notes();
            if (sheets.schedules() != null && schedules != null) {
                sheets.schedules().close();
                throw new InputException(InputError.inColumn(schedulesFile.name(), 0, null, null,
                        notesFile.name() + " has a schedules sheet already; upload the schedules once"));
            }
            return new PortfolioUpload(notes, sheets.schedules() != null ? sheets.schedules() : schedules);
        } catch (RuntimeException e) {
            if (schedules != null) {
                schedules.close();
            }
            if (notes != null) {
                notes.close();
            }
            throw e;
        }
    }

    /** The name messages give the notes. */
    String notesSource() {
        return notes.source();
    }

    /** The stated schedules, every bad row reported to {@code errors}; none when no file was given. */
    StatedSchedules schedules(Consumer<InputError> errors) {
        if (schedules == null) {
            return StatedSchedules.NONE;
        }
        return StatedScheduleCsvReader.read(schedules.source(), schedules.open(), locating(errors));
    }

    /** The notes, read with {@code stated}, every bad row reported to {@code errors}. */
    PortfolioCsvReader notes(StatedSchedules stated, Consumer<InputError> errors) {
        return PortfolioCsvReader.open(notes.source(), notes.open(), stated, locating(errors));
    }

    /** The row number to keep for a note the reader returned from {@code line}. */
    long notesRow(long line) {
        return notes.row(line);
    }

    /** {@code errors}, receiving each error with its spreadsheet row where it came from a sheet. */
    Consumer<InputError> locating(Consumer<InputError> errors) {
        return e -> errors.accept(schedules == null ? notes.located(e) : schedules.located(notes.located(e)));
    }

    @Override
    public void close() {
        try {
            notes.close();
        } finally {
            if (schedules != null) {
                schedules.close();
            }
        }
    }

    private static boolean isWorkbook(ReceivedFile file) {
        return file.name().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** A schedules workbook: its schedules sheet, or its first sheet when none is named so. */
    private static CsvInput schedulesOfWorkbook(ReceivedFile file, ExpansionLimit limit) {
        WorkbookSheets.Sheets sheets = WorkbookSheets.read(file, limit);
        if (sheets.schedules() == null) {
            return sheets.notes();
        }
        sheets.notes().close();
        return sheets.schedules();
    }
}
