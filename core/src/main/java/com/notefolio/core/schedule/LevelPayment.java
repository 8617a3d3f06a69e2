package com.notefolio.core.schedule;

import com.notefolio.core.convention.RoundingRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The level payment of an annuity: {@code PMT = P × r ÷ (1 − (1 + r)^−n)} with the periodic rate
 * {@code r} = annual rate ÷ periods per year — Excel's {@code PMT(r, n, −P)} — rounded to the minor unit
 * by the note's rule.
 *
 * <p>The formula is evaluated in {@code double} (accurate to about 1e-12 relative for up to 1,200
 * periods), and again with 40-digit decimals whenever the double lies within 1e-10 relative of a
 * rounding boundary, where it could round the wrong way; so the rounded payment is always that of the
 * exact value.
 */
public final class LevelPayment {

    private static final MathContext PRECISE = new MathContext(40, RoundingMode.HALF_EVEN);

    private LevelPayment() {
    }

    /** The payment in minor units retiring {@code principalMinor} over {@code n} periods. */
    public static long of(long principalMinor, BigDecimal annualRate, int periodsPerYear, int n, RoundingRule rule) {
        if (annualRate.signum() == 0) {
            return rule.divide(principalMinor, n);
        }
        double r = annualRate.doubleValue() / periodsPerYear;
        double exact = principalMinor * r / (1 - Math.pow(1 + r, -n));
        double boundary = rule == RoundingRule.HALF_UP || rule == RoundingRule.HALF_EVEN ? 0.5 : 0.0;
        double fraction = exact - Math.floor(exact);
        double distance = Math.abs(fraction - boundary);
        if (boundary == 0.0) {
            distance = Math.min(distance, 1.0 - fraction);
        }
        if (distance > 1e-6 + Math.abs(exact) * 1e-10) {
            // Far from the boundary, every rule agrees with plain floor/ceil/nearest of the double.
            return (long) switch (rule) {
                case HALF_UP, HALF_EVEN -> Math.floor(exact + 0.5);
                case UP -> Math.ceil(exact);
                case DOWN -> Math.floor(exact);
            };
        }
        return precise(principalMinor, annualRate, periodsPerYear, n, rule);
    }

    private static long precise(long principalMinor, BigDecimal annualRate, int periodsPerYear, int n,
                                RoundingRule rule) {
        BigDecimal r = annualRate.divide(BigDecimal.valueOf(periodsPerYear), PRECISE);
        BigDecimal growth = BigDecimal.ONE.add(r).pow(n, PRECISE);
        BigDecimal payment = BigDecimal.valueOf(principalMinor).multiply(r).multiply(growth)
                .divide(growth.subtract(BigDecimal.ONE), PRECISE);
        return rule.round(payment, 0).longValueExact();
    }
}
