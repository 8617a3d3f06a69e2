package com.notefolio.analytics.job;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.notefolio.analytics.io.NoteDatasetReader;
import com.notefolio.analytics.io.NoteSource;
import com.notefolio.analytics.io.RateStepRows;
import com.notefolio.analytics.io.DrawRows;
import com.notefolio.analytics.io.OutputFiles;
import com.notefolio.analytics.io.ResultColumns;
import com.notefolio.analytics.io.ResultFormat;
import com.notefolio.analytics.row.CheckedNoteRow;
import com.notefolio.analytics.row.ExposureRow;
import com.notefolio.analytics.row.LadderRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.analytics.row.SummaryRows;
import com.notefolio.analytics.row.TotalsRow;
import com.notefolio.core.io.InputError;
import com.notefolio.core.cli.PortfolioInput;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.scenario.InvalidScenarioException;
import com.notefolio.core.portfolio.PortfolioSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The analyze run: read and check the notes, write every note's measures under every case, the
 * portfolio totals, monthly ladder and exposures of every case, and the assumptions. The driver reads
 * the input's header, calls the transforms and writes; results go to a working folder that replaces
 * {@code out} only when the run has finished.
 *
 * <p>Output folder: {@code measures/}, {@code totals/}, {@code ladder/} (by month), {@code ladder-quarterly/},
 * {@code ladder-yearly/}, {@code exposure/} (Parquet or
 * CSV folders), {@code assumptions.json}, and with skipped rows {@code bad-rows/} (CSV).
 */
public final class AnalyzeJob {

    /**
     * What to analyze and where to write it: the notes, their stated schedules and rate steps (null: none),
     * the assumptions (with the index data of the files named by {@code indexFiles}, recorded in the
     * assumptions written), the output.
     */
    public record Request(NoteSource notes, Path schedules, String table, Path rateSteps, Path draws, List<String> indexFiles,
                          Assumptions assumptions, Path out, ResultFormat format, boolean skipBadRows, int partitions,
                          Path installments) {

        public Request {
            Objects.requireNonNull(notes, "notes");
            indexFiles = indexFiles == null ? List.of() : List.copyOf(indexFiles);
        }

        /** A request without stepped installments. */
        public Request(Path notes, Path schedules, String table, Path rateSteps, Path draws, List<String> indexFiles,
                       Assumptions assumptions, Path out, ResultFormat format, boolean skipBadRows, int partitions) {
            this(NoteSource.of(notes), schedules, table, rateSteps, draws, indexFiles, assumptions, out, format, skipBadRows, partitions,
                    null);
        }

        /** A request without draws. */
        public Request(Path notes, Path schedules, String table, Path rateSteps, List<String> indexFiles,
                       Assumptions assumptions, Path out, ResultFormat format, boolean skipBadRows, int partitions) {
            this(notes, schedules, table, rateSteps, null, indexFiles, assumptions, out, format, skipBadRows, partitions);
        }

        /** A request without rate steps or index files: fixed-rate portfolios. */
        public Request(Path notes, Path schedules, String table, Assumptions assumptions, Path out, ResultFormat format,
                       boolean skipBadRows, int partitions) {
            this(notes, schedules, table, null, null, List.of(), assumptions, out, format, skipBadRows, partitions);
        }

        /** The rate steps to read, {@link RateStepRows#NONE} when none were given. */
        RateStepRows steps() {
            return rateSteps == null ? RateStepRows.NONE : RateStepRows.read(PortfolioInput.requireReadable(rateSteps));
        }

        /** The draws and stepped installments to read, {@link DrawRows#NONE} when neither was given. */
        DrawRows drawRows() {
            return DrawRows.read(draws == null ? null : PortfolioInput.requireReadable(draws),
                    installments == null ? null : PortfolioInput.requireReadable(installments));
        }
    }

    /**
     * What a run did: notes analyzed, rows skipped, its summaries by case, and the seconds each phase took
     * (reading and checking, measures, summaries), for benchmarks.
     */
    public record Outcome(long notes, long skipped, Map<String, PortfolioSummary> summaries,
                          Map<String, Double> phaseSeconds) {
    }

    private AnalyzeJob() {
    }

