package com.notefolio.core.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The integer rounding of the schedule agrees with {@link BigDecimal} division for every rule, sign and
 * size; the fixed examples are the table in the Javadoc of {@link java.math.RoundingMode}.
 */
class RoundingRuleTest {

    @Provide
    Arbitrary<Long> numerators() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000, 1_000),
                Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                Arbitraries.longs());
    }

    @Provide
    Arbitrary<Long> divisors() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 1_000),
                Arbitraries.longs().between(1, 1_000_000_000_000_000L),
                Arbitraries.longs().between(1, Long.MAX_VALUE))
                .edgeCases(c -> c.add(1L, 2L, 12L, 360L, 365L * 366, Long.MAX_VALUE, Long.MAX_VALUE - 1));
    }

    private static long reference(BigInteger n, long d, RoundingRule rule) {
        return new BigDecimal(n).divide(BigDecimal.valueOf(d), 0, rule.mode()).longValueExact();
    }

    @Property(tries = 5000)
    void divideAgreesWithBigDecimal(@ForAll("numerators") long n, @ForAll("divisors") long d,
                                    @ForAll RoundingRule rule) {
        assertThat(rule.divide(n, d)).isEqualTo(reference(BigInteger.valueOf(n), d, rule));
    }

    @Property(tries = 5000)
    void exactHalvesRoundByTheRule(@ForAll("halfNumerators") long k, @ForAll("halfDivisors") long halfD,
                                   @ForAll RoundingRule rule) {
        // n / d = k + 1/2 (or its negative) exactly: n = (2k + 1) × halfD, d = 2 × halfD
        long d = 2 * halfD;
        long n = (2 * k + 1) * halfD;
        assertThat(rule.divide(n, d)).isEqualTo(reference(BigInteger.valueOf(n), d, rule));
    }

    @Provide
    Arbitrary<Long> halfNumerators() {
        return Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L);
    }

    @Provide
    Arbitrary<Long> halfDivisors() {
        return Arbitraries.longs().between(1, 1_000_000_000L);
    }

    @Property(tries = 5000)
    void multiplyDivideAgreesWithBigDecimalIncludingOverflowingProducts(
            @ForAll("numerators") long a, @ForAll("numerators") long b, @ForAll("numerators") long c,
            @ForAll("divisors") long d, @ForAll RoundingRule rule) {
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).multiply(BigInteger.valueOf(c));
        BigInteger quotient = new BigDecimal(product).divide(BigDecimal.valueOf(d), 0, rule.mode()).toBigIntegerExact();
        if (quotient.bitLength() < 64) {
            assertThat(rule.multiplyDivide(a, b, c, d)).isEqualTo(quotient.longValueExact());
        } else {
            assertThatThrownBy(() -> rule.multiplyDivide(a, b, c, d)).isInstanceOf(ArithmeticException.class);
        }
    }

    /** The RoundingMode Javadoc table: input, UP, DOWN, HALF_UP, HALF_EVEN (×10 so n/10 is the input). */
    @ParameterizedTest(name = "{0}/10")
    @CsvSource({
            " 55,  6,  5,  6,  6",
            " 25,  3,  2,  3,  2",
            " 16,  2,  1,  2,  2",
            " 11,  2,  1,  1,  1",
            " 10,  1,  1,  1,  1",
            "-10, -1, -1, -1, -1",
            "-11, -2, -1, -1, -1",
            "-16, -2, -1, -2, -2",
            "-25, -3, -2, -3, -2",
            "-55, -6, -5, -6, -6",
    })
    void matchesTheRoundingModeJavadocTable(long tenths, long up, long down, long halfUp, long halfEven) {
        assertThat(RoundingRule.UP.divide(tenths, 10)).isEqualTo(up);
        assertThat(RoundingRule.DOWN.divide(tenths, 10)).isEqualTo(down);
        assertThat(RoundingRule.HALF_UP.divide(tenths, 10)).isEqualTo(halfUp);
        assertThat(RoundingRule.HALF_EVEN.divide(tenths, 10)).isEqualTo(halfEven);
        // the same through the three-factor form: n × 1 × 1 / 10 on the long path, and
        // n × 2^30 × 2^29 / (10 × 2^59), whose product exceeds 2^63 for |n| ≥ 16, on the BigInteger path
        for (RoundingRule rule : RoundingRule.values()) {
            long expected = rule.divide(tenths, 10);
            assertThat(rule.multiplyDivide(tenths, 1, 1, 10)).isEqualTo(expected);
            assertThat(rule.multiplyDivide(tenths, 1L << 30, 1L << 29, 10L << 59)).isEqualTo(expected);
        }
    }

    @Property(tries = 1000)
    void roundOfADecimalMatchesSetScale(@ForAll("numerators") long unscaled, @ForAll RoundingRule rule) {
        BigDecimal value = BigDecimal.valueOf(unscaled, 5);
        assertThat(rule.round(value, 2)).isEqualTo(value.setScale(2, rule.mode()));
    }
}
