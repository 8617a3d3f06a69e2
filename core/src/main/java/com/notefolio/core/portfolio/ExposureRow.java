package com.notefolio.core.portfolio;

/**
 * Exposure to one group (a borrower, a sector…), in minor units: notes, outstanding principal, accrued
 * interest, exposure = outstanding + accrued, stated collateral value, and the group's share of the
 * portfolio's exposure.
 */
public record ExposureRow(String key, long notes, long outstandingMinor, long accruedMinor, long collateralMinor,
                          double share) {

    public long exposureMinor() {
        return outstandingMinor + accruedMinor;
    }

    /** Collateral ÷ exposure; NaN without exposure. */
    public double collateralCoverage() {
        long e = exposureMinor();
        return e == 0 ? Double.NaN : (double) collateralMinor / e;
    }
}
