package com.notefolio.core.portfolio;

import java.time.LocalDate;

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
 *
 * <p>{@code notes} counts every note held; {@code activeNotes}, {@code maturedNotes} and
 * {@code notYetIssuedNotes} count them apart by their {@link NoteStatus} on the as-of date, and add up to
 * {@code notes}. A note not yet issued is counted at its whole principal in the outstanding principal,
 * since nothing of it has been repaid; {@link #notYetIssuedWarning} says so.
 */
public record PortfolioTotals(long notes, long outstandingMinor, long accruedMinor, long priceMinor, double npv,
                              double dv01, double weightedCoupon, double weightedYield, double walYears,
                              double macaulayDuration, double modifiedDuration, long staleYieldNotes,
                              long noYieldNotes, long scheduledCashMinor, long defaultedMinor, long recoveryMinor,
                              long activeNotes, long maturedNotes, long notYetIssuedNotes) {

    public PortfolioTotals {
        if (activeNotes + maturedNotes + notYetIssuedNotes != notes) {
            throw new IllegalArgumentException(activeNotes + " active, " + maturedNotes + " matured and "
                    + notYetIssuedNotes + " not yet issued notes are not the " + notes + " notes held");
        }
    }

    /** Exposure: outstanding principal + accrued interest at the as-of date, in minor units. */
    public long exposureMinor() {
        return outstandingMinor + accruedMinor;
    }

    /**
     * What an analyst must know of the notes not yet issued on the as-of date, or empty when there are
     * none: "2 notes are not yet issued on 2003-01-01 (issued after it): their whole principal counts as
     * outstanding, as if already lent".
     */
    public String notYetIssuedWarning(LocalDate asOf) {
        if (notYetIssuedNotes == 0) {
            return "";
        }
        return count(notYetIssuedNotes) + (notYetIssuedNotes == 1 ? " is" : " are") + " not yet issued on " + asOf
                + " (issued after it): " + (notYetIssuedNotes == 1 ? "its" : "their")
                + " whole principal counts as outstanding, as if already lent";
    }

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
