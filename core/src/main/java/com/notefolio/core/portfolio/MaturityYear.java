package com.notefolio.core.portfolio;

/**
 * One year of a portfolio's maturity profile in one currency: the notes maturing in it and their
 * outstanding principal at the as-of date, in minor units. A currency's years add up to its
 * {@link PortfolioTotals#outstandingMinor()}.
 */
public record MaturityYear(String currency, int year, long notes, long outstandingMinor) {
}