    public static Outcome run(SparkSession spark, Request r, LongAccumulator notesDone) {
        boolean parquet = !r.notes().isCsv() && !r.notes().isJdbc();
        // The rate steps are read (and refused, with their lines) on the driver, before any Spark work.
        RateStepRows steps = r.steps();
        DrawRows draws = r.drawRows();
        if (parquet && !r.skipBadRows()) {
            NoteDatasetReader.requireNoSeparateSteps(r.notes().file(), steps);
            NoteDatasetReader.requireNoSeparateDraws(r.notes().file(), draws);
            return runOnParquet(spark, r, notesDone);
        }
        Dataset<CheckedNoteRow> read = NoteDatasetReader.read(spark, r.notes(), r.schedules(), r.table(), steps, draws,
                r.partitions());
        // Spark splits a file by size: a large CSV may arrive in fewer partitions than there are cores.
        Dataset<CheckedNoteRow> checked = (read.rdd().getNumPartitions() < r.partitions()
                ? read.repartition(r.partitions()) : read).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Path work = OutputFiles.workingFolder(r.out());
            try {
                Map<String, Double> phases = new LinkedHashMap<>();
                long t0 = System.nanoTime();
                long skipped = badRows(checked, r, work);
                requireStepsClaimed(checked, steps, r);
                requireDrawsClaimed(checked, draws, r);
                Dataset<CheckedNoteRow> valid = checked.filter(col("error").isNull());
                requireIndexData(valid.select(col("row"), col("note.noteId").as("noteId"), col("note.index").as("index")),
                        r, sourceOf(r), true);
                long t1 = System.nanoTime();
                phases.put("read and check", (t1 - t0) / 1e9);
                Dataset<NoteRow> notes = valid.select("note.*").as(NoteRow.encoder());
                return analyze(spark, r, notes, skipped, phases, t1, work, notesDone);
            } catch (Exception e) {
                OutputFiles.deleteTree(work);
                throw badInputOf(e, r);
            }
        } finally {
            checked.unpersist();
        }
    }

    /**
     * A Parquet portfolio without skipping: no checking pass, since every note's terms are validated by
     * the core as the measures are computed; the first invalid note fails the run, named with its file.
     */
    private static Outcome runOnParquet(SparkSession spark, Request r, LongAccumulator notesDone) {
        Dataset<NoteRow> notes = NoteDatasetReader.parquetNotes(spark, r.notes().file());
        if (notes.rdd().getNumPartitions() < r.partitions()) {
            notes = notes.repartition(r.partitions());
        }
        Path work = OutputFiles.workingFolder(r.out());
        try {
            requireIndexData(notes.select(col("noteId"), col("index")), r, r.notes().file().getFileName().toString(), false);
            return analyze(spark, r, notes, 0, new LinkedHashMap<>(), System.nanoTime(), work, notesDone);
        } catch (Exception e) {
            OutputFiles.deleteTree(work);
            RuntimeException bad = badInputOf(e, r);
            if (bad instanceof InvalidTermsException t) {
                throw new InputException(InputError.inColumn(r.notes().file().getFileName().toString(), 0, null, null,
                        t.getMessage()));
            }
            throw bad;
        }
    }

    private static Outcome analyze(SparkSession spark, Request r, Dataset<NoteRow> notes, long skipped,
                                   Map<String, Double> phases, long t1, Path work, LongAccumulator notesDone) {
        Map<String, PortfolioSummary> summaries;
        try (Valuation valuation = PortfolioValuation.value(notes, r.assumptions(), notesDone)) {
            // A case's rows share their scenario, date, currency and most warnings; every other column is the note's own.
            r.format().write(ResultColumns.MEASURES.select(valuation.measures(spark)), work.resolve("measures").toString(),
                    false, List.of("scenario", "as_of", "currency", "warnings"));
            long t2 = System.nanoTime();
            phases.put("measures", (t2 - t1) / 1e9);
            summaries = valuation.summaries();
            phases.put("summaries", (System.nanoTime() - t2) / 1e9);
        }
        SummaryRows rows = SummaryRows.of(summaries);
        r.format().write(ResultColumns.TOTALS.select(spark.createDataset(rows.totals(), TotalsRow.encoder())), work.resolve("totals").toString(), true);
        r.format().write(ResultColumns.LADDER.select(spark.createDataset(rows.ladder(), LadderRow.encoder())), work.resolve("ladder").toString(), true);
        r.format().write(ResultColumns.LADDER.select(spark.createDataset(rows.quarterlyLadder(), LadderRow.encoder())),
                work.resolve("ladder-quarterly").toString(), true);
        r.format().write(ResultColumns.LADDER.select(spark.createDataset(rows.yearlyLadder(), LadderRow.encoder())),
                work.resolve("ladder-yearly").toString(), true);
        r.format().write(ResultColumns.EXPOSURE.select(spark.createDataset(rows.exposure(), ExposureRow.encoder())), work.resolve("exposure").toString(), true);
        writeAssumptions(r, work.resolve("assumptions.json"));
        OutputFiles.replace(work, r.out());
        long count = summaries.values().iterator().next().currencies().stream()
                .mapToLong(c -> c.totals().notes()).sum();
        return new Outcome(count, skipped, summaries, phases);
    }

    /**
     * Fails at the first bad row (in file order), naming file, line and reason; or, when skipping, writes
     * every bad row's error to {@code bad-rows/} and returns how many there were.
     */
    private static long badRows(Dataset<CheckedNoteRow> checked, Request r, Path work) {
        Dataset<CheckedNoteRow> bad = checked.filter(col("error").isNotNull());
        if (!r.skipBadRows()) {
            List<CheckedNoteRow> first = bad.orderBy(col("row")).limit(1).collectAsList();
            if (!first.isEmpty()) {
                throw new InputException(first.get(0).inputError());
            }
            return 0;
        }
        ResultFormat.CSV.write(bad.select(col("row"), col("noteId").as("note_id"), col("error")).orderBy(col("row")),
                work.resolve("bad-rows").toString(), true);
        return bad.count();
    }

    /** The portfolio as messages name it: the file's name, or the table. */
    private static String sourceOf(Request r) {
        return r.notes().isJdbc() ? "table " + r.table() : r.notes().file().getFileName().toString();
    }

    /** Rate steps of a note id the portfolio does not hold are refused at their first line. */
    private static void requireStepsClaimed(Dataset<CheckedNoteRow> checked, RateStepRows steps, Request r) {
        if (steps.noteIds().isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(steps.noteIds());
        Set<String> found = new HashSet<>(checked.filter(col("noteId").isin(ids.toArray()))
                .select(col("noteId")).distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        steps.requireClaimed(found, sourceOf(r));
    }

    /** Draws and installments of a note id the portfolio does not hold are refused at their first line. */
    private static void requireDrawsClaimed(Dataset<CheckedNoteRow> checked, DrawRows draws, Request r) {
        if (draws.claimedIds().isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(draws.claimedIds());
        Set<String> found = new HashSet<>(checked.filter(col("noteId").isin(ids.toArray()))
                .select(col("noteId")).distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        draws.requireClaimed(found, sourceOf(r));
    }

    /**
     * A note whose rate reads an index the run has no data for (neither fixings nor a curve) is bad input,
     * found by one pass over the notes' index column before any note is valued: the message names the
     * note, the index and the options that give its data. {@code rows} holds noteId and index (and row,
     * the line less one, when {@code lined}).
     */
    private static void requireIndexData(Dataset<Row> rows, Request r, String source, boolean lined) {
        Set<String> known = r.assumptions().indexNames();
        Column missing = col("index").isNotNull();
        if (!known.isEmpty()) {
            missing = missing.and(functions.not(col("index").isin(known.toArray())));
        }
        List<Row> first = rows.filter(missing).orderBy(lined ? col("row") : col("noteId")).limit(1).collectAsList();
        if (first.isEmpty()) {
            return;
        }
        String id = first.get(0).getAs("noteId");
        String index = first.get(0).getAs("index");
        String given = known.isEmpty() ? "no index data was given"
                : "the index data holds " + String.join(", ", new TreeSet<>(known)) + " only";
        String reason = "note " + id + " reads index " + index + ", but " + given + " (give its fixings with --fixings,"
                + " or its projection with --index-curve)";
        throw new InputException(lined
                ? InputError.inColumn(source, (long) first.get(0).getAs("row") + 1, PortfolioCsvReader.INDEX, index, reason)
                : InputError.inColumn(source + ", note " + id, 0, PortfolioCsvReader.INDEX, index, reason));
    }

    /**
     * The core's refusal of an input when a task failed with one (a scenario that cannot apply at the as-of
     * date, say), so that the command reports it as bad input; otherwise the failure itself.
     */
    static RuntimeException badInputOf(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException || t instanceof InvalidTermsException || t instanceof InvalidScenarioException) {
                return (RuntimeException) t;
            }
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }

    /**
     * As {@link #badInputOf(Exception)}, and a floating note whose reset the index data cannot set (an
     * index whose fixings start after the reset, say; the resolver names the note, the reset and the
     * index) is bad input of the portfolio too, as the core commands report it.
     */
    static RuntimeException badInputOf(Exception e, Request r) {
        RuntimeException bad = badInputOf(e);
        if (bad instanceof InputException || bad instanceof InvalidTermsException || bad instanceof InvalidScenarioException) {
            return bad;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null && t.getMessage().contains("cannot be set")) {
                return new InputException(InputError.inColumn(sourceOf(r), 0, PortfolioCsvReader.INDEX, null,
                        t.getMessage() + " (give the index's fixings with --fixings, or its projection with --index-curve)"));
            }
        }
        return bad;
    }

    private static void writeAssumptions(Request r, Path file) {
        Map<String, Object> all = new LinkedHashMap<>(r.assumptions().describe());
        all.put("notes", r.notes().described());
        all.put("schedules", r.schedules() == null ? null : r.schedules().toString());
        all.put("rate_steps", r.rateSteps() == null ? null : r.rateSteps().toString());
        if (r.draws() != null) {
            // Only when given, so that the assumptions of runs without draws read as before.
            all.put("draws", r.draws().toString());
        }
        if (r.installments() != null) {
            all.put("installments", r.installments().toString());
        }
        all.put("index_files", r.indexFiles());
        all.put("skip_bad_rows", r.skipBadRows());
        try {
            Files.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(all) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
