package com.notefolio.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A shift moves what is not known on the as-of date; a replaced projection takes the index's curve's place. */
class IndexDataShiftTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final BigDecimal BP_25 = new BigDecimal("0.0025");

    static final IndexData DATA = IndexData.of(List.of(
            new IndexFixing("PRIME", LocalDate.of(2025, 1, 1), new BigDecimal("0.085")),
            new IndexFixing("PRIME", LocalDate.of(2025, 6, 30), new BigDecimal("0.0825")),
            new IndexFixing("PRIME", LocalDate.of(2025, 8, 1), new BigDecimal("0.08")),
            new IndexFixing("SOFR", LocalDate.of(2025, 3, 1), new BigDecimal("0.043"))),
            List.of(new ForwardCurve("SOFR", LocalDate.of(2025, 3, 1), List.of(
                    new ForwardCurve.Point(0, new BigDecimal("0.042")), new ForwardCurve.Point(12, new BigDecimal("0.040"))))));

    static BigDecimal rate(IndexData d, String index, String date) {
        return d.observe(index, LocalDate.parse(date)).rate();
    }

    @Test
    void fixingsOnOrBeforeTheAsOfDateNeverMove() {
        IndexData up = DATA.shifted(AS_OF, BP_25);
        assertThat(rate(up, "PRIME", "2025-03-15")).isEqualByComparingTo("0.085");
        // The fixing on the as-of date is known on it, and is read unchanged until the next one.
        assertThat(rate(up, "PRIME", "2025-06-30")).isEqualByComparingTo("0.0825");
        assertThat(rate(up, "PRIME", "2025-07-15")).isEqualByComparingTo("0.0825");
        assertThat(rate(up, "SOFR", "2025-03-01")).isEqualByComparingTo("0.043");
    }

    @Test
    void aProjectionReadOnOrBeforeTheAsOfDateDoesNotMove() {
        // SOFR's last fixing is on 2025-03-01; its curve stands in for the fixings the data lacks after it.
        // Read by the as-of date, that value is set (a reset that read it has fixed its coupon): unmoved.
        IndexData up = DATA.shifted(AS_OF, BP_25);
        assertThat(rate(up, "SOFR", "2025-05-01")).isEqualByComparingTo("0.042");
        assertThat(rate(up, "SOFR", "2025-06-30")).isEqualByComparingTo("0.042");
        assertThat(up.observe("SOFR", LocalDate.of(2025, 6, 30)).source()).isEqualTo(IndexSource.FORWARD_CURVE);
        // The day after, the same projection moves.
        assertThat(rate(up, "SOFR", "2025-07-01")).isEqualByComparingTo("0.0445");
    }

    @Test
    void fixingsAfterTheAsOfDateAndEveryProjectionAfterItMove() {
        IndexData up = DATA.shifted(AS_OF, BP_25);
        // A fixing after the as-of date: 8% + 0.25%.
        assertThat(rate(up, "PRIME", "2025-08-01")).isEqualByComparingTo("0.0825");
        // Past the last fixing PRIME is held flat at it, shifted: 8.25%, with its source unchanged.
        assertThat(rate(up, "PRIME", "2027-01-01")).isEqualByComparingTo("0.0825");
        assertThat(up.observe("PRIME", LocalDate.of(2027, 1, 1)).source()).isEqualTo(IndexSource.LAST_FIXING_FLAT);
        // SOFR's forward curve: 4.2% until 2026-03-01, then 4.0%, each + 0.25%.
        assertThat(rate(up, "SOFR", "2025-09-01")).isEqualByComparingTo("0.0445");
        assertThat(rate(up, "SOFR", "2026-04-01")).isEqualByComparingTo("0.0425");
        // Shifts of one as-of date add up; down as much gives the data back.
        assertThat(rate(up.shifted(AS_OF, BP_25.negate()), "SOFR", "2026-04-01")).isEqualByComparingTo("0.040");
        assertThat(DATA.shifted(AS_OF, BigDecimal.ZERO)).isSameAs(DATA);
        assertThatThrownBy(() -> up.shifted(AS_OF.plusDays(1), BP_25))
                .hasMessageContaining("already shifted as of 2025-06-30");
    }

    @Test
    void aReplacedProjectionTakesTheCurvesPlaceAndKeepsTheFixings() {
        IndexData path = DATA.withProjection(new ForwardCurve("SOFR", LocalDate.of(2025, 7, 1), List.of(
                new ForwardCurve.Point(0, new BigDecimal("0.05")), new ForwardCurve.Point(2, new BigDecimal("0.06")))), AS_OF);
        assertThat(rate(path, "SOFR", "2025-03-01")).isEqualByComparingTo("0.043");
        // Read on or before the as-of date, SOFR reads what it read before the path (its old curve, 4.2%
        // past the last fixing): a reset already set stays set. The path starts the day after.
        assertThat(rate(path, "SOFR", "2025-05-01")).isEqualByComparingTo("0.042");
        assertThat(rate(path, "SOFR", "2025-06-30")).isEqualByComparingTo("0.042");
        assertThat(rate(path, "SOFR", "2025-07-01")).isEqualByComparingTo("0.05");
        assertThat(rate(path, "SOFR", "2025-08-15")).isEqualByComparingTo("0.05");
        assertThat(rate(path, "SOFR", "2025-09-01")).isEqualByComparingTo("0.06");
        assertThat(rate(path.shifted(AS_OF, BP_25), "SOFR", "2030-01-01")).isEqualByComparingTo("0.0625");
        // The data it came from is unchanged.
        assertThat(rate(DATA, "SOFR", "2025-09-01")).isEqualByComparingTo("0.042");
        // PRIME has no curve: before a path, past its last fixing (2025-08-01) it is held flat at 8%; a path
        // as of 2025-09-30 leaves a read on 2025-09-15 at 8% and gives 7% from the day after.
        IndexData prime = DATA.withProjection(new ForwardCurve("PRIME", LocalDate.of(2025, 10, 1), List.of(
                new ForwardCurve.Point(0, new BigDecimal("0.07")))), LocalDate.of(2025, 9, 30));
        assertThat(rate(prime, "PRIME", "2025-09-15")).isEqualByComparingTo("0.08");
        assertThat(prime.observe("PRIME", LocalDate.of(2025, 9, 15)).source()).isEqualTo(IndexSource.LAST_FIXING_FLAT);
        assertThat(rate(prime, "PRIME", "2025-10-15")).isEqualByComparingTo("0.07");
    }
}
