package com.notefolio.core.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The outcome of solving Appendix J's general equation: whether a rate was found, the unit-period it was
 * found in, the unit-period rate i and the annual percentage rate w × i as a percentage.
 *
 * <p>The APR is rounded at one named point: {@link #PERCENT_SCALE} decimals of a percent, half up, when
 * the solution is made (9.6857 for 9.685714…%). Disclosures state it to the hundredth of a percent
 * ({@link #percentHundredths()}, from the unrounded rate), which is how Appendix J (c) prints it.
 */
public record AprSolution(Status status, UnitPeriod unitPeriod, double unitPeriodRate, BigDecimal percent) {

    /** Decimals of a percent the APR keeps. */
    public static final int PERCENT_SCALE = 4;

    /** Whether the equation had a root. */
    public enum Status {
        /** A unit-period rate balances the advances and the payments. */
        SOLVED,
        /**
         * No rate above −100% a unit-period balances them: the sign of the equation never changes (for
         * instance payments that fall due only before the advances, or that no finite rate can discount
         * down to the amount financed).
         */
        NO_ROOT
    }

    public AprSolution {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(unitPeriod, "unitPeriod");
        if ((status == Status.SOLVED) != (percent != null)) {
            throw new IllegalArgumentException("a solved APR has a percent and an unsolved one none");
        }
    }

    static AprSolution solved(UnitPeriod unitPeriod, double unitPeriodRate) {
        double percent = unitPeriodRate * unitPeriod.perYear() * 100;
        return new AprSolution(Status.SOLVED, unitPeriod, unitPeriodRate,
                BigDecimal.valueOf(percent).setScale(PERCENT_SCALE, RoundingMode.HALF_UP));
    }

    static AprSolution noRoot(UnitPeriod unitPeriod) {
        return new AprSolution(Status.NO_ROOT, unitPeriod, Double.NaN, null);
    }

    public boolean solved() {
        return status == Status.SOLVED;
    }

    /** The APR as a percentage to the hundredth, half up, from the unrounded rate; {@code null} when unsolved. */
    public BigDecimal percentHundredths() {
        if (!solved()) {
            return null;
        }
        return BigDecimal.valueOf(unitPeriodRate * unitPeriod.perYear() * 100).setScale(2, RoundingMode.HALF_UP);
    }
}
