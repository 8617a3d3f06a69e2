package com.notefolio.web.dashboard;

import com.notefolio.analytics.job.PortfolioFigures;
import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.ExposureDimension;
import com.notefolio.core.portfolio.ExposureRow;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.PortfolioTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A portfolio's dashboard as computed for a {@link DashboardKey}: one {@link CurrencyDashboard} per
 * currency, the currency with most notes first. What the view draws; nothing in it is recomputed there.
 */
public record DashboardFigures(DashboardKey key, List<CurrencyDashboard> currencies) {

    public DashboardFigures {
        currencies = List.copyOf(currencies);
    }

    /** The dashboard of the analytics module's figures: base case, and {@code lossCase} for the expected loss. */
    static DashboardFigures of(DashboardKey key, PortfolioFigures figures, String lossCase) {
        PortfolioSummary base = figures.base();
        PortfolioSummary loss = figures.summaries().get(lossCase);
        List<CurrencyDashboard> out = new ArrayList<>();
        for (CurrencySummary c : base.currencies()) {
            String code = c.currency().getCurrencyCode();
            PortfolioTotals lossTotals = loss.currencies().stream()
                    .filter(l -> l.currency().equals(c.currency())).findFirst().orElseThrow().totals();
            List<ExposureRow> borrowers = exposure(c, ExposureDimension.BORROWER);
            out.add(new CurrencyDashboard(code, c.currency().getDefaultFractionDigits(), c.totals(),
                    lossTotals.defaultedMinor(), lossTotals.recoveryMinor(), lossTotals.expectedLossMinor(),
                    c.monthlyLadder(), borrowers.size(),
                    borrowers.subList(0, Math.min(CurrencyDashboard.TOP_BORROWERS, borrowers.size())),
                    exposure(c, ExposureDimension.SECTOR), exposure(c, ExposureDimension.REGION),
                    c.maturityProfile(),
                    c.concentration(), c.strata(), c.ladder(),
                    exposure(c, ExposureDimension.RATE_KIND), exposure(c, ExposureDimension.INDEX), c.floatingShare()));
        }
        return new DashboardFigures(key, out);
    }

    public Optional<CurrencyDashboard> currency(String code) {
        return currencies.stream().filter(c -> c.currency().equals(code)).findFirst();
    }

    /** Notes in all currencies. */
    public long notes() {
        return currencies.stream().mapToLong(c -> c.totals().notes()).sum();
    }

    private static List<ExposureRow> exposure(CurrencySummary c, ExposureDimension d) {
        return c.exposures().getOrDefault(d, List.of());
    }
}
