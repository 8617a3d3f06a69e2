package com.notefolio.core.schedule;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.index.IndexSource;
import com.notefolio.core.note.NoteTerms;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * A note's resolved schedule: every dated flow with its interest, principal, payment and balances, exact
 * in the currency's minor units (cents for USD). Built only by {@link ScheduleResolver}, so conventions
 * are applied once; pricers read it and never re-derive a date or a rounding.
 *
 * <p>The rows live in primitive arrays (dates as epoch days, amounts as minor units) so that pricing
 * millions of notes allocates no object per flow; {@link #periods()} gives them as values. Each row has
 * the annual rate it accrued at ({@link #rate(int)}); a note with one fixed rate keeps no rate array.
 *
 * <p>A scenario's schedule ({@link ScheduleBuilder}) has more columns: principal prepaid, principal
 * defaulted (written off the balance, no cash), recoveries and penalties (cash), and each row's
 * {@link FlowKind}s. On every row payment = interest + principal + prepaid + recovery + penalty (+ fee, where
 * a note charges one: {@link #feeMinor}) and closing = opening − principal − prepaid − defaulted; over the
 * schedule principal + prepaid + defaulted retire the opening balance exactly. A resolved schedule has none
 * of the scenario columns (they read as zero).
 */
public final class Schedule {

    private final NoteTerms terms;
    private final int[] accrualStart;
    /**
     * Where a row's accrual ends when that is not its due date: a due date moved to a business day on
     * unadjusted accrual periods ({@link com.notefolio.core.convention.BusinessDayAdjustment.Accrual#UNADJUSTED}).
     * {@code null} when every row's accrual ends on its due date.
     */
    private final int[] accrualEnd;
    private final int[] dueDate;
    private final long[] opening;
    private final long[] interest;
    private final long[] principal;
    private final long[] payment;
    /** Scenario columns; {@code null} in a resolved schedule. */
    private final long[] prepaid;
    private final long[] defaulted;
    private final long[] recovery;
    private final long[] penalty;
    private final int[] flags;
    /** Each row's rate unscaled at {@link PeriodRates#SCALE}; {@code null} when every row accrues at the note's one rate. */
    private final long[] rate;
    /** The {@link IndexSource} bits of the index values the rates read. */
    private final int indexSources;
    /** Rates that changed inside a period (a reset on its date); {@code null} when none did. */
    private final RateChanges rateChanges;
    /**
     * Interest accrued and not yet paid after each row (a deferral's carried interest, or what an advance's or
     * forgiveness's row accrued before the period's payment); {@code null} when a note carries none.
     */
    private final long[] deferred;
    /** Fees paid with each row (a revolving line's commitment fee, a periodic fee); {@code null} when a note charges none. */
    private final long[] fee;
    /** How a precomputed (add-on) note earns its finance charge; {@code null} for simple interest (every other note). */
    private final PrecomputedEarning precomputed;

    Schedule(NoteTerms terms, int[] accrualStart, int[] dueDate, long[] opening, long[] interest,
             long[] principal, long[] payment, long[] rate, int indexSources) {
        this(terms, accrualStart, dueDate, opening, interest, principal, payment, null, null, null, null, null, rate,
                indexSources, null, null, null, null, null);
    }

    Schedule(NoteTerms terms, int[] accrualStart, int[] accrualEnd, int[] dueDate, long[] opening, long[] interest,
             long[] principal, long[] payment, long[] rate, int indexSources, RateChanges rateChanges) {
        this(terms, accrualStart, dueDate, opening, interest, principal, payment, null, null, null, null, null, rate,
                indexSources, accrualEnd, rateChanges, null, null, null);
    }

    Schedule(NoteTerms terms, int[] accrualStart, int[] dueDate, long[] opening, long[] interest,
             long[] principal, long[] payment, long[] prepaid, long[] defaulted, long[] recovery, long[] penalty,
             int[] flags) {
        this(terms, accrualStart, dueDate, opening, interest, principal, payment, prepaid, defaulted, recovery, penalty,
                flags, null, 0, null, null, null, null);
    }

    /** A structured note's resolved schedule: its rows' {@link FlowKind}s and the interest each leaves unpaid. */
    Schedule(NoteTerms terms, int[] accrualStart, int[] accrualEnd, int[] dueDate, long[] opening, long[] interest,
             long[] principal, long[] payment, long[] rate, int indexSources, RateChanges rateChanges, int[] flags,
             long[] deferred, long[] fee) {
        this(terms, accrualStart, dueDate, opening, interest, principal, payment, null, null, null, null, flags, rate,
                indexSources, accrualEnd, rateChanges, deferred, fee, null);
    }

    /**
     * A scenario's schedule. {@code accrualEnd} is {@code null} when every row's accrual ends on its due date,
     * {@code deferred} when no row leaves interest unpaid, {@code fee} when none is paid, {@code precomputed} for a
     * note of simple interest.
     */
    Schedule(NoteTerms terms, int[] accrualStart, int[] dueDate, long[] opening, long[] interest,
             long[] principal, long[] payment, long[] prepaid, long[] defaulted, long[] recovery, long[] penalty,
             int[] flags, long[] rate, int indexSources, int[] accrualEnd, long[] deferred, long[] fee,
             PrecomputedEarning precomputed) {
        this(terms, accrualStart, dueDate, opening, interest, principal, payment, prepaid, defaulted, recovery, penalty,
                flags, rate, indexSources, accrualEnd, null, deferred, fee, precomputed);
    }

    /** A precomputed note's resolved schedule: its installments split by {@code precomputed}'s earning rule. */
    Schedule(NoteTerms terms, int[] accrualStart, int[] accrualEnd, int[] dueDate, long[] opening, long[] interest,
             long[] principal, long[] payment, PrecomputedEarning precomputed) {
        this(terms, accrualStart, dueDate, opening, interest, principal, payment, null, null, null, null, null, null,
                0, accrualEnd, null, null, null, precomputed);
    }

    private Schedule(NoteTerms terms, int[] accrualStart, int[] dueDate, long[] opening, long[] interest,
                     long[] principal, long[] payment, long[] prepaid, long[] defaulted, long[] recovery, long[] penalty,
                     int[] flags, long[] rate, int indexSources, int[] accrualEnd, RateChanges rateChanges,
                     long[] deferred, long[] fee, PrecomputedEarning precomputed) {
        this.terms = terms;
        this.accrualStart = accrualStart;
        this.accrualEnd = accrualEnd;
        this.dueDate = dueDate;
        this.opening = opening;
        this.interest = interest;
        this.principal = principal;
        this.payment = payment;
        this.prepaid = prepaid;
        this.defaulted = defaulted;
        this.recovery = recovery;
        this.penalty = penalty;
        this.flags = flags;
        this.rate = rate;
        this.indexSources = indexSources;
        this.rateChanges = rateChanges;
        this.deferred = deferred;
        this.fee = fee;
        this.precomputed = precomputed;
    }

    /**
     * How the note earns its precomputed (add-on) finance charge — the installments' split, the rebate and the
     * payoff it leaves — or {@code null} for a note of simple interest.
     */
    public PrecomputedEarning precomputed() {
        return precomputed;
    }

    /**
     * Whether row {@code i}'s rate changed inside its period (a floating rate resetting on its date): its
     * interest is then the days before the change at the rate before, and {@link #rate(int)} is the rate
     * in force at the period's end.
     */
    public boolean rateChangesWithin(int i) {
        return rateChanges != null && rateChanges.within(i);
    }

    /**
     * The annual rate in force on {@code epochDay}, unscaled at {@link PeriodRates#SCALE}: that of the period
     * accruing on that day (the next period's from a due date on), with any change inside the period on or
     * before the day; the last row's after maturity.
     */
    public long rateOnUnscaled(int epochDay) {
        int i = Math.min(firstDueAfter(epochDay), dueDate.length - 1);
        long r = rateUnscaled(i);
        return rateChanges == null ? r : rateChanges.rateOn(i, epochDay, r);
    }

    /** {@link #rateOnUnscaled} as an exact decimal fraction. */
    public BigDecimal rateOn(int epochDay) {
        return rate == null ? terms.annualRate() : PeriodRates.decimal(rateOnUnscaled(epochDay));
    }

    /**
     * Interest on {@code balance} from row {@code i}'s accrual start to {@code day} (at most its accrual end)
     * at the row's rates, changes inside the period included: the one charge of a straddling period, for
     * scenarios that recompute a row on another balance. Only for a row whose {@link #rateChangesWithin rate
     * changes within}; other rows accrue at their one rate ({@link PeriodInterest}).
     */
    public long interestAcrossChangesMinor(int i, long balance, int day) {
        int[] bounds = new int[rateChanges.maxSegments() + 1];
        long[] rates = new long[bounds.length];
        int count = rateChanges.segments(i, accrualStart[i], accrualEndEpochDay(i), rateUnscaled(i), bounds, rates);
        return PeriodInterest.of(terms).acrossResets(balance, bounds, rates, count, Math.min(day, accrualEndEpochDay(i)));
    }

    /** The annual rate row {@code i} accrued at, unscaled at {@link PeriodRates#SCALE} decimals (0.12 is 1,200,000,000). */
    public long rateUnscaled(int i) {
        if (rate == null) {
            Objects.checkIndex(i, dueDate.length);
            return PeriodRates.unscaled(terms.annualRate());
        }
        return rate[i];
    }

    /** The annual rate row {@code i} accrued at, as an exact decimal fraction. */
    public BigDecimal rate(int i) {
        if (rate == null) {
            Objects.checkIndex(i, dueDate.length);
            return terms.annualRate();
        }
        return PeriodRates.decimal(rate[i]);
    }

    /** Where the index values of the rates came from: empty when no rate read an index. */
    public Set<IndexSource> indexSources() {
        EnumSet<IndexSource> set = EnumSet.noneOf(IndexSource.class);
        for (IndexSource s : IndexSource.values()) {
            if ((indexSources & s.bit()) != 0) {
                set.add(s);
            }
        }
        return set;
    }

    /** {@link #indexSources()} as {@link IndexSource#bit()}s, for a scenario's schedule to keep. */
    int indexSourceBits() {
        return indexSources;
    }

    /** The rates that changed inside a period, or {@code null}: for a schedule resolved from this one to keep. */
    RateChanges rateChanges() {
        return rateChanges;
    }

    /** The terms this schedule was resolved from. */
    public NoteTerms terms() {
        return terms;
    }

    public String noteId() {
        return terms.id();
    }

    /** The number of periods (flows). */
    public int size() {
        return dueDate.length;
    }

    /** Digits of the minor unit: an amount of {@code n} minor units is {@code n × 10^-scale()}. */
    public int scale() {
        return terms.currencyDigits();
    }

    public int accrualStartEpochDay(int i) {
        return accrualStart[i];
    }

    /**
     * Where row {@code i}'s interest stops accruing: its due date, or, when the due date was moved to a
     * business day on unadjusted accrual periods, the rolled date before the move.
     */
    public int accrualEndEpochDay(int i) {
        return accrualEnd == null ? dueDate[i] : accrualEnd[i];
    }

    /** Whether some row's accrual ends on another day than its due date. */
    public boolean hasUnadjustedAccrual() {
        return accrualEnd != null;
    }

    public int dueEpochDay(int i) {
        return dueDate[i];
    }

    public long openingMinor(int i) {
        return opening[i];
    }

    public long interestMinor(int i) {
        return interest[i];
    }

    public long principalMinor(int i) {
        return principal[i];
    }

    /** All cash of the row: interest + principal + prepaid + recovery + penalty. */
    public long paymentMinor(int i) {
        return payment[i];
    }

    public long prepaidMinor(int i) {
        return prepaid == null ? 0 : prepaid[i];
    }

    /** Principal that defaulted in the row: written off the balance, no cash. */
    public long defaultedMinor(int i) {
        return defaulted == null ? 0 : defaulted[i];
    }

    public long recoveryMinor(int i) {
        return recovery == null ? 0 : recovery[i];
    }

    public long penaltyMinor(int i) {
        return penalty == null ? 0 : penalty[i];
    }

    /** The row's {@link FlowKind} bits; see {@link FlowKind#label(int)}. */
    public int flags(int i) {
        return flags == null ? FlowKind.SCHEDULED.bit() : flags[i];
    }

    /**
     * Fees paid with row {@code i} (a revolving line's commitment fee, a periodic fee; zero on most notes), part of
     * its payment.
     */
    public long feeMinor(int i) {
        return fee == null ? 0 : fee[i];
    }

    /** Interest accrued and not yet paid after row {@code i}: carried to a later payment (zero on most notes). */
    public long deferredInterestMinor(int i) {
        return deferred == null ? 0 : deferred[i];
    }

    /**
     * Whether row {@code i} is a due date's (paid or deferred), not an event's of its own (an advance, a
     * forgiveness, a deferral ending between due dates).
     */
    public boolean isDueRow(int i) {
        return (flags(i) & (FlowKind.SCHEDULED.bit() | FlowKind.DEFERRAL.bit())) != 0;
    }

    public long closingMinor(int i) {
        return opening[i] - principal[i] - prepaidMinor(i) - defaultedMinor(i);
    }

    /**
     * The index of the first period due strictly after {@code epochDay}, or {@link #size()} when none is:
     * a payment due on the as-of date counts as made.
     */
    public int firstDueAfter(int epochDay) {
        int lo = 0;
        int hi = dueDate.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dueDate[mid] <= epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The principal outstanding after every payment due on or before {@code epochDay}. */
    public long outstandingMinor(int epochDay) {
        int i = firstDueAfter(epochDay);
        return i == dueDate.length ? 0 : opening[i];
    }

    /**
     * Interest accrued but not yet due on {@code epochDay}: on the outstanding balance from the current
     * period's accrual start to that day ({@link PeriodInterest#accrued}); a precomputed note's by its earning
     * rule ({@link PrecomputedEarning#accruedMinor}). Zero before the note accrues, on a due date, and after
     * maturity.
     */
    public long accruedInterestMinor(int epochDay) {
        int i = firstDueAfter(epochDay);
        if (i == dueDate.length) {
            return 0;
        }
        if (precomputed != null) {
            return precomputed.accruedMinor(opening[i], accrualStart[i], accrualEndEpochDay(i), epochDay);
        }
        PeriodInterest periods = PeriodInterest.of(terms);
        int end = accrualEndEpochDay(i);
        long accrued = rateChangesWithin(i) ? interestAcrossChangesMinor(i, opening[i], epochDay)
                : (rate == null ? periods : periods.atRate(rate(i))).accrued(opening[i], accrualStart[i], end, epochDay);
        if (i > 0) {
            accrued += deferredInterestMinor(i - 1); // carried from earlier rows, owed with a later payment
        }
        if (epochDay > end && i + 1 < dueDate.length && accrualStart[i + 1] >= end) {
            // Between a rolled date and the later business day its payment moved to, the period is wholly
            // accrued and the next one has begun: both are owed.
            accrued += (rate == null ? periods : periods.atRate(rate(i + 1)))
                    .accrued(opening[i + 1], accrualStart[i + 1], accrualEndEpochDay(i + 1), epochDay);
        }
        return accrued;
    }

    public long totalInterestMinor() {
        return Arrays.stream(interest).sum();
    }

    public long totalPaymentMinor() {
        return Arrays.stream(payment).sum();
    }

    /** Row {@code i} (from 0) as a value with dates and Moneta amounts. */
    public SchedulePeriod period(int i) {
        return new SchedulePeriod(i + 1,
                EpochDay.toDate(accrualStart[i]), EpochDay.toDate(accrualEndEpochDay(i)), EpochDay.toDate(dueDate[i]),
                accrualEndEpochDay(i) - accrualStart[i],
                money(opening[i]), money(interest[i]), money(principal[i]), money(prepaidMinor(i)),
                money(defaultedMinor(i)), money(recoveryMinor(i)), money(penaltyMinor(i)), money(payment[i]),
                money(closingMinor(i)), FlowKind.kindsOf(flags(i)), rate(i));
    }

    /** All rows as values, in due-date order. */
    public List<SchedulePeriod> periods() {
        return new AbstractList<>() {
            @Override
            public SchedulePeriod get(int index) {
                return period(index);
            }

            @Override
            public int size() {
                return Schedule.this.size();
            }
        };
    }

    /** An amount in minor units as a Moneta amount in this note's currency. */
    public MonetaryAmount money(long minor) {
        return Money.of(BigDecimal.valueOf(minor, scale()), terms.currency());
    }

    @Override
    public String toString() {
        return "Schedule[" + noteId() + ", " + size() + " periods]";
    }
}
