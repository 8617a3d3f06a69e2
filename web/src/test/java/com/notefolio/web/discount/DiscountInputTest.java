package com.notefolio.web.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.io.CurveCsvReader;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.ZeroCurve;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How to discount as typed, uploaded or read from an address, and the core curve it makes. */
class DiscountInputTest {

    private static DiscountInput.Point point(String tenor, String rate) {
        return new DiscountInput.Point(new BigDecimal(tenor), new BigDecimal(rate));
    }

    @Test
    void theAddressFormReadsBackToTheSameValue() {
        DiscountInput flat = DiscountInput.flat(new BigDecimal("0.0825"));
        assertThat(flat.address()).isEqualTo("8.25");
        assertThat(DiscountInput.parseAddress("8.25")).isEqualTo(flat);
        DiscountInput curve = DiscountInput.curve(List.of(point("0.5", "0.04"), point("10", "0.0675")));
        assertThat(curve.address()).isEqualTo("0.5:4,10:6.75");
        assertThat(DiscountInput.parseAddress("0.5:4, 10:6.75")).isEqualTo(curve);
        assertThat(curve.describe()).isEqualTo("zero curve 0.5y 4.00%, 10y 6.75%");
    }

    @Test
    void equalInputsWrittenDifferentlyAreEqualValues() {
        assertThat(DiscountInput.flat(new BigDecimal("0.080"))).isEqualTo(DiscountInput.flat(new BigDecimal("0.08")));
        assertThat(DiscountInput.curve(List.of(point("2.0", "0.050"))))
                .isEqualTo(DiscountInput.curve(List.of(point("2", "0.05"))))
                .isNotEqualTo(DiscountInput.curve(List.of(point("2", "0.051"))));
    }

    @Test
    void theCurveIsTheCoresOnTheSamePoints() {
        assertThat(DiscountInput.flat(new BigDecimal("0.08")).curve()).isEqualTo(FlatRate.of(0.08));
        ZeroCurve z = (ZeroCurve) DiscountInput.curve(List.of(point("1", "0.05"), point("3", "0.07"))).curve();
        assertThat(z.tenors()).containsExactly(1, 3);
        assertThat(z.rates()).containsExactly(0.05, 0.07);
        // Halfway between the points: 6%, the core's linear interpolation (to a double's rounding, 1e-15).
        assertThat(z.zeroRate(2)).isCloseTo(0.06, within(1e-15));
    }

    @Test
    void anUploadedCurveKeepsItsTenorsInYears() {
        ZeroCurve read = CurveCsvReader.read("c.csv", new StringReader("tenor,rate\n6M,4%\n2Y,0.05\n"));
        assertThat(DiscountInput.of(read)).isEqualTo(DiscountInput.curve(List.of(point("0.5", "0.04"), point("2", "0.05"))));
    }

    @Test
    void badInputIsRefusedWithAMessageForTheUser() {
        assertThatThrownBy(() -> DiscountInput.curve(List.of(point("2", "0.05"), point("1", "0.04"))))
                .hasMessage("Point 2: the tenors must increase (1 is not after 2).");
        assertThatThrownBy(() -> DiscountInput.curve(List.of())).hasMessage("A curve needs at least one point.");
        assertThatThrownBy(() -> point("-1", "0.05")).hasMessageContaining("between 0 and 100 years");
        assertThatThrownBy(() -> point("1", "-1")).hasMessageContaining("above -100%");
        assertThatThrownBy(() -> DiscountInput.parseAddress("1:5,2")).hasMessageContaining("\"2\" is not a curve point");
        assertThatThrownBy(() -> DiscountInput.parseAddress("1:abc")).hasMessageContaining("\"abc\" is not a percentage");
        assertThatThrownBy(() -> DiscountInput.parseTenor("6M")).hasMessageContaining("\"6M\" is not a tenor");
    }
}
