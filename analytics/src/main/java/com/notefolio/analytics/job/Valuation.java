package com.notefolio.analytics.job;

import com.notefolio.analytics.row.MeasuresRow;
import com.notefolio.core.portfolio.PortfolioSummary;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * A portfolio valued in one pass: every partition's measures rows followed by that partition's
 * aggregates, kept (in memory, spilling to disk) so that writing the measures and merging the summaries
 * compute each note once. Should a kept partition be lost, Spark computes it again, to the same values:
 * each partition still adds its aggregate exactly once. Close it to release what is kept.
 */
public final class Valuation implements AutoCloseable {

    private final JavaRDD<Object> computed;

    Valuation(JavaRDD<Object> computed) {
        this.computed = computed;
    }

    /** Every note's measures under every case, base first. */
    public Dataset<MeasuresRow> measures(SparkSession spark) {
        return spark.createDataset(computed.filter(o -> o instanceof MeasuresRow).map(o -> (MeasuresRow) o).rdd(),
                MeasuresRow.encoder());
    }

    /** Each case's portfolio summary, merged from the partitions' aggregates. */
    public Map<String, PortfolioSummary> summaries() {
        return computed.filter(o -> o instanceof CaseAggregates).map(o -> (CaseAggregates) o)
                .reduce(CaseAggregates::merged).summaries();
    }

    @Override
    public void close() {
        computed.unpersist(false);
    }
}
