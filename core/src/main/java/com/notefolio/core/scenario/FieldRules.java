package com.notefolio.core.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules scenario values check when built, each recording a {@link InvalidScenarioException.Problem}
 * instead of stopping, so a value reports every broken rule at once. The reasons are the ones the
 * scenario file reader has always given, so a value built in code and one read from a file are refused
 * in the same words.
 */
final class FieldRules {

    /** The longest scenario name, note id or set name. */
    static final int MAX_NAME_CHARS = 100;
    /** The largest lag, in months. */
    static final int MAX_LAG_MONTHS = 600;

    private final List<InvalidScenarioException.Problem> problems = new ArrayList<>();

    void add(String field, Object value, String reason) {
        problems.add(new InvalidScenarioException.Problem(field, InvalidScenarioException.shown(value), reason));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        throwIfAny(null);
    }

    /** Throws the problems, if any, naming the scenario ({@code null} for a value outside one). */
    void throwIfAny(String scenario) {
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(scenario, problems);
        }
    }

    /** A rate as a fraction of one: finite, in [0, 1]. */
    void fraction(String field, double x) {
        if (!Double.isFinite(x)) {
            add(field, x, "must be a finite number");
        } else if (x < 0) {
            add(field, x, "must not be negative");
        } else if (x > 1) {
            add(field, x, "must be at most 1 (100%)");
        }
    }

    void lagMonths(String field, int months) {
        if (months < 0) {
            add(field, months, "must not be negative");
        } else if (months > MAX_LAG_MONTHS) {
            add(field, months, "must be at most " + MAX_LAG_MONTHS + " months (50 years)");
        }
    }

    /** An amount that may be absent; not negative, and more than zero when {@code positive}. */
    void amount(String field, BigDecimal amount, boolean positive) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            add(field, amount, "must not be negative");
        } else if (positive && amount.signum() == 0) {
            add(field, amount, "must be more than 0");
        }
    }

    /** A required, non-blank name of at most {@value #MAX_NAME_CHARS} characters; . */
    void name(String field, String name) {
        if (name == null) {
            add(field, null, "is required");
        } else if (name.isBlank()) {
            add(field, name, "must not be blank");
        } else if (name.length() > MAX_NAME_CHARS) {
            add(field, name, "is " + name.length() + " characters long; at most " + MAX_NAME_CHARS);
        }
    }

    void required(String field, Object value) {
        if (value == null) {
            add(field, null, "is required");
        }
    }
}
