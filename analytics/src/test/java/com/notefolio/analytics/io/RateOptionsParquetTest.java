package com.notefolio.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.row.CheckedNoteRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.portfolio.Position;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A floating rate's negative_rates and reset_timing through Spark: a Parquet portfolio holds them and
 * reads them back, one written before the columns existed reads with the defaults, and the CSV Spark writes
 * with the rate columns is read by the core into the same rates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateOptionsParquetTest {

    @TempDir
    Path dir;

    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        spark = AnalyticsSession.builder("local[2]", 2).getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    /** EURIBOR − 2% from 0.5%, monthly resets from 15 Apr 2024, on ACT/360 (which resetting on a date needs). */
    private static NoteTerms note(String id, RateTerms.Floating.NegativeRates negative, RateTerms.Floating.ResetTiming timing) {
        RateTerms.Floating rate = RateTerms.Floating.builder("EURIBOR").spread("-0.02").initialRate("0.005")
                .resets(Frequency.MONTHLY, LocalDate.of(2024, 4, 15)).negativeRates(negative).resetTiming(timing).build();
        return NoteTerms.builder(id).borrower("B").currency("EUR").principal("100000.00").rate(rate)
                .issueDate(LocalDate.of(2024, 3, 1)).firstPaymentDate(LocalDate.of(2024, 4, 1))
                .maturityDate(LocalDate.of(2024, 7, 1)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_360).build();
    }

    private List<NoteTerms> parquetTerms(Path parquet) {
        return NoteDatasetReader.read(spark, parquet, null).collectAsList().stream()
                .map(CheckedNoteRow::getNote).sorted(Comparator.comparing(NoteRow::getNoteId))
                .map(r -> r.toPosition().terms()).toList();
    }

    @Test
    void parquetAndSparksCsvHoldTheOptionsAndAnOlderParquetFileReadsTheDefaults() {
        NoteTerms options = note("A-OPTIONS", RateTerms.Floating.NegativeRates.ALLOWED,
                RateTerms.Floating.ResetTiming.ON_RESET_DATE);
        NoteTerms defaults = note("B-DEFAULTS", null, null);
        Dataset<NoteRow> rows = spark.createDataset(List.of(NoteRow.of(Position.atPar(options)),
                NoteRow.of(Position.atPar(defaults))), NoteRow.encoder());

        Path parquet = dir.resolve("options.parquet");
        rows.write().parquet(parquet.toString());
        assertThat(parquetTerms(parquet)).containsExactly(options, defaults);

        Path older = dir.resolve("older.parquet");
        rows.drop("negativeRates", "resetTiming").write().parquet(older.toString());
        assertThat(parquetTerms(older)).allSatisfy(t -> {
            RateTerms.Floating f = (RateTerms.Floating) t.rate();
            assertThat(f.negativeRates()).isEqualTo(RateTerms.Floating.NegativeRates.HELD_AT_ZERO);
            assertThat(f.resetTiming()).isEqualTo(RateTerms.Floating.ResetTiming.FROM_NEXT_PERIOD);
        });

        Path csv = dir.resolve("options.csv");
        PortfolioCsvDatasetWriter.write(rows, csv, true);
        List<NoteTerms> fromCsv = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(csv)) {
            reader.forEachRemaining(p -> fromCsv.add(p.terms()));
        }
        assertThat(fromCsv).extracting(NoteTerms::rate).containsExactlyInAnyOrder(options.rate(), defaults.rate());
    }
}
