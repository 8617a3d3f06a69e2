package com.notefolio.core.convention;

/**
 * How often a note pays: the regular period in months and the number of periods a year.
 * {@link #AT_MATURITY} has a single period from the issue date to maturity.
 */
public enum Frequency {
    MONTHLY(1),
    /** Every two months (ACTUS {@code P2M}; "bi-monthly" in the sense of every other month). */
    BIMONTHLY(2),
    QUARTERLY(3),
    SEMI_ANNUAL(6),
    ANNUAL(12),
    AT_MATURITY(0);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** The regular period in months; zero for {@link #AT_MATURITY}. */
    public int months() {
        return months;
    }

    /** Regular periods a year: 12, 6, 4, 2, 1; for {@link #AT_MATURITY} 1, so a nominal yield is annual. */
    public int periodsPerYear() {
        return months == 0 ? 1 : 12 / months;
    }

    public boolean isRegular() {
        return months > 0;
    }
}
