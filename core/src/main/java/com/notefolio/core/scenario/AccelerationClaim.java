package com.notefolio.core.scenario;

import java.time.LocalDate;

/**
 * What fell due when a note was accelerated, in minor units: the principal, the unpaid interest to the
 * missed payment, default interest from then to the acceleration date, the late charges on the installments
 * missed whose grace ran out before the acceleration, and collection costs; and what was recovered against it
 * (never more than the claim) and when.
 */
public record AccelerationClaim(LocalDate accelerationDate, long principalMinor, long interestMinor,
                                long defaultInterestMinor, long lateChargesMinor, long costsMinor,
                                long recoveredMinor, LocalDate recoveryDate) {

    public long totalMinor() {
        return principalMinor + interestMinor + defaultInterestMinor + lateChargesMinor + costsMinor;
    }

    /** The part of the claim not recovered. */
    public long lossMinor() {
        return totalMinor() - recoveredMinor;
    }
}
