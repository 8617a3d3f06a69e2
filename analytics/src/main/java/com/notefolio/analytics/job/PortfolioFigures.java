package com.notefolio.analytics.job;

import com.notefolio.core.portfolio.MaturityYear;
import com.notefolio.core.portfolio.PortfolioSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a portfolio adds up to under a run's assumptions: each case's summary (base first, then the
 * scenarios in set order) and the base case's maturity profile. Small: months, exposure keys and years,
 * never notes or flows.
 */
public record PortfolioFigures(Map<String, PortfolioSummary> summaries) {

    public PortfolioFigures {
        summaries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(summaries));
    }

    /** The base case's maturity profile (the core's), by currency code then year. */
    public List<MaturityYear> maturityProfile() {
        if (summaries.isEmpty()) {
            return List.of();
        }
        return base().currencies().stream().flatMap(c -> c.maturityProfile().stream())
                .sorted(Comparator.comparing(MaturityYear::currency).thenComparingInt(MaturityYear::year)).toList();
    }

    /** The base case's summary. */
    public PortfolioSummary base() {
        return summaries.values().iterator().next();
    }
}
