package com.notefolio.core.scenario;

import java.util.List;
import java.util.Objects;

/** A named set of scenarios run together against the base case. */
public record ScenarioSet(String name, List<Scenario> scenarios) {

    public ScenarioSet {
        Objects.requireNonNull(name, "name");
        scenarios = List.copyOf(scenarios);
    }
}
