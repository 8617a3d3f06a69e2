package com.notefolio.core.schedule;

import com.notefolio.core.note.NoteTerms;
import java.util.Arrays;

/**
 * Builds a scenario's schedule row by row: each row's dates, opening balance and amounts by kind. The
 * payment is derived (interest + principal + prepaid + recovery + penalty, and a fee where one is paid) and {@link #build()} checks that
 * each row opens where the previous one closed and that no balance goes negative, so a projection cannot
 * produce an inconsistent schedule.
 */
public final class ScheduleBuilder {

    private final NoteTerms terms;
    private int size;
    private int[] accrualStart;
    private int[] accrualEnd;
    /** Whether some row's accrual ends on another day than its due date. */
    private boolean unadjustedAccrual;
    private int[] dueDate;
    private long[] opening;
    private long[] interest;
    private long[] principal;
    private long[] prepaid;
    private long[] defaulted;
    private long[] recovery;
    private long[] penalty;
    private int[] flags;
    /** Fees paid with each row (a revolving line's commitment fee); {@code null} until a row has one. */
    private long[] fee;
    /** Interest accrued and left unpaid after each row (carried to a later payment); {@code null} until a row leaves some. */
    private long[] deferred;
    /** Each row's rate unscaled at {@link PeriodRates#SCALE}; {@code null} for a note with one fixed rate. */
    private long[] rate;
    private final long singleRate;
    private int indexSources;
    /** The earning rule of a precomputed note's schedule, kept from its base; {@code null} for simple interest. */
    private PrecomputedEarning precomputed;
    /** Whether {@link #build()} handed the columns over: no row may be added after it. */
    private boolean built;

    public ScheduleBuilder(NoteTerms terms, int capacity) {
        this.terms = terms;
        int c = Math.max(capacity, 4);
        this.singleRate = PeriodRates.unscaled(terms.annualRate());
        rate = terms.hasSingleRate() ? null : new long[c];
        accrualStart = new int[c];
        accrualEnd = new int[c];
        dueDate = new int[c];
        opening = new long[c];
        interest = new long[c];
        principal = new long[c];
        prepaid = new long[c];
        defaulted = new long[c];
        recovery = new long[c];
        penalty = new long[c];
        flags = new int[c];
    }

    /**
     * Appends a row accruing at the note's {@link NoteTerms#annualRate() annual rate}; dates are epoch days,
     * amounts minor units, {@code kinds} {@link FlowKind} bits.
     */
    public ScheduleBuilder add(int start, int due, long openingBalance, long interestPaid, long principalPaid,
                               long prepaidPrincipal, long defaultedPrincipal, long recovered, long penaltyPaid,
                               int kinds) {
        return add(start, due, openingBalance, interestPaid, principalPaid, prepaidPrincipal, defaultedPrincipal,
                recovered, penaltyPaid, kinds, singleRate);
    }

    /**
     * Appends a row that accrued at {@code rateUnscaled} (the annual rate unscaled at {@link PeriodRates#SCALE},
     * as {@link Schedule#rateUnscaled(int)} gives it): a floating or stepped note's row keeps its own rate.
     */
    public ScheduleBuilder add(int start, int due, long openingBalance, long interestPaid, long principalPaid,
                               long prepaidPrincipal, long defaultedPrincipal, long recovered, long penaltyPaid,
                               int kinds, long rateUnscaled) {
        return add(start, due, due, openingBalance, interestPaid, principalPaid, prepaidPrincipal, defaultedPrincipal,
                recovered, penaltyPaid, kinds, rateUnscaled);
    }

    /**
     * Appends a row whose accrual ends on {@code end} and that is paid on {@code due}: they differ where a due
     * date moved to a business day on unadjusted accrual periods ({@link Schedule#accrualEndEpochDay}).
     */
    public ScheduleBuilder add(int start, int end, int due, long openingBalance, long interestPaid, long principalPaid,
                               long prepaidPrincipal, long defaultedPrincipal, long recovered, long penaltyPaid,
                               int kinds, long rateUnscaled) {
        if (rate == null && rateUnscaled != singleRate) {
            throw new IllegalArgumentException("note " + terms.id() + " has one fixed rate; a row at another ("
                    + PeriodRates.decimal(rateUnscaled).toPlainString() + ") cannot be added");
        }
        requireOpen();
        if (size == dueDate.length) {
            grow();
        }
        accrualStart[size] = start;
        accrualEnd[size] = end;
        unadjustedAccrual |= end != due;
        dueDate[size] = due;
        opening[size] = openingBalance;
        interest[size] = interestPaid;
        principal[size] = principalPaid;
        prepaid[size] = prepaidPrincipal;
        defaulted[size] = defaultedPrincipal;
        recovery[size] = recovered;
        penalty[size] = penaltyPaid;
        flags[size] = kinds;
        if (rate != null) {
            rate[size] = rateUnscaled;
        }
        size++;
        return this;
    }

