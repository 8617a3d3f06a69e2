package com.notefolio.core.portfolio;

/**
 * One bucket of a stratification table ({@link StratumDimension}) in one currency: the notes held in it
 * (every note, whatever its {@link NoteStatus}, so that the bucket's drill-down lists exactly this many)
 * and how many of them are active, their outstanding principal in minor units and its share of the
 * currency's outstanding principal, and the bucket's weighted averages by the rules of
 * {@link PortfolioTotals}: coupon in effect and WAL weighted by outstanding principal, yield (XIRR basis)
 * by market value, leaving out {@code notesOutOfYield} notes whose price is stale or that have no yield.
 * An average over nothing is NaN. The buckets of a dimension add up to the currency's totals in notes and
 * outstanding principal.
 */
public record Stratum(String key, long notes, long activeNotes, long outstandingMinor, double share,
                      double weightedCoupon, double weightedYield, double walYears, long notesOutOfYield) {
}
