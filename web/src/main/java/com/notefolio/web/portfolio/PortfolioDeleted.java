package com.notefolio.web.portfolio;

/** Published inside the transaction that deleted a portfolio, for what is kept of it outside the database. */
public record PortfolioDeleted(long portfolioId) {
}
