package com.notefolio.core.portfolio;

/**
 * A portfolio's totals in one currency: amounts in minor units, NPV and DV01 in currency units, and
 * averages weighted as analysts weight them — coupon and WAL by outstanding principal, yield and
 * durations by market value (clean price + accrued interest).
 *
 * <p>The weighted yield and durations leave out the notes whose yield says nothing about the holding:
 * {@code staleYieldNotes} whose price is flagged by the stale-price rule ({@link PositionWarning}), and
 * {@code noYieldNotes} that have no yield (nothing left to pay, or no positive market value);
 * {@link #yieldExclusions()} says so in words. The cash of the ladder (every flow due after the as-of
 * date), the principal it defaults and recovers, and so the expected loss, are sums of the same ladder.
 */
public record PortfolioTotals(long notes, long outstandingMinor, long accruedMinor, long priceMinor, double npv,
                              double dv01, double weightedCoupon, double weightedYield, double walYears,
                              double macaulayDuration, double modifiedDuration, long staleYieldNotes,
                              long noYieldNotes, long scheduledCashMinor, long defaultedMinor, long recoveryMinor) {

    /** Defaulted principal less recoveries, undiscounted: zero without defaults. */
    public long expectedLossMinor() {
        return defaultedMinor - recoveryMinor;
    }

    /** The notes left out of the weighted yield and durations. */
    public long notesOutOfYield() {
        return staleYieldNotes + noYieldNotes;
    }

    /**
     * Which notes the weighted yield leaves out and why, or empty when it counts every note: for example
     * "1 note left out: 1 with a stale price (an amount more than 50% from its outstanding principal)".
     */
    public String yieldExclusions() {
        if (notesOutOfYield() == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder().append(count(notesOutOfYield())).append(" left out: ");
        if (staleYieldNotes > 0) {
            s.append(staleYieldNotes).append(" with a stale price (an amount more than ")
                    .append(PositionWarning.STALE_PRICE_BAND_PERCENT).append("% from its outstanding principal)");
        }
        if (noYieldNotes > 0) {
            s.append(staleYieldNotes > 0 ? ", " : "").append(noYieldNotes)
                    .append(" with no yield (nothing left to pay, or no positive value)");
        }
        return s.toString();
    }

    /** This case's totals less the base case's ({@code base}, the same currency). */
    public TotalsDeltas minus(PortfolioTotals base) {
        return new TotalsDeltas(npv - base.npv, weightedYield - base.weightedYield, walYears - base.walYears,
                modifiedDuration - base.modifiedDuration, scheduledCashMinor - base.scheduledCashMinor);
    }

    private static String count(long notes) {
        return notes + (notes == 1 ? " note" : " notes");
    }
}
