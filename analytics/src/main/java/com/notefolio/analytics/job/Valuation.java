package com.notefolio.analytics.job;

import com.notefolio.analytics.row.MeasuresRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.portfolio.PortfolioSummary;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * A portfolio valued in one pass: every note's measures rows, each partition adding its aggregates to
 * {@link PartitionAggregates} as it finishes, so that writing the measures and merging the summaries
 * value each note once and keep nothing in between. When the summaries are asked for and the measures
 * have not been computed whole (not asked for, or only in part), the summaries are computed by a pass of
 * their own ({@link PortfolioValuation#figures}), to the same values.
 */
public final class Valuation implements AutoCloseable {

    private final Dataset<NoteRow> notes;
    private final Assumptions assumptions;
    private final JavaRDD<MeasuresRow> measures;
    private final PartitionAggregates partials;

    Valuation(Dataset<NoteRow> notes, Assumptions assumptions, JavaRDD<MeasuresRow> measures,
              PartitionAggregates partials) {
        this.notes = notes;
        this.assumptions = assumptions;
        this.measures = measures;
        this.partials = partials;
    }

    /** Every note's measures under every case, base first. */
    public Dataset<MeasuresRow> measures(SparkSession spark) {
        return spark.createDataset(measures.rdd(), MeasuresRow.encoder());
    }

    /** Each case's portfolio summary, merged from the partitions' aggregates. */
    public Map<String, PortfolioSummary> summaries() {
        if (partials.complete(measures.getNumPartitions())) {
            return partials.value().summaries();
        }
        return PortfolioValuation.figures(notes, assumptions, null).summaries();
    }

    /** Nothing is kept: kept for the callers that close a valuation when done with it. */
    @Override
    public void close() {
    }
}
