package com.notefolio.core.schedule;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.NoteTerms;
import java.math.BigDecimal;

/**
 * Interest at a rate between two dates: balance × annual rate × the accrual basis's year fraction,
 * computed exactly and rounded once by the note's interest rule. The rate is held as an integer over a
 * power of ten (0.1065 = 1065 / 10⁴), so the whole product stays in integers. The one implementation of
 * interest between two dates; {@link PeriodInterest} applies it to a schedule's periods.
 */
public record InterestAccrual(long rateUnscaled, long rateDenominator, DayCount basis, RoundingRule rounding) {

    /** The note's own interest: its rate, accrual basis and interest rounding. */
    public static InterestAccrual of(NoteTerms terms) {
        return of(terms.annualRate(), terms.accrualBasis(), terms.interestRounding());
    }

    public static InterestAccrual of(BigDecimal annualRate, DayCount basis, RoundingRule rounding) {
        BigDecimal rate = annualRate.stripTrailingZeros();
        if (rate.scale() < 0) {
            rate = rate.setScale(0);
        }
        return new InterestAccrual(rate.unscaledValue().longValueExact(),
                rate.scale() < POWERS_OF_TEN.length ? POWERS_OF_TEN[rate.scale()]
                        : BigDecimal.TEN.pow(rate.scale()).longValueExact(), basis, rounding);
    }

    /**
     * The same at the rate {@code unscaled} × 10^−{@code scale}: the fraction reduced by its trailing zeros
     * as {@link #of(BigDecimal, DayCount, RoundingRule)} reduces the decimal, without making one.
     */
    static InterestAccrual ofUnscaled(long unscaled, int scale, DayCount basis, RoundingRule rounding) {
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return new InterestAccrual(unscaled, POWERS_OF_TEN[scale], basis, rounding);
    }

    /** 10^0 … 10^18, the denominators of rates of up to 18 decimals. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Interest on {@code balance} minor units from {@code start} to {@code end} (epoch days). */
    public long interest(long balance, int start, int end) {
        return interest(balance, start, EpochDay.civil(start), end, EpochDay.civil(end));
    }

    /** The same, with both dates also as packed civil dates. */
    long interest(long balance, int start, int startCivil, int end, int endCivil) {
        if (rateUnscaled == 0 || balance == 0) {
            return 0;
        }
        return rounding.multiplyDivide(balance, rateUnscaled, basis.numerator(start, startCivil, end, endCivil),
                basis.denominator() * rateDenominator);
    }

    /** Interest for a whole number of months on the {@code PERIODIC} basis: balance × rate × months ÷ 12. */
    public long periodicMonths(long balance, int months) {
        return rounding.multiplyDivide(balance, rateUnscaled, months, 12 * rateDenominator);
    }

    /**
     * A regular period's interest whatever the basis: balance × rate ÷ periods a year, rounded once —
     * balance × rate × N ÷ 365 for a cycle of N days ({@link Frequency#periodsPerYear()}).
     */
    public long periodic(long balance, Frequency frequency) {
        return rounding.multiplyDivide(balance, rateUnscaled, frequency.periodsPerYearDenominator(),
                frequency.periodsPerYearNumerator() * rateDenominator);
    }
}
