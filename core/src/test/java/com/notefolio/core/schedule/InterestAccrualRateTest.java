package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.RoundingRule;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * A floating note's period rule re-rated from the unscaled rate ({@link InterestAccrual#ofUnscaled}, the
 * resolver's path at each rate change) against the decimal one ({@link InterestAccrual#of} of the rate's
 * {@link PeriodRates#decimal}, the general path): the same reduced fraction, so the same interest.
 */
class InterestAccrualRateTest {

    @Property(tries = 5000)
    void theUnscaledRateReducesAsTheDecimalDoes(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long unscaled) {
        assertThat(InterestAccrual.ofUnscaled(unscaled, PeriodRates.SCALE, DayCounts.ACT_360, RoundingRule.HALF_UP))
                .isEqualTo(InterestAccrual.of(PeriodRates.decimal(unscaled), DayCounts.ACT_360, RoundingRule.HALF_UP));
    }

    /** Rates with trailing zeros down to none: 0, 100 %, 5 %, 5.25 %, 1 bp, 10⁻¹⁰, −0.5 %. */
    @Test
    void roundRatesReduceToTheirShortestFraction() {
        assertThat(InterestAccrual.ofUnscaled(0, 10, DayCounts.ACT_360, RoundingRule.HALF_UP))
                .isEqualTo(new InterestAccrual(0, 1, DayCounts.ACT_360, RoundingRule.HALF_UP));
        assertThat(InterestAccrual.ofUnscaled(10_000_000_000L, 10, DayCounts.ACT_360, RoundingRule.HALF_UP))
                .isEqualTo(new InterestAccrual(1, 1, DayCounts.ACT_360, RoundingRule.HALF_UP));
        assertThat(InterestAccrual.ofUnscaled(500_000_000L, 10, DayCounts.ACT_360, RoundingRule.HALF_UP))
                .isEqualTo(new InterestAccrual(5, 100, DayCounts.ACT_360, RoundingRule.HALF_UP));
        assertThat(InterestAccrual.ofUnscaled(525_000_000L, 10, DayCounts.ACT_360, RoundingRule.HALF_UP))
                .isEqualTo(new InterestAccrual(525, 10_000, DayCounts.ACT_360, RoundingRule.HALF_UP));
        assertThat(InterestAccrual.ofUnscaled(1_000_000L, 10, DayCounts.ACT_360, RoundingRule.HALF_UP))
                .isEqualTo(new InterestAccrual(1, 10_000, DayCounts.ACT_360, RoundingRule.HALF_UP));
        assertThat(InterestAccrual.ofUnscaled(1, 10, DayCounts.ACT_360, RoundingRule.HALF_UP))
                .isEqualTo(new InterestAccrual(1, 10_000_000_000L, DayCounts.ACT_360, RoundingRule.HALF_UP));
        assertThat(InterestAccrual.ofUnscaled(-50_000_000L, 10, DayCounts.ACT_360, RoundingRule.HALF_UP))
                .isEqualTo(new InterestAccrual(-5, 1000, DayCounts.ACT_360, RoundingRule.HALF_UP));
        assertThat(InterestAccrual.of(new BigDecimal("0.0525"), DayCounts.ACT_360, RoundingRule.HALF_UP))
                .isEqualTo(new InterestAccrual(525, 10_000, DayCounts.ACT_360, RoundingRule.HALF_UP));
    }
}
