package com.notefolio.core.convention;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * How an exact amount is rounded to the currency's minor unit (the cent). A note states one rule for
 * its computed level payment and one for each period's interest; {@link #HALF_UP} is the default of
 * both. The division is exact: a rational amount is rounded once, never through a {@code double}.
 */
public enum RoundingRule {
    HALF_UP(RoundingMode.HALF_UP),
    HALF_EVEN(RoundingMode.HALF_EVEN),
    UP(RoundingMode.UP),
    DOWN(RoundingMode.DOWN);

    private final RoundingMode mode;

    RoundingRule(RoundingMode mode) {
        this.mode = mode;
    }

    public RoundingMode mode() {
        return mode;
    }

    /** Rounds a decimal to {@code scale} digits after the point by this rule. */
    public BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, mode);
    }

    /**
     * {@code a × b × c ÷ d} rounded to an integer by this rule, exactly; {@code d} must be positive.
     * Uses long arithmetic when the product fits, otherwise {@link BigInteger}.
     */
    public long multiplyDivide(long a, long b, long c, long d) {
        long ab = a * b;
        long abc = ab * c;
        boolean fits = Math.multiplyHigh(a, b) == (ab >> 63)
                && Math.multiplyHigh(ab, c) == (abc >> 63);
        if (fits) {
            return divide(abc, d);
        }
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).multiply(BigInteger.valueOf(c));
        return new BigDecimal(product).divide(BigDecimal.valueOf(d), 0, mode).longValueExact();
    }

    /** {@code n ÷ d} rounded to an integer by this rule; {@code d} must be positive. */
    public long divide(long n, long d) {
        long q = n / d;
        long r = n - q * d;
        if (r == 0) {
            return q;
        }
        int sign = n < 0 ? -1 : 1;
        long rest = Math.abs(r);
        long toNext = d - rest;
        boolean awayFromZero = switch (this) {
            case UP -> true;
            case DOWN -> false;
            case HALF_UP -> rest >= toNext;
            case HALF_EVEN -> rest > toNext || (rest == toNext && (q & 1) != 0);
        };
        return awayFromZero ? q + sign : q;
    }
}
