package com.notefolio.core.disclosure;

/**
 * The time from the beginning of the term to an advance or a payment in unit-periods, as Appendix J
 * (b)(5) counts it: {@code units} full unit-periods and the fraction {@code fractionNumerator /
 * fractionDenominator} of one (in days of a unit-period, or in months of a year under (b)(5)(v)(A)).
 * Kept as a ratio of whole numbers so that a test can compare it with the figures Appendix J (c) prints,
 * such as 19/30.
 */
public record UnitPeriodTime(int units, int fractionNumerator, int fractionDenominator) {

    public UnitPeriodTime {
        if (units < 0 || fractionNumerator < 0 || fractionDenominator <= 0) {
            throw new IllegalArgumentException("a time in unit-periods is t >= 0 and f = n/d >= 0, not "
                    + units + " and " + fractionNumerator + "/" + fractionDenominator);
        }
    }

    /** f of the general equation. */
    public double fraction() {
        return (double) fractionNumerator / fractionDenominator;
    }
}
