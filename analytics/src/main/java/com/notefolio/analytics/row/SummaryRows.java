package com.notefolio.analytics.row;

import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.LadderPeriod;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.PortfolioTotals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The core's portfolio summaries of a run's cases (base first) as rows: totals with deltas to the base
 * case, ladders by month, quarter and year, exposures. Summaries are small (months and exposure keys,
 * never flows).
 */
public record SummaryRows(List<TotalsRow> totals, List<LadderRow> ladder, List<LadderRow> quarterlyLadder,
                          List<LadderRow> yearlyLadder, List<ExposureRow> exposure) {

    public static SummaryRows of(Map<String, PortfolioSummary> byCase) {
        List<TotalsRow> totals = new ArrayList<>();
        List<LadderRow> ladder = new ArrayList<>();
        List<LadderRow> quarterly = new ArrayList<>();
        List<LadderRow> yearly = new ArrayList<>();
        List<ExposureRow> exposure = new ArrayList<>();
        Map<String, PortfolioTotals> baseByCurrency = new HashMap<>();
        byCase.forEach((scenario, summary) -> {
            for (CurrencySummary s : summary.currencies()) {
                String currency = s.currency().getCurrencyCode();
                // The first case is the base: its deltas are to itself, 0.
                PortfolioTotals base = baseByCurrency.computeIfAbsent(currency, c -> s.totals());
                totals.add(TotalsRow.of(scenario, summary.asOf(), s, s.totals().minus(base)));
                s.monthlyLadder().forEach(m -> ladder.add(LadderRow.of(scenario, currency, m)));
                LadderPeriod.QUARTER.rollUp(s.monthlyLadder())
                        .forEach(q -> quarterly.add(LadderRow.of(scenario, currency, LadderPeriod.QUARTER, q)));
                LadderPeriod.YEAR.rollUp(s.monthlyLadder())
                        .forEach(y -> yearly.add(LadderRow.of(scenario, currency, LadderPeriod.YEAR, y)));
                s.exposures().forEach((d, rows) -> rows.forEach(e -> exposure.add(ExposureRow.of(scenario, currency, d, e))));
            }
        });
        return new SummaryRows(List.copyOf(totals), List.copyOf(ladder), List.copyOf(quarterly), List.copyOf(yearly),
                List.copyOf(exposure));
    }
}
