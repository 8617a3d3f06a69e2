package com.notefolio.web.whatif;

import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.job.CaseAggregates;
import com.notefolio.analytics.job.PortfolioFigures;
import com.notefolio.analytics.job.PortfolioValuation;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.portfolio.PositionResult;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;

/**
 * One Spark pass over a portfolio's notes for a what-if comparison: each note is computed once by the
 * core under the base case and every scenario (the core's position pricer through {@code Assumptions.price}, what the analytics module's valuation
 * does), added to its partition's per-case aggregates ({@link CaseAggregates}, as
 * {@code PortfolioValuation.figures} does) and to its partition's ranking of ΔNPV; the driver merges the
 * partitions. The ranking is why this pass is not {@code PortfolioValuation.figures} itself: the same
 * note results give both, so no second pass over the notes is needed for "the notes that change most".
 */
final class ComparisonPass {

    private final CaseAggregates aggregates;
    private final ChangeRanking ranking;

    private ComparisonPass(CaseAggregates aggregates, ChangeRanking ranking) {
        this.aggregates = aggregates;
        this.ranking = ranking;
    }

    /** The notes of a Dataset (read by Spark from the portfolio's snapshot), each partition ranked on its own. */
    static ComparisonPass run(Dataset<NoteRow> notes, Assumptions a, int top) {
        return run(notes.javaRDD(), a, top);
    }

    /** The notes of an RDD, each partition ranked on its own. */
    static ComparisonPass run(JavaRDD<NoteRow> notes, Assumptions a, int top) {
        List<String> cases = a.caseNames();
        // A static method's lambda: it captures only the serializable assumptions, names and size.
        JavaRDD<ComparisonPass> parts = notes.mapPartitions(it -> {
            ComparisonPass part = new ComparisonPass(new CaseAggregates(a.asOf(), cases), new ChangeRanking(top));
            while (it.hasNext()) {
                NoteRow row = it.next();
                PositionResult note = a.price(row.toPosition());
                part.aggregates.add(note);
                part.ranking.add(row.getBorrower(), note);
            }
            return List.of(part).iterator();
        });
        // Every partition gives one pass, even without rows; a Dataset may have no partition at all.
        return parts.getNumPartitions() == 0
                ? new ComparisonPass(new CaseAggregates(a.asOf(), cases), new ChangeRanking(top))
                : parts.reduce(ComparisonPass::merged);
    }

    private static ComparisonPass merged(ComparisonPass a, ComparisonPass b) {
        return new ComparisonPass(CaseAggregates.merged(a.aggregates, b.aggregates),
                ChangeRanking.merged(a.ranking, b.ranking));
    }

    PortfolioFigures figures() {
        return aggregates.figures();
    }

    ChangeRanking ranking() {
        return ranking;
    }
}
