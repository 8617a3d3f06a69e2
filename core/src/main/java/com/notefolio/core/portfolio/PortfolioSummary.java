package com.notefolio.core.portfolio;

import java.time.LocalDate;
import java.util.List;

/**
 * A portfolio as of a date, one {@link CurrencySummary} per currency it holds (amounts in different
 * currencies are never added together, nor compared), the currency with most notes first.
 */
public record PortfolioSummary(LocalDate asOf, List<CurrencySummary> currencies) {

    public PortfolioSummary {
        currencies = List.copyOf(currencies);
    }
}
