package com.notefolio.core.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is recovered after an acceleration: either a stated {@code amount} on a {@code date}, or the
 * collateral's value (the note's stated value unless {@code collateralValue} overrides it) less a
 * {@code haircut} (a fraction) and {@code costs} of realisation, {@code lagMonths} after the acceleration
 * date. Never more than the claim.
 */
public record Recovery(BigDecimal amount, LocalDate date, BigDecimal collateralValue, double haircut,
                       BigDecimal costs, int lagMonths) {

    public Recovery {
        costs = costs == null ? BigDecimal.ZERO : costs;
    }

    public static Recovery of(BigDecimal amount, LocalDate date) {
        return new Recovery(amount, date, null, 0, null, 0);
    }

    public static Recovery fromCollateral(BigDecimal collateralValue, double haircut, BigDecimal costs, int lagMonths) {
        return new Recovery(null, null, collateralValue, haircut, costs, lagMonths);
    }

    /** Whether this recovery is a stated amount on a date rather than a realisation of collateral. */
    public boolean isStated() {
        return amount != null;
    }
}
