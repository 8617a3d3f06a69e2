package com.notefolio.analytics.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.notefolio.analytics.row.CheckedNoteRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.cli.PortfolioInput;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedSchedules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Reads a portfolio into Spark as checked notes: a Parquet folder of {@link NoteRow}s (as {@code generate}
 * writes it), or the core's portfolio CSV with, for STATED notes, its stated schedules CSV. Every CSV row
 * is turned into terms by the core's own {@link PortfolioCsvReader} on the executor that holds it, so the
 * format's rules and messages are the core's; the row number is the row's place in the file.
 *
 * <p>The driver reads the header line only. CSV rows are expected one to a line (no line breaks inside
 * quoted fields, which would keep Spark from splitting the file); a message's line is then the
 * physical line.
 */
public final class NoteDatasetReader {

    private NoteDatasetReader() {
    }

    /** The notes of {@code notes} (.csv or Parquet), with {@code schedules} (may be null) for STATED CSV notes. */
    public static Dataset<CheckedNoteRow> read(SparkSession spark, Path notes, Path schedules) {
        return read(spark, notes, schedules, null);
    }

    /**
     * The notes of {@code notes}: a .csv, a Parquet folder, or a JDBC URL ({@code jdbc:…}) with the
     * {@code table} holding them; {@code schedules} (may be null) for STATED notes of a CSV or table.
     */
    public static Dataset<CheckedNoteRow> read(SparkSession spark, Path notes, Path schedules, String table) {
        return read(spark, notes, schedules, table, RateStepRows.NONE);
    }

    /**
     * The notes of {@code notes} as {@link #read(SparkSession, Path, Path, String)} reads them, the stepped
     * notes of a CSV or table taking their rate changes from {@code steps}; a Parquet portfolio holds its
     * steps in its rows, so it refuses separate ones.
     */
    public static Dataset<CheckedNoteRow> read(SparkSession spark, Path notes, Path schedules, String table,
                                               RateStepRows steps) {
        return read(spark, notes, schedules, table, steps, DrawRows.NONE, 1);
    }

    /**
     * The notes as above, the structured notes of a CSV or table taking their advances and forgiven amounts
     * from {@code draws} (a Parquet portfolio holds its draws in its rows, so it refuses separate ones), a
     * table in {@code partitions} parallel reads (see {@link #jdbc}); files are split by Spark by their size.
     */
    public static Dataset<CheckedNoteRow> read(SparkSession spark, Path notes, Path schedules, String table,
                                               RateStepRows steps, DrawRows draws, int partitions) {
        return read(spark, NoteSource.of(notes), schedules, table, steps, draws, partitions);
    }

    /** The notes as above, from a file, a folder or a table's JDBC URL. */
    public static Dataset<CheckedNoteRow> read(SparkSession spark, NoteSource source, Path schedules, String table,
                                               RateStepRows steps, DrawRows draws, int partitions) {
        if (source.isJdbc()) {
            return jdbc(spark, source.url(), table,
                    schedules == null ? null : PortfolioInput.requireReadable(schedules), steps, draws, partitions);
        }
        Path notes = source.file();
        if (source.isCsv()) {
            return csv(spark, PortfolioInput.requireReadable(notes),
                    schedules == null ? null : PortfolioInput.requireReadable(schedules), steps, draws);
        }
        if (!Files.exists(notes)) {
            throw new InputException(InputError.inColumn(notes.toString(), 0, null, null, "no such file or folder"));
        }
        requireNoSeparateSteps(notes, steps);
        requireNoSeparateDraws(notes, draws);
        return parquet(spark, notes);
    }

    /** A Parquet portfolio's structured notes carry their draws in their rows: a draws file beside it is refused. */
    public static void requireNoSeparateDraws(Path notes, DrawRows draws) {
        if (draws != DrawRows.NONE) {
            throw new InputException(InputError.inColumn(notes.toString(), 0, null, null, "a Parquet portfolio holds "
                    + "its notes' advances, forgiven amounts and stepped installments in its rows; --draws and"
                    + " --installments are for a CSV or table portfolio"));
        }
    }

