package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The bounds every reader of numbers applies before it does anything with a number. */
class DecimalTextTest {

    @Test
    void plainDecimalsWithinTheBoundsReadExactly() {
        assertThat(DecimalText.parse("150000.00")).isEqualByComparingTo("150000.00").hasScaleOf(2);
        assertThat(DecimalText.parse("-3.5")).isEqualTo(new BigDecimal("-3.5"));
        assertThat(DecimalText.parse("+.5")).isEqualTo(new BigDecimal("0.5"));
        assertThat(DecimalText.parse("99999999999999999999.5")).isEqualTo(new BigDecimal("99999999999999999999.5"));
        assertThat(DecimalText.parse("0.00000000000000000001")).isEqualTo(new BigDecimal("1E-20"));
    }

    @Test
    void exponentsSeparatorsAndOverlongTextAreRefused() {
        assertThatThrownBy(() -> DecimalText.parse("1e-999999999")).hasMessage("not a number");
        assertThatThrownBy(() -> DecimalText.parse("1,000.00")).hasMessage("not a number");
        assertThatThrownBy(() -> DecimalText.parse("$5")).hasMessage("not a number");
        assertThatThrownBy(() -> DecimalText.parse(".")).hasMessage("not a number");
        assertThatThrownBy(() -> DecimalText.parse("1".repeat(41))).hasMessageContaining("more than 40 characters");
        assertThatThrownBy(() -> DecimalText.parse("123456789012345678901")).hasMessageContaining("too large");
        assertThatThrownBy(() -> DecimalText.parse("0.000000000000000000001")).hasMessageContaining("too many decimals");
    }

    @Test
    void numbersAJsonParserReadAreCheckedFromScaleAndPrecisionAlone() {
        // Either would take seconds and gigabytes to write out or rescale; the check is immediate.
        assertThatThrownBy(() -> DecimalText.bounded(new BigDecimal("1e-999999999"))).hasMessageContaining("too many decimals");
        assertThatThrownBy(() -> DecimalText.bounded(new BigDecimal("1e999999999"))).hasMessageContaining("too large");
        assertThat(DecimalText.bounded(new BigDecimal("1E+5"))).isEqualTo(new BigDecimal("100000"));
        assertThat(DecimalText.bounded(new BigDecimal("1.50000000000000000000000000000"))).isEqualTo(new BigDecimal("1.5"));
        assertThat(DecimalText.bounded(new BigDecimal("0E-30"))).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void messagesQuoteAtMostSixtyCharacters() {
        assertThat(DecimalText.quoted("x".repeat(50_000_000))).hasSize(60 + "… (50000000 characters)".length());
        assertThat(DecimalText.quoted("short")).isEqualTo("short");
    }
}
