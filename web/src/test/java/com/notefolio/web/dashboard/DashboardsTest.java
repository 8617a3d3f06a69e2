package com.notefolio.web.dashboard;

import com.notefolio.core.pricer.SensitivityLadder;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.web.discount.DiscountInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.ExposureDimension;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.MaturityYear;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.web.dashboard.JobProgress.State;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.testing.StoredPortfolios;
import org.springframework.transaction.support.TransactionTemplate;
import com.notefolio.web.portfolio.PortfolioStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The dashboard service on Spark against the core computed here independently (no analytics code):
 * every figure equals the core's own aggregate of the same notes, per currency; results are cached
 * until an import bumps the portfolio's revision.
 */
@SpringBootTest
@WithMockUser(username = "ann", roles = "ANALYST")
class DashboardsTest {

    /** Relative tolerance of sums of doubles, whose order differs between Spark's partitions and one loop. */
    private static final double SUM_TOLERANCE = 1e-9;
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final DashboardInputs INPUTS = new DashboardInputs(AS_OF, DiscountInput.flat(new BigDecimal("0.07")),
            new BigDecimal("0.03"), new BigDecimal("0.45"));

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    Dashboards dashboards;
    @Autowired
    SparkEngine engine;
    @Autowired
    IndexDataStore indexData;
    @Autowired
    TransactionTemplate transaction;

    StoredPortfolio stored;

    @BeforeEach
    void store() {
        stored = StoredPortfolio.store(portfolios, notes, 11, 800, 9);
    }

    @Test
    void everyFigureEqualsTheCoresAggregateOfTheSameNotes() throws Exception {
        SparkJob<DashboardFigures> job = dashboards.open(stored.id(), INPUTS, "owner", "ann");
        assertThat(job.await(Duration.ofMinutes(3))).isTrue();
        assertThat(job.progress().error()).isNull();
        DashboardFigures figures = job.result().orElseThrow();

        Reference core = new Reference(stored.positions(), INPUTS);
        assertThat(figures.currencies()).extracting(CurrencyDashboard::currency).containsExactly("USD", "EUR");
        for (CurrencySummary expected : core.base.currencies()) {
            String code = expected.currency().getCurrencyCode();
            CurrencyDashboard actual = figures.currency(code).orElseThrow();
            PortfolioTotals a = actual.totals();
            PortfolioTotals e = expected.totals();
            assertThat(new long[] {a.notes(), a.outstandingMinor(), a.accruedMinor(), a.priceMinor()}).as(code)
                    .containsExactly(e.notes(), e.outstandingMinor(), e.accruedMinor(), e.priceMinor());
            assertThat(a.npv()).as(code + " NPV").isCloseTo(e.npv(), within(Math.abs(e.npv()) * SUM_TOLERANCE));
            assertThat(a.weightedYield()).as(code + " yield")
                    .isCloseTo(e.weightedYield(), within(Math.abs(e.weightedYield()) * SUM_TOLERANCE));
            assertThat(a.walYears()).as(code + " WAL").isCloseTo(e.walYears(), within(e.walYears() * SUM_TOLERANCE));
            assertThat(a.modifiedDuration()).as(code + " duration")
                    .isCloseTo(e.modifiedDuration(), within(e.modifiedDuration() * SUM_TOLERANCE));
            // Exact minor units: ladder, exposures, and the concentration computed from them.
            assertThat(actual.monthlyLadder()).as(code + " ladder").isNotEmpty()
                    .containsExactlyElementsOf(expected.monthlyLadder());
            List<com.notefolio.core.portfolio.ExposureRow> borrowers = expected.exposures().get(ExposureDimension.BORROWER);
            assertThat(actual.topBorrowers()).containsExactlyElementsOf(borrowers.subList(0, 10));
            assertThat(actual.borrowers()).isEqualTo(borrowers.size());
            assertThat(actual.sectors()).containsExactlyElementsOf(expected.exposures().get(ExposureDimension.SECTOR));
            assertThat(actual.regions()).containsExactlyElementsOf(expected.exposures().get(ExposureDimension.REGION));
            assertThat(actual.concentration()).isEqualTo(expected.concentration());
            double hhi = borrowers.stream().mapToDouble(r -> r.share() * r.share()).sum();
            assertThat(actual.concentration().herfindahl()).isCloseTo(hhi, within(1e-12));
            // Expected loss: the default scenario's defaulted principal less its recoveries.
            CurrencySummary loss = core.loss.currencies().stream().filter(c -> c.currency().equals(expected.currency()))
                    .findFirst().orElseThrow();
            long defaulted = loss.monthlyLadder().stream().mapToLong(LadderRow::defaultedMinor).sum();
            long recovered = loss.monthlyLadder().stream().mapToLong(LadderRow::recoveryMinor).sum();
            assertThat(defaulted).isPositive();
            assertThat(actual.expectedLossMinor()).isEqualTo(defaulted - recovered);
            assertThat(actual.maturityProfile()).containsExactlyElementsOf(core.maturity.get(code).entrySet().stream()
                    .map(y -> new MaturityYear(code, y.getKey(), y.getValue()[0], y.getValue()[1])).toList());
        }
    }

