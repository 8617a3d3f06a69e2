package com.notefolio.analytics.io;

import com.notefolio.analytics.row.DrawRow;
import com.notefolio.analytics.row.InstallmentRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.analytics.row.RateStepRow;
import com.notefolio.analytics.row.StatedPaymentRow;
import com.notefolio.core.io.DrawCsvReader;
import com.notefolio.core.io.InstallmentCsvReader;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes note rows one at a time in the core's portfolio CSV format (docs/portfolio-format.md), every
 * column the core reads, with the STATED notes' payments in a stated-schedules CSV and the stepped notes'
 * rate changes in a rate-steps CSV and the structured notes' advances and forgiven amounts in a draws CSV and their stepped installments in an installments CSV:
 * the files the import takes back, read by the core's
 * {@code PortfolioCsvReader} into the same notes. The plain-Java counterpart of
 * {@link PortfolioCsvDatasetWriter} for a list that is not a Spark Dataset (a filtered list from the
 * database), so rows stream from the caller and memory does not grow with them.
 *
 * <p>Values are written exactly as the rows hold them (RFC 4180 quoting, ISO dates, blank for absent) and
 * not neutralised against spreadsheet formulas: a leading quote would change the data the import reads
 * back. Open the workbook export in a spreadsheet instead.
 */
public final class PortfolioCsvWriter implements Closeable {

    /** Each column the core's reader knows, in its documented order (each row's value: {@link NoteRow#column}). */
    private static final List<String> COLUMNS = PortfolioCsvReader.ALL_COLUMNS;

    private final CSVPrinter notes;
    private final CSVPrinter schedules;
    private final CSVPrinter rateSteps;
    /** Null when opened without a draws file: a row with draws is then refused, never written without them. */
    private final CSVPrinter draws;
    /** Null when opened without an installments file: a row with steps is then refused, as for draws. */
    private final CSVPrinter installments;

    private PortfolioCsvWriter(CSVPrinter notes, CSVPrinter schedules, CSVPrinter rateSteps, CSVPrinter draws,
                               CSVPrinter installments) {
        this.notes = notes;
        this.schedules = schedules;
        this.rateSteps = rateSteps;
        this.draws = draws;
        this.installments = installments;
    }

    /**
     * A writer of the three files of a portfolio without draws, each headed now; a row with advances or
     * forgiven amounts is refused (they would be lost). Closing the writer closes the three writers.
     */
    public static PortfolioCsvWriter open(Writer notes, Writer schedules, Writer rateSteps) {
        return open(notes, schedules, rateSteps, null);
    }

    /** A writer of the four files, each headed now ({@code draws} may be null: see above); closing it closes them. */
    public static PortfolioCsvWriter open(Writer notes, Writer schedules, Writer rateSteps, Writer draws) {
        return open(notes, schedules, rateSteps, draws, null);
    }

    /**
     * A writer of the five files, each headed now ({@code draws} and {@code installments} may be null: a row
     * with what they hold is then refused); closing it closes them.
     */
    public static PortfolioCsvWriter open(Writer notes, Writer schedules, Writer rateSteps, Writer draws,
                                          Writer installments) {
        try {
            CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
            CSVPrinter n = new CSVPrinter(notes, format);
            n.printRecord(COLUMNS);
            CSVPrinter s = new CSVPrinter(schedules, format);
            s.printRecord(StatedScheduleCsvReader.COLUMNS);
            CSVPrinter r = new CSVPrinter(rateSteps, format);
            r.printRecord(RateStepCsvReader.COLUMNS);
            CSVPrinter d = null;
            if (draws != null) {
                d = new CSVPrinter(draws, format);
                d.printRecord(DrawCsvReader.COLUMNS);
            }
            CSVPrinter i = null;
            if (installments != null) {
                i = new CSVPrinter(installments, format);
                i.printRecord(InstallmentCsvReader.COLUMNS);
            }
            return new PortfolioCsvWriter(n, s, r, d, i);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns of the notes file, in order. */
    public static List<String> noteColumns() {
        return COLUMNS;
    }

    /** One note, its stated payments, its rate steps, its draws and its stepped installments. */
    public void write(NoteRow row) {
        if (row.getDraws() != null && draws == null) {
            throw new IllegalArgumentException("note " + row.getNoteId() + " has advances or forgiven amounts, and this"
                    + " writer was opened without a draws file to hold them");
        }
        if (row.getInstallments() != null && installments == null) {
            throw new IllegalArgumentException("note " + row.getNoteId() + " has stepped installments, and this"
                    + " writer was opened without an installments file to hold them");
        }
        try {
            List<Object> values = new ArrayList<>(COLUMNS.size());
            for (String column : COLUMNS) {
                values.add(row.column(column));
            }
            notes.printRecord(values);
            if (row.getStatedPayments() != null) {
                for (StatedPaymentRow p : row.getStatedPayments()) {
                    schedules.printRecord(row.getNoteId(), p.getDueDate(), p.getPayment());
                }
            }
            if (row.getRateSteps() != null) {
                for (RateStepRow step : row.getRateSteps()) {
                    rateSteps.printRecord(row.getNoteId(), step.getFrom(), step.getRate());
                }
            }
            if (row.getDraws() != null) {
                for (DrawRow d : row.getDraws()) {
                    draws.printRecord(row.getNoteId(), d.getDate(), d.getAmount(), d.getKind());
                }
            }
            if (row.getInstallments() != null) {
                for (InstallmentRow step : row.getInstallments()) {
                    installments.printRecord(row.getNoteId(), step.getFrom(), step.getAmount(), step.getKind());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (CSVPrinter n = notes; CSVPrinter s = schedules; CSVPrinter r = rateSteps; CSVPrinter d = draws;
             CSVPrinter i = installments) {
            n.flush();
            s.flush();
            r.flush();
            if (d != null) {
                d.flush();
            }
            if (i != null) {
                i.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
