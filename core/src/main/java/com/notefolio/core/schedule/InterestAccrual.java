package com.notefolio.core.schedule;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.NoteTerms;
import java.math.BigDecimal;

/**
 * A note's interest between two dates: balance × annual rate × the accrual basis's year fraction,
 * computed exactly and rounded once by the note's interest rule. The rate is held as an integer over a
 * power of ten (0.1065 = 1065 / 10⁴), so the whole product stays in integers.
 */
record InterestAccrual(long rateUnscaled, long rateDenominator, DayCount basis, RoundingRule rounding) {

    static InterestAccrual of(NoteTerms terms) {
        BigDecimal rate = terms.annualRate();
        return new InterestAccrual(rate.unscaledValue().longValueExact(),
                BigDecimal.TEN.pow(Math.max(0, rate.scale())).longValueExact(),
                terms.accrualBasis(), terms.interestRounding());
    }

    /** Interest on {@code balance} minor units from {@code start} to {@code end} (epoch days). */
    long interest(long balance, int start, int end) {
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
}
