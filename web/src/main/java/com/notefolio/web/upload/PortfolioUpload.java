package com.notefolio.web.upload;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.DrawCsvReader;
import com.notefolio.core.io.Draws;
import com.notefolio.core.io.IndexCsvReader;
import com.notefolio.core.io.InstallmentCsvReader;
import com.notefolio.core.io.Installments;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.web.portfolio.PortfolioIndexData;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The uploaded files of one portfolio as input for the core's readers: a portfolio CSV with optional
 * stated-schedules, rate-steps, draws and installments CSVs, or a workbook whose sheets hold them (a
 * separate file may then be given only if the workbook has no such sheet), and optional index fixings and
 * curve CSVs. Close it to
 * delete what it wrote; the uploaded files themselves stay with their owner.
 */
final class PortfolioUpload implements AutoCloseable {

    private final CsvInput notes;
    private final CsvInput schedules;
    private final CsvInput rateSteps;
    private final CsvInput fixings;
    private final CsvInput curves;
    private final CsvInput draws;
    private final CsvInput installments;

    private PortfolioUpload(CsvInput notes, CsvInput schedules, CsvInput rateSteps, CsvInput fixings, CsvInput curves,
                            CsvInput draws, CsvInput installments) {
        this.notes = notes;
        this.schedules = schedules;
        this.rateSteps = rateSteps;
        this.fixings = fixings;
        this.curves = curves;
        this.draws = draws;
        this.installments = installments;
    }

    static PortfolioUpload open(ReceivedFile notesFile, ReceivedFile schedulesFile) {
        return open(PortfolioFiles.of(notesFile, schedulesFile),
                new ExpansionLimit(WorkbookSheets.DEFAULT_MAX_EXPANDED_BYTES));
    }

    static PortfolioUpload open(ReceivedFile notesFile, ReceivedFile schedulesFile, ExpansionLimit limit) {
        return open(PortfolioFiles.of(notesFile, schedulesFile), limit);
    }

    /**
     * The input of {@code files}, told apart by their names' endings: {@code .xlsx} is a workbook, anything
     * else CSV text (index files are CSV only). A file that cannot be read at all is an
     * {@link InputException} naming it; the workbooks' expansion is counted against {@code limit}.
     */
    static PortfolioUpload open(PortfolioFiles files, ExpansionLimit limit) {
        List<CsvInput> opened = new ArrayList<>();
        try {
            CsvInput schedules = files.schedules() == null ? null
                    : add(opened, isWorkbook(files.schedules()) ? sheetOf(files.schedules(), limit, WorkbookSheets.Sheets::schedules)
                    : CsvInput.uploaded(files.schedules()));
            CsvInput steps = files.rateSteps() == null ? null
                    : add(opened, isWorkbook(files.rateSteps()) ? sheetOf(files.rateSteps(), limit, WorkbookSheets.Sheets::rateSteps)
                    : CsvInput.uploaded(files.rateSteps()));
            CsvInput fixings = files.fixings() == null ? null : add(opened, CsvInput.uploaded(files.fixings()));
            CsvInput curves = files.indexCurve() == null ? null : add(opened, CsvInput.uploaded(files.indexCurve()));
            CsvInput draws = files.draws() == null ? null
                    : add(opened, isWorkbook(files.draws()) ? sheetOf(files.draws(), limit, WorkbookSheets.Sheets::draws)
                    : CsvInput.uploaded(files.draws()));
            CsvInput installments = files.installments() == null ? null
                    : add(opened, isWorkbook(files.installments())
                    ? sheetOf(files.installments(), limit, WorkbookSheets.Sheets::installments)
                    : CsvInput.uploaded(files.installments()));
            if (!isWorkbook(files.notes())) {
                return new PortfolioUpload(add(opened, CsvInput.uploaded(files.notes())), schedules, steps, fixings, curves,
                        draws, installments);
            }
            WorkbookSheets.Sheets sheets = WorkbookSheets.read(files.notes(), limit);
            add(opened, sheets.notes());
            if (sheets.schedules() != null) {
                add(opened, sheets.schedules());
            }
            if (sheets.rateSteps() != null) {
                add(opened, sheets.rateSteps());
            }
            if (sheets.draws() != null) {
                add(opened, sheets.draws());
            }
            if (sheets.installments() != null) {
                add(opened, sheets.installments());
            }
            if (sheets.schedules() != null && schedules != null) {
                throw new InputException(InputError.inColumn(files.schedules().name(), 0, null, null,
                        files.notes().name() + " has a schedules sheet already; upload the schedules once"));
            }
            if (sheets.rateSteps() != null && steps != null) {
                throw new InputException(InputError.inColumn(files.rateSteps().name(), 0, null, null,
                        files.notes().name() + " has a rate_steps sheet already; upload the rate steps once"));
            }
            if (sheets.draws() != null && draws != null) {
                throw new InputException(InputError.inColumn(files.draws().name(), 0, null, null,
                        files.notes().name() + " has a draws sheet already; upload the draws once"));
            }
            if (sheets.installments() != null && installments != null) {
                throw new InputException(InputError.inColumn(files.installments().name(), 0, null, null,
                        files.notes().name() + " has an installments sheet already; upload the installments once"));
            }
            return new PortfolioUpload(sheets.notes(), sheets.schedules() != null ? sheets.schedules() : schedules,
                    sheets.rateSteps() != null ? sheets.rateSteps() : steps, fixings, curves,
                    sheets.draws() != null ? sheets.draws() : draws,
                    sheets.installments() != null ? sheets.installments() : installments);
        } catch (RuntimeException e) {
            opened.forEach(CsvInput::close);
            throw e;
        }
    }

