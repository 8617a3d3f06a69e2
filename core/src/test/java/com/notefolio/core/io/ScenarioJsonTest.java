package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.EventOfDefault;
import com.notefolio.core.scenario.PrepaymentMode;
import com.notefolio.core.scenario.InvalidScenarioException;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Recovery;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario sets as JSON: the example file, the format of the docs, and writing then reading back equal. */
class ScenarioJsonTest {

    static final Path SCENARIOS_JSON = Note2003.EXAMPLES.resolve("scenarios.json");

    /** The example of docs/scenarios.md, one scenario of each kind. */
    static final String DOC_EXAMPLE = """
            {
              "name": "Q3 what-ifs",
              "scenarios": [
                { "name": "prepay 50k", "prepayments": [ { "note": "INFINITE-2003", "date": "2004-06-12", "amount": "50000.00", "mode": "REDUCE_TERM" } ] },
                { "name": "payoff", "prepayments": [ { "note": "INFINITE-2003", "date": "2005-03-12", "payoff": true } ] },
                { "name": "10 CPR", "prepaymentSpeed": { "cpr": 0.10 } },
                { "name": "1% SMM", "prepaymentSpeed": { "smm": 0.01 } },
                { "name": "150 PSA", "prepaymentSpeed": { "psa": 150 } },
                { "name": "ramp", "prepaymentSpeed": { "cprVector": [0.02, 0.04, 0.06, 0.08] } },
                { "name": "2 CDR", "defaultSpeed": { "cdr": 0.02, "severity": 0.40, "recoveryLagMonths": 12 } },
                { "name": "default 2003", "eventsOfDefault": [ { "note": "INFINITE-2003", "missedPayment": "2004-07-12", "notice": "2004-07-20", "collectionCosts": "5000.00", "recovery": { "amount": "120000.00", "date": "2005-01-20" } } ] },
                { "name": "default on collateral", "eventsOfDefault": [ { "note": "X", "missedPayment": "2024-03-01", "notice": "2024-03-05", "recovery": { "collateral": { "value": "90000.00", "haircut": 0.25, "costs": "4000.00", "lagMonths": 9 } } } ] },
                { "name": "+200bp", "rateShockBp": 200 },
                { "name": "10 CPR +100bp", "prepaymentSpeed": { "cpr": 0.10 }, "rateShockBp": 100 }
              ]
            }
            """;

    private static ScenarioSet example;
    private static Map<String, Scenario> byName;

