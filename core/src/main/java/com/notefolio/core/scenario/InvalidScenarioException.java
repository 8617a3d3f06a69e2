package com.notefolio.core.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario value that breaks a rule, or a scenario that cannot apply to a note. Names the scenario
 * when it is known, and each {@link Problem}: the field (a path relative to the value that refused it,
 * such as {@code cpr}, {@code cprVector[3]} or {@code recovery.collateral.haircut}), the value given and
 * the reason. A value reports every problem it has at once, so that a reader can list them all.
 */
public final class InvalidScenarioException extends IllegalArgumentException {

    /** One broken rule: the field, the value as given ({@code null} when absent) and the reason. */
    public record Problem(String field, String value, String reason) {

        /** The problem with {@code prefix.} before its field, as the value that holds this one names it. */
        public Problem under(String prefix) {
            return new Problem(prefix + (field.startsWith("[") ? "" : ".") + field, value, reason);
        }

        @Override
        public String toString() {
            return field + (value == null ? "" : " = " + value) + ": " + reason;
        }
    }

    private final String scenario;
    private final List<Problem> problems;

    /** A problem of a scenario with a note, as the projection finds it (no value to show). */
    public InvalidScenarioException(String scenario, String field, String reason) {
        this(scenario, List.of(new Problem(field, null, reason)));
    }

    /** The problems of a value; {@code scenario} is the scenario's name, or {@code null} outside one. */
    public InvalidScenarioException(String scenario, List<Problem> problems) {
        super(message(scenario, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidScenarioException needs a problem");
        }
        this.scenario = scenario;
        this.problems = List.copyOf(problems);
    }

    private static String message(String scenario, List<Problem> problems) {
        return (scenario == null ? "" : "scenario \"" + scenario + "\": ")
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    /** The same problems with {@code prefix.} before each field. */
    public InvalidScenarioException under(String prefix) {
        return new InvalidScenarioException(scenario, problems.stream().map(p -> p.under(prefix)).toList());
    }

    /** The scenario's name, or {@code null} for a value built outside a scenario. */
    public String scenario() {
        return scenario;
    }

    /** The first problem's field. */
    public String field() {
        return problems.get(0).field();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A value as messages show it: an amount's plain digits, a double's shortest decimal. */
    static String shown(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double x && Double.isFinite(x) && x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x.doubleValue());
        }
        return String.valueOf(value);
    }
}
