package com.notefolio.web.view.whatif;

import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.scenario.AccelerationClaim;
import com.notefolio.core.scenario.ScenarioResult;
import java.math.BigDecimal;

/** One line of the comparison table: the base case (no result) or a scenario's result beside it. */
public record ComparisonRow(String scenario, NoteMeasures measures, ScenarioResult result) {

    public static ComparisonRow base(NoteMeasures base) {
        return new ComparisonRow("Base case", base, null);
    }

    public static ComparisonRow of(ScenarioResult result) {
        return new ComparisonRow(result.scenario(), result.measures(), result);
    }

    public boolean isBase() {
        return result == null;
    }

    public double npv() {
        return measures.npv();
    }

    public double yield() {
        return measures.yield();
    }

    public double walYears() {
        return measures.walYears();
    }

    public double modifiedDuration() {
        return measures.modifiedDuration();
    }

    public double deltaNpv() {
        return result.deltaNpv();
    }

    public double deltaYield() {
        return result.deltaYield();
    }

    public double deltaWalYears() {
        return result.deltaWalYears();
    }

    /** The acceleration claim in currency units, or null when the scenario accelerates nothing. */
    public BigDecimal claim() {
        AccelerationClaim c = result == null ? null : result.claim();
        return c == null ? null : BigDecimal.valueOf(c.totalMinor(), measures.currency().getDefaultFractionDigits());
    }

    public BigDecimal loss() {
        AccelerationClaim c = result == null ? null : result.claim();
        return c == null ? null : BigDecimal.valueOf(c.lossMinor(), measures.currency().getDefaultFractionDigits());
    }
}
