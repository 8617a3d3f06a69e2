package com.notefolio.core.pricer;

/**
 * Discounting from an as-of date: annually compounded zero rates by time in years, where time is
 * actual days ÷ 365 from the as-of date — the basis of Excel's XNPV and XIRR — so that
 * {@code DF(t) = (1 + z(t))^−t}.
 */
public interface DiscountCurve {

    /** The annually compounded zero rate for a flow {@code years} after the as-of date. */
    double zeroRate(double years);

    default double discountFactor(double years) {
        return Math.pow(1 + zeroRate(years), -years);
    }

    /** The curve with every zero rate moved by {@code basisPoints} (a parallel shift; 1 bp = 0.0001). */
    DiscountCurve shifted(double basisPoints);
}
