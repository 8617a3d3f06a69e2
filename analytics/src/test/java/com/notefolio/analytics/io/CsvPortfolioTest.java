package com.notefolio.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.job.AnalyzeJob;
import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.job.PortfolioGeneration;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio CSV round trip: what {@code generate} writes the core reads as the generator's notes, and
 * what {@code analyze} computes from the CSV is the core's result for the notes the core reads from it.
 * Bad rows stop the run naming file, line and column, or are skipped and listed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvPortfolioTest {

    private static final long NOTES = 3_000;
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;

    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        spark = AnalyticsSession.builder("local[2]", 4).getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    @Test
    void generatedCsvIsReadByTheCoreAsTheGeneratorsNotesAndAnalyzedToTheCoresResults() throws IOException {
        Path notes = dir.resolve("portfolio.csv");
        PortfolioCsvDatasetWriter.write(PortfolioGeneration.notes(spark, NOTES, 7, 3), notes);
        Path schedules = PortfolioCsvDatasetWriter.schedulesBeside(notes);
        assertThat(schedules).exists();

        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(7, NOTES);
        Map<String, NoteMeasures> expected = new HashMap<>();
        PortfolioAggregate aggregate = new PortfolioAggregate(AS_OF);
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(notes, StatedScheduleCsvReader.read(schedules))) {
            long i = 0;
            while (reader.hasNext()) {
                Position p = reader.next();
                Position generated = generator.note(i++);
                // Everything but the events of default's text, which the CSV format does not hold.
                assertThat(p.terms().toBuilder().defaults(generated.terms().defaults()).build())
                        .isEqualTo(generated.terms());
                Schedule s = ScheduleResolver.resolve(p.terms());
                NoteMeasures m = NotePricer.measures(s, AS_OF, p.priceAt(s, AS_OF), FlatRate.of(0.07));
                expected.put(m.noteId(), m);
                aggregate.add(p, s, m);
            }
            assertThat(i).isEqualTo(NOTES);
        }

        Path out = dir.resolve("results");
        AnalyzeJob.Outcome outcome = AnalyzeJob.run(spark, new AnalyzeJob.Request(notes, schedules, null,
                Assumptions.of(AS_OF, FlatRate.of(0.07), null), out, ResultFormat.PARQUET, false, 2), null);

        assertThat(outcome.notes()).isEqualTo(NOTES);
        assertThat(out.resolve("assumptions.json")).content().contains("\"discount_rate\" : 0.07");
        List<Row> rows = spark.read().parquet(out.resolve("measures").toString()).collectAsList();
        assertThat(rows).hasSize((int) NOTES);
        for (Row r : rows) {
            NoteMeasures m = expected.get(r.<String>getAs("note_id"));
            assertThat(r.<Long>getAs("outstanding_principal_minor")).isEqualTo(m.outstandingPrincipalMinor());
            assertThat(r.<Long>getAs("accrued_interest_minor")).isEqualTo(m.accruedInterestMinor());
            assertThat(r.<Long>getAs("price_minor")).isEqualTo(m.priceMinor());
            assertThat(r.<Double>getAs("npv")).isEqualTo(Double.valueOf(m.npv()));
            assertThat(r.<Double>getAs("yield")).isEqualTo(Double.valueOf(m.yield()));
            assertThat(r.<Double>getAs("wal_years")).isEqualTo(Double.valueOf(m.walYears()));
        }
        Row totals = spark.read().parquet(out.resolve("totals").toString()).first();
        var core = aggregate.summary().currencies().get(0).totals();
        assertThat(totals.<Long>getAs("notes")).isEqualTo(core.notes());
        assertThat(totals.<Long>getAs("outstanding_minor")).isEqualTo(core.outstandingMinor());
        assertThat(totals.<Long>getAs("accrued_minor")).isEqualTo(core.accruedMinor());
        assertThat(spark.read().parquet(out.resolve("ladder").toString()).count())
                .isEqualTo(aggregate.summary().currencies().get(0).monthlyLadder().size());
    }

    /** First-period interest of each note, by id, for the example of docs/portfolio-format.md. */
    private static Map<String, Long> firstInterest(List<com.notefolio.analytics.row.NoteRow> rows) {
        Map<String, Long> interest = new java.util.LinkedHashMap<>();
        rows.forEach(r -> interest.put(r.getNoteId(), ScheduleResolver.resolve(r.toPosition().terms()).interestMinor(0)));
        return interest;
    }

    @Test
    void theOddDaysRuleIsCarriedThroughCsvAndParquetAndAnOlderParquetFileReadsAsWholePeriods() throws IOException {
        // The 17-day first period of examples/notes-odd-days.csv: $10,000 at 12% (120,000 cents a year).
        Map<String, Long> handWorked = new java.util.LinkedHashMap<>();
        handWorked.put("STUB-WHOLE", 100_00L);    // 120,000 ÷ 12
        handWorked.put("STUB-ACT360", 56_67L);    // 120,000 × 17/360 = 5,666.67
        handWorked.put("STUB-ACT365F", 55_89L);   // 120,000 × 17/365 = 5,589.04
        handWorked.put("STUB-30-360", 53_33L);    // 120,000 × 16/360 = 5,333.33
        Path example = Path.of("..", "examples", "notes-odd-days.csv");
        var fromCsv = NoteDatasetReader.read(spark, example, null).collectAsList().stream()
                .map(com.notefolio.analytics.row.CheckedNoteRow::getNote).toList();
        assertThat(fromCsv).extracting(com.notefolio.analytics.row.NoteRow::getOddDays)
                .containsExactly(null, "ACT/360", "ACT/365F", "30/360");
        assertThat(firstInterest(fromCsv)).containsExactlyEntriesOf(handWorked);

        var dataset = spark.createDataset(fromCsv, com.notefolio.analytics.row.NoteRow.encoder());
        Path csv = dir.resolve("odd-days.csv");
        PortfolioCsvDatasetWriter.write(dataset, csv);
        Map<String, Long> rewritten = new java.util.LinkedHashMap<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(csv)) {
            reader.forEachRemaining(p -> rewritten.put(p.terms().id(),
                    ScheduleResolver.resolve(p.terms()).interestMinor(0)));
        }
        assertThat(rewritten).containsExactlyEntriesOf(handWorked);

        Path parquet = dir.resolve("odd-days.parquet");
        dataset.write().parquet(parquet.toString());
        var fromParquet = NoteDatasetReader.read(spark, parquet, null).collectAsList().stream()
                .map(com.notefolio.analytics.row.CheckedNoteRow::getNote)
                .sorted(java.util.Comparator.comparing(com.notefolio.analytics.row.NoteRow::getNoteId)).toList();
        assertThat(firstInterest(fromParquet)).containsAllEntriesOf(handWorked);

        // A Parquet portfolio written before the column existed: every stub is a whole period.
        Path older = dir.resolve("older.parquet");
        dataset.drop("oddDays").write().parquet(older.toString());
        var fromOlder = NoteDatasetReader.read(spark, older, null).collectAsList().stream()
                .map(com.notefolio.analytics.row.CheckedNoteRow::getNote).toList();
        assertThat(fromOlder).allSatisfy(r -> assertThat(r.getOddDays()).isNull());
        assertThat(firstInterest(fromOlder).values()).containsOnly(100_00L);
    }

    @Test
    void aBadRowStopsTheRunNamingFileLineAndColumnAndLeavesNoOutput() throws IOException {
        Path notes = badPortfolio();
        Path out = dir.resolve("stopped");

        assertThatThrownBy(() -> AnalyzeJob.run(spark, new AnalyzeJob.Request(notes, null, null,
                Assumptions.of(AS_OF, FlatRate.of(0.05), null), out, ResultFormat.CSV, false, 2), null))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad.csv:4: column annual_rate: value \"abc\": not a number");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve(".stopped.writing")).doesNotExist();
    }

    @Test
    void skippedBadRowsAreListedAndTheRestAnalyzed() throws IOException {
        Path notes = badPortfolio();
        Path out = dir.resolve("skipped");

        AnalyzeJob.Outcome outcome = AnalyzeJob.run(spark, new AnalyzeJob.Request(notes, null, null,
                Assumptions.of(AS_OF, FlatRate.of(0.05), null), out, ResultFormat.CSV, true, 2), null);

        assertThat(outcome.notes()).isEqualTo(3);
        assertThat(outcome.skipped()).isEqualTo(2);
        List<Row> bad = spark.read().option("header", "true").option("escape", "\"").csv(out.resolve("bad-rows").toString()).collectAsList();
        assertThat(bad).extracting(r -> r.<String>getAs("error")).containsExactly(
                "bad.csv:4: column annual_rate: value \"abc\": not a number (write a fraction such as 0.12 or a"
                        + " percentage such as 12%)",
                "bad.csv:5: column principal: value \"-5\": must be positive");
    }

    private Path badPortfolio() throws IOException {
        return Files.writeString(dir.resolve("bad.csv"), """
                note_id,principal,annual_rate,issue_date,maturity_date,amortization
                A,1000.00,0.05,2020-01-01,2030-01-01,LEVEL_PAYMENT
                B,2000.00,abc,2020-01-01,2030-01-01,LEVEL_PAYMENT
                C,-5,0.05,2020-01-01,2030-01-01,BULLET
                D,3000.00,6%,2021-03-31,2031-03-31,INTEREST_ONLY
                """.replace("B,2000", "X,500.00,0.04,2020-01-01,2029-01-01,BULLET\nB,2000"));
    }
}
