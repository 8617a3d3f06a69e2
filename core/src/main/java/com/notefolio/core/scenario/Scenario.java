package com.notefolio.core.scenario;

import java.util.List;

/**
 * A named what-if: any combination of dated prepayments and events of default on chosen notes, a
 * prepayment speed and a default speed for every note, and a parallel shift of the discount rates in
 * basis points. The base case is the scenario with nothing in it.
 *
 * <p>Its parts check themselves when built; the scenario checks its {@code name} (a non-blank name of at
 * most 100 characters) and its {@code rateShockBp} (finite, within ±{@value #MAX_SHOCK_BP} bp, that is
 * ±100%), and names itself in the {@link InvalidScenarioException} it throws.
 */
public record Scenario(String name, List<DatedPrepayment> prepayments, PrepaymentSpeed prepaymentSpeed,
                       DefaultSpeed defaultSpeed, List<EventOfDefault> eventsOfDefault, double rateShockBp) {

    /** The largest rate shock either way, in basis points (100%). */
    public static final int MAX_SHOCK_BP = 10_000;
    /** The longest scenario name (and note id, and set name). */
    public static final int MAX_NAME_CHARS = FieldRules.MAX_NAME_CHARS;

    public static final Scenario BASE = new Scenario("base", List.of(), null, null, List.of(), 0);

    public Scenario {
        FieldRules rules = new FieldRules();
        rules.name("name", name);
        if (!Double.isFinite(rateShockBp)) {
            rules.add("rateShockBp", rateShockBp, "must be a finite number of basis points");
        } else if (Math.abs(rateShockBp) > MAX_SHOCK_BP) {
            rules.add("rateShockBp", rateShockBp, "must be between -" + MAX_SHOCK_BP + " and " + MAX_SHOCK_BP
                    + " basis points (±100%)");
        }
        prepayments = prepayments == null ? List.of() : List.copyOf(prepayments);
        eventsOfDefault = eventsOfDefault == null ? List.of() : List.copyOf(eventsOfDefault);
        rules.throwIfAny(name == null || name.isBlank() ? null : name);
    }

    /** Whether the scenario changes cash flows (not only the discounting). */
    public boolean changesFlows() {
        return !prepayments.isEmpty() || prepaymentSpeed != null || defaultSpeed != null || !eventsOfDefault.isEmpty();
    }

    /** Whether the scenario changes anything: its flows or the discounting. */
    public boolean changesAnything() {
        return changesFlows() || rateShockBp != 0;
    }
}
