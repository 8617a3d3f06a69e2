package com.notefolio.core.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A named set of scenarios run together against the base case. Checked when built: the name is a
 * non-blank name of at most 100 characters; at most {@value #MAX_SCENARIOS} scenarios; none is called
 * "base" (the base case every run includes) and no two share a name, ignoring case and surrounding
 * spaces, since results are filed by name; and each changes something. Problems name the scenario's
 * place, such as {@code scenarios[2].name}.
 */
public record ScenarioSet(String name, List<Scenario> scenarios) {

    /** The most scenarios in one set. */
    public static final int MAX_SCENARIOS = 1_000;

    public ScenarioSet {
        FieldRules rules = new FieldRules();
        rules.name("name", name);
        if (scenarios == null) {
            scenarios = List.of();
        }
        if (scenarios.size() > MAX_SCENARIOS) {
            rules.add("scenarios", null, tooMany(scenarios.size()));
        } else {
            Names names = new Names();
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario s = scenarios.get(i);
                if (s == null) {
                    rules.add("scenarios[" + i + "]", null, "is required");
                    continue;
                }
                String clash = names.add(i, s.name());
                if (clash != null) {
                    rules.add("scenarios[" + i + "].name", s.name(), clash);
                }
                String nothing = changesNothing(s);
                if (nothing != null) {
                    rules.add("scenarios[" + i + "]", null, nothing);
                }
            }
        }
        rules.throwIfAny();
        scenarios = List.copyOf(scenarios);
    }

    /** Why a set of {@code count} scenarios, more than {@value #MAX_SCENARIOS}, is refused. */
    public static String tooMany(int count) {
        return String.format(Locale.ROOT, "%,d scenarios; a set may hold at most %,d: split it into several sets",
                count, MAX_SCENARIOS);
    }

    /** Why a scenario may not be in a set because it changes nothing, or {@code null} when it changes something. */
    public static String changesNothing(Scenario s) {
        return s.changesAnything() ? null : "changes nothing: give prepayments, draws, prepaymentSpeed, defaultSpeed, "
                + "eventsOfDefault, rateShockBp or indexPath (the base case is always run)";
    }

    /**
     * The names of a set's scenarios as they are added, in order: the one rule for "base" and for
     * duplicates, used by the set and by readers that report every scenario's problems at once.
     */
    public static final class Names {
        private final Map<String, Integer> seen = new HashMap<>();

        /** Adds the name of scenario {@code index}; gives why it may not be used, or {@code null}. */
        public String add(int index, String name) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (key.equals(Scenario.BASE.name())) {
                return "\"base\" is reserved for the base case, which every run includes; choose another name";
            }
            Integer earlier = seen.putIfAbsent(key, index);
            return earlier == null ? null : "duplicate scenario name: scenarios[" + earlier
                    + "] has it already (names are compared ignoring case and surrounding spaces)";
        }
    }
}
