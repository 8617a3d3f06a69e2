package com.notefolio.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A named what-if: any combination of dated prepayments and events of default on chosen notes, a
 * prepayment speed and a default speed for every note, and a parallel shift of the discount rates in
 * basis points. The base case is the scenario with nothing in it.
 */
public record Scenario(String name, List<DatedPrepayment> prepayments, PrepaymentSpeed prepaymentSpeed,
                       DefaultSpeed defaultSpeed, List<EventOfDefault> eventsOfDefault, double rateShockBp) {

    public static final Scenario BASE = new Scenario("base", List.of(), null, null, List.of(), 0);

    public Scenario {
        Objects.requireNonNull(name, "name");
        prepayments = prepayments == null ? List.of() : List.copyOf(prepayments);
        eventsOfDefault = eventsOfDefault == null ? List.of() : List.copyOf(eventsOfDefault);
    }

    /** Whether the scenario changes cash flows (not only the discounting). */
    public boolean changesFlows() {
        return !prepayments.isEmpty() || prepaymentSpeed != null || defaultSpeed != null || !eventsOfDefault.isEmpty();
    }
}
