package com.notefolio.core.scenario;

/**
 * What a scenario's rate shock moves: the discount curve, the index projections a floating rate resets
 * from, or both. Moving an index re-fixes a floating note's coupons (its caps and floors acting); a note
 * whose rate reads no index is unaffected by it.
 */
public enum RateShockTarget {
    /** Only the discount curve: the coupons stay as projected. */
    DISCOUNT,
    /** Only the index projections (every fixing after the as-of date and every projection): the discounting stays. */
    INDEX,
    /** Both together: the default, a market-wide move of rates. */
    BOTH;

    public boolean movesDiscountCurve() {
        return this != INDEX;
    }

    public boolean movesIndex() {
        return this != DISCOUNT;
    }
}
