package com.notefolio.core.schedule;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.StructureTerms;
import java.util.List;
import java.util.TreeMap;

/**
 * The rows of a note whose {@link StructureTerms} add dated events to its due dates: an advance or a
 * forgiveness after funding, or a deferral ending between two due dates. Each event gets a row of its own,
 * dated on its day, that pays nothing scheduled: an event between two due dates splits that period (the
 * first part ends on the event, the second accrues from it), one on a due date follows that date's row
 * with no days of its own. Every row knows the due period it belongs to ({@link #period}), so level
 * payments count the note's periods, not its rows.
 */
final class StructureRows {

    /** Row kinds: a due date's row, or an event's (in their order on one day). */
    static final int DUE = 0;
    static final int CAPITALIZATION = 1;
    static final int REPAYMENT = 2;
    static final int ADVANCE = 3;
    static final int FORGIVENESS = 4;

    final int rows;
    final int[] start;
    final int[] end;
    final int[] due;
    final int[] dueCivil;
    /** Where accrual ends when not on the due date; {@code null} as in the resolver. */
    final int[] accrualEnd;
    /** The due period (from 0) each row belongs to. */
    final int[] period;
    final int[] kind;
    /** Minor units lent (positive) or forgiven (negative) on each event row, after its interest. */
    final long[] change;
    /** The balance lent at the start: the advances on the first day, or the principal. */
    final long initialBalance;
    /** The due rows on or before the deferral's end pay nothing; -1 when there is no deferral. */
    final int lastDeferredRow;
    /** Each row's stated installment in minor units from an {@link InstallmentStep}, -1 where none applies. */
    final long[] stepMinor;
    /** Whether that installment is the whole payment ({@link InstallmentStep.Kind#PAYMENT}), not the principal. */
    final boolean[] stepIsPayment;

    private StructureRows(int rows, int[] start, int[] end, int[] due, int[] dueCivil, int[] accrualEnd, int[] period,
                          int[] kind, long[] change, long initialBalance, int lastDeferredRow, long[] stepMinor,
                          boolean[] stepIsPayment) {
        this.rows = rows;
        this.start = start;
        this.end = end;
        this.due = due;
        this.dueCivil = dueCivil;
        this.accrualEnd = accrualEnd;
        this.period = period;
        this.kind = kind;
        this.change = change;
        this.initialBalance = initialBalance;
        this.lastDeferredRow = lastDeferredRow;
        this.stepMinor = stepMinor;
        this.stepIsPayment = stepIsPayment;
    }

    /** Whether row {@code i} is a due date's row that pays (not an event, not deferred). */
    boolean pays(int i) {
        return kind[i] == DUE && i > lastDeferredRow;
    }

