package com.notefolio.analytics.job;

import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.portfolio.ShapeMix;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * A synthetic portfolio as a Dataset: the core's {@link PortfolioGenerator} run on each partition over
 * its range of note indices. Note {@code i} depends on the seed, the portfolio size, the rate and shape
 * mixes and {@code i} only, so the portfolio is the same for any number of partitions or machines.
 */
public final class PortfolioGeneration {

    private PortfolioGeneration() {
    }

    /** Notes 0 to {@code count} − 1 of portfolio {@code seed}, fixed rates only, in {@code partitions} index ranges. */
    public static Dataset<NoteRow> notes(SparkSession spark, long count, long seed, int partitions) {
        return notes(spark, count, seed, partitions, RateMix.FIXED_ONLY);
    }

    /** Notes 0 to {@code count} − 1 of portfolio {@code seed} with rates of {@code mix}, in {@code partitions} index ranges. */
    public static Dataset<NoteRow> notes(SparkSession spark, long count, long seed, int partitions, RateMix mix) {
        return notes(spark, count, seed, partitions, mix, ShapeMix.PLAIN);
    }

    /** Notes 0 to {@code count} − 1 of portfolio {@code seed}, rates of {@code mix}, shapes of {@code shapes}. */
    public static Dataset<NoteRow> notes(SparkSession spark, long count, long seed, int partitions, RateMix mix,
                                         ShapeMix shapes) {
        return spark.range(0, count, 1, partitions).as(Encoders.LONG())
                .mapPartitions((MapPartitionsFunction<Long, NoteRow>) indices -> {
                    PortfolioGenerator generator = PortfolioGenerator.forPortfolio(seed, count, mix, shapes);
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return indices.hasNext();
                        }

                        @Override
                        public NoteRow next() {
                            return NoteRow.of(generator.note(indices.next()));
                        }
                    };
                }, NoteRow.encoder());
    }
}
