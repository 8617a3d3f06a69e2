package com.notefolio.web.whatif;

import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.PortfolioTotals;
import java.util.List;

/**
 * A portfolio's figures in one currency under one case (the base case or a scenario), as the core's
 * aggregate computed them: its totals (with the ladder's cash, the principal it defaults and recovers,
 * undiscounted, and the expected loss) and the monthly ladder; the deltas are the core's too. Amounts
 * named {@code …Minor} are in minor units.
 */
public record CaseFigures(String name, PortfolioTotals totals, List<LadderRow> monthlyLadder) {

    public CaseFigures {
        monthlyLadder = List.copyOf(monthlyLadder);
    }

    /** The cash of every flow due after the as-of date. */
    public long cashMinor() {
        return totals.scheduledCashMinor();
    }

    public long defaultedMinor() {
        return totals.defaultedMinor();
    }

    public long recoveredMinor() {
        return totals.recoveryMinor();
    }

    /** Defaulted principal less recoveries, undiscounted, as the core's totals define it. */
    public long expectedLossMinor() {
        return totals.expectedLossMinor();
    }

    public boolean hasDefaults() {
        return totals.defaultedMinor() != 0;
    }

    public double deltaNpv(CaseFigures base) {
        return totals.minus(base.totals).npv();
    }

    /** The change of the weighted yield as a fraction (× 10,000 for basis points). */
    public double deltaWeightedYield(CaseFigures base) {
        return totals.minus(base.totals).weightedYield();
    }

    public double deltaWalYears(CaseFigures base) {
        return totals.minus(base.totals).walYears();
    }

    public double deltaModifiedDuration(CaseFigures base) {
        return totals.minus(base.totals).modifiedDuration();
    }
}
