package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.RoundingRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The fast level payment (a double, re-done exactly near a rounding boundary) equals the annuity
 * P × r × (1 + r)^n ÷ ((1 + r)^n − 1) evaluated as an exact fraction and rounded once by the rule.
 */
class LevelPaymentTest {

    /**
     * The annuity as an exact fraction: with the periodic rate r = rate ÷ perYear = u ÷ (perYear × 10^k),
     * (1 + r)^n = ((perYear × 10^k + u) / (perYear × 10^k))^n, so P × r × (1 + r)^n ÷ ((1 + r)^n − 1) is
     * P × u × g ÷ (perYear × 10^k × (g − h)) with g = (perYear × 10^k + u)^n and h = (perYear × 10^k)^n.
     */
    private static long reference(long principal, BigDecimal rate, int perYear, int n, RoundingRule rule) {
        if (rate.signum() == 0) {
            return new BigDecimal(principal).divide(BigDecimal.valueOf(n), 0, rule.mode()).longValueExact();
        }
        BigDecimal plain = rate.setScale(Math.max(rate.scale(), 0));
        BigInteger u = plain.unscaledValue();
        BigInteger base = BigInteger.valueOf(perYear).multiply(BigInteger.TEN.pow(plain.scale()));
        BigInteger g = base.add(u).pow(n);
        BigInteger h = base.pow(n);
        BigDecimal numerator = new BigDecimal(BigInteger.valueOf(principal).multiply(u).multiply(g));
        BigDecimal denominator = new BigDecimal(base.multiply(g.subtract(h)));
        return numerator.divide(denominator, 0, rule.mode()).longValueExact();
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 3000).map(bp -> BigDecimal.valueOf(bp, 4)),
                Arbitraries.longs().between(0, 10_000_000_000L).map(r -> BigDecimal.valueOf(r, 10)));
    }

    @Property(tries = 3000)
    void fastPaymentEqualsTheDecimalAnnuityRoundedOnce(
            @ForAll @LongRange(min = 1, max = 1_000_000_000_000_000L) long principal, @ForAll("rates") BigDecimal rate,
            @ForAll("perYear") int perYear, @ForAll @IntRange(min = 1, max = 1200) int n, @ForAll RoundingRule rule) {
        assertThat(LevelPayment.of(principal, rate, perYear, n, rule))
                .isEqualTo(reference(principal, rate, perYear, n, rule));
    }

    @Provide
    Arbitrary<Integer> perYear() {
        return Arbitraries.of(1, 2, 4, 12);
    }

    @Test
    void paymentAHairAboveAWholeUnitRoundsUpUnderUp() {
        // 1 unit at 100% a year over 131 annual periods: 2^131 / (2^131 − 1) = 1 + 3.7e-40, above 1
        assertThat(LevelPayment.of(1, BigDecimal.ONE, 1, 131, RoundingRule.UP)).isEqualTo(2);
        assertThat(LevelPayment.of(1, BigDecimal.ONE, 1, 131, RoundingRule.DOWN)).isEqualTo(1);
        assertThat(LevelPayment.of(1, BigDecimal.ONE, 1, 131, RoundingRule.HALF_UP)).isEqualTo(1);
    }

    @Test
    void paymentOnAHalfCentBoundaryRoundsByTheRule() {
        // $1.00 over 2 periods at 0%: exactly 50 cents each, and 1 cent over 2 periods is exactly half a cent
        assertThat(LevelPayment.of(1, BigDecimal.ZERO, 12, 2, RoundingRule.HALF_UP)).isEqualTo(1);
        assertThat(LevelPayment.of(1, BigDecimal.ZERO, 12, 2, RoundingRule.HALF_EVEN)).isZero();
        assertThat(LevelPayment.of(1, BigDecimal.ZERO, 12, 2, RoundingRule.DOWN)).isZero();
        assertThat(LevelPayment.of(1, BigDecimal.ZERO, 12, 2, RoundingRule.UP)).isEqualTo(1);
        // 10% a year, annual, 1 period: the payment is P × 1.1 exactly; 5 cents -> 5.5 cents
        assertThat(LevelPayment.of(5, new BigDecimal("0.1"), 1, 1, RoundingRule.HALF_UP)).isEqualTo(6);
        assertThat(LevelPayment.of(5, new BigDecimal("0.1"), 1, 1, RoundingRule.HALF_EVEN)).isEqualTo(6);
        assertThat(LevelPayment.of(5, new BigDecimal("0.1"), 1, 1, RoundingRule.DOWN)).isEqualTo(5);
        assertThat(LevelPayment.of(15, new BigDecimal("0.1"), 1, 1, RoundingRule.HALF_EVEN)).isEqualTo(16);
    }
}
