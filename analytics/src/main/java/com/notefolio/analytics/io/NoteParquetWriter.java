package com.notefolio.analytics.io;

import com.notefolio.analytics.row.NoteRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A Parquet folder of {@link NoteRow}s written from rows handed over one at a time by the driver (read
 * from a database, say): every {@code batch} rows are one Spark write appended to the folder, so the
 * driver holds one batch however many notes there are. The columns are the ones {@code NoteRow}'s encoder
 * gives, as {@code generate} writes them, so the folder reads back through
 * {@link NoteDatasetReader#parquetNotes} in parallel. A folder that was not {@link #close closed} is
 * incomplete: write into a temporary folder and move it into place once closed.
 */
public final class NoteParquetWriter implements AutoCloseable {

    private final SparkSession spark;
    private final Path folder;
    private final int batchSize;
    private final List<NoteRow> batch;
    private long written;
    private int writes;

    private NoteParquetWriter(SparkSession spark, Path folder, int batchSize) {
        this.spark = spark;
        this.folder = folder;
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(batchSize);
    }

    /**
     * A writer into {@code folder}, which must not exist yet (a writer never adds to notes written
     * before it), writing every {@code batchSize} rows.
     *
     * @throws IllegalArgumentException for a batch size below 1 or a folder that exists
     */
    public static NoteParquetWriter create(SparkSession spark, Path folder, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        if (Files.exists(folder)) {
            throw new IllegalArgumentException(folder + " exists already");
        }
        return new NoteParquetWriter(spark, folder, batchSize);
    }

    /** Adds a row, writing the batch it completes. */
    public void add(NoteRow row) {
        batch.add(row);
        if (batch.size() == batchSize) {
            flush();
        }
    }

    /** Adds rows, writing each batch they complete. */
    public void addAll(List<NoteRow> rows) {
        rows.forEach(this::add);
    }

    /** The rows written so far (those of complete batches until closed). */
    public long written() {
        return written;
    }

    /** Writes the last batch; a folder of no notes still gets the columns (one empty file). */
    @Override
    public void close() {
        if (!batch.isEmpty() || writes == 0) {
            flush();
        }
    }

    private void flush() {
        spark.createDataset(batch, NoteRow.encoder()).write().mode(SaveMode.Append).parquet(folder.toString());
        written += batch.size();
        writes++;
        batch.clear();
    }
}
