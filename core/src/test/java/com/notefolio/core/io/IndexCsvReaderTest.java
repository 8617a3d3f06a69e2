package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.index.IndexSource;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixings and index curve files read into index data; bad rows are named by file, line, column and reason. */
class IndexCsvReaderTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    private static List<IndexFixing> fixings(String csv) {
        return IndexCsvReader.readFixings("fixings.csv", new StringReader(csv));
    }

    private static List<ForwardCurve> curves(String csv) {
        return IndexCsvReader.readCurves("index-curve.csv", new StringReader(csv));
    }

    @Test
    void exampleFixingsAndCurveGiveEachSourceWhereItApplies() {
        IndexData data = IndexCsvReader.read(EXAMPLES.resolve("fixings.csv"), EXAMPLES.resolve("index-curve.csv"));

        // Prime rose to 3.50% on 2022-03-17 (the fixings file): on 2022-04-01 that is the latest fixing.
        assertThat(data.observe("PRIME", LocalDate.of(2022, 4, 1)))
                .isEqualTo(new IndexData.Observation(new BigDecimal("0.035"), IndexSource.FIXING));
        // After SOFR's last fixing (2024-12-02): the curve, 4.10% from its 6-month point (2025-07-01) on.
        assertThat(data.observe("SOFR", LocalDate.of(2025, 8, 1)))
                .isEqualTo(new IndexData.Observation(new BigDecimal("0.041"), IndexSource.FORWARD_CURVE));
        IndexData flat = IndexCsvReader.read(EXAMPLES.resolve("fixings.csv"), null);
        assertThat(flat.observe("SOFR", LocalDate.of(2025, 8, 1)))
                .isEqualTo(new IndexData.Observation(new BigDecimal("0.0464"), IndexSource.LAST_FIXING_FLAT));
    }

    @Test
    void noFilesIsNoIndexData() {
        assertThat(IndexCsvReader.read(null, null)).isSameAs(IndexData.NONE);
    }

    @Test
    void percentagesAndAnyColumnOrderAreRead() {
        assertThat(fixings("rate,index,date\n5.33%,SOFR,2024-01-02\n")).containsExactly(
                new IndexFixing("SOFR", LocalDate.of(2024, 1, 2), new BigDecimal("0.0533")));
    }

    @Test
    void fixingRateThatIsNotANumberIsNamedAtItsCell() {
        assertThatThrownBy(() -> fixings("index,date,rate\nSOFR,2024-01-02,0.05\nSOFR,2024-01-03,5,3%\n"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("fixings.csv:3:");
        assertThatThrownBy(() -> fixings("index,date,rate\nSOFR,2024-01-02,0.05\nSOFR,2024-01-03,abc\n"))
                .hasMessage("fixings.csv:3: column rate: value \"abc\": not a number (write a fraction such as 0.12 or"
                        + " a percentage such as 12%)");
    }

    @Test
    void hugeExponentsAndOverlongNumbersAreRefusedBeforeAnythingCostly() {
        assertThatThrownBy(() -> fixings("index,date,rate\nSOFR,2024-01-02,1e-999999999\n"))
                .hasMessage("fixings.csv:2: column rate: value \"1e-999999999\": not a number (write a fraction such as"
                        + " 0.12 or a percentage such as 12%)");
        String longNumber = "0." + "1".repeat(60);
        assertThatThrownBy(() -> fixings("index,date,rate\nSOFR,2024-01-02," + longNumber + "\n"))
                .hasMessageContaining("column rate").hasMessageContaining("a number of more than 40 characters");
    }

    @Test
    void fixingRateOutsideMinusOneToOneIsRefused() {
        assertThatThrownBy(() -> fixings("index,date,rate\nSOFR,2024-01-02,5.3\n"))
                .hasMessage("fixings.csv:2: column rate: value \"5.3\": must be a fraction between -1 and 1 of at most"
                        + " 10 decimals");
    }

    @Test
    void twoFixingsOfOneIndexOnOneDateAreRefusedNamingBothLines() {
        assertThatThrownBy(() -> fixings("index,date,rate\nSOFR,2024-01-02,0.05\nPRIME,2024-01-02,0.085\n"
                + "SOFR,2024-01-02,0.05\n"))
                .hasMessage("fixings.csv:4: column date: value \"2024-01-02\": index SOFR already has a fixing on this"
                        + " date (line 2)");
    }

    @Test
    void badDateAndMissingColumnAreNamed() {
        assertThatThrownBy(() -> fixings("index,date,rate\nSOFR,02/01/2024,0.05\n"))
                .hasMessage("fixings.csv:2: column date: value \"02/01/2024\": not an ISO date (yyyy-mm-dd, such as 2003-08-13)");
        assertThatThrownBy(() -> fixings("index,rate\nSOFR,0.05\n"))
                .hasMessage("fixings.csv:1: column date: required column is missing");
    }

    @Test
    void curveRowsOfOneIndexMakeOneCurve() {
        assertThat(curves("index,base_date,tenor_months,rate\nSOFR,2025-01-01,0,0.043\nSOFR,2025-01-01,12,3.9%\n"))
                .containsExactly(new ForwardCurve("SOFR", LocalDate.of(2025, 1, 1), List.of(
                        new ForwardCurve.Point(0, new BigDecimal("0.043")),
                        new ForwardCurve.Point(12, new BigDecimal("0.039")))));
    }

    @Test
    void curveWithTwoBaseDatesOrFallingTenorsIsRefusedAtTheRow() {
        assertThatThrownBy(() -> curves("index,base_date,tenor_months,rate\nSOFR,2025-01-01,0,0.043\n"
                + "SOFR,2025-02-01,12,0.039\n"))
                .hasMessage("index-curve.csv:3: column base_date: value \"2025-02-01\": index SOFR has one curve, based"
                        + " on 2025-01-01 (line 2)");
        assertThatThrownBy(() -> curves("index,base_date,tenor_months,rate\nSOFR,2025-01-01,12,0.043\n"
                + "SOFR,2025-01-01,6,0.039\n"))
                .hasMessage("index-curve.csv:3: column tenor_months: value \"6\": the tenors of index SOFR must increase:"
                        + " this one is not after the previous row's 12");
    }

    @Test
    void curveTenorMustBeAWholeNumberOfMonthsWithinAHundredYears() {
        assertThatThrownBy(() -> curves("index,base_date,tenor_months,rate\nSOFR,2025-01-01,6M,0.043\n"))
                .hasMessage("index-curve.csv:2: column tenor_months: value \"6M\": not a whole number");
        assertThatThrownBy(() -> curves("index,base_date,tenor_months,rate\nSOFR,2025-01-01,1300,0.043\n"))
                .hasMessage("index-curve.csv:2: column tenor_months: value \"1300\": must be between 0 and 1200");
    }

    @Test
    void emptyFilesAreRefused() {
        assertThatThrownBy(() -> fixings("index,date,rate\n")).hasMessage("fixings.csv: the file has no fixings");
        assertThatThrownBy(() -> curves("index,base_date,tenor_months,rate\n"))
                .hasMessage("index-curve.csv: the file has no curve points");
    }
}