    @Test
    void floatingNotesAreValuedOnTheirPortfoliosIndexData() throws Exception {
        // examples/notes-rates.csv: two floating notes, a stepped one and a fixed-to-floating conversion,
        // with the fixings and forward curves of examples/fixings.csv and index-curve.csv.
        List<Position> positions = StoredPortfolios.rateExamples();
        PortfolioIndexData index = StoredPortfolios.rateExampleIndexData();
        long id = new StoredPortfolios(portfolios, notes, transaction).store("rates", positions);
        transaction.executeWithoutResult(status -> indexData.save(id, index));

        SparkJob<DashboardFigures> job = dashboards.open(id, INPUTS, "owner", "ann");
        assertThat(job.await(Duration.ofMinutes(3))).isTrue();
        assertThat(job.progress().error()).isNull();
        PortfolioTotals totals = job.result().orElseThrow().currency("USD").orElseThrow().totals();

        // The core alone, each note's rates set from the same index data.
        FlatRate rate = FlatRate.of(0.07);
        double npv = 0;
        long outstanding = 0;
        for (Position p : positions) {
            NoteMeasures m = PositionPricer.price(p, AS_OF, rate, index.indexData(), List.of()).measures();
            npv += m.npv();
            outstanding += m.outstandingPrincipalMinor();
        }
        assertThat(totals.notes()).isEqualTo(positions.size());
        assertThat(totals.outstandingMinor()).isEqualTo(outstanding);
        assertThat(totals.npv()).isCloseTo(npv, within(Math.abs(npv) * SUM_TOLERANCE));
    }

    @Test
    void aSecondRequestIsServedFromTheCacheUntilAnImportBumpsTheRevision() throws Exception {
        SparkJob<DashboardFigures> first = dashboards.open(stored.id(), INPUTS, "owner", "ann");
        assertThat(first.await(Duration.ofMinutes(3))).isTrue();
        assertThat(first.state()).isEqualTo(State.SUCCEEDED);

        SparkJobCounter counter = new SparkJobCounter();
        engine.session().sparkContext().addSparkListener(counter);
        try {
            // The same inputs written differently (7.0% as 0.0700) are the same key.
            DashboardInputs same = new DashboardInputs(AS_OF, DiscountInput.flat(new BigDecimal("0.0700")), new BigDecimal("0.030"),
                    new BigDecimal("0.45"));
            SparkJob<DashboardFigures> second = dashboards.open(stored.id(), same, "owner", "ann");
            assertThat(second.state()).isEqualTo(State.SUCCEEDED);
            assertThat(second.result().orElseThrow()).isSameAs(first.result().orElseThrow());
            engine.session().sparkContext().listenerBus().waitUntilEmpty();
            assertThat(counter.jobs.get()).as("Spark jobs for a cached dashboard").isZero();

            portfolios.bumpRevision(stored.id());
            SparkJob<DashboardFigures> afterImport = dashboards.open(stored.id(), INPUTS, "owner", "ann");
            assertThat(afterImport.state()).isNotEqualTo(State.SUCCEEDED);
            assertThat(afterImport.await(Duration.ofMinutes(3))).isTrue();
            engine.session().sparkContext().listenerBus().waitUntilEmpty();
            assertThat(counter.jobs.get()).as("Spark jobs after the revision changed").isPositive();
            assertThat(afterImport.result().orElseThrow().key().revision())
                    .isEqualTo(first.result().orElseThrow().key().revision() + 1);
        } finally {
            engine.session().sparkContext().removeSparkListener(counter);
        }
    }

