package com.notefolio.analytics.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.analytics.row.MeasuresRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.Stratum;
import com.notefolio.core.pricer.NoteMeasures;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Spark gives, for every note of a generated portfolio under every scenario, the core's own results, and
 * the core's portfolio aggregate — whatever the master and the number of partitions. Subclasses pick
 * the master; each class has one session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SparkEqualsCoreContract {

    /** Relative tolerance of sums of doubles, whose order differs between partitionings. */
    private static final double SUM_TOLERANCE = 1e-9;

    private SparkSession spark;

    abstract String master();

    /** The partition counts this master is tried with. */
    abstract int[] partitionCounts();

    @BeforeAll
    void startSpark() {
        spark = AnalyticsSession.builder(master(), 4).getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    @Test
    void everyNoteUnderEveryScenarioHasTheCoresMeasuresExactly() {
        CoreReference core = ReferenceHolder.CORE;
        for (int partitions : partitionCounts()) {
            Dataset<NoteRow> notes = PortfolioGeneration.notes(spark, CoreReference.NOTES, CoreReference.SEED, partitions);
            List<MeasuresRow> rows;
            try (Valuation valuation = PortfolioValuation.value(notes, CoreReference.assumptions(), null)) {
                rows = valuation.measures(spark).collectAsList();
            }

            assertThat(rows).hasSize((int) CoreReference.NOTES * (1 + CoreReference.SCENARIOS.scenarios().size()));
            for (MeasuresRow row : rows) {
                NoteMeasures expected = core.measures.get(row.getNoteId()).get(row.getScenario());
                assertThat(row.getCurrency()).isEqualTo(expected.currency().getCurrencyCode());
                assertThat(row.getAsOf()).isEqualTo(expected.asOf());
                assertThat(row.getOutstandingPrincipalMinor()).as(row.getNoteId()).isEqualTo(expected.outstandingPrincipalMinor());
                assertThat(row.getAccruedInterestMinor()).as(row.getNoteId()).isEqualTo(expected.accruedInterestMinor());
                assertThat(row.getPriceMinor()).as(row.getNoteId()).isEqualTo(expected.priceMinor());
                // The same code on the same inputs: equal to the last bit, NaN (no yield) included.
                assertThat(new double[] {row.getNpv(), row.getYield(), row.getYieldNominal(), row.getWalYears(),
                        row.getMacaulayDuration(), row.getModifiedDuration(), row.getConvexity(), row.getDv01()})
                        .as("%s under %s", row.getNoteId(), row.getScenario())
                        .containsExactly(expected.npv(), expected.yield(), expected.yieldNominal(), expected.walYears(),
                                expected.macaulayDuration(), expected.modifiedDuration(), expected.convexity(),
                                expected.dv01());
            }
        }
    }

    @Test
    void portfolioSummariesOfEveryScenarioEqualTheCoresAggregateInOneJvm() {
        CoreReference core = ReferenceHolder.CORE;
        for (int partitions : partitionCounts()) {
            Dataset<NoteRow> notes = PortfolioGeneration.notes(spark, CoreReference.NOTES, CoreReference.SEED, partitions);
            Map<String, PortfolioSummary> summaries;
            try (Valuation valuation = PortfolioValuation.value(notes, CoreReference.assumptions(), null)) {
                summaries = valuation.summaries();
            }

            assertThat(summaries.keySet()).containsExactlyElementsOf(core.summaries.keySet());
            // As of 2024-06-30 the generated notes (issued 2012–2025) hold every status, so each count is tried.
            PortfolioTotals base = core.summaries.values().iterator().next().currencies().get(0).totals();
            assertThat(List.of(base.activeNotes(), base.maturedNotes(), base.notYetIssuedNotes()))
                    .as("statuses of the reference").allMatch(n -> n > 0);
            core.summaries.forEach((name, expected) -> assertSameSummary(name + " in " + partitions + " partitions",
                    summaries.get(name), expected));
        }
    }

    static void assertSameSummary(String what, PortfolioSummary actual, PortfolioSummary expected) {
        assertThat(actual.asOf()).isEqualTo(expected.asOf());
        assertThat(actual.currencies()).as(what).hasSameSizeAs(expected.currencies());
        for (int c = 0; c < expected.currencies().size(); c++) {
            CurrencySummary a = actual.currencies().get(c);
            CurrencySummary e = expected.currencies().get(c);
            assertThat(a.currency()).isEqualTo(e.currency());
            PortfolioTotals at = a.totals();
            PortfolioTotals et = e.totals();
            assertThat(new long[] {at.notes(), at.outstandingMinor(), at.accruedMinor(), at.priceMinor(),
                at.staleYieldNotes(), at.noYieldNotes(), at.scheduledCashMinor(), at.defaultedMinor(),
                at.recoveryMinor(), at.activeNotes(), at.maturedNotes(), at.notYetIssuedNotes()}).as(what)
                    .containsExactly(et.notes(), et.outstandingMinor(), et.accruedMinor(), et.priceMinor(),
                            et.staleYieldNotes(), et.noYieldNotes(), et.scheduledCashMinor(), et.defaultedMinor(),
                            et.recoveryMinor(), et.activeNotes(), et.maturedNotes(), et.notYetIssuedNotes());
            assertClose(what + " npv", at.npv(), et.npv());
            assertClose(what + " dv01", at.dv01(), et.dv01());
            assertClose(what + " coupon", at.weightedCoupon(), et.weightedCoupon());
            assertClose(what + " yield", at.weightedYield(), et.weightedYield());
            assertClose(what + " wal", at.walYears(), et.walYears());
            assertClose(what + " macaulay", at.macaulayDuration(), et.macaulayDuration());
            assertClose(what + " modified", at.modifiedDuration(), et.modifiedDuration());
            // Ladder and exposure are sums of exact minor units: equal, row for row.
            assertThat(a.monthlyLadder()).as(what + " ladder").isNotEmpty().containsExactlyElementsOf(e.monthlyLadder());
            assertThat(a.exposures()).as(what + " exposures").isEqualTo(e.exposures());
            assertThat(a.concentration()).as(what + " concentration").isEqualTo(e.concentration());
            assertThat(a.maturityProfile()).as(what + " maturity profile").isEqualTo(e.maturityProfile());
            assertThat(a.strata().keySet()).as(what + " strata").containsExactlyElementsOf(e.strata().keySet());
            e.strata().forEach((d, rows) -> assertSameStrata(what + " " + d, a.strata(d), rows));
        }
    }

    /** Counts, principal and shares exactly (sums of minor units); averages as sums of doubles. */
    private static void assertSameStrata(String what, List<Stratum> actual, List<Stratum> expected) {
        assertThat(actual).as(what).extracting(Stratum::key, Stratum::notes, Stratum::activeNotes,
                        Stratum::outstandingMinor, Stratum::share, Stratum::notesOutOfYield)
                .containsExactlyElementsOf(expected.stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.key(),
                        s.notes(), s.activeNotes(), s.outstandingMinor(), s.share(), s.notesOutOfYield())).toList());
        for (int i = 0; i < expected.size(); i++) {
            Stratum a = actual.get(i);
            Stratum e = expected.get(i);
            assertClose(what + " " + e.key() + " coupon", a.weightedCoupon(), e.weightedCoupon());
            assertClose(what + " " + e.key() + " yield", a.weightedYield(), e.weightedYield());
            assertClose(what + " " + e.key() + " wal", a.walYears(), e.walYears());
        }
    }

    private static void assertClose(String what, double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * SUM_TOLERANCE));
        }
    }

    /** The core's reference, computed once per test JVM for every class that needs it. */
    static final class ReferenceHolder {
        static final CoreReference CORE = new CoreReference();
    }
}