    /** Appends row {@code i} of another schedule of the same note unchanged. */
    public ScheduleBuilder copy(Schedule s, int i) {
        add(s.accrualStartEpochDay(i), s.accrualEndEpochDay(i), s.dueEpochDay(i), s.openingMinor(i), s.interestMinor(i),
                s.principalMinor(i), s.prepaidMinor(i), s.defaultedMinor(i), s.recoveryMinor(i), s.penaltyMinor(i),
                s.flags(i), s.rateUnscaled(i));
        withDeferred(s.deferredInterestMinor(i));
        return s.feeMinor(i) == 0 ? this : withFee(s.feeMinor(i));
    }

    /**
     * The interest accrued and not yet paid after the row added last ({@link Schedule#deferredInterestMinor}),
     * owed with a later payment; zero, the default, costs nothing.
     */
    public ScheduleBuilder withDeferred(long minor) {
        requireOpen();
        if (minor != 0 && deferred == null) {
            deferred = new long[dueDate.length];
        }
        if (deferred != null) {
            deferred[size - 1] = minor;
        }
        return this;
    }

    /** The fee paid with the row added last (a revolving line's commitment fee), part of its payment. */
    public ScheduleBuilder withFee(long minor) {
        requireOpen();
        if (fee == null) {
            fee = new long[dueDate.length];
        }
        fee[size - 1] = minor;
        return this;
    }

    /** Records the index sources of {@code s}, whose rates the rows added keep. */
    public ScheduleBuilder indexSourcesOf(Schedule s) {
        indexSources |= s.indexSourceBits();
        return this;
    }

    /** Keeps {@code s}'s precomputed earning rule ({@link Schedule#precomputed()}), so accrued interest reads it. */
    public ScheduleBuilder earningOf(Schedule s) {
        precomputed = s.precomputed();
        return this;
    }

    public int size() {
        return size;
    }

    public Schedule build() {
        long[] payment = new long[size];
        for (int i = 0; i < size; i++) {
            payment[i] = Math.addExact(Math.addExact(interest[i], principal[i]),
                    Math.addExact(prepaid[i], Math.addExact(recovery[i], penalty[i])));
            if (fee != null) {
                payment[i] = Math.addExact(payment[i], fee[i]);
            }
            long closing = opening[i] - principal[i] - prepaid[i] - defaulted[i];
            if (closing < 0 || (i + 1 < size && opening[i + 1] != closing) || (i > 0 && dueDate[i] < dueDate[i - 1])) {
                throw new IllegalStateException("note " + terms.id() + ": inconsistent scenario schedule at row "
                        + (i + 1) + " (opening " + opening[i] + ", closing " + closing + ")");
            }
        }
        built = true;
        return new Schedule(terms, exact(accrualStart), exact(dueDate), exact(opening), exact(interest),
                exact(principal), payment, orNone(prepaid), orNone(defaulted), orNone(recovery), orNone(penalty),
                exact(flags), rate == null ? null : exact(rate), indexSources, unadjustedAccrual ? exact(accrualEnd) : null,
                deferred == null ? null : exact(deferred), fee == null ? null : exact(fee), precomputed);
    }

    /*
     * A scenario's schedule is built for each note under each scenario: its columns are handed over when the
     * capacity was exact (the builder takes no row after build()), and a column of zeros (no prepayment, default,
     * recovery or penalty in the scenario) is left out, as a resolved schedule leaves it, so the schedule reads zero.
     */
    private int[] exact(int[] column) {
        return column.length == size ? column : Arrays.copyOf(column, size);
    }

    private long[] exact(long[] column) {
        return column.length == size ? column : Arrays.copyOf(column, size);
    }

    private long[] orNone(long[] column) {
        for (int i = 0; i < size; i++) {
            if (column[i] != 0) {
                return exact(column);
            }
        }
        return null;
    }

    private void requireOpen() {
        if (built) {
            throw new IllegalStateException("note " + terms.id() + ": the schedule was built; it takes no more rows");
        }
    }

    private void grow() {
        int c = dueDate.length * 2;
        accrualStart = Arrays.copyOf(accrualStart, c);
        accrualEnd = Arrays.copyOf(accrualEnd, c);
        dueDate = Arrays.copyOf(dueDate, c);
        opening = Arrays.copyOf(opening, c);
        interest = Arrays.copyOf(interest, c);
        principal = Arrays.copyOf(principal, c);
        prepaid = Arrays.copyOf(prepaid, c);
        defaulted = Arrays.copyOf(defaulted, c);
        recovery = Arrays.copyOf(recovery, c);
        penalty = Arrays.copyOf(penalty, c);
        flags = Arrays.copyOf(flags, c);
        rate = rate == null ? null : Arrays.copyOf(rate, c);
        fee = fee == null ? null : Arrays.copyOf(fee, c);
        deferred = deferred == null ? null : Arrays.copyOf(deferred, c);
    }
}
