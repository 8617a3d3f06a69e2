package com.notefolio.web.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A portfolio as the list shows it: its notes counted and its principal totalled per currency. */
public record PortfolioListing(long id, String name, String sourceFile, String createdBy, Instant createdAt,
                               long revision, long noteCount, List<CurrencyTotal> totals) {

    /** The notes and principal of one currency. */
    public record CurrencyTotal(String currency, long notes, BigDecimal principal) {
    }

    public PortfolioListing {
        totals = List.copyOf(totals);
    }
}
