package com.notefolio.web.whatif;

import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.PortfolioTotals;
import java.util.List;

/**
 * A portfolio's figures in one currency under one case (the base case or a scenario): the core's totals,
 * the cash of its ladder, the principal it defaults and recovers (undiscounted; zero without defaults)
 * and the monthly ladder. Amounts named {@code …Minor} are in minor units.
 */
public record CaseFigures(String name, PortfolioTotals totals, long cashMinor, long defaultedMinor,
                          long recoveredMinor, List<LadderRow> monthlyLadder) {

    public CaseFigures {
        monthlyLadder = List.copyOf(monthlyLadder);
    }

    /** Defaulted principal less recoveries, undiscounted, as the analytics module's totals define it. */
    public long expectedLossMinor() {
        return defaultedMinor - recoveredMinor;
    }

    public boolean hasDefaults() {
        return defaultedMinor != 0;
    }

    public double deltaNpv(CaseFigures base) {
        return totals.npv() - base.totals.npv();
    }

    /** The change of the weighted yield as a fraction (× 10,000 for basis points). */
    public double deltaWeightedYield(CaseFigures base) {
        return totals.weightedYield() - base.totals.weightedYield();
    }

    public double deltaWalYears(CaseFigures base) {
        return totals.walYears() - base.totals.walYears();
    }

    public double deltaModifiedDuration(CaseFigures base) {
        return totals.modifiedDuration() - base.totals.modifiedDuration();
    }
}
