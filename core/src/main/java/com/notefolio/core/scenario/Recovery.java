package com.notefolio.core.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is recovered after an acceleration, never more than the claim: either a {@link Stated} amount on
 * a date, or the realisation of {@link Collateral}. Each kind checks what it holds when built and names
 * the field as a scenario file spells it ({@code amount}, {@code date}, {@code collateral.haircut}…).
 */
public sealed interface Recovery {

    static Stated of(BigDecimal amount, LocalDate date) {
        return new Stated(amount, date);
    }

    static Collateral fromCollateral(BigDecimal collateralValue, double haircut, BigDecimal costs, int lagMonths) {
        return new Collateral(collateralValue, haircut, costs, lagMonths);
    }

    /** Whether this recovery is a stated amount on a date rather than a realisation of collateral. */
    default boolean isStated() {
        return this instanceof Stated;
    }

    /** A stated amount (not negative) recovered on a date; {@code null} is the acceleration date itself. */
    record Stated(BigDecimal amount, LocalDate date) implements Recovery {
        public Stated {
            FieldRules rules = new FieldRules();
            rules.required("amount", amount);
            rules.amount("amount", amount, false);
            rules.throwIfAny();
        }
    }

    /**
     * The collateral's value (the note's stated value when {@code value} is {@code null}) less a
     * {@code haircut} (a fraction in [0, 1]) and {@code costs} of realisation (not negative; absent is
     * zero), {@code lagMonths} (0 to 600) after the acceleration date.
     */
    record Collateral(BigDecimal value, double haircut, BigDecimal costs, int lagMonths) implements Recovery {
        public Collateral {
            FieldRules rules = new FieldRules();
            rules.amount("collateral.value", value, false);
            rules.fraction("collateral.haircut", haircut);
            rules.amount("collateral.costs", costs, false);
            rules.lagMonths("collateral.lagMonths", lagMonths);
            rules.throwIfAny();
            costs = costs == null ? BigDecimal.ZERO : costs;
        }
    }
}
