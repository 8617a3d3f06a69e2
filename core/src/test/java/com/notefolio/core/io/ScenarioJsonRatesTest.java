package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.scenario.IndexPath;
import com.notefolio.core.scenario.RateShockTarget;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rate fields of a scenario file: what a rate shock moves, and an index path. */
class ScenarioJsonRatesTest {

    private static final String FILE = """
            {"name": "rates", "scenarios": [
              {"name": "+100 index", "rateShockBp": 100, "rateShockTarget": "index"},
              {"name": "+100 curve", "rateShockBp": 100, "rateShockTarget": "DISCOUNT"},
              {"name": "+100", "rateShockBp": 100},
              {"name": "SOFR path", "indexPath": {"index": "SOFR", "start": "2025-01",
                  "levels": [0.0430, "4.5%", "0.047"]}}
            ]}
            """;

    @Test
    void targetsAndPathsReadIntoTheModel() {
        List<Scenario> s = ScenarioJson.fromJson(FILE).scenarios();
        assertThat(s.get(0).rateShockTarget()).isEqualTo(RateShockTarget.INDEX);
        assertThat(s.get(0).movesDiscountCurve()).isFalse();
        assertThat(s.get(1).rateShockTarget()).isEqualTo(RateShockTarget.DISCOUNT);
        // Absent: both, as every file before this field meant.
        assertThat(s.get(2).rateShockTarget()).isEqualTo(RateShockTarget.BOTH);
        assertThat(s.get(2)).isEqualTo(new Scenario("+100", List.of(), null, null, List.of(), 100));
        // Levels as numbers, strings or percentages, exact: 4.5% is 0.045.
        assertThat(s.get(3).indexPath()).isEqualTo(new IndexPath("SOFR", YearMonth.of(2025, 1), List.of(
                new BigDecimal("0.043"), new BigDecimal("0.045"), new BigDecimal("0.047"))));
        assertThat(s.get(3).changesAnything()).isTrue();
    }

    @Test
    void writingThenReadingGivesTheSameSet() {
        ScenarioSet set = ScenarioJson.fromJson(FILE);
        String json = ScenarioJson.toJson(set);
        assertThat(ScenarioJson.fromJson(json)).isEqualTo(set);
        // BOTH is left out, as before the field; the others and the path are written out.
        assertThat(json).contains("\"rateShockTarget\" : \"INDEX\"").contains("\"rateShockTarget\" : \"DISCOUNT\"")
                .contains("\"start\" : \"2025-01\"").contains("0.045");
        assertThat(json).doesNotContain("\"BOTH\"");
    }

    @Test
    void badRateFieldsAreReportedAtTheirPaths() {
        InputException e = catchThrowableOfType(() -> ScenarioJson.fromJson("""
                {"name": "t", "scenarios": [
                  {"name": "a", "rateShockBp": 50, "rateShockTarget": "curve"},
                  {"name": "b", "rateShockTarget": "INDEX", "prepaymentSpeed": {"cpr": 0.1}},
                  {"name": "c", "indexPath": {"index": "SOFR", "start": "2025-13", "levels": [0.04, "x", 2]}},
                  {"name": "d", "indexPath": {"index": " ", "start": "2025-01", "levels": []}},
                  {"name": "e", "indexPath": {"index": "SOFR", "start": "2025-01", "levels": [0.04, 2], "curve": 1}}
                ]}"""), InputException.class);
        assertThat(e.errors()).extracting(err -> err.field() + ": " + err.value() + ": " + err.reason()).containsExactly(
                "scenarios[0] \"a\".rateShockTarget: curve: not one of DISCOUNT, INDEX, BOTH (what the rate shock "
                        + "moves: the discount curve, the index projections, or both)",
                "scenarios[1] \"b\".rateShockTarget: INDEX: aims a rate shock: give rateShockBp too",
                "scenarios[2] \"c\".indexPath.start: 2025-13: not a month (yyyy-mm, such as 2025-01): the month of "
                        + "the first level",
                "scenarios[2] \"c\".indexPath.levels[1]: x: not a number (write a fraction such as 0.10 or a "
                        + "percentage such as \"10%\")",
                "scenarios[3] \"d\".indexPath.index:  : must not be blank",
                "scenarios[3] \"d\".indexPath.levels: null: needs at least one monthly level",
                "scenarios[4] \"e\".indexPath.curve: null: unknown field; the known fields here are index, start, levels");
    }

    @Test
    void aLevelOutOfRangeIsTheIndexLevelsRule() {
        InputException e = catchThrowableOfType(() -> ScenarioJson.fromJson("""
                {"name": "t", "scenarios": [
                  {"name": "e", "indexPath": {"index": "SOFR", "start": "2025-01", "levels": [0.04, 2]}}
                ]}"""), InputException.class);
        assertThat(e.errors()).extracting(err -> err.field() + ": " + err.value() + ": " + err.reason()).containsExactly(
                "scenarios[0] \"e\".indexPath.levels[1]: 2: must be a fraction between -1 and 1 of at most 10 decimals");
    }
}
