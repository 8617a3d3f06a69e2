package com.notefolio.core.schedule;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The level payment of an annuity: {@code PMT = P × r ÷ (1 − (1 + r)^−n)} with the periodic rate
 * {@code r} = annual rate ÷ periods per year — Excel's {@code PMT(r, n, −P)} — rounded to the minor unit
 * by the note's rule. For a cycle of N days the periods a year are 365 ÷ N ({@link Frequency}), so
 * {@code r} = annual rate × N ÷ 365.
 *
 * <p>The formula is evaluated in {@code double} (accurate to about 1e-12 relative for up to 1,200
 * periods), and again in exact rational arithmetic whenever the double lies within 1e-10 relative of a
 * rounding boundary, where it could round the wrong way; so the rounded payment is always that of the
 * exact value.
 */
public final class LevelPayment {

    private LevelPayment() {
    }

    /** The payment in minor units retiring {@code principalMinor} over {@code n} periods. */
    public static long of(long principalMinor, BigDecimal annualRate, int periodsPerYear, int n, RoundingRule rule) {
        return ofRatio(principalMinor, annualRate, periodsPerYear, 1, n, rule);
    }

    /** The payment over {@code n} periods of the frequency: periods a year as its exact ratio. */
    public static long of(long principalMinor, BigDecimal annualRate, Frequency frequency, int n, RoundingRule rule) {
        return ofRatio(principalMinor, annualRate, frequency.periodsPerYearNumerator(),
                frequency.periodsPerYearDenominator(), n, rule);
    }

    /** The payment with {@code perYear ÷ perYearDenominator} periods a year (365 ÷ N for a cycle of N days). */
    private static long ofRatio(long principalMinor, BigDecimal annualRate, int perYear, int perYearDenominator, int n,
                                RoundingRule rule) {
        if (annualRate.signum() == 0) {
            return rule.divide(principalMinor, n);
        }
        // × 1 is exact, so a named frequency's r is the same double as annual rate ÷ periods a year
        double r = annualRate.doubleValue() * perYearDenominator / perYear;
        // pow is the fast path; below a 0.1% periodic rate, 1 + r would lose r's digits, so log1p/expm1.
        double retired = r >= 1e-3 ? 1 - Math.pow(1 + r, -n) : -Math.expm1(-n * Math.log1p(r));
        double exact = principalMinor * r / retired;
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
        return precise(principalMinor, annualRate, perYear, perYearDenominator, n, rule);
    }

    /**
     * The payment in minor units retiring {@code principalMinor} over periods {@code from} (inclusive) to
     * {@code to} (exclusive) whose year fractions are {@code numerators[j] ÷ denominator}: the
     * {@link com.notefolio.core.note.ScheduleConventions.Annuity#ACCRUAL_FRACTIONS} annuity,
     * A = P × ∏ⱼ gⱼ ÷ Σₖ ∏ⱼ₎ₖ gⱼ with gⱼ = 1 + rate × Yⱼ. With every Yⱼ = 1 ÷ periods a year it is
     * {@link #of}. Evaluated in 34 significant digits (IEEE decimal128) and rounded once by the rule: the
     * relative error, about 1e-32 per period, cannot move a payment across a rounding boundary unless it lies
     * within 1e-28 of a half minor unit.
     */
    public static long ofFractions(long principalMinor, BigDecimal annualRate, long[] numerators, long denominator,
                                   int from, int to, RoundingRule rule) {
        int n = Math.max(1, to - from);
        if (annualRate.signum() == 0 || to - from < 1) {
            return rule.divide(principalMinor, n);
        }
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal d = BigDecimal.valueOf(denominator);
        BigDecimal growth = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        // Backwards: sum collects ∏ of the growth after each payment date, growth the ∏ over all periods.
        for (int j = to - 1; j >= from; j--) {
            sum = sum.add(growth, mc);
            BigDecimal g = BigDecimal.ONE.add(annualRate.multiply(BigDecimal.valueOf(numerators[j])).divide(d, mc), mc);
            growth = growth.multiply(g, mc);
        }
        return BigDecimal.valueOf(principalMinor).multiply(growth, mc).divide(sum, mc)
                .setScale(0, rule.mode()).longValueExact();
    }

    /**
     * The payment as the exact rational P·A·B^n ÷ (D·(B^n − D^n)) with r = A ÷ D and B = D + A (A the rate's
     * unscaled digits × the periods' denominator, D their numerator × the rate's power of ten), rounded once:
     * a fixed number of decimal digits cannot separate a payment that lies within 10^-40 of a whole minor
     * unit (1 unit at 100% over 131 annual periods is 1 + 1 ÷ (2^131 − 1)) from that whole unit.
     */
    private static long precise(long principalMinor, BigDecimal annualRate, int perYear, int perYearDenominator,
                                int n, RoundingRule rule) {
        BigInteger a = annualRate.unscaledValue().multiply(BigInteger.valueOf(perYearDenominator));
        int scale = annualRate.scale();
        if (scale < 0) {
            a = a.multiply(BigInteger.TEN.pow(-scale));
            scale = 0;
        }
        BigInteger d = BigInteger.valueOf(perYear).multiply(BigInteger.TEN.pow(scale));
        BigInteger growth = d.add(a).pow(n);
        BigInteger numerator = BigInteger.valueOf(principalMinor).multiply(a).multiply(growth);
        BigInteger denominator = d.multiply(growth.subtract(d.pow(n)));
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, rule.mode()).longValueExact();
    }
}
