package com.notefolio.core.portfolio;

/**
 * How a case's totals differ from the base case's in the same currency (case − base): NPV and the
 * ladder's cash in currency units and minor units, the weighted yield as a fraction (× 10,000 for basis
 * points), WAL and modified duration in years.
 */
public record TotalsDeltas(double npv, double weightedYield, double walYears, double modifiedDuration,
                           long scheduledCashMinor) {

    /** The deltas of the base case to itself. */
    public static final TotalsDeltas NONE = new TotalsDeltas(0, 0, 0, 0, 0);
}
