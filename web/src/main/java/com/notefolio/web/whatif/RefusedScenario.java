package com.notefolio.web.whatif;

import java.util.Objects;

/**
 * A scenario left out of a comparison because the notes it names refuse it at the as-of date (a dated
 * prepayment above the balance then, a date already past, a note no longer in the portfolio), with the
 * core's reason. The other scenarios of the run are compared without it.
 */
public record RefusedScenario(String scenario, String reason) {

    public RefusedScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(reason, "reason");
    }

    /** What the screen says: the scenario's name and why it was left out. */
    public String text() {
        return "Scenario \"" + scenario + "\" was left out: " + reason;
    }
}
