package com.notefolio.core.portfolio;

/**
 * A portfolio's totals in one currency: amounts in minor units, NPV and DV01 in currency units, and
 * averages weighted as analysts weight them — coupon and WAL by outstanding principal, yield and
 * durations by market value (clean price + accrued interest).
 */
public record PortfolioTotals(long notes, long outstandingMinor, long accruedMinor, long priceMinor, double npv,
                              double dv01, double weightedCoupon, double weightedYield, double walYears,
                              double macaulayDuration, double modifiedDuration) {
}
