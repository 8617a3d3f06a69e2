package com.notefolio.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.job.AnalyzeJob;
import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.row.CheckedNoteRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.pricer.FlatRate;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Parquet portfolio is read by the core's one column mapping, as the CSV is: a row the CSV reader
 * refuses is refused from Parquet with the same column, value and reason (a negative price was accepted
 * from Parquet before the mapping was one). And {@code analyze} carries the core's price warnings and
 * the notes its weighted yield leaves out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParquetPortfolioTest {

    @TempDir
    Path dir;

    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        spark = AnalyticsSession.builder("local[1]", 1).getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    @Test
    void negativePriceIsRefusedFromParquetAsFromTheCsv() {
        Position note = PortfolioGenerator.forPortfolio(7, 10).note(3);
        NoteRow good = NoteRow.of(note);
        NoteRow bad = NoteRow.of(note);
        bad.setNoteId("BAD-PRICE");
        bad.setPrice("-1.00");
        Path parquet = dir.resolve("portfolio.parquet");
        spark.createDataset(List.of(good, bad), NoteRow.encoder()).write().parquet(parquet.toString());

        List<CheckedNoteRow> read = NoteDatasetReader.read(spark, parquet, null).collectAsList().stream()
                .sorted(Comparator.comparing(CheckedNoteRow::getNoteId)).toList();

        assertThat(read).extracting(CheckedNoteRow::getNoteId).containsExactly("BAD-PRICE", note.terms().id());
        assertThat(read.get(1).getError()).isNull();
        InputError parquetError = read.get(0).inputError();
        InputError csvError = csvError("BAD-PRICE", "-1.00");
        assertThat(parquetError.message())
                .isEqualTo("portfolio.parquet, note BAD-PRICE: column price: value \"-1.00\": must not be negative");
        assertThat(List.of(parquetError.column(), parquetError.value(), parquetError.reason()))
                .isEqualTo(List.of(csvError.column(), csvError.value(), csvError.reason()));
    }

    @Test
    void analyzeFlagsAStalePriceInTheMeasuresAndLeavesItOutOfTheWeightedYield() {
        Path examples = Path.of("..", "examples");
        Path out = dir.resolve("results");
        LocalDate asOf = LocalDate.of(2022, 6, 30);
        AnalyzeJob.run(spark, new AnalyzeJob.Request(examples.resolve("notes.csv"), examples.resolve("schedules.csv"),
                null, Assumptions.of(asOf, FlatRate.of(0.10), null), out, ResultFormat.PARQUET, false, 1), null);

        // CP-HARBOR-2020: 118,500.00 carried on 62,000.00 outstanding (120,000.00 − 29 × 2,000.00).
        Row harbor = spark.read().parquet(out.resolve("measures").toString())
                .where("note_id = 'CP-HARBOR-2020'").first();
        assertThat(harbor.<Long>getAs("outstanding_principal_minor")).isEqualTo(62_000_00L);
        assertThat(harbor.<String>getAs("warnings")).isEqualTo("price 118500.00 is 191.1% of the outstanding principal"
                + " 62000.00 as of 2022-06-30, more than 50% away: a stale price? (give it as a percentage, such as 98.5%)");
        // LC-1077501 matured in 2014 and is still carried at 4,900.00: a price with nothing outstanding.
        assertThat(spark.read().parquet(out.resolve("measures").toString()).where("warnings is not null")
                .select("note_id").as(Encoders.STRING()).collectAsList())
                .containsExactlyInAnyOrder("CP-HARBOR-2020", "LC-1077501");
        Row usd = spark.read().parquet(out.resolve("totals").toString()).where("currency = 'USD'").first();
        // The core's totals of the same notes, read and priced by the core alone.
        PortfolioAggregate core = new PortfolioAggregate(asOf);
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(examples.resolve("notes.csv"),
                StatedScheduleCsvReader.read(examples.resolve("schedules.csv")))) {
            reader.forEachRemaining(p -> core.add(PositionPricer.price(p, asOf, FlatRate.of(0.10))));
        }
        PortfolioTotals expected = core.summary().currencies().stream()
                .filter(c -> c.currency().getCurrencyCode().equals("USD")).findFirst().orElseThrow().totals();
        assertThat(expected.staleYieldNotes()).isEqualTo(2);
        assertThat(usd.<Long>getAs("notes_out_of_yield")).isEqualTo(expected.notesOutOfYield());
        assertThat(usd.<String>getAs("yield_exclusions")).isEqualTo(expected.yieldExclusions())
                .contains("2 with a stale price");
        assertThat(usd.<Double>getAs("weighted_yield")).isEqualTo(expected.weightedYield());
    }

    /** The core CSV reader's refusal of a note with this price. */
    private static InputError csvError(String id, String price) {
        String csv = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,price\n"
                + id + ",1000.00,0.05,2024-01-01,2025-01-01,BULLET," + price + "\n";
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(csv),
                StatedSchedules.NONE, null)) {
            reader.next();
        } catch (InputException e) {
            return e.errors().get(0);
        }
        throw new AssertionError("the CSV reader accepted price " + price);
    }
}
