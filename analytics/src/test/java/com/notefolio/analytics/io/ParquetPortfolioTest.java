package com.notefolio.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.row.CheckedNoteRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Parquet portfolio is read by the core's one column mapping, as the CSV is: a row the CSV reader
 * refuses is refused from Parquet with the same column, value and reason (a negative price was accepted
 * from Parquet before the mapping was one).
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
