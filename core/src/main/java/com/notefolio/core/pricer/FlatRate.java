package com.notefolio.core.pricer;

/** One annually compounded discount rate for every date, as in Excel's {@code XNPV(rate, …)}. */
public record FlatRate(double rate) implements DiscountCurve {

    public FlatRate {
        if (!(rate > -1) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("discount rate " + rate + " must be a finite fraction above -1");
        }
    }

    public static FlatRate of(double rate) {
        return new FlatRate(rate);
    }

    @Override
    public double zeroRate(double years) {
        return rate;
    }

    @Override
    public FlatRate shifted(double basisPoints) {
        return new FlatRate(rate + basisPoints * 1e-4);
    }
}
