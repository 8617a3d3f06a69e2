package com.notefolio.analytics.job;

import com.notefolio.core.portfolio.PortfolioSummary;
import java.util.List;
import java.util.Map;

/**
 * What a portfolio adds up to under a run's assumptions: each case's summary (base first, then the
 * scenarios in set order) and the base case's maturity profile. Small: months, exposure keys and years,
 * never notes or flows.
 */
public record PortfolioFigures(Map<String, PortfolioSummary> summaries, List<MaturityProfile.Year> maturityProfile) {

    public PortfolioFigures {
        summaries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(summaries));
        maturityProfile = List.copyOf(maturityProfile);
    }

    /** The base case's summary. */
    public PortfolioSummary base() {
        return summaries.values().iterator().next();
    }
}
