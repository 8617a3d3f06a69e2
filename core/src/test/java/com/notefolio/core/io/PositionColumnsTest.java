package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.Price;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one mapping from portfolio columns to positions: a row of typed values (as a Parquet file or a
 * table gives them) is read exactly as the CSV row of the same values — the same terms, the same price,
 * the same refusal naming the column and the value.
 */
class PositionColumnsTest {

    private static final String HEADER = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,"
            + "secured,cure_days,price\n";

    private static Position fromCsv(String row) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(HEADER + row + "\n"),
                StatedSchedules.NONE, null)) {
            return reader.next();
        }
    }

    /** The same note as a typed row: dates, flags and whole numbers typed, amounts as exact text. */
    private static Position fromTypedRow(String price) {
        Map<String, Object> values = new HashMap<>();
        values.put("note_id", "A-1");
        values.put("principal", "10000.00");
        values.put("annual_rate", "0.06");
        values.put("issue_date", LocalDate.of(2020, 1, 1));
        values.put("maturity_date", LocalDate.of(2021, 1, 1));
        values.put("amortization", "LEVEL_PAYMENT");
        values.put("secured", Boolean.FALSE);
        values.put("cure_days", 10);
        values.put("price", price);
        return PositionColumns.position(ColumnValues.of("portfolio.parquet, note A-1", 0, values::get),
                "portfolio.parquet", List.of());
    }

    private static InputError errorOf(Runnable read) {
        try {
            read.run();
        } catch (InputException e) {
            return e.errors().get(0);
        }
        throw new AssertionError("the row was not refused");
    }

    @Test
    void typedRowGivesTheSamePositionAsTheCsvRow() {
        Position csv = fromCsv("A-1,10000.00,0.06,2020-01-01,2021-01-01,LEVEL_PAYMENT,no,10,9850.00");

        assertThat(fromTypedRow("9850.00")).isEqualTo(csv);
        assertThat(csv.price()).isEqualTo(Price.of(new BigDecimal("9850.00"), csv.terms().currency()));
    }

    @Test
    void negativePriceIsRefusedFromATypedRowAsFromTheCsv() {
        InputError csv = errorOf(() -> fromCsv("A-1,10000.00,0.06,2020-01-01,2021-01-01,LEVEL_PAYMENT,no,10,-1.00"));
        InputError typed = errorOf(() -> fromTypedRow("-1.00"));

        assertThat(csv.message()).isEqualTo("notes.csv:2: column price: value \"-1.00\": must not be negative");
        assertThat(typed.message())
                .isEqualTo("portfolio.parquet, note A-1: column price: value \"-1.00\": must not be negative");
        assertThat(List.of(typed.column(), typed.value(), typed.reason()))
                .isEqualTo(List.of(csv.column(), csv.value(), csv.reason()));
        assertThat(errorOf(() -> fromTypedRow("-2%")).reason()).isEqualTo("must not be negative");
    }

    @Test
    void priceAsAPercentageIsKeptAsAShareOfTheOutstandingPrincipal() {
        Position csv = fromCsv("A-1,10000.00,0.06,2020-01-01,2021-01-01,LEVEL_PAYMENT,no,10,98.5%");

        assertThat(csv.price()).isEqualTo(Price.percentOfOutstanding(new BigDecimal("98.5")));
        assertThat(csv.price().text()).isEqualTo("98.5%");
        assertThat(fromTypedRow("98.5%")).isEqualTo(csv);
        assertThat(errorOf(() -> fromCsv("A-1,10000.00,0.06,2020-01-01,2021-01-01,LEVEL_PAYMENT,no,10,9x%")).message())
                .isEqualTo("notes.csv:2: column price: value \"9x%\": "
                        + "not a percentage (write a number followed by %, such as 98.5%)");
    }

    @Test
    void aTermTheBuilderRefusesIsNamedAtItsColumnFromATypedRow() {
        Map<String, Object> values = new HashMap<>();
        values.put("note_id", "A-1");
        values.put("principal", "-5.00");
        values.put("annual_rate", "0.06");
        values.put("issue_date", LocalDate.of(2020, 1, 1));
        values.put("maturity_date", LocalDate.of(2021, 1, 1));
        values.put("amortization", "BULLET");

        assertThatThrownBy(() -> PositionColumns.position(ColumnValues.of("t", 0, values::get), "t", List.of()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t: column principal: value \"-5.00\": ");
    }
}
