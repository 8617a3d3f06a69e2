package com.notefolio.web.whatif;

import com.notefolio.analytics.job.PortfolioFigures;
import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.PortfolioSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A portfolio's what-if comparison as computed for a {@link WhatIfKey}: one {@link CurrencyComparison}
 * per currency, the currency with most notes first, and the scenarios left out because a note they name
 * refused them ({@link ScenarioFit}). What the view draws; nothing is recomputed there.
 */
public record PortfolioComparison(WhatIfKey key, List<String> scenarios, List<CurrencyComparison> currencies,
                                  List<RefusedScenario> refused) {

    public PortfolioComparison {
        scenarios = List.copyOf(scenarios);
        currencies = List.copyOf(currencies);
        refused = List.copyOf(refused);
    }

    /** The comparison of the figures of one Spark pass, its ranking of changed notes, and the scenarios left out. */
    static PortfolioComparison of(WhatIfKey key, PortfolioFigures figures, ChangeRanking ranking,
                                  List<RefusedScenario> refused) {
        PortfolioSummary base = figures.base();
        List<String> names = List.copyOf(figures.summaries().keySet());
        List<CurrencyComparison> out = new ArrayList<>();
        for (CurrencySummary c : base.currencies()) {
            String code = c.currency().getCurrencyCode();
            List<CaseFigures> cases = new ArrayList<>();
            Map<String, List<NoteChange>> changed = new LinkedHashMap<>();
            figures.summaries().forEach((name, summary) -> {
                CurrencySummary s = summary.currencies().stream().filter(x -> x.currency().equals(c.currency()))
                        .findFirst().orElseThrow();
                cases.add(new CaseFigures(name, s.totals(), s.monthlyLadder()));
                if (!cases.get(0).name().equals(name)) {
                    changed.put(name, ranking.top(name, code));
                }
            });
            out.add(new CurrencyComparison(code, c.currency().getDefaultFractionDigits(), cases, changed));
        }
        return new PortfolioComparison(key, names.subList(1, names.size()), out, refused);
    }

    public Optional<CurrencyComparison> currency(String code) {
        return currencies.stream().filter(c -> c.currency().equals(code)).findFirst();
    }
}
