package com.notefolio.analytics.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.row.MeasuresRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.RateKind;
import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.ExposureDimension;
import com.notefolio.core.portfolio.ExposureRow;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On real Spark ({@code local[2]}, 3 partitions), the generator's realistic rate mix — Prime and SOFR
 * floaters, stepped notes, conversions — generated on the executors and valued with the generated index
 * data passed through {@link Assumptions#withIndexData}, gives the core's results note for note under
 * every scenario of the proof grid, the rate measures included, and the core's portfolio summaries.
 * The core's side is computed in this JVM by {@link PositionPricer} and {@link PortfolioAggregate}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealisticMixEqualsCoreTest {

    private static final long NOTES = 1_500;
    private static final long SEED = 2024;

    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        spark = AnalyticsSession.builder("local[2]", 4).getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    @Test
    void theRealisticMixHasTheCoresMeasuresAndSummariesNoteForNote() {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(SEED, NOTES, RateMix.REALISTIC);
        IndexData indices = generator.indexData(CoreReference.AS_OF);
        List<Scenario> scenarios = CoreReference.SCENARIOS.scenarios();

        Map<String, Map<String, NoteMeasures>> expected = new HashMap<>();
        Map<String, PortfolioAggregate> aggregates = new LinkedHashMap<>();
        aggregates.put(Scenario.BASE.name(), new PortfolioAggregate(CoreReference.AS_OF));
        scenarios.forEach(s -> aggregates.put(s.name(), new PortfolioAggregate(CoreReference.AS_OF)));
        Map<RateKind, Integer> kinds = new HashMap<>();
        for (long i = 0; i < NOTES; i++) {
            Position p = generator.note(i);
            kinds.merge(RateKind.of(p.terms().rate()), 1, Integer::sum);
            PositionResult r = PositionPricer.price(p, CoreReference.AS_OF, CoreReference.RATE, indices, scenarios);
            Map<String, NoteMeasures> byCase = new HashMap<>();
            byCase.put(Scenario.BASE.name(), r.measures());
            aggregates.get(Scenario.BASE.name()).add(p, r.schedule(), r.measures());
            for (ScenarioResult s : r.scenarios()) {
                byCase.put(s.scenario(), s.measures());
                aggregates.get(s.scenario()).add(p, s.schedule(), s.measures());
            }
            expected.put(p.terms().id(), byCase);
        }
        // Every kind is there to be compared.
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(RateKind.values());

        Dataset<NoteRow> notes = PortfolioGeneration.notes(spark, NOTES, SEED, 3, RateMix.REALISTIC);
        Assumptions assumptions = Assumptions.of(CoreReference.AS_OF, CoreReference.RATE, CoreReference.SCENARIOS)
                .withIndexData(generator.fixings(CoreReference.AS_OF), generator.indexCurves(CoreReference.AS_OF));
        List<MeasuresRow> measures;
        Map<String, PortfolioSummary> summaries;
        try (Valuation v = PortfolioValuation.value(notes, assumptions, null)) {
            measures = v.measures(spark).collectAsList();
            summaries = v.summaries();
        }

        assertThat(measures).hasSize((int) NOTES * (1 + scenarios.size()));
        int withMargin = 0;
        for (MeasuresRow row : measures) {
            NoteMeasures e = expected.get(row.getNoteId()).get(row.getScenario());
            String what = row.getNoteId() + " under " + row.getScenario();
            assertThat(new long[] {row.getOutstandingPrincipalMinor(), row.getAccruedInterestMinor(), row.getPriceMinor()})
                    .as(what).containsExactly(e.outstandingPrincipalMinor(), e.accruedInterestMinor(), e.priceMinor());
            // The same code on the same inputs: equal to the last bit, NaN included.
            assertThat(new double[] {row.getNpv(), row.getYield(), row.getYieldNominal(), row.getWalYears(),
                    row.getMacaulayDuration(), row.getModifiedDuration(), row.getConvexity(), row.getDv01()}).as(what)
                    .containsExactly(e.npv(), e.yield(), e.yieldNominal(), e.walYears(), e.macaulayDuration(),
                            e.modifiedDuration(), e.convexity(), e.dv01());
            assertThat(row.getDiscountMargin()).as(what).isEqualTo(e.discountMargin());
            assertThat(row.getEffectiveDuration()).as(what)
                    .isEqualTo(Double.isNaN(e.effectiveDuration()) ? null : e.effectiveDuration());
            withMargin += row.getDiscountMargin() != null ? 1 : 0;
        }
        // Every note that reads an index has its margin in every case: about 37% of the notes.
        int reading = kinds.get(RateKind.FLOATING) + kinds.get(RateKind.FIXED_TO_FLOATING)
                + kinds.get(RateKind.FLOATING_TO_FIXED);
        assertThat(withMargin).isEqualTo(reading * (1 + scenarios.size()));

        assertThat(summaries.keySet()).containsExactlyElementsOf(aggregates.keySet());
        aggregates.forEach((name, agg) -> SparkEqualsCoreContract.assertSameSummary(name, summaries.get(name), agg.summary()));

        // Exposure by rate kind counts the notes of each kind, as the generator made them (all USD).
        CurrencySummary usd = summaries.get(Scenario.BASE.name()).currencies().get(0);
        Map<String, Long> byKind = usd.exposures().get(ExposureDimension.RATE_KIND).stream()
                .collect(Collectors.toMap(ExposureRow::key, ExposureRow::notes));
        kinds.forEach((kind, count) -> assertThat(byKind.getOrDefault(kind.label(), 0L)).as(kind.label())
                .isLessThanOrEqualTo(count));
        assertThat(usd.exposures().get(ExposureDimension.INDEX)).extracting(ExposureRow::key)
                .contains("PRIME", "SOFR", "Fixed");
        assertThat(usd.floatingShare()).isBetween(0.2, 0.6);
    }
}