    @BeforeAll
    static void readExample() {
        example = ScenarioJson.read(SCENARIOS_JSON);
        byName = example.scenarios().stream()
                .collect(Collectors.toMap(Scenario::name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void exampleFileReadsEveryScenarioInOrder() {
        assertThat(example.name()).isEqualTo("Example what-ifs");
        assertThat(byName.keySet()).containsExactly(
                "2003 note: prepay 50k on 2004-06-12",
                "2003 note: payoff on 2005-03-12",
                "2003 note: accelerated, 120k recovered",
                "Harbor Dental: default, equipment sold",
                "Harbor Dental: prepay 20k, same term",
                "10 CPR", "1% SMM", "150 PSA", "CPR ramp 2% to 12%", "2 CDR, 40% severity",
                "+200bp", "-100bp", "stress: 5 CPR, 3 CDR, +100bp");
    }

    @Test
    void examplePrepaymentOf2003NoteIsExact() {
        Scenario s = byName.get("2003 note: prepay 50k on 2004-06-12");

        assertThat(s.prepayments()).hasSize(1);
        DatedPrepayment p = s.prepayments().get(0);
        assertThat(p.noteId()).isEqualTo("INFINITE-2003");
        assertThat(p.date()).isEqualTo(LocalDate.of(2004, 6, 12));
        assertThat(p.amount()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(p.amount().scale()).isEqualTo(2);
        assertThat(p.mode()).isEqualTo(PrepaymentMode.REDUCE_TERM);
        assertThat(p.isPayoff()).isFalse();
        assertThat(s.prepaymentSpeed()).isNull();
        assertThat(s.defaultSpeed()).isNull();
        assertThat(s.eventsOfDefault()).isEmpty();
        assertThat(s.rateShockBp()).isZero();
    }

    @Test
    void examplePayoffHasNoAmount() {
        DatedPrepayment p = byName.get("2003 note: payoff on 2005-03-12").prepayments().get(0);

        assertThat(p).isEqualTo(DatedPrepayment.payoff("INFINITE-2003", LocalDate.of(2005, 3, 12)));
        assertThat(p.isPayoff()).isTrue();
    }

    @Test
    void exampleAccelerationOf2003NoteHasStatedRecovery() {
        EventOfDefault e = byName.get("2003 note: accelerated, 120k recovered").eventsOfDefault().get(0);

        assertThat(e.noteId()).isEqualTo("INFINITE-2003");
        assertThat(e.missedPaymentDate()).isEqualTo(LocalDate.of(2004, 7, 12));
        assertThat(e.noticeDate()).isEqualTo(LocalDate.of(2004, 7, 20));
        assertThat(e.collectionCosts()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(e.recovery()).isEqualTo(Recovery.of(new BigDecimal("120000.00"), LocalDate.of(2005, 1, 20)));
        assertThat(e.recovery().isStated()).isTrue();
    }

    @Test
    void exampleCollateralRecoveryWithoutValueUsesTheNotesStatedValue() {
        EventOfDefault e = byName.get("Harbor Dental: default, equipment sold").eventsOfDefault().get(0);

        assertThat(e.noteId()).isEqualTo("CP-HARBOR-2020");
        assertThat(e.recovery().isStated()).isFalse();
        Recovery.Collateral r = (Recovery.Collateral) e.recovery();
        assertThat(r.value()).isNull();
        assertThat(r.haircut()).isEqualTo(0.25);
        assertThat(r.costs()).isEqualTo(new BigDecimal("4000.00"));
        assertThat(r.lagMonths()).isEqualTo(9);
        assertThat(r).isEqualTo(Recovery.fromCollateral(null, 0.25, new BigDecimal("4000.00"), 9));
    }

    @Test
    void exampleSpeedsReadAsFractions() {
        assertThat(byName.get("10 CPR").prepaymentSpeed()).isEqualTo(PrepaymentSpeed.cpr(0.10));
        assertThat(byName.get("1% SMM").prepaymentSpeed()).isEqualTo(PrepaymentSpeed.smm(0.01));
        assertThat(byName.get("150 PSA").prepaymentSpeed()).isEqualTo(PrepaymentSpeed.psa(150));
        assertThat(byName.get("CPR ramp 2% to 12%").prepaymentSpeed())
                .isEqualTo(PrepaymentSpeed.cprVector(List.of(0.02, 0.04, 0.06, 0.08, 0.10, 0.12)));
        assertThat(byName.get("2 CDR, 40% severity").defaultSpeed()).isEqualTo(new DefaultSpeed(0.02, 0.40, 12));
        assertThat(byName.get("Harbor Dental: prepay 20k, same term").prepayments().get(0).mode())
                .isEqualTo(PrepaymentMode.REDUCE_PAYMENT);
    }

    @Test
    void exampleRateShocksAndCombination() {
        assertThat(byName.get("+200bp").rateShockBp()).isEqualTo(200.0);
        assertThat(byName.get("+200bp").changesFlows()).isFalse();
        assertThat(byName.get("-100bp").rateShockBp()).isEqualTo(-100.0);

        Scenario stress = byName.get("stress: 5 CPR, 3 CDR, +100bp");
        assertThat(stress.prepaymentSpeed()).isEqualTo(PrepaymentSpeed.cpr(0.05));
        assertThat(stress.defaultSpeed()).isEqualTo(new DefaultSpeed(0.03, 0.45, 18));
        assertThat(stress.rateShockBp()).isEqualTo(100.0);
        assertThat(stress.changesFlows()).isTrue();
    }

    @Test
    void docExampleReadsIntoTheModel() {
        ScenarioSet set = ScenarioJson.fromJson(DOC_EXAMPLE);

        assertThat(set.name()).isEqualTo("Q3 what-ifs");
        assertThat(set.scenarios()).hasSize(11);
        assertThat(set.scenarios().get(0)).isEqualTo(new Scenario("prepay 50k",
                List.of(new DatedPrepayment("INFINITE-2003", LocalDate.of(2004, 6, 12), new BigDecimal("50000.00"),
                        PrepaymentMode.REDUCE_TERM)), null, null, List.of(), 0));
        assertThat(set.scenarios().get(7).eventsOfDefault()).containsExactly(new EventOfDefault("INFINITE-2003",
                LocalDate.of(2004, 7, 12), LocalDate.of(2004, 7, 20), new BigDecimal("5000.00"),
                Recovery.of(new BigDecimal("120000.00"), LocalDate.of(2005, 1, 20))));
        assertThat(set.scenarios().get(8).eventsOfDefault().get(0).recovery()).isEqualTo(
                Recovery.fromCollateral(new BigDecimal("90000.00"), 0.25, new BigDecimal("4000.00"), 9));
        assertThat(set.scenarios().get(8).eventsOfDefault().get(0).collectionCosts()).isEqualTo(BigDecimal.ZERO);
        assertThat(set.scenarios().get(10)).isEqualTo(new Scenario("10 CPR +100bp", List.of(),
                PrepaymentSpeed.cpr(0.10), null, List.of(), 100));
    }

    @Test
    void defaultsOfOptionalFields() {
        ScenarioSet set = ScenarioJson.fromJson("""
                {"scenarios": [
                  {"name": "a", "prepayments": [{"note": "N", "date": "2024-01-01", "amount": 100}]},
                  {"name": "b", "defaultSpeed": {"cdr": 0.01, "severity": 0.5}},
                  {"name": "c", "eventsOfDefault": [{"note": "N", "missedPayment": "2024-01-01",
                                                      "recovery": {"collateral": {}}}]}
                ]}
                """);

        assertThat(set.name()).as("a set without a name is named after the source").isEqualTo("scenarios");
        DatedPrepayment p = set.scenarios().get(0).prepayments().get(0);
        assertThat(p.mode()).isEqualTo(PrepaymentMode.REDUCE_TERM);
        assertThat(p.amount()).isEqualTo(new BigDecimal("100"));
        assertThat(set.scenarios().get(1).defaultSpeed()).isEqualTo(new DefaultSpeed(0.01, 0.5, 0));
        EventOfDefault e = set.scenarios().get(2).eventsOfDefault().get(0);
        assertThat(e.noticeDate()).as("notice defaults to the missed payment").isEqualTo(e.missedPaymentDate());
        assertThat(e.collectionCosts()).isEqualTo(BigDecimal.ZERO);
        assertThat(e.recovery()).isEqualTo(Recovery.fromCollateral(null, 0, BigDecimal.ZERO, 0));
    }

    @Test
    void percentagesAndNumericStringsReadAsFractions() {
        ScenarioSet set = ScenarioJson.fromJson("""
                [
                  {"name": "a", "prepaymentSpeed": {"cpr": "10%"}},
                  {"name": "b", "prepaymentSpeed": {"smm": " 0.5 % "}},
                  {"name": "c", "prepaymentSpeed": {"cprVector": ["2%", 0.04, "0.06"]}},
                  {"name": "d", "defaultSpeed": {"cdr": "2%", "severity": "40%", "recoveryLagMonths": 6}},
                  {"name": "e", "eventsOfDefault": [{"note": "N", "missedPayment": "2024-01-01",
                      "recovery": {"collateral": {"haircut": "25%"}}}]},
                  {"name": "f", "prepaymentSpeed": {"cpr": 1}}
                ]
                """);

        assertThat(((PrepaymentSpeed.Cpr) set.scenarios().get(0).prepaymentSpeed()).cpr()).isEqualTo(0.10);
        assertThat(((PrepaymentSpeed.Smm) set.scenarios().get(1).prepaymentSpeed()).smm()).isEqualTo(0.005);
        assertThat(((PrepaymentSpeed.CprVector) set.scenarios().get(2).prepaymentSpeed()).cprs()).containsExactly(0.02, 0.04, 0.06);
        assertThat(set.scenarios().get(3).defaultSpeed()).isEqualTo(new DefaultSpeed(0.02, 0.40, 6));
        assertThat(((Recovery.Collateral) set.scenarios().get(4).eventsOfDefault().get(0).recovery()).haircut()).isEqualTo(0.25);
        assertThat(((PrepaymentSpeed.Cpr) set.scenarios().get(5).prepaymentSpeed()).cpr()).as("a CPR of 100% is allowed").isEqualTo(1.0);
    }

    @Test
    void amountsAreExactDecimalsNeverThroughDouble() {
        ScenarioSet set = ScenarioJson.fromJson("""
                [{"name": "a", "prepayments": [
                  {"note": "N", "date": "2024-01-01", "amount": 0.1},
                  {"note": "N", "date": "2024-02-01", "amount": 12345678901234567.89},
                  {"note": "N", "date": "2024-03-01", "amount": "1E+5"}
                ]}]
                """.replace("\"1E+5\"", "1E+5"));

        List<DatedPrepayment> p = set.scenarios().get(0).prepayments();
        assertThat(p.get(0).amount()).isEqualTo(new BigDecimal("0.1"));
        assertThat(p.get(1).amount()).isEqualTo(new BigDecimal("12345678901234567.89"));
        assertThat(p.get(2).amount()).isEqualTo(new BigDecimal("100000"));
    }

    @Test
    void bareArrayIsASetNamedAfterTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q3-what-ifs.json");
        Files.writeString(file, "[{\"name\": \"+50bp\", \"rateShockBp\": 50}]");

        ScenarioSet set = ScenarioJson.read(file);

        assertThat(set.name()).isEqualTo("q3-what-ifs");
        assertThat(set.scenarios()).containsExactly(new Scenario("+50bp", null, null, null, null, 50));
        assertThat(ScenarioJson.read("other.json", new StringReader("[{\"name\": \"x\", \"rateShockBp\": 1}]")).name())
                .isEqualTo("other");
    }

    @Test
    void jsonExampleOfTheDocsIsTheOneTestedHere() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "scenarios.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String json = doc.substring(start, doc.indexOf("```", start));

        assertThat(ScenarioJson.fromJson(json)).isEqualTo(ScenarioJson.fromJson(DOC_EXAMPLE));
    }

    @Test
    void smallAndRepeatingRatesAreWrittenPlainAndReadBackToTheSameDouble() {
        ScenarioSet set = new ScenarioSet("tiny", List.of(
                new Scenario("smm", null, PrepaymentSpeed.smm(1e-7), null, null, 0),
                new Scenario("third", null, PrepaymentSpeed.cpr(1.0 / 3), null, null, 0.125)));

        String json = ScenarioJson.toJson(set);

        assertThat(json).contains("\"smm\" : 0.0000001", "\"cpr\" : 0.3333333333333333", "\"rateShockBp\" : 0.125");
        assertThat(ScenarioJson.fromJson(json)).isEqualTo(set);
    }

    @Test
    void exampleRoundTripsToAnEqualSet() {
        assertThat(ScenarioJson.fromJson(ScenarioJson.toJson(example))).isEqualTo(example);
    }

    @Test
    void docExampleRoundTripsToAnEqualSet() {
        ScenarioSet set = ScenarioJson.fromJson(DOC_EXAMPLE);

        String json = ScenarioJson.toJson(set);

        assertThat(ScenarioJson.fromJson(json)).isEqualTo(set);
        assertThat(json).contains("\"amount\" : \"50000.00\"", "\"cpr\" : 0.1", "\"psa\" : 150",
                "\"rateShockBp\" : 200", "\"payoff\" : true")
                .doesNotContainPattern("\\d[eE][+-]?\\d").doesNotContain("200.0");
        assertThat(json).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void modelBuiltInCodeRoundTrips() {
        ScenarioSet set = new ScenarioSet("built", List.of(
                new Scenario("everything", List.of(
                        new DatedPrepayment("A", LocalDate.of(2024, 1, 31), new BigDecimal("1234.567"),
                                PrepaymentMode.REDUCE_PAYMENT),
                        DatedPrepayment.payoff("B", LocalDate.of(2025, 2, 28))),
                        PrepaymentSpeed.cprVector(List.of(0.1 + 0.2, 1.0 / 3, 0.0)),
                        new DefaultSpeed(0.017, 0.333, 600),
                        List.of(new EventOfDefault("C", LocalDate.of(2024, 3, 1), null, null,
                                        Recovery.of(BigDecimal.ZERO, LocalDate.of(2024, 3, 1))),
                                new EventOfDefault("D", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1),
                                        new BigDecimal("10.50"),
                                        Recovery.fromCollateral(new BigDecimal("5E+3"), 1.0, BigDecimal.ZERO, 0))),
                        -12.5),
                new Scenario("psa", null, PrepaymentSpeed.psa(87.5), null, null, 0),
                new Scenario("smm", null, PrepaymentSpeed.smm(0.0001), null, null, 0)));

        ScenarioSet read = ScenarioJson.fromJson(ScenarioJson.toJson(set));

        // 5E+3 is written as 5000 and reads back as 5000: equal in value, the one difference allowed.
        assertThat(((Recovery.Collateral) read.scenarios().get(0).eventsOfDefault().get(1).recovery()).value())
                .isEqualByComparingTo("5000");
        ScenarioSet expected = new ScenarioSet("built", List.of(
                new Scenario("everything", set.scenarios().get(0).prepayments(),
                        set.scenarios().get(0).prepaymentSpeed(), set.scenarios().get(0).defaultSpeed(),
                        List.of(set.scenarios().get(0).eventsOfDefault().get(0),
                                new EventOfDefault("D", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1),
                                        new BigDecimal("10.50"),
                                        Recovery.fromCollateral(new BigDecimal("5000"), 1.0, BigDecimal.ZERO, 0))),
                        -12.5),
                set.scenarios().get(1), set.scenarios().get(2)));
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void writeReplacesTheFileAndReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out").resolve("scenarios.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old");

        ScenarioJson.write(example, file);

        assertThat(ScenarioJson.read(file)).isEqualTo(example);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSetThatWouldNotReadBackCannotBeBuiltAndAnEmptyOneIsNotWritten(@TempDir Path dir) {
        // What toJson once had to catch by reading its own output back, the values now refuse when built.
        assertThatThrownBy(() -> new ScenarioSet("bad", List.of(new Scenario("base", null, null, null, null, 100))))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessage("scenarios[0].name = base: \"base\" is reserved for the base case, which every run "
                        + "includes; choose another name");
        assertThatThrownBy(() -> PrepaymentSpeed.cpr(1.5)).hasMessage("cpr = 1.5: must be at most 1 (100%)");
        assertThatThrownBy(() -> new Scenario("y", null, null, null, null, Double.NaN))
                .hasMessage("scenario \"y\": rateShockBp = NaN: must be a finite number of basis points");
        // An empty set is a value (the base case alone) but not a file: a file holds at least one scenario.
        ScenarioSet empty = new ScenarioSet("empty", List.of());
        Path file = dir.resolve("empty.json");

        assertThatThrownBy(() -> ScenarioJson.toJson(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is empty: give at least one scenario");
        assertThatThrownBy(() -> ScenarioJson.write(empty, file)).isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }
}