    /** Whether a row after {@code i} lends or forgives: the balance may not be retired early before it. */
    boolean eventsAfter(int i) {
        for (int j = i + 1; j < rows; j++) {
            if (change[j] != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rows of {@code terms} from its {@code n} due rows: accrual starts, accrual ends (the due dates
     * unless {@code accrualEnd} says otherwise), due dates and their civil forms as the resolver made them.
     */
    static StructureRows of(NoteTerms terms, int n, int[] start, int[] end, int[] due, int[] dueCivil, int[] accrualEnd) {
        StructureTerms s = terms.structure();
        int scale = terms.currencyDigits();
        int first = start[0];
        long initial = 0;
        // The events after the first day, one row each, keyed by day and then kind (on one day, what accrued is
        // capitalized first, then a repayment received, then the advance lent, then the forgiveness given): the
        // amount lent (+), repaid or forgiven (−).
        TreeMap<Long, Long> events = new TreeMap<>();
        for (DatedAmount a : s.advances()) {
            int day = EpochDay.of(a.date());
            long minor = minor(a, scale);
            if (day <= first) {
                initial += minor;
            } else {
                events.merge(key(day, ADVANCE), minor, Long::sum);
            }
        }
        if (s.advances().isEmpty()) {
            initial = NoteTerms.decimal(terms.principal()).movePointRight(scale).longValueExact();
        }
        for (DatedAmount r : s.repayments()) {
            events.merge(key(EpochDay.of(r.date()), REPAYMENT), -minor(r, scale), Long::sum);
        }
        for (DatedAmount f : s.forgiveness()) {
            events.merge(key(EpochDay.of(f.date()), FORGIVENESS), -minor(f, scale), Long::sum);
        }
        Deferral deferral = s.deferral();
        int lastDeferred = -1;
        if (deferral != null) {
            int through = EpochDay.of(deferral.through());
            for (int i = 0; i < n && due[i] <= through; i++) {
                lastDeferred = i;
            }
            boolean onDueDate = lastDeferred >= 0 && end[lastDeferred] == through;
            if (!onDueDate && deferral.interest() == Deferral.DeferredInterest.CAPITALIZE) {
                // The deferral ends between due dates: what accrued to its end is capitalized on that day.
                events.put(key(through, CAPITALIZATION), 0L);
            }
        }
        int rows = n + events.size();
        int[] rStart = new int[rows];
        int[] rEnd = new int[rows];
        int[] rDue = new int[rows];
        int[] rCivil = new int[rows];
        int[] rAccrualEnd = accrualEnd == null ? null : new int[rows];
        int[] rPeriod = new int[rows];
        int[] rKind = new int[rows];
        long[] rChange = new long[rows];
        int r = 0;
        int lastDeferredRow = -1;
        var next = events.entrySet().iterator();
        var event = next.hasNext() ? next.next() : null;
        for (int i = 0; i < n; i++) {
            int from = start[i];
            // Events strictly inside this period split it; those on its accrual end follow its row.
            while (event != null && day(event.getKey()) < end[i]) {
                int day = day(event.getKey());
                if (terms.accrualBasis() == DayCounts.PERIODIC) {
                    throw new InvalidTermsException(terms.id(), eventField(event.getKey()), EpochDay.toDate(day),
                            "falls between two due dates, and the PERIODIC basis counts no days to split the period "
                                    + "at it: give the note a day-count basis (ACT/360, ACT/365F, 30/360, ...) or put it "
                                    + "on a due date");
                }
                r = eventRow(r, from, day, i, event, rStart, rEnd, rDue, rCivil, rAccrualEnd, rPeriod, rKind, rChange);
                from = day;
                event = next.hasNext() ? next.next() : null;
            }
            rStart[r] = from;
            rEnd[r] = end[i];
            rDue[r] = due[i];
            rCivil[r] = dueCivil[i];
            if (rAccrualEnd != null) {
                rAccrualEnd[r] = accrualEnd[i];
            }
            rPeriod[r] = i;
            if (i == lastDeferred) {
                lastDeferredRow = r;
            }
            r++;
            while (event != null && day(event.getKey()) == end[i] && i < n - 1) {
                r = eventRow(r, end[i], end[i], i + 1, event, rStart, rEnd, rDue, rCivil, rAccrualEnd, rPeriod,
                        rKind, rChange);
                event = next.hasNext() ? next.next() : null;
            }
        }
        // The installment in force on each due row: the last step from on or before its due date.
        long[] stepMinor = new long[rows];
        boolean[] stepIsPayment = new boolean[rows];
        java.util.Arrays.fill(stepMinor, -1);
        List<InstallmentStep> steps = s.installments();
        for (int i = 0, k = -1; i < rows; i++) {
            while (k + 1 < steps.size() && EpochDay.of(steps.get(k + 1).from()) <= rDue[i]) {
                k++;
            }
            if (k >= 0 && rKind[i] == DUE) {
                stepMinor[i] = NoteTerms.decimal(steps.get(k).amount()).movePointRight(scale).longValueExact();
                stepIsPayment[i] = steps.get(k).kind() == InstallmentStep.Kind.PAYMENT;
            }
        }
        return new StructureRows(rows, rStart, rEnd, rDue, rCivil, rAccrualEnd, rPeriod, rKind, rChange, initial,
                lastDeferredRow, stepMinor, stepIsPayment);
    }

    private static long key(int day, int kind) {
        return (long) day * 8 + kind;
    }

    private static int day(long key) {
        return (int) Math.floorDiv(key, 8);
    }

    private static int eventRow(int r, int from, int day, int period, java.util.Map.Entry<Long, Long> event, int[] start,
                                int[] end, int[] due, int[] civil, int[] accrualEnd, int[] periods, int[] kind, long[] change) {
        start[r] = from;
        end[r] = day;
        due[r] = day;
        civil[r] = EpochDay.civil(day);
        if (accrualEnd != null) {
            accrualEnd[r] = day;
        }
        periods[r] = period;
        kind[r] = (int) Math.floorMod(event.getKey(), 8);
        change[r] = event.getValue();
        return r + 1;
    }

    private static String eventField(long key) {
        int kind = (int) Math.floorMod(key, 8);
        return switch (kind) {
            case CAPITALIZATION -> "deferral_through";
            case REPAYMENT -> "repayments";
            case ADVANCE -> "advances";
            default -> "forgiveness";
        };
    }

    private static long minor(DatedAmount a, int scale) {
        return NoteTerms.decimal(a.amount()).movePointRight(scale).longValueExact();
    }
}
