package com.notefolio.web.whatif;

import com.notefolio.core.scenario.Scenario;
import java.time.Instant;

/** A what-if scenario saved by name in a portfolio. */
public record SavedScenario(long id, long portfolioId, Scenario scenario, String createdBy, Instant createdAt) {

    public String name() {
        return scenario.name();
    }
}
