package com.notefolio.core.pricer;

import java.util.Arrays;

/**
 * A zero curve given as (tenor in years, annually compounded zero rate) points: rates are interpolated
 * linearly in tenor between points and held flat before the first and after the last.
 */
public final class ZeroCurve implements DiscountCurve {

    private final double[] tenors;
    private final double[] rates;

    private ZeroCurve(double[] tenors, double[] rates) {
        this.tenors = tenors;
        this.rates = rates;
    }

    /** A curve through the points; tenors must be non-negative and strictly increasing. */
    public static ZeroCurve of(double[] tenors, double[] rates) {
        if (tenors.length == 0 || tenors.length != rates.length) {
            throw new IllegalArgumentException("a zero curve needs one rate per tenor and at least one point");
        }
        for (int i = 0; i < tenors.length; i++) {
            if (!(tenors[i] >= 0) || (i > 0 && !(tenors[i] > tenors[i - 1]))) {
                throw new IllegalArgumentException("curve tenor " + tenors[i] + " must be non-negative and after "
                        + (i > 0 ? tenors[i - 1] : 0));
            }
            if (!(rates[i] > -1) || Double.isInfinite(rates[i])) {
                throw new IllegalArgumentException("curve rate " + rates[i] + " at tenor " + tenors[i]
                        + " must be a finite fraction above -1");
            }
        }
        return new ZeroCurve(tenors.clone(), rates.clone());
    }

    public double[] tenors() {
        return tenors.clone();
    }

    public double[] rates() {
        return rates.clone();
    }

    @Override
    public double zeroRate(double years) {
        int n = tenors.length;
        if (years <= tenors[0]) {
            return rates[0];
        }
        if (years >= tenors[n - 1]) {
            return rates[n - 1];
        }
        int i = Arrays.binarySearch(tenors, years);
        if (i >= 0) {
            return rates[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double w = (years - tenors[lo]) / (tenors[hi] - tenors[lo]);
        return rates[lo] + w * (rates[hi] - rates[lo]);
    }

    @Override
    public ZeroCurve shifted(double basisPoints) {
        double[] moved = rates.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] += basisPoints * 1e-4;
        }
        return new ZeroCurve(tenors, moved);
    }

    @Override
    public String toString() {
        return "ZeroCurve" + Arrays.toString(tenors) + Arrays.toString(rates);
    }
}
