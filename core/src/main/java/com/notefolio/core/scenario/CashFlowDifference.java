package com.notefolio.core.scenario;

import java.time.LocalDate;

/** The cash due on one date in the base case and in a scenario, in minor units. */
public record CashFlowDifference(LocalDate date, long baseMinor, long scenarioMinor) {

    public long differenceMinor() {
        return scenarioMinor - baseMinor;
    }
}
