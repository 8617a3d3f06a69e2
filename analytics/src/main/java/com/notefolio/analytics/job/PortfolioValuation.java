package com.notefolio.analytics.job;

import com.notefolio.analytics.row.MeasuresRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark transforms of a portfolio valuation. Each note is computed by the core ({@link NoteCases}) on
 * an executor; nothing here does schedule or pricing arithmetic, and no flow leaves its partition.
 */
public final class PortfolioValuation {

    private PortfolioValuation() {
    }

    /**
     * Values the portfolio in one pass: per note its measures rows, per partition its aggregates. The
     * driver then writes {@link Valuation#measures} and merges {@link Valuation#summaries}.
     */
    public static Valuation value(Dataset<NoteRow> notes, Assumptions a, LongAccumulator notesDone) {
        List<String> cases = a.caseNames();
        JavaRDD<Object> computed = notes.javaRDD().mapPartitions(rows -> new Iterator<Object>() {
            private final CaseAggregates aggregate = new CaseAggregates(a.asOf(), cases);
            private final List<MeasuresRow> pending = new ArrayList<>();
            private int next;
            private boolean aggregateGiven;

            @Override
            public boolean hasNext() {
                while (next == pending.size() && rows.hasNext()) {
                    pending.clear();
                    next = 0;
                    NoteCases note = NoteCases.of(rows.next().toPosition(), a);
                    aggregate.add(note);
                    List<ScenarioResult> results = note.results();
                    pending.add(MeasuresRow.base(results.get(0).measures()));
                    for (int i = 1; i < results.size(); i++) {
                        pending.add(MeasuresRow.of(results.get(i)));
                    }
                    if (notesDone != null) {
                        notesDone.add(1);
                    }
                }
                return next < pending.size() || !aggregateGiven;
            }

            @Override
            public Object next() {
                if (next < pending.size()) {
                    return pending.get(next++);
                }
                aggregateGiven = true;
                return aggregate;
            }
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        return new Valuation(computed);
    }

    /**
     * Every note's measures under the base case and every scenario: one row per (note, case), the base
     * case first. {@code notesDone} (may be null) counts notes computed, for progress.
     */
    public static Dataset<MeasuresRow> measures(Dataset<NoteRow> notes, Assumptions a, LongAccumulator notesDone) {
        return notes.mapPartitions((MapPartitionsFunction<NoteRow, MeasuresRow>) rows -> new Iterator<>() {
            private final List<MeasuresRow> pending = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (next == pending.size() && rows.hasNext()) {
                    pending.clear();
                    next = 0;
                    NoteCases note = NoteCases.of(rows.next().toPosition(), a);
                    List<ScenarioResult> results = note.results();
                    pending.add(MeasuresRow.base(results.get(0).measures()));
                    for (int i = 1; i < results.size(); i++) {
                        pending.add(MeasuresRow.of(results.get(i)));
                    }
                    if (notesDone != null) {
                        notesDone.add(1);
                    }
                }
                return next < pending.size();
            }

            @Override
            public MeasuresRow next() {
                return pending.get(next++);
            }
        }, MeasuresRow.encoder());
    }

    /**
     * The portfolio summary of every case (totals, monthly ladder, exposures, concentration per
     * currency): each partition adds its notes into the core's aggregates, and the partitions' aggregates
     * are merged pairwise as they arrive. What reaches the driver is one aggregate a partition — sums by
     * month and by exposure key, never flows.
     */
    public static Map<String, PortfolioSummary> summaries(Dataset<NoteRow> notes, Assumptions a,
                                                          LongAccumulator notesDone) {
        List<String> cases = a.caseNames();
        CaseAggregates total = notes.javaRDD().mapPartitions(rows -> {
            CaseAggregates agg = new CaseAggregates(a.asOf(), cases);
            long count = 0;
            while (rows.hasNext()) {
                agg.add(NoteCases.of(rows.next().toPosition(), a));
                count++;
            }
            if (notesDone != null) {
                notesDone.add(count);
            }
            return List.of(agg).iterator();
        }).reduce(CaseAggregates::merged);
        return total.summaries();
    }
}
