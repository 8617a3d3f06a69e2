package com.notefolio.core.io;

import com.notefolio.core.index.IndexSource;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.PeriodRates;
import com.notefolio.core.schedule.Schedule;
import java.util.Locale;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writer of resolved schedules as CSV, one line per period, under the header {@link #HEADER}. Dates are
 * ISO; {@code days} is the accrual period's length in actual days; amounts are exact plain decimals at the
 * currency's scale ({@code 1500.00}, {@code 150000} in JPY) from the schedule's minor units; {@code rate}
 * is the annual rate the period accrued at, an exact fraction ({@code 0.12}, {@code 0.06375}); and
 * {@code rate_source} names where the note's index values came from, the same on each of its rows:
 * {@link #rateSource(Schedule)}. {@code kind} says what the row is, its {@link FlowKind}s joined by
 * {@code +} ({@code SCHEDULED} on every row of a plain note; {@code DEFERRAL}, {@code CAPITALIZATION},
 * {@code ADVANCE}, {@code FORGIVENESS} on a structured note's), and {@code deferred_interest} the interest
 * accrued and not yet paid after the row ({@link Schedule#deferredInterestMinor(int)}: {@code 0.00} on most
 * notes), and {@code fee} the fees paid with the row ({@link Schedule#feeMinor(int)}: a revolving line's
 * commitment fee), part of its payment: payment = interest + principal + fee. They are on every file, whatever
 * its notes, so a file of many notes has one header and a reader need not guess; they come last, so the
 * columns before {@code rate} are those of the file before rate terms, and those before {@code kind} those
 * before structured notes, in the same order. Note ids are
 * text: quoted when needed and neutralised against spreadsheet formula injection.
 *
 * <p>Formatting is done by hand into a reused buffer, so a portfolio of a million notes (some 200 million
 * lines) is bounded by disk speed rather than by formatting. Written to a file, the output appears only
 * on {@link #commit()}; closing without committing leaves no file behind.
 *
 * <pre>{@code
 * try (FlowCsvWriter out = FlowCsvWriter.create(path)) {
 *     schedules.forEach(out::write);
 *     out.commit();
 * }
 * }</pre>
 */
public final class FlowCsvWriter extends CsvTableWriter {

    public static final String HEADER = "note_id,period,accrual_start,accrual_end,due_date,days,"
            + "opening_balance,interest,principal,payment,closing_balance,rate,rate_source,kind,deferred_interest,fee";

    /**
     * Where the index values of a schedule's rates came from, as written in {@code rate_source}: empty
     * when no rate read an index (fixed and stepped notes); otherwise the sources used, in the order
     * {@code fixing}, {@code forward_curve}, {@code last_fixing_flat}, joined by {@code +}
     * ({@code fixing+last_fixing_flat}: observed fixings, then the last of them held flat).
     */
    public static String rateSource(Schedule s) {
        StringBuilder b = new StringBuilder();
        for (IndexSource source : s.indexSources()) {
            if (b.length() > 0) {
                b.append('+');
            }
            b.append(source.name().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private FlowCsvWriter(CsvTarget target) {
        super(target);
    }

    /** Starts writing {@code file}, replaced atomically on {@link #commit()}. */
    public static FlowCsvWriter create(Path file) {
        return new FlowCsvWriter(CsvTarget.file(file, HEADER));
    }

    /** Writes to a caller's writer (a download, say), which {@link #commit()} flushes and nothing closes. */
    public static FlowCsvWriter to(Writer out) {
        return new FlowCsvWriter(CsvTarget.writer(out, HEADER));
    }

    /** Writes the schedules to {@code file} in one go, all or nothing. */
    public static void write(Path file, Iterable<Schedule> schedules) {
        try (FlowCsvWriter out = create(file)) {
            schedules.forEach(out::write);
            out.commit();
        }
    }

    /** Writes every period of one schedule. */
    public FlowCsvWriter write(Schedule s) {
        String id = CsvLineBuilder.textField(s.noteId());
        int scale = s.scale();
        String source = rateSource(s);
        for (int i = 0, n = s.size(); i < n; i++) {
            int start = s.accrualStartEpochDay(i);
            int end = s.accrualEndEpochDay(i);
            line.raw(id)
                    .integer(i + 1)
                    .date(start)
                    .date(end)
                    .date(s.dueEpochDay(i))
                    .integer(end - start)
                    .minor(s.openingMinor(i), scale)
                    .minor(s.interestMinor(i), scale)
                    .minor(s.principalMinor(i), scale)
                    .minor(s.paymentMinor(i), scale)
                    .minor(s.closingMinor(i), scale)
                    .trimmed(s.rateUnscaled(i), PeriodRates.SCALE)
                    .raw(source)
                    .raw(FlowKind.label(s.flags(i)))
                    .minor(s.deferredInterestMinor(i), scale)
                    .minor(s.feeMinor(i), scale);
            target.write(line);
        }
        return this;
    }
}
