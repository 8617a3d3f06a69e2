package com.notefolio.analytics.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.analytics.row.MeasuresRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.ExposureDimension;
import com.notefolio.core.portfolio.ExposureRow;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On real Spark ({@code local[2]}, 3 partitions), a book of fixed and floating notes gives the core's
 * results note for note under every scenario of the proof grid, the floating rates set from index data
 * passed to the job: SOFR fixings to June 2024 then a forward curve, PRIME fixings held flat. The core's
 * side is computed in this JVM by {@link PositionPricer} and {@link PortfolioAggregate} directly.
 *
 * <p>Every note crosses the Spark boundary as a {@link NoteRow} (through the core's one column mapping),
 * so a rate term lost on the way would change a schedule and show as a different figure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FloatingNotesEqualCoreTest {

    private static final LocalDate AS_OF = CoreReference.AS_OF;
    private static final LocalDate ISSUE = LocalDate.of(2024, 1, 1);
    private static final int FIXED_NOTES = 200;

    private static final List<IndexFixing> FIXINGS = fixings();
    private static final List<ForwardCurve> CURVES = List.of(new ForwardCurve("SOFR", LocalDate.of(2024, 7, 1), List.of(
            new ForwardCurve.Point(0, new BigDecimal("0.0525")), new ForwardCurve.Point(6, new BigDecimal("0.0475")),
            new ForwardCurve.Point(12, new BigDecimal("0.0425")), new ForwardCurve.Point(24, new BigDecimal("0.04")))));

    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        spark = AnalyticsSession.builder("local[2]", 4).getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    private static List<IndexFixing> fixings() {
        List<IndexFixing> out = new ArrayList<>();
        String[] sofr = {"0.0531", "0.0532", "0.0531", "0.0533", "0.0531", "0.0533"};
        for (int m = 0; m < sofr.length; m++) {
            out.add(new IndexFixing("SOFR", ISSUE.plusMonths(m), new BigDecimal(sofr[m])));
            out.add(new IndexFixing("PRIME", ISSUE.plusMonths(m), new BigDecimal("0.085")));
        }
        return out;
    }

    private static NoteTerms.Builder note(String id, String principal, RateTerms rate, Amortization amortization) {
        return NoteTerms.builder(id).borrower("Borrower " + id).sector("Real estate").principal(principal).rate(rate)
                .issueDate(ISSUE).firstPaymentDate(LocalDate.of(2024, 2, 1)).maturityDate(LocalDate.of(2031, 1, 1))
                .frequency(Frequency.MONTHLY).amortization(amortization);
    }

    private static RateTerms.Floating.Builder sofr(String spread, String initial, LocalDate firstReset) {
        return RateTerms.Floating.builder("SOFR").spread(spread).initialRate(initial).resets(Frequency.QUARTERLY, firstReset);
    }

    /** The floating, converting and stepped notes: each rate feature once, on level-payment and interest-only notes. */
    private static List<Position> rateNotes() {
        LocalDate april = LocalDate.of(2024, 4, 1);
        List<NoteTerms> t = List.of(
                note("FLT-IO", "250000", sofr("0.0225", "0.075", april).lifetimeCapFloor("0.09", "0.03").build(),
                        Amortization.INTEREST_ONLY).build(),
                note("FLT-LEVEL", "180000.50", sofr("0.03", "0.08", april).periodicCapFloor("0.01", "0.01")
                        .rounding(RateTerms.RateRounding.NEAREST_EIGHTH).lookbackDays(45).build(),
                        Amortization.LEVEL_PAYMENT).maxLawfulRate("0.085").build(),
                note("FLT-KEEP", "120000", sofr("0.025", "0.07", april).build(), Amortization.LEVEL_PAYMENT)
                        .paymentOnReset(PaymentOnReset.KEEP_PAYMENT).negativeAmortizationCap("1.1").build(),
                note("PRIME-M", "75000", RateTerms.Floating.builder("PRIME").spread("0.01").multiplier("1")
                        .initialRate("0.095").resets(Frequency.MONTHLY, LocalDate.of(2024, 2, 1)).build(),
                        Amortization.LEVEL_PAYMENT).build(),
                note("FIX-TO-FLT", "300000", new RateTerms.Conversion(RateTerms.fixed(new BigDecimal("0.065")),
                        LocalDate.of(2025, 1, 1), sofr("0.02", "0.07", LocalDate.of(2025, 4, 1)).build()),
                        Amortization.INTEREST_ONLY).build(),
                note("FLT-TO-FIX", "90000", new RateTerms.Conversion(sofr("0.02", "0.072", april).build(),
                        LocalDate.of(2026, 1, 1), RateTerms.fixed(new BigDecimal("0.068"))),
                        Amortization.LEVEL_PAYMENT).build(),
                note("STEP", "60000", new RateTerms.Stepped(List.of(new RateTerms.Step(ISSUE, new BigDecimal("0.05")),
                        new RateTerms.Step(LocalDate.of(2025, 1, 1), new BigDecimal("0.06")),
                        new RateTerms.Step(LocalDate.of(2026, 1, 1), new BigDecimal("0.07")))),
                        Amortization.INTEREST_ONLY).build());
        return t.stream().map(Position::atPar).toList();
    }

    private static List<Position> book() {
        List<Position> all = new ArrayList<>();
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(CoreReference.SEED, FIXED_NOTES);
        for (long i = 0; i < FIXED_NOTES; i++) {
            all.add(generator.note(i));
        }
        all.addAll(rateNotes());
        return all;
    }

    @Test
    void fixedAndFloatingNotesHaveTheCoresMeasuresAndSummariesExactly() {
        List<Position> book = book();
        IndexData indices = IndexData.of(FIXINGS, CURVES);
        List<Scenario> scenarios = CoreReference.SCENARIOS.scenarios();

        // The core alone: measures by note and case, one aggregate per case.
        Map<String, Map<String, NoteMeasures>> expected = new HashMap<>();
        Map<String, PortfolioAggregate> aggregates = new LinkedHashMap<>();
        aggregates.put(Scenario.BASE.name(), new PortfolioAggregate(AS_OF));
        scenarios.forEach(s -> aggregates.put(s.name(), new PortfolioAggregate(AS_OF)));
        for (Position p : book) {
            PositionResult r = PositionPricer.price(p, AS_OF, CoreReference.RATE, indices, scenarios);
            Map<String, NoteMeasures> byCase = new HashMap<>();
            byCase.put(Scenario.BASE.name(), r.measures());
            aggregates.get(Scenario.BASE.name()).add(p, r.schedule(), r.measures());
            for (ScenarioResult s : r.scenarios()) {
                byCase.put(s.scenario(), s.measures());
                aggregates.get(s.scenario()).add(p, s.schedule(), s.measures());
            }
            expected.put(p.terms().id(), byCase);
        }

        List<NoteRow> rows = book.stream().map(NoteRow::of).toList();
        Assumptions assumptions = Assumptions.of(AS_OF, CoreReference.RATE, CoreReference.SCENARIOS)
                .withIndexData(FIXINGS, CURVES);
        List<MeasuresRow> measures;
        Map<String, PortfolioSummary> summaries;
        try (Valuation v = PortfolioValuation.value(spark.createDataset(rows, NoteRow.encoder()).repartition(3),
                assumptions, null)) {
            measures = v.measures(spark).collectAsList();
            summaries = v.summaries();
        }

        assertThat(measures).hasSize(book.size() * (1 + scenarios.size()));
        for (MeasuresRow row : measures) {
            NoteMeasures e = expected.get(row.getNoteId()).get(row.getScenario());
            assertThat(new long[] {row.getOutstandingPrincipalMinor(), row.getAccruedInterestMinor(), row.getPriceMinor()})
                    .as("%s under %s", row.getNoteId(), row.getScenario())
                    .containsExactly(e.outstandingPrincipalMinor(), e.accruedInterestMinor(), e.priceMinor());
            // The same code on the same inputs: equal to the last bit, NaN included.
            assertThat(new double[] {row.getNpv(), row.getYield(), row.getWalYears(), row.getModifiedDuration(),
                    row.getConvexity(), row.getDv01()}).as("%s under %s", row.getNoteId(), row.getScenario())
                    .containsExactly(e.npv(), e.yield(), e.walYears(), e.modifiedDuration(), e.convexity(), e.dv01());
        }
        assertThat(summaries.keySet()).containsExactlyElementsOf(aggregates.keySet());
        aggregates.forEach((name, agg) -> SparkEqualsCoreContract.assertSameSummary(name, summaries.get(name), agg.summary()));

        // Independent of both: the rate notes' exposure from their principals. All USD; on 30 June every
        // interest-only note still owes its principal, so the interest-only groups are exact sums.
        CurrencySummary usd = summaries.get(Scenario.BASE.name()).currencies().stream()
                .filter(c -> c.currency().getCurrencyCode().equals("USD")).findFirst().orElseThrow();
        Map<String, ExposureRow> kinds = byKey(usd, ExposureDimension.RATE_KIND);
        assertThat(kinds.get("Floating").notes()).isEqualTo(4);
        assertThat(kinds.get("Fixed to floating").notes()).isEqualTo(1);
        assertThat(kinds.get("Fixed to floating").outstandingMinor()).isEqualTo(300_000_00L);
        assertThat(kinds.get("Floating to fixed").notes()).isEqualTo(1);
        assertThat(kinds.get("Stepped").outstandingMinor()).isEqualTo(60_000_00L);
        Map<String, ExposureRow> indexRows = byKey(usd, ExposureDimension.INDEX);
        assertThat(indexRows.get("SOFR").notes()).isEqualTo(5);
        assertThat(indexRows.get("PRIME").notes()).isEqualTo(1);
        long usdNotes = usd.totals().notes();
        assertThat(indexRows.get("Fixed").notes()).isEqualTo(usdNotes - 6);
        // The floating share is the SOFR and PRIME principal over all outstanding USD principal.
        long floating = indexRows.get("SOFR").outstandingMinor() + indexRows.get("PRIME").outstandingMinor();
        assertThat(usd.floatingShare()).isCloseTo((double) floating / usd.totals().outstandingMinor(), within(1e-15));
        assertThat(usd.floatingShare()).isBetween(0.0, 1.0).isPositive();
    }

    private static Map<String, ExposureRow> byKey(CurrencySummary s, ExposureDimension d) {
        Map<String, ExposureRow> out = new HashMap<>();
        s.exposures().get(d).forEach(r -> out.put(r.key(), r));
        return out;
    }
}
