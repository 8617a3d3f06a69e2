package com.notefolio.reports.note;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.FlowCsvWriter;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.reports.workbook.IndexSheet;
import com.notefolio.reports.workbook.PrintLayout;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The Index sheet of one floating note's projection: for each index the note reads (both sides of a
 * conversion between two floating rates), the note's resets — the reset date, the date the index is read
 * on (the lookback before it), the index value read there and where it came from (a fixing, the forward
 * curve, the last fixing held flat), and the rate the schedule accrues at from that reset on — then the
 * fixings the resets read and the projection past the last fixing.
 *
 * <p>The index values come from the core's {@link IndexData#observe}, the rates from the resolved
 * schedule: the sheet shows what the engine read and set, and computes neither.
 */
final class NoteIndexSheet {

    private final Schedule schedule;
    private final NoteTerms terms;
    private final IndexData data;

    NoteIndexSheet(Schedule schedule, IndexData data) {
        this.schedule = schedule;
        this.terms = schedule.terms();
        this.data = data;
    }

    /** One floating side of the note's rate and the dates it is in effect: [from, until). */
    private record Side(RateTerms.Floating rate, LocalDate from, LocalDate until) {
    }

    private List<Side> sides() {
        List<Side> sides = new ArrayList<>();
        RateTerms rate = terms.rate();
        if (rate instanceof RateTerms.Floating f) {
            sides.add(new Side(f, terms.issueDate(), terms.maturityDate()));
        } else if (rate instanceof RateTerms.Conversion c) {
            if (c.before() instanceof RateTerms.Floating f) {
                sides.add(new Side(f, terms.issueDate(), c.on()));
            }
            if (c.after() instanceof RateTerms.Floating f) {
                sides.add(new Side(f, c.on(), terms.maturityDate()));
            }
        }
        return sides;
    }

    void writeTo(Workbook workbook, WorkbookStyles styles, String title, LocalDate asOf) {
        IndexSheet sheet = IndexSheet.create(workbook, styles);
        String used = FlowCsvWriter.rateSource(schedule);
        sheet.line("Note", terms.id());
        sheet.line("Index data used", used.isEmpty() ? "none read (no reset before maturity)"
                : used.replace('_', ' ').replace("+", ", then "));
        sheet.gap();
        for (Side side : sides()) {
            RateTerms.Floating f = side.rate();
            sheet.row().header("Resets of " + f.index()).header(f.resetRuleWords());
            sheet.header("Reset date", "Index read on", "Index value", "Source", "Rate from then", "Periods");
            LocalDate first = null;
            LocalDate last = null;
            for (int k = 0; ; k++) {
                LocalDate reset = f.resetDate(k);
                int period = firstPeriodStartingOnOrAfter(reset);
                // A reset takes effect in the first period starting on or after it, if that period is this side's.
                if (period == schedule.size() || schedule.accrualStartEpochDay(period) >= side.until().toEpochDay()) {
                    break;
                }
                LocalDate read = f.readDate(reset);
                RowWriter r = sheet.row().date(reset).date(read);
                IndexData.Observation o = observe(f.index(), read);
                if (o != null) {
                    first = first == null ? read : first;
                    last = read;
                    r.number(o.rate().doubleValue(), styles.rate())
                            .text(o.source().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                } else {
                    r.text("n/a").text("not in the index data recorded with this export");
                }
                r.number(schedule.rate(period).doubleValue(), styles.rate())
                        .text("from period " + (period + 1) + " (accrual start "
                                + LocalDate.ofEpochDay(schedule.accrualStartEpochDay(period)) + ")");
            }
            if (first == null) {
                sheet.row().text("no reset before the rate ends");
            }
            sheet.gap();
            // The fixings the resets read: from the one in force on the first read date to the last read.
            LocalDate from = null;
            if (first != null) {
                for (var fixing : data.fixings(f.index())) {
                    if (!fixing.date().isAfter(first)) {
                        from = fixing.date();
                    }
                }
            }
            sheet.index(data, f.index(), from, last == null ? LocalDate.MIN : last);
        }
        PrintLayout.apply(sheet.sheet(), title, asOf, 1);
    }

    /**
     * The index value the engine read on {@code date}, or null when the recorded data cannot give it: a
     * caller that resolved the schedule itself and recorded no index data (the rates stay the schedule's).
     */
    private IndexData.Observation observe(String index, LocalDate date) {
        try {
            return data.observe(index, date);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first period whose accrual starts on or after {@code date}: the one a change on that date takes effect in. */
    private int firstPeriodStartingOnOrAfter(LocalDate date) {
        int day = (int) date.toEpochDay();
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.accrualStartEpochDay(i) >= day) {
                return i;
            }
        }
        return schedule.size();
    }
}