    /** A Parquet portfolio's stepped notes carry their steps in their rows: a rate-steps file beside it is refused. */
    public static void requireNoSeparateSteps(Path notes, RateStepRows steps) {
        if (steps != RateStepRows.NONE) {
            throw new InputException(InputError.inColumn(notes.toString(), 0, null, null, "a Parquet portfolio holds "
                    + "its stepped notes' rate steps in its rows; --rate-steps is for a CSV or table portfolio"));
        }
    }

    /**
     * A table whose columns are the portfolio CSV's (any case): each row is cast to text and read by the
     * core's CSV reader, so a table is checked exactly as a file is. Credentials come from the URL or from
     * NOTEFOLIO_JDBC_USER and NOTEFOLIO_JDBC_PASSWORD. Row numbers in messages count from 1 in read order.
     *
     * <p>The table is read in {@code partitions} queries at once, each over a range of {@code issue_date}
     * (Spark's partitionColumn / lowerBound / upperBound / numPartitions, the bounds the column's least and
     * greatest value in the table): one query would read every note through one connection and one task.
     * The issue date is the one key every portfolio table has, and a typed DATE column, as range
     * partitioning needs; notes without one are read by the first range, so none is left out. Fewer
     * distinct days than partitions give fewer partitions (Spark's rule).
     */
    public static Dataset<CheckedNoteRow> jdbc(SparkSession spark, String url, String table, Path schedules,
                                               RateStepRows steps, DrawRows draws, int partitions) {
        if (table == null || table.isBlank()) {
            throw new InputException(InputError.inColumn(url, 0, null, null,
                    "a jdbc: portfolio needs --table naming the table of notes"));
        }
        String source = "table " + table;
        Properties credentials = new Properties();
        String user = System.getenv("NOTEFOLIO_JDBC_USER");
        String password = System.getenv("NOTEFOLIO_JDBC_PASSWORD");
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        Dataset<Row> raw;
        try {
            raw = JdbcPartitions.read(spark, url, table, credentials, PortfolioCsvReader.ISSUE_DATE, partitions);
        } catch (JdbcPartitions.UnpartitionableException e) {
            throw new InputException(InputError.inColumn(source, 0, PortfolioCsvReader.ISSUE_DATE, null, e.getMessage()));
        } catch (RuntimeException e) {
            throw new InputException(InputError.inColumn(source, 0, null, null, "cannot be read: " + e.getMessage()));
        }
        String[] names = raw.columns();
        Column[] asText = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            // Spark writes dates as ISO and decimals without exponents when it casts them to text.
            asText[i] = col("`" + names[i] + "`").cast("string").as(names[i].toLowerCase(Locale.ROOT));
        }
        String header = String.join(",", raw.select(asText).columns());
        return checked(spark, source, header, raw.select(asText), schedules, steps, draws);
    }

    public static boolean isCsv(Path file) {
        return NoteSource.of(file).isCsv();
    }

    /** The notes of a Parquet portfolio as they are, unchecked. */
    public static Dataset<NoteRow> parquetNotes(SparkSession spark, Path notes) {
        if (!Files.exists(notes)) {
            throw new InputException(InputError.inColumn(notes.toString(), 0, null, null, "no such file or folder"));
        }
        return withAddedColumns(spark.read().parquet(notes.toString())).as(NoteRow.encoder());
    }

    /**
     * A Parquet portfolio written before a column was added to {@link NoteRow} (such as {@code oddDays},
     * or the rate columns and {@code rateSteps}) reads with that column null, its documented default
     * (whole periods; a fixed rate), so that old files keep working.
     */
    private static Dataset<Row> withAddedColumns(Dataset<Row> raw) {
        List<String> columns = List.of(raw.columns());
        Dataset<Row> out = raw;
        for (org.apache.spark.sql.types.StructField f : NoteRow.encoder().schema().fields()) {
            if (!columns.contains(f.name())) {
                out = out.withColumn(f.name(), lit(null).cast(f.dataType()));
            }
        }
        return out;
    }

    /**
     * Parquet rows carry their terms typed; the core still reads each by its one column mapping, as a CSV
     * row is read (a file may come from elsewhere), so a Parquet row is refused for what a CSV row is.
     */
    static Dataset<CheckedNoteRow> parquet(SparkSession spark, Path notes) {
        String source = notes.getFileName().toString();
        return withAddedColumns(spark.read().parquet(notes.toString())).as(NoteRow.encoder())
                .map((MapFunction<NoteRow, CheckedNoteRow>) note -> {
                    try {
                        // Parquet rows have no line: the note id says which row a message is about.
                        note.toPosition(source + ", note " + note.getNoteId(), 0);
                        return CheckedNoteRow.valid(0, note);
                    } catch (InputException e) {
                        return CheckedNoteRow.invalid(0, note.getNoteId(), e.errors().get(0));
                    } catch (RuntimeException e) {
                        return CheckedNoteRow.invalid(0, note.getNoteId(), InputError.inColumn(source, 0, null,
                                null, "note " + note.getNoteId() + ": " + e.getMessage()));
                    }
                }, CheckedNoteRow.encoder());
    }

    static Dataset<CheckedNoteRow> csv(SparkSession spark, Path notes, Path schedules, RateStepRows steps) {
        return csv(spark, notes, schedules, steps, DrawRows.NONE);
    }

    static Dataset<CheckedNoteRow> csv(SparkSession spark, Path notes, Path schedules, RateStepRows steps,
                                       DrawRows draws) {
        return checked(spark, notes.getFileName().toString(), headerLine(notes), readCsv(spark, notes), schedules, steps,
                draws);
    }

    /** Rows of text fields under {@code header}, each read by the core's CSV reader, joined to their stated payments. */
    private static Dataset<CheckedNoteRow> checked(SparkSession spark, String source, String header, Dataset<Row> text,
                                                   Path schedules, RateStepRows steps, DrawRows draws) {
        // Header problems (an unknown, missing or repeated column) are the core's to find, before any job.
        PortfolioCsvReader.open(source, new StringReader(header + "\n"), StatedSchedules.NONE, null).close();
        JavaPairRDD<Long, Row> rows = text.javaRDD().zipWithIndex()
                .mapToPair(Tuple2::swap);
        JavaRDD<CheckedNoteRow> checked;
        if (schedules == null) {
            checked = rows.map(t -> PortfolioCsvRow.check(source, header, t._1, t._2, null, steps, draws));
        } else {
            StatedScheduleRows stated = StatedScheduleRows.read(spark, schedules);
            JavaPairRDD<String, Tuple2<Long, Row>> byId = rows.mapToPair(t -> new Tuple2<>(noteId(t._2), t));
            checked = byId.leftOuterJoin(stated.byNote())
                    .map(t -> {
                        Tuple2<Long, Row> row = t._2._1;
                        Optional<StatedScheduleRows.NoteSchedule> own = t._2._2;
                        return PortfolioCsvRow.check(source, header, row._1, row._2, own.orElse(null), steps, draws);
                    });
        }
        return spark.createDataset(checked.rdd(), CheckedNoteRow.encoder());
    }

    /** The note id of a raw row: the column named note_id in the header, by position. */
    private static String noteId(Row row) {
        Object id = row.get(noteIdIndex(row.schema().fieldNames()));
        return id == null ? "" : id.toString().strip();
    }

    private static int noteIdIndex(String[] names) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].strip().equalsIgnoreCase(PortfolioCsvReader.NOTE_ID)) {
                return i;
            }
        }
        return 0;
    }

    /** A CSV file as rows of text fields, RFC 4180 quoting (a quote inside doubled), blank fields null. */
    static Dataset<Row> readCsv(SparkSession spark, Path file) {
        return spark.read()
                .option("header", "true")
                .option("inferSchema", "false")
                .option("escape", "\"")
                .option("mode", "PERMISSIVE")
                .option("enforceSchema", "false")
                .csv(file.toString());
    }

    /** The file's first line, without a byte order mark. */
    static String headerLine(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null) {
                throw new InputException(InputError.inColumn(file.getFileName().toString(), 1, null, null,
                        "empty file: a header row naming the columns is required"));
            }
            return line.startsWith("\uFEFF") ? line.substring(1) : line;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Lists of fields to CSV text, every field quoted. */
    static String csvLine(List<String> fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String f = fields.get(i);
            if (f != null) {
                s.append('"').append(f.replace("\"", "\"\"")).append('"');
            }
        }
        return s.toString();
    }

    static List<String> fields(Row row) {
        List<String> out = new ArrayList<>(row.length());
        for (int i = 0; i < row.length(); i++) {
            Object v = row.get(i);
            out.add(v == null ? null : v.toString());
        }
        return out;
    }
}
