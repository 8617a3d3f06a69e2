package com.notefolio.analytics.job;

import com.notefolio.analytics.row.MeasuresRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
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
}
