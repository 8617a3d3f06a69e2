package com.notefolio.analytics.job;

import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.analytics.io.ColumnarNoteRows;
import com.notefolio.analytics.row.MeasuresRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark transforms of a portfolio valuation. Each note is computed by the core (the position pricer, {@link Assumptions#price}) on
 * an executor; nothing here does schedule or pricing arithmetic, and no flow leaves its partition.
 */
public final class PortfolioValuation {

    private PortfolioValuation() {
    }

    /**
     * Values the portfolio in one pass: per note its measures rows, per partition its aggregates, which the
     * partition adds to an accumulator once its last note is valued. Nothing is kept between writing
     * {@link Valuation#measures} and merging {@link Valuation#summaries}: no note is read or valued twice,
     * and no note's measures wait in memory or on disk (a cache of them cost as much as the valuing).
     */
    public static Valuation value(Dataset<NoteRow> notes, Assumptions a, LongAccumulator notesDone) {
        List<String> cases = a.caseNames();
        PartitionAggregates partials = new PartitionAggregates(a.asOf(), cases);
        notes.sparkSession().sparkContext().register(partials, "partition aggregates");
        JavaRDD<MeasuresRow> measures = rowsOf(notes).mapPartitionsWithIndex((partition, rows) -> new Iterator<MeasuresRow>() {
            private final CaseAggregates aggregate = new CaseAggregates(a.asOf(), cases);
            private final List<MeasuresRow> pending = new ArrayList<>();
            private int next;
            private boolean aggregateGiven;

            @Override
            public boolean hasNext() {
                while (next == pending.size() && rows.hasNext()) {
                    pending.clear();
                    next = 0;
                    PositionResult note = a.price(rows.next().toPosition());
                    aggregate.add(note);
                    String warnings = note.warningText();
                    pending.add(MeasuresRow.base(note.measures(), warnings));
                    for (ScenarioResult r : note.scenarios()) {
                        pending.add(MeasuresRow.of(r, warnings));
                    }
                    if (notesDone != null) {
                        notesDone.add(1);
                    }
                }
                boolean more = next < pending.size();
                if (!more && !aggregateGiven) {
                    aggregateGiven = true;
                    partials.add(new PartitionAggregates.Partial(partition, aggregate));
                }
                return more;
            }

            @Override
            public MeasuresRow next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.get(next++);
            }
        }, false);
        return new Valuation(notes, a, measures, partials);
    }

    /**
     * The portfolio's figures alone (each case's summary and the maturity profile), without keeping any
     * note's measures: one pass in which each partition adds its notes to its own aggregates, which the
     * driver merges. {@code notesDone}, if given, counts the notes computed.
     */
    public static PortfolioFigures figures(Dataset<NoteRow> notes, Assumptions a, LongAccumulator notesDone) {
        return figures(rowsOf(notes), a, notesDone);
    }

    /** The notes as objects: straight from the column batches of a plain Parquet scan, else by their encoder. */
    private static JavaRDD<NoteRow> rowsOf(Dataset<NoteRow> notes) {
        return ColumnarNoteRows.of(notes).orElseGet(notes::javaRDD);
    }

    /**
     * The figures of notes held by the driver (read from a database, say), spread over {@code partitions}
     * tasks. The rows travel inside the tasks as objects (no columnar encoding, which would be undone at
     * once), so this suits portfolios that fit the driver's memory comfortably — a few hundred thousand
     * notes; larger ones should be read by Spark itself ({@code NoteDatasetReader}).
     */
    public static PortfolioFigures figures(SparkSession spark, List<NoteRow> notes, Assumptions a, int partitions,
                                           LongAccumulator notesDone) {
        int slices = Math.max(1, Math.min(partitions, notes.size()));
        return figures(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(notes, slices), a, notesDone);
    }

    private static PortfolioFigures figures(JavaRDD<NoteRow> notes, Assumptions a, LongAccumulator notesDone) {
        List<String> cases = a.caseNames();
        JavaRDD<CaseAggregates> partitions = notes.mapPartitions(rows -> {
            CaseAggregates aggregate = new CaseAggregates(a.asOf(), cases);
            while (rows.hasNext()) {
                aggregate.add(a.price(rows.next().toPosition()));
                if (notesDone != null) {
                    notesDone.add(1);
                }
            }
            return List.of(aggregate).iterator();
        });
        // Every partition gives one aggregate, even without rows; a Dataset may have no partition at all.
        return partitions.getNumPartitions() == 0 ? new CaseAggregates(a.asOf(), cases).figures()
                : partitions.reduce(CaseAggregates::merged).figures();
    }
}
