package com.notefolio.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.web.note.Valuation;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * Numbers typed into the screens stay within the core's bounds (issue 17 item 3): {@code 1e-50000000} in a
 * what-if field is cleared with a message before any computation sees it; the note screen's rate and
 * price refuse overlong numbers in words.
 */
class BoundedNumbersTest {

    @Test
    void aDecimalFieldRefusesANumberWithAHugeExponent() {
        BigDecimalField field = new BigDecimalField("CDR %");
        BoundedNumbers.guard(field);
        field.setValue(new BigDecimal("1e-50000000"));
        assertThat(field.getValue()).isNull();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("The number is too many decimals: more than 20 digits after the point.");

        field.setValue(new BigDecimal("2.5"));
        assertThat(field.getValue()).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void theNoteScreensRateAndPriceRefuseOverlongNumbers() {
        assertThatThrownBy(() -> Valuation.parseDiscountRate("0." + "0".repeat(50_000) + "1"))
                .hasMessageStartingWith("\"0.000").hasMessageContaining("more than 40 characters");
        assertThatThrownBy(() -> Valuation.parsePrice("1" + "0".repeat(30), Monetary.getCurrency("USD")))
                .hasMessageContaining("too large");
        assertThat(Valuation.parseDiscountRate("8.5")).isEqualTo(new BigDecimal("0.085"));
    }
}
