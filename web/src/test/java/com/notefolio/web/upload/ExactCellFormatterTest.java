package com.notefolio.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Cell numbers as the decimals Excel shows at full precision; date cells as ISO dates in both date systems. */
class ExactCellFormatterTest {

    private final ExactCellFormatter formatter = new ExactCellFormatter(false);

    @Test
    void numbersKeepTheirDecimalsAndNothingMore() {
        assertThat(ExactCellFormatter.decimal(0.1)).isEqualTo("0.1");
        assertThat(ExactCellFormatter.decimal(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(ExactCellFormatter.decimal(150000.00)).isEqualTo("150000");
        assertThat(ExactCellFormatter.decimal(1234567.891)).isEqualTo("1234567.891");
        assertThat(ExactCellFormatter.decimal(999999999999.99)).isEqualTo("999999999999.99");
        assertThat(ExactCellFormatter.decimal(1e12)).isEqualTo("1000000000000");
        assertThat(ExactCellFormatter.decimal(-2.5e-7)).isEqualTo("-0.00000025");
        assertThat(ExactCellFormatter.decimal(0.0)).isEqualTo("0");
        assertThat(ExactCellFormatter.decimal(-0.0)).isEqualTo("0");
    }

    @Test
    void displayFormatsDoNotChangeTheNumber() {
        assertThat(formatter.formatRawCellContents(0.125, 9, "0%")).isEqualTo("0.125");
        assertThat(formatter.formatRawCellContents(0.12, 10, "0.00%")).isEqualTo("0.12");
        assertThat(formatter.formatRawCellContents(150000, 4, "#,##0.00")).isEqualTo("150000");
        assertThat(formatter.formatRawCellContents(1500, 0, "General")).isEqualTo("1500");
    }

    @Test
    void dateCellsAreIsoDatesCountedFromTheWorkbooksEpoch() {
        LocalDate date = LocalDate.of(2003, 8, 13);
        // Excel's 1900 system counts 1900-01-01 as day 1 and has a 29 February 1900, so from March 1900 on a
        // date's number is its days since 1899-12-30; the 1904 system counts days since 1904-01-01.
        double serial1900 = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
        double serial1904 = ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), date);
        assertThat(serial1900).isEqualTo(37846);
        assertThat(formatter.formatRawCellContents(serial1900, 14, "m/d/yy")).isEqualTo("2003-08-13");
        assertThat(formatter.formatRawCellContents(serial1900, 165, "yyyy-mm-dd")).isEqualTo("2003-08-13");
        assertThat(new ExactCellFormatter(true).formatRawCellContents(serial1904, 14, "m/d/yy"))
                .isEqualTo("2003-08-13");
        // A time of day is kept, for the core to refuse as not a date.
        assertThat(formatter.formatRawCellContents(serial1900 + 0.5, 22, "m/d/yy h:mm")).isEqualTo("2003-08-13T12:00");
    }
}
