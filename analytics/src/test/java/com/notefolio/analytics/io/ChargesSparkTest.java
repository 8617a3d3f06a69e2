package com.notefolio.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.job.AnalyzeJob;
import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note's charges (premium steps, yield maintenance, open period, late charge, default margin, savings clause,
 * periodic fee)
 * travel in its Spark row: through Parquet unchanged, and into Spark's scenarios, whose dated payoff pays the
 * premium of its date exactly as the core alone computes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChargesSparkTest {

    private static final Path NOTES = Path.of("..", "examples", "notes-charges.csv");
    private static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);
    /** Both ten-year notes paid off in their third loan year (a 3 % step, or yield maintenance). */
    private static final String PAYOFFS = """
            {"name": "payoffs", "scenarios": [{"name": "payoff 2022-03-01", "prepayments": [
              {"note": "STEPDOWN-2020", "date": "2022-03-01", "payoff": true},
              {"note": "YM-2020", "date": "2022-03-01", "payoff": true}]}]}
            """;

    @TempDir
    Path dir;

    private SparkSession spark;

    @BeforeAll
    void start() {
        spark = AnalyticsSession.builder("local[2]", 2).getOrCreate();
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    private static List<Position> corePositions() {
        return corePositions(NOTES);
    }

    private static List<Position> corePositions(Path notes) {
        List<Position> out = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(notes)) {
            reader.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void closingFeesRoundTripThroughTheirRow() {
        for (Position p : corePositions(Path.of("..", "examples", "notes-fees.csv"))) {
            assertThat(p.terms().fees()).isNotEmpty();
            assertThat(NoteRow.of(p).toPosition().terms()).as(p.terms().id()).isEqualTo(p.terms());
        }
    }

    @Test
    void aPeriodicFeeAndAClauseAppliedToPrincipalRoundTripThroughTheirRowAndParquet() {
        List<Position> positions = corePositions(Path.of("..", "examples", "notes-periodic-fees.csv"));
        assertThat(positions).hasSize(2);
        List<NoteRow> rows = positions.stream().map(NoteRow::of).toList();
        assertThat(rows.get(0).getPeriodicFeeAmount()).isEqualTo("10.00");
        assertThat(rows.get(0).getPeriodicFeeRate()).isEqualTo("0.005");
        assertThat(rows.get(1).getSavingsClause()).isEqualTo("applied_to_principal");
        Path parquet = dir.resolve("periodic.parquet");
        spark.createDataset(rows, NoteRow.encoder()).write().mode(SaveMode.Overwrite).parquet(parquet.toString());
        Map<String, NoteTerms> byId = new HashMap<>();
        NoteDatasetReader.read(spark, parquet, null).collectAsList()
                .forEach(r -> byId.put(r.getNote().getNoteId(), r.getNote().toPosition().terms()));
        for (Position p : positions) {
            assertThat(byId.get(p.terms().id())).as(p.terms().id()).isEqualTo(p.terms());
        }
    }

    @Test
    void aPrecomputedNotesRebateMethodRoundTripsThroughItsRow() {
        List<Position> positions = corePositions(Path.of("..", "examples", "notes-precomputed.csv"));
        assertThat(positions).isNotEmpty().allSatisfy(p -> assertThat(p.terms().precomputed()).isNotNull());
        for (Position p : positions) {
            NoteRow row = NoteRow.of(p);
            assertThat(row.getPrecomputedInterest()).isEqualTo(p.terms().precomputed().code());
            assertThat(row.toPosition().terms()).as(p.terms().id()).isEqualTo(p.terms());
        }
    }

    @Test
    void everyChargeRoundTripsThroughItsRowAndParquet() {
        List<Position> positions = corePositions();
        assertThat(positions).hasSize(3);
        List<NoteRow> rows = positions.stream().map(NoteRow::of).toList();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).toPosition().terms()).as(positions.get(i).terms().id())
                    .isEqualTo(positions.get(i).terms());
        }
        assertThat(rows.get(0).getPremiumSteps()).isEqualTo("1:0.05;2:0.04;3:0.03;4:0.02;5:0.01;6:0");
        assertThat(rows.get(1).getYieldMaintenanceFloor()).isEqualTo("0.01");
        assertThat(rows.get(2).getSavingsClause()).isEqualTo("refunded");

        Path parquet = dir.resolve("charges.parquet");
        spark.createDataset(rows, NoteRow.encoder()).write().mode(SaveMode.Overwrite).parquet(parquet.toString());
        Map<String, NoteTerms> read = new HashMap<>();
        NoteDatasetReader.read(spark, parquet, null).collectAsList()
                .forEach(r -> read.put(r.getNote().getNoteId(), r.getNote().toPosition().terms()));
        positions.forEach(p -> assertThat(read.get(p.terms().id())).isEqualTo(p.terms()));
    }

    @Test
    void sparksDatedPayoffPaysThePremiumTheCoreCharges() {
        ScenarioSet set = ScenarioJson.read("payoffs.json", new StringReader(PAYOFFS));
        FlatRate curve = FlatRate.of(0.07);
        Map<String, ScenarioResult> expected = new HashMap<>();
        for (Position p : corePositions()) {
            Schedule base = ScheduleResolver.resolve(p.terms());
            ScenarioResult r = ScenarioAnalyzer.analyze(base, set.scenarios(), AS_OF, p.priceAt(base, AS_OF), curve).get(0);
            expected.put(p.terms().id(), r);
        }
        // By hand: $1,000,000 prepaid in loan year 3 (2022-01-01 to 2022-12-31) at the 3 % step is $30,000.
        ScenarioResult stepDown = expected.get("STEPDOWN-2020");
        long premium = 0;
        for (int i = 0; i < stepDown.schedule().size(); i++) {
            premium += stepDown.schedule().penaltyMinor(i);
        }
        assertThat(premium).isEqualTo(30_000_00L);

        Path out = dir.resolve("results");
        AnalyzeJob.run(spark, new AnalyzeJob.Request(NoteSource.of(NOTES), null, null, null, null, List.of(),
                Assumptions.of(AS_OF, curve, set), out, ResultFormat.PARQUET, false, 2, null), null);
        List<Row> rows = spark.read().parquet(out.resolve("measures").toString())
                .filter("scenario = 'payoff 2022-03-01'").collectAsList();
        assertThat(rows).hasSize(3);
        for (Row r : rows) {
            ScenarioResult e = expected.get(r.<String>getAs("note_id"));
            assertThat(r.<Double>getAs("npv")).as(e.noteId()).isEqualTo(e.measures().npv());
            assertThat(r.<Double>getAs("yield")).as(e.noteId()).isEqualTo(e.measures().yield());
        }
    }
}
