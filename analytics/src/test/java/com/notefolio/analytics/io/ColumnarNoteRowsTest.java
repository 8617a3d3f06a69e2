package com.notefolio.analytics.io;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.portfolio.ShapeMix;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes read straight from a Parquet scan's column batches are the notes that were written, property by
 * property (nulls, dates, flags, whole numbers and the stated payments, rate steps, draws and stepped
 * installments included), on notes of every rate kind and repayment shape, across row groups and
 * dictionary and plain pages; a Dataset that is not a
 * plain scan is left to the encoder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColumnarNoteRowsTest {

    private static final long NOTES = 3_000;

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

    @Test
    void columnarRowsAreTheRowsWritten() {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(11, NOTES, RateMix.REALISTIC, ShapeMix.STRUCTURED);
        List<NoteRow> written = LongStream.range(0, NOTES).mapToObj(i -> NoteRow.of(generator.note(i))).toList();
        Path parquet = dir.resolve("notes.parquet");
        // Small row groups and dictionary pages: each file holds many dictionaries, and columns that fall back
        // from dictionary to plain pages within a row group, so the reader meets every kind of page.
        spark.createDataset(written, NoteRow.encoder()).repartition(3).write().option("parquet.block.size", "65536")
                .option("parquet.dictionary.page.size", "2048").parquet(parquet.toString());

        Dataset<NoteRow> notes = NoteDatasetReader.parquetNotes(spark, parquet);
        List<NoteRow> read = ColumnarNoteRows.of(notes).orElseThrow().collect();

        assertThat(read).hasSize((int) NOTES);
        Comparator<NoteRow> byId = Comparator.comparing(NoteRow::getNoteId);
        List<Map<String, Object>> expected = written.stream().sorted(byId).map(ColumnarNoteRowsTest::properties).toList();
        List<Map<String, Object>> actual = read.stream().sorted(byId).map(ColumnarNoteRowsTest::properties).toList();
        // Every kind of column is there to be compared: lists of each kind, and nulls beside values.
        assertThat(written).anyMatch(r -> r.getStatedPayments() != null && !r.getStatedPayments().isEmpty())
                .anyMatch(r -> r.getRateSteps() != null && !r.getRateSteps().isEmpty())
                .anyMatch(r -> r.getDraws() != null && !r.getDraws().isEmpty())
                .anyMatch(r -> r.getInstallments() != null && !r.getInstallments().isEmpty())
                .anyMatch(r -> r.getIndex() != null).anyMatch(r -> r.getIndex() == null);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as(expected.get(i).get("noteId").toString()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void aDatasetThatIsNotAPlainScanIsLeftToTheEncoder() {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(5, 20);
        List<NoteRow> written = LongStream.range(0, 20).mapToObj(i -> NoteRow.of(generator.note(i))).toList();
        Path parquet = dir.resolve("few.parquet");
        spark.createDataset(written, NoteRow.encoder()).write().parquet(parquet.toString());
        Dataset<NoteRow> notes = NoteDatasetReader.parquetNotes(spark, parquet);

        assertThat(ColumnarNoteRows.of(notes.filter(col("noteId").isNotNull()))).isEmpty();
        assertThat(ColumnarNoteRows.of(notes.repartition(4))).isEmpty();
        assertThat(ColumnarNoteRows.of(spark.createDataset(written, NoteRow.encoder()))).isEmpty();
        assertThat(ColumnarNoteRows.of(notes)).isPresent();
    }

    /** A bean's properties by name, a list of beans as the list of their properties: what the encoder holds. */
    static Map<String, Object> properties(Object bean) {
        Map<String, Object> out = new TreeMap<>();
        try {
            for (PropertyDescriptor p : Introspector.getBeanInfo(bean.getClass(), Object.class).getPropertyDescriptors()) {
                Object v = p.getReadMethod().invoke(bean);
                if (v instanceof List<?> list) {
                    List<Object> items = new ArrayList<>();
                    list.forEach(item -> items.add(properties(item)));
                    v = items;
                }
                out.put(p.getName(), v);
            }
        } catch (ReflectiveOperationException | java.beans.IntrospectionException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
