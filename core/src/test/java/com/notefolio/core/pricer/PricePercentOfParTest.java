package com.notefolio.core.pricer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The clean price as a percentage of par (the outstanding principal), worked by hand. */
class PricePercentOfParTest {

    private static NoteMeasures at(long priceMinor, long outstandingMinor) {
        return new NoteMeasures("N", LocalDate.of(2004, 6, 27), Monetary.getCurrency("USD"), outstandingMinor, 0,
                priceMinor, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    @Test
    void priceIsAShareOfTheOutstandingPrincipal() {
        // 148,500.00 ÷ 150,000.00 = 0.99.
        assertThat(at(148_500_00, 150_000_00).pricePercentOfPar(2)).isEqualByComparingTo("99.00");
        assertThat(at(150_000_00, 150_000_00).pricePercentOfPar(2)).isEqualTo(new BigDecimal("100.00"));
        // 100.00 ÷ 300.00 = 33.333…%.
        assertThat(at(100_00, 300_00).pricePercentOfPar(2)).isEqualTo(new BigDecimal("33.33"));
        // 0.01 ÷ 8.00 = 0.125 %: half-even keeps the even 0.12; 0.03 ÷ 8.00 = 0.375 % → 0.38.
        assertThat(at(1, 800).pricePercentOfPar(2)).isEqualTo(new BigDecimal("0.12"));
        assertThat(at(3, 800).pricePercentOfPar(2)).isEqualTo(new BigDecimal("0.38"));
        // 118,500.00 on 62,000.00 left (the stale-price example): 191.129…% → 191.1.
        assertThat(at(118_500_00, 62_000_00).pricePercentOfPar(1)).isEqualTo(new BigDecimal("191.1"));
    }

    @Test
    void nothingOutstandingHasNoPercentage() {
        assertThat(at(100_00, 0).pricePercentOfPar(2)).isNull();
    }
}