    @Test
    void theSensitivityLadderOnAZeroCurveSumsEachNotesShiftedNpvPerCurrency() throws Exception {
        List<DiscountInput.Point> points = List.of(new DiscountInput.Point(new BigDecimal("1"), new BigDecimal("0.04")),
                new DiscountInput.Point(new BigDecimal("5"), new BigDecimal("0.06")),
                new DiscountInput.Point(new BigDecimal("10"), new BigDecimal("0.07")));
        DashboardInputs onCurve = new DashboardInputs(AS_OF, DiscountInput.curve(points), new BigDecimal("0.03"),
                new BigDecimal("0.45"));
        // The curve is part of the cache key: one point moved is another dashboard.
        DashboardInputs moved = new DashboardInputs(AS_OF, DiscountInput.curve(List.of(points.get(0), points.get(1),
                new DiscountInput.Point(new BigDecimal("10"), new BigDecimal("0.075")))), new BigDecimal("0.03"),
                new BigDecimal("0.45"));
        assertThat(new DashboardKey(stored.id(), 1, onCurve)).isNotEqualTo(new DashboardKey(stored.id(), 1, moved))
                .isNotEqualTo(new DashboardKey(stored.id(), 1, INPUTS));
        SparkJob<DashboardFigures> job = dashboards.open(stored.id(), onCurve, "owner", "ann");
        assertThat(job.await(Duration.ofMinutes(3))).isTrue();
        assertThat(job.progress().error()).isNull();
        DashboardFigures figures = job.result().orElseThrow();

        // The core alone, note by note: each note's NPV on a zero curve built with every rate moved.
        int[] shifts = {-200, -100, -50, 0, 50, 100, 200};
        double[] tenors = {1, 5, 10};
        Map<String, double[]> expected = new TreeMap<>();
        for (Position p : stored.positions()) {
            Schedule schedule = ScheduleResolver.resolve(p.terms());
            double[] sums = expected.computeIfAbsent(p.terms().currency().getCurrencyCode(), c -> new double[shifts.length]);
            for (int i = 0; i < shifts.length; i++) {
                double bp = shifts[i] * 1e-4;
                sums[i] += NotePricer.presentValue(schedule, AS_OF,
                        ZeroCurve.of(tenors, new double[] {0.04 + bp, 0.06 + bp, 0.07 + bp}));
            }
        }
        assertThat(figures.currencies()).extracting(CurrencyDashboard::currency)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (CurrencyDashboard c : figures.currencies()) {
            double[] e = expected.get(c.currency());
            List<SensitivityLadder.Rung> rungs = c.sensitivity().rungs();
            assertThat(rungs).extracting(SensitivityLadder.Rung::shiftBp).containsExactly(-200, -100, -50, 0, 50, 100, 200);
            for (int i = 0; i < shifts.length; i++) {
                assertThat(rungs.get(i).npv()).as(c.currency() + " " + shifts[i] + " bp")
                        .isCloseTo(e[i], within(Math.abs(e[i]) * SUM_TOLERANCE));
                assertThat(rungs.get(i).change()).as(c.currency() + " Δ " + shifts[i] + " bp")
                        .isCloseTo(e[i] - e[3], within(Math.abs(e[3]) * SUM_TOLERANCE));
            }
            // The base rung is the dashboard's NPV, and rates up take value away.
            assertThat(rungs.get(3).npv()).isCloseTo(c.totals().npv(), within(Math.abs(e[3]) * SUM_TOLERANCE));
            assertThat(rungs.get(6).npv()).isLessThan(rungs.get(3).npv()).isLessThan(rungs.get(0).npv());
        }
    }

    @Test
    void anUnknownPortfolioIsRefusedWithAMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dashboards.open(-5, INPUTS, "owner", "ann"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No portfolio -5.");
    }

    static final class SparkJobCounter extends SparkListener {
        final AtomicInteger jobs = new AtomicInteger();

        @Override
        public void onJobStart(SparkListenerJobStart jobStart) {
            jobs.incrementAndGet();
        }
    }

    /** The core alone, note by note: base case, the inputs' default scenario, outstanding by maturity year. */
    static final class Reference {
        final PortfolioSummary base;
        final PortfolioSummary loss;
        final Map<String, TreeMap<Integer, long[]>> maturity = new TreeMap<>();

        Reference(List<Position> positions, DashboardInputs inputs) {
            FlatRate rate = FlatRate.of(((DiscountInput.Flat) inputs.discount()).rate().doubleValue());
            Scenario defaults = new Scenario("defaults", List.of(), null, new DefaultSpeed(inputs.cdr().doubleValue(),
                    inputs.severity().doubleValue(), 12), List.of(), 0);
            PortfolioAggregate baseAggregate = new PortfolioAggregate(inputs.asOf());
            PortfolioAggregate lossAggregate = new PortfolioAggregate(inputs.asOf());
            for (Position p : positions) {
                Schedule schedule = ScheduleResolver.resolve(p.terms());
                NoteMeasures m = NotePricer.measures(schedule, inputs.asOf(), p.priceAt(schedule, inputs.asOf()), rate);
                baseAggregate.add(p, schedule, m);
                ScenarioResult r = ScenarioAnalyzer.analyze(schedule, m, defaults, inputs.asOf(), p.priceAt(schedule, inputs.asOf()), rate);
                lossAggregate.add(p, r.schedule(), r.measures());
                long[] year = maturity.computeIfAbsent(p.terms().currency().getCurrencyCode(), c -> new TreeMap<>())
                        .computeIfAbsent(p.terms().maturityDate().getYear(), y -> new long[2]);
                year[0]++;
                year[1] += m.outstandingPrincipalMinor();
            }
            base = baseAggregate.summary();
            loss = lossAggregate.summary();
        }
    }
}
