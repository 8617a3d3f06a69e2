package com.notefolio.core.portfolio;

import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.Xirr;
import java.math.BigDecimal;
import java.util.List;

/**
 * Something about a position's figures an analyst must know before trusting them, as a short code (for
 * filters and columns) and a sentence naming the figures.
 *
 * <p><b>The stale-price rule.</b> A price given as an amount is flagged {@value #STALE_PRICE} when it
 * is more than {@value #STALE_PRICE_BAND_PERCENT} % away from the outstanding principal at the valuation
 * date: below 50 % or above 150 % of it. Why: a note amortizes, so an amount typed when it was bought
 * drifts from its outstanding principal as payments come in — 118,500.00 carried on a note with
 * 62,000.00 left is 191 % of it, and its "yield" is −33.97 % (the analyst's money comes back at a loss no
 * lender would accept). Real discounts and premiums sit well inside the band: a performing note trades
 * near par, a distressed one rarely below half of it, and a premium of 50 % needs a coupon far above
 * the market over many years. A price given as a percentage of the outstanding principal follows the
 * note and is never flagged. A flagged note is still valued at its price (it is the holder's figure),
 * but it is left out of the portfolio's weighted yield and durations, which the totals say.
 *
 * <p><b>No yield.</b> A note whose flows after the price change sign (a grid note's advances, a revolving
 * line's draws) may have no rate at which they are worth the dirty price: its yield, durations and
 * convexity are then NaN and it is flagged {@value #NO_YIELD} ({@link Xirr.Status#NO_ROOT}), so that a
 * blank yield is not read as a matured note's.
 */
public record PositionWarning(String code, String message) {

    /** The code of the stale-price rule. */
    public static final String STALE_PRICE = "stale-price";
    /** How far (in percent of the outstanding principal) an amount may lie from it before it is flagged. */
    public static final int STALE_PRICE_BAND_PERCENT = 50;
    /** The code of a note whose flows no rate balances at its price. */
    public static final String NO_YIELD = "no-yield";

    public PositionWarning {
        if (code == null || code.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a warning needs a code and a message");
        }
    }

    /** The warnings of a position valued at {@code measures} (its base case); empty when there are none. */
    public static List<PositionWarning> of(Position position, NoteMeasures measures) {
        boolean stale = isStalePrice(position, measures);
        boolean noYield = measures.yieldStatus() == Xirr.Status.NO_ROOT;
        if (!noYield) {
            return stale ? List.of(stalePrice(measures)) : List.of();
        }
        return stale ? List.of(stalePrice(measures), noYield(measures)) : List.of(noYield(measures));
    }

    private static PositionWarning noYield(NoteMeasures m) {
        String dirty = BigDecimal.valueOf(m.priceMinor() + m.accruedInterestMinor(),
                m.currency().getDefaultFractionDigits()).toPlainString();
        return new PositionWarning(NO_YIELD, "no yield: no rate above -100% makes the flows after " + m.asOf()
                + ", of both signs, worth the dirty price " + dirty + "; yield and durations are left blank");
    }

    /**
     * Whether the price is an amount more than {@value #STALE_PRICE_BAND_PERCENT} % away from the
     * outstanding principal (any positive amount on a note with nothing outstanding is).
     */
    public static boolean isStalePrice(Position position, NoteMeasures measures) {
        if (position.price() == null || position.price().isPercent()) {
            return false;
        }
        long price = measures.priceMinor();
        long outstanding = measures.outstandingPrincipalMinor();
        // Exact in integers: |price − outstanding| × 100 > band × outstanding.
        return Math.abs(price - outstanding) * 100 > (long) STALE_PRICE_BAND_PERCENT * outstanding;
    }

    private static PositionWarning stalePrice(NoteMeasures m) {
        int digits = m.currency().getDefaultFractionDigits();
        String price = "price " + BigDecimal.valueOf(m.priceMinor(), digits).toPlainString();
        String advice = ": a stale price? (give it as a percentage, such as 98.5%)";
        if (m.outstandingPrincipalMinor() == 0) {
            return new PositionWarning(STALE_PRICE, price + " on a note with nothing outstanding as of " + m.asOf()
                    + advice);
        }
        String share = m.pricePercentOfPar(1).toPlainString();
        return new PositionWarning(STALE_PRICE, price + " is " + share + "% of the outstanding principal "
                + BigDecimal.valueOf(m.outstandingPrincipalMinor(), digits).toPlainString() + " as of " + m.asOf()
                + ", more than " + STALE_PRICE_BAND_PERCENT + "% away" + advice);
    }
}
