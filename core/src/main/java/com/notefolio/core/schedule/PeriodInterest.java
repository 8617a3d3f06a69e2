package com.notefolio.core.schedule;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.OddDays;
import com.notefolio.core.note.ScheduleConventions;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The interest of one period of a note's schedule, and the interest accrued within it: the one rule for
 * regular, first and last periods, used by the resolver, the scenario projector and accrued interest.
 *
 * <p>On a day-count basis, and for STATED or AT_MATURITY notes, a period's interest is
 * {@link InterestAccrual#interest} over its dates. A PERIODIC note with a rolled schedule charges every
 * period between two due dates on the roll — all but the first and the last — exactly
 * balance × rate × the frequency's months ÷ 12, which spares the calendar arithmetic. Its first period
 * (from the issue date) and last period (to the maturity date) follow the note's {@link OddDays} rule:
 * whole periods (the months on the payment calendar, rounded, at least one), or, when it is not a whole
 * period, its whole periods and the odd days at the stated basis, rounded once. A PERIODIC note whose
 * frequency rolls by days or half months (weekly, biweekly, four-weekly, semi-monthly, a cycle of N days)
 * charges each such period balance × rate ÷ periods a year (52, 26, 13, 24; 365 ÷ N, so × N ÷ 365 — ACTUS's
 * and Appendix J's year of 365 days), and its first and last periods
 * {@link Frequency#periodsIn} whole periods (days × periods a year ÷ 365, rounded, at least one) — the
 * same "whole periods, rounded" rule; odd days do not apply to it (the terms refuse them). A period of a
 * projection that ends early (a payoff) is told apart by its dates, so a scenario charges each period
 * exactly as the schedule it starts from.
 *
 * <p>{@link #of(NoteTerms)} accrues at the note's {@link NoteTerms#annualRate() annual rate} (its
 * initial rate); a period of a note whose rate changes accrues at its own rate, {@link #atRate}.
 */
public final class PeriodInterest {

    private final InterestAccrual accrual;
    /** The frequency's months for a PERIODIC rolled schedule; 0 when periods accrue by their dates. */
    private final int regularMonths;
    /**
     * The periods a year of a PERIODIC rolled schedule not rolled by months (weekly, semi-monthly…), as
     * {@code regularPerYear ÷ regularPerYearDenominator} (365 ÷ N for a cycle of N days); 0 otherwise.
     */
    private final int regularPerYear;
    private final int regularPerYearDenominator;
    private final Frequency frequency;
    private final int issue;
    private final int maturity;
    /** The roll: the first due date as a packed civil date, and whether every due date is a month end. */
    private final int anchorCivil;
    private final boolean endOfMonth;
    /** The basis of a stub's odd days; {@code null} for whole periods. */
    private final DayCount oddBasis;

    private PeriodInterest(NoteTerms terms) {
        this.accrual = InterestAccrual.of(terms);
        this.regularMonths = terms.accrualBasis() == DayCounts.PERIODIC && terms.amortization() != Amortization.STATED
                && terms.frequency().isRegular() ? terms.frequency().months() : 0;
        this.regularPerYear = terms.accrualBasis() == DayCounts.PERIODIC && terms.amortization() != Amortization.STATED
                && terms.frequency().isRegular() && !terms.frequency().rollsByMonths()
                ? terms.frequency().periodsPerYearNumerator() : 0;
        this.regularPerYearDenominator = terms.frequency().periodsPerYearDenominator();
        this.frequency = terms.frequency();
        // The first period accrues from the disbursement, when the note states one.
        this.issue = EpochDay.of(terms.structure().accrualStart(terms.issueDate()));
        this.maturity = EpochDay.of(terms.maturityDate());
        // The roll's anchor: the first due date's month on the payment day (which may exceed that month's length).
        this.anchorCivil = EpochDay.civil(terms.firstPaymentDate()) / 100 * 100
                + terms.conventions().rollDay(terms.firstPaymentDate());
        this.endOfMonth = terms.conventions().rollDay(terms.firstPaymentDate()) == terms.firstPaymentDate().lengthOfMonth()
                && terms.conventions().endOfMonth() == ScheduleConventions.EndOfMonth.MONTH_END;
        this.oddBasis = regularMonths > 0 && terms.oddDays() instanceof OddDays.ByDays b ? b.basis() : null;
    }

    private PeriodInterest(PeriodInterest base, InterestAccrual accrual) {
        this.accrual = accrual;
        this.regularMonths = base.regularMonths;
        this.regularPerYear = base.regularPerYear;
        this.regularPerYearDenominator = base.regularPerYearDenominator;
        this.frequency = base.frequency;
        this.issue = base.issue;
        this.maturity = base.maturity;
        this.anchorCivil = base.anchorCivil;
        this.endOfMonth = base.endOfMonth;
        this.oddBasis = base.oddBasis;
    }

    /** The same rule at another annual rate: a floating or stepped note's period accrues at its own rate. */
    public PeriodInterest atRate(BigDecimal annualRate) {
        return new PeriodInterest(this, InterestAccrual.of(annualRate, accrual.basis(), accrual.rounding()));
    }

    /** The same at a rate unscaled at {@link PeriodRates#SCALE}: {@link #atRate} of {@link PeriodRates#decimal}. */
    PeriodInterest atRateUnscaled(long unscaled) {
        return new PeriodInterest(this, InterestAccrual.ofUnscaled(unscaled, PeriodRates.SCALE, accrual.basis(),
                accrual.rounding()));
    }

    /** The rule of this note's periods. */
    public static PeriodInterest of(NoteTerms terms) {
        return new PeriodInterest(terms);
    }

    /** The note's interest accrual (its rate, basis and interest rounding). */
    public InterestAccrual accrual() {
        return accrual;
    }

    /** Interest on {@code balance} minor units for the schedule's period from {@code start} to {@code end} (epoch days). */
    public long interest(long balance, int start, int end) {
        return interest(balance, start, EpochDay.civil(start), end, EpochDay.civil(end));
    }

    /**
     * The same, with both dates also as packed civil dates ({@link EpochDay#civil(int)}): for a caller that charges
     * the same periods on many balances (a note's scenarios) and converts each date once.
     */
    public long interest(long balance, int start, int startCivil, int end, int endCivil) {
        if (regularPerYear > 0) {
            long[] fraction = periodFraction(start, end);
            return times(balance, fraction[0], fraction[1]);
        }
        if (regularMonths == 0) {
            return accrual.interest(balance, start, startCivil, end, endCivil);
        }
        if (start != issue && end != maturity) {
            return accrual.periodicMonths(balance, regularMonths);
        }
        if (oddBasis == null) {
            return accrual.interest(balance, start, startCivil, end, endCivil);
        }
        long[] fraction = stubFraction(start, startCivil, end, endCivil);
        return times(balance, fraction[0], fraction[1]);
    }

    /**
     * Interest accrued on {@code balance} from a period's start to {@code day} within it. For a
     * day-count basis, the basis's fraction of the partial period; for {@code PERIODIC}, which does not
     * count days, the whole period's interest × days elapsed ÷ days in the period — one rounding either way.
     */
    public long accrued(long balance, int periodStart, int periodEnd, int day) {
        if (day <= periodStart || accrual.rateUnscaled() == 0 || balance == 0) {
            return 0;
        }
        if (day >= periodEnd) {
            return interest(balance, periodStart, periodEnd);
        }
        if (accrual.basis() != DayCounts.PERIODIC) {
            return accrual.interest(balance, periodStart, day);
        }
        long[] fraction = periodFraction(periodStart, periodEnd);
        return times(balance, fraction[0] * (day - periodStart), fraction[1] * (periodEnd - periodStart));
    }

    /**
     * Interest on {@code balance} over a period whose rate changes inside it, from {@code bounds[0]} to
     * {@code day} (at most {@code bounds[count]}, the period's accrual end): the rate is {@code rates[k]}
     * (unscaled at {@link PeriodRates#SCALE}) from {@code bounds[k]} to {@code bounds[k + 1]}, and the
     * interest is balance × Σₖ rateₖ × yf(segmentₖ) on the accrual basis, rounded once by the interest rule
     * — r₁ · yf(start, reset) + r₂ · yf(reset, end) for one reset. A day-count basis only: a note whose
     * rate resets on its date has one ({@link com.notefolio.core.note.RateTerms.Floating.ResetTiming}).
     */
    long acrossResets(long balance, int[] bounds, long[] rates, int count, int day) {
        if (balance == 0 || day <= bounds[0]) {
            return 0;
        }
        DayCount basis = accrual.basis();
        // Each term is at most 10¹⁰ × a period's day count: the sum of a period's few segments fits a long,
        // and multiplyDivide takes the product with the balance exactly.
        long weighted = 0;
        for (int k = 0; k < count && bounds[k] < day; k++) {
            weighted += rates[k] * basis.numerator(bounds[k], Math.min(bounds[k + 1], day));
        }
        return accrual.rounding().multiplyDivide(balance, weighted, 1, basis.denominator() * PeriodRates.TEN_TO_SCALE);
    }

    /** Whether the first period, ending on {@code firstDueCivil}, starts exactly one period before it. */
    boolean firstPeriodIsRegular(int firstDueCivil) {
        return frequency.isRegular()
                && issue == EpochDay.ofCivil(frequency.rollCivil(firstDueCivil, -1, EpochDay.isEndOfMonth(firstDueCivil)));
    }

    /** balance × rate × numerator ÷ denominator, rounded once by the interest rule, exactly whatever the size. */
    private long times(long balance, long numerator, long denominator) {
        try {
            return accrual.rounding().multiplyDivide(balance, accrual.rateUnscaled(), numerator,
                    Math.multiplyExact(denominator, accrual.rateDenominator()));
        } catch (ArithmeticException e) {
            return new BigDecimal(BigInteger.valueOf(balance).multiply(BigInteger.valueOf(accrual.rateUnscaled()))
                    .multiply(BigInteger.valueOf(numerator)))
                    .divide(new BigDecimal(BigInteger.valueOf(denominator)
                            .multiply(BigInteger.valueOf(accrual.rateDenominator()))), 0, accrual.rounding().mode())
                    .longValueExact();
        }
    }

    /** The PERIODIC year fraction of a period as {numerator, denominator}. */
    private long[] periodFraction(int start, int end) {
        int startCivil = EpochDay.civil(start);
        int endCivil = EpochDay.civil(end);
        if (regularPerYear > 0) {
            int periods = start != issue && end != maturity ? 1 : frequency.periodsIn(end - start);
            return new long[] {(long) periods * regularPerYearDenominator, regularPerYear};
        }
        if (regularMonths > 0 && start != issue && end != maturity) {
            return new long[] {regularMonths, 12};
        }
        if (regularMonths > 0 && oddBasis != null) {
            return stubFraction(start, startCivil, end, endCivil);
        }
        return new long[] {accrual.basis().numerator(start, startCivil, end, endCivil), accrual.basis().denominator()};
    }

    /**
     * The year fraction of a first or last period under the odd-days rule, as {numerator, denominator}:
     * its whole periods on the roll (counted back from the due date of a first period, forward from the
     * start of a last one) as months ÷ 12, plus the odd days left over on the stated basis.
     */
    private long[] stubFraction(int start, int startCivil, int end, int endCivil) {
        int wholeMonths = 0;
        int oddStart = start;
        int oddEnd = end;
        if (start == issue) {
            // Back from the first due date by whole periods while they fit after the issue date.
            boolean eom = EpochDay.isEndOfMonth(endCivil);
            int k = 1;
            int previous = end;
            while (true) {
                int stepped = EpochDay.plusMonths(endCivil, -k * regularMonths, eom);
                if (stepped < start) {
                    break;
                }
                previous = stepped;
                k++;
            }
            wholeMonths = (k - 1) * regularMonths;
            oddEnd = previous;
        } else {
            // A last period is at most one period: whole when the maturity is on the roll.
            int months = (startCivil / 10000 - anchorCivil / 10000) * 12 + (startCivil / 100) % 100
                    - (anchorCivil / 100) % 100;
            int next = EpochDay.plusMonths(anchorCivil, months + regularMonths, endOfMonth);
            if (next == end) {
                wholeMonths = regularMonths;
                oddStart = end;
            }
        }
        long denominator = oddBasis.denominator();
        long odd = oddEnd > oddStart ? oddBasis.numerator(oddStart, oddEnd) : 0;
        return new long[] {wholeMonths * denominator + 12 * odd, 12 * denominator};
    }
}