    /** Index files alone, for replacing a stored portfolio's index data (CSV only). */
    static PortfolioUpload indexFiles(ReceivedFile fixingsFile, ReceivedFile curveFile) {
        return new PortfolioUpload(null, null, null, fixingsFile == null ? null : CsvInput.uploaded(fixingsFile),
                curveFile == null ? null : CsvInput.uploaded(curveFile), null, null);
    }

    private static CsvInput add(List<CsvInput> opened, CsvInput input) {
        opened.add(input);
        return input;
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

    /** The rate steps, every bad row reported to {@code errors}; none when no file or sheet was given. */
    RateSteps rateSteps(Consumer<InputError> errors) {
        if (rateSteps == null) {
            return RateSteps.NONE;
        }
        return RateStepCsvReader.read(rateSteps.source(), rateSteps.open(), locating(errors));
    }

    /** The draws (advances and forgiven amounts), every bad row reported to {@code errors}; none when no file was given. */
    Draws draws(Consumer<InputError> errors) {
        if (draws == null) {
            return Draws.NONE;
        }
        return DrawCsvReader.read(draws.source(), draws.open(), locating(errors));
    }

    /** The stepped installments, every bad row reported to {@code errors}; none when no file was given. */
    Installments installments(Consumer<InputError> errors) {
        if (installments == null) {
            return Installments.NONE;
        }
        return InstallmentCsvReader.read(installments.source(), installments.open(), locating(errors));
    }

    /**
     * The index fixings and forward curves, or {@link PortfolioIndexData#NONE} when neither file was given.
     * The core's index reader stops at a file's first bad row, so each file reports at most one error; a
     * file in error gives no data (the import is refused anyway).
     */
    PortfolioIndexData indexData(Consumer<InputError> errors) {
        List<IndexFixing> fixingList = read(fixings, IndexCsvReader::readFixings, errors);
        List<ForwardCurve> curveList = read(curves, IndexCsvReader::readCurves, errors);
        if (fixingList == null || curveList == null) {
            return null;
        }
        try {
            return new PortfolioIndexData(fixingList, curveList);
        } catch (IllegalArgumentException e) {
            errors.accept(InputError.inColumn(fixings != null ? fixings.source() : curves.source(), 0, null, null,
                    e.getMessage()));
            return null;
        }
    }

    private interface IndexReader<T> {
        List<T> read(String source, Reader in);
    }

    /** The rows of an index file: an empty list when none was given, {@code null} when it is in error. */
    private <T> List<T> read(CsvInput input, IndexReader<T> reader, Consumer<InputError> errors) {
        if (input == null) {
            return List.of();
        }
        try (Reader in = input.open()) {
            return reader.read(input.source(), in);
        } catch (InputException e) {
            e.errors().forEach(locating(errors));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(input.source() + ": " + e.getMessage(), e);
        }
    }

    /** The notes, read with {@code stated} and {@code steps}, every bad row reported to {@code errors}. */
    PortfolioCsvReader notes(StatedSchedules stated, RateSteps steps, Consumer<InputError> errors) {
        return notes(stated, steps, Draws.NONE, Installments.NONE, errors);
    }

    /** The notes, read with their stated schedules, rate steps, draws and installments; errors as above. */
    PortfolioCsvReader notes(StatedSchedules stated, RateSteps steps, Draws dated, Installments stepped,
                             Consumer<InputError> errors) {
        return PortfolioCsvReader.open(notes.source(), notes.open(), stated, steps, dated, stepped, locating(errors));
    }

    /** The notes, read with {@code stated}, every bad row reported to {@code errors}. */
    PortfolioCsvReader notes(StatedSchedules stated, Consumer<InputError> errors) {
        return notes(stated, RateSteps.NONE, errors);
    }

    /** The row number to keep for a note the reader returned from {@code line}. */
    long notesRow(long line) {
        return notes.row(line);
    }

    /** {@code errors}, receiving each error with its spreadsheet row where it came from a sheet. */
    Consumer<InputError> locating(Consumer<InputError> errors) {
        return e -> {
            InputError located = notes == null ? e : notes.located(e);
            if (schedules != null) {
                located = schedules.located(located);
            }
            if (rateSteps != null) {
                located = rateSteps.located(located);
            }
            if (draws != null) {
                located = draws.located(located);
            }
            if (installments != null) {
                located = installments.located(located);
            }
            errors.accept(located);
        };
    }

    @Override
    public void close() {
        for (CsvInput input : new CsvInput[] {notes, schedules, rateSteps, fixings, curves, draws, installments}) {
            if (input != null) {
                input.close();
            }
        }
    }

    private static boolean isWorkbook(ReceivedFile file) {
        return file.name().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** A separate workbook of schedules, rate steps, draws or installments: the sheet so named, or its first sheet when none is. */
    private static CsvInput sheetOf(ReceivedFile file, ExpansionLimit limit,
                                    Function<WorkbookSheets.Sheets, CsvInput> named) {
        WorkbookSheets.Sheets sheets = WorkbookSheets.read(file, limit);
        CsvInput wanted = named.apply(sheets);
        CsvInput chosen = wanted != null ? wanted : sheets.notes();
        for (CsvInput input : sheets.all()) {
            if (input != null && input != chosen) {
                input.close();
            }
        }
        return chosen;
    }
}
