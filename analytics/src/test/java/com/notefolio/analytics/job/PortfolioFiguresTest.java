package com.notefolio.analytics.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.portfolio.MaturityYear;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The figures entry point (summaries without per-note output, plus the maturity profile) gives the
 * core's own portfolio aggregate of every case, and the outstanding principal by maturity year that the
 * core's pricer gives note by note — for a portfolio held by the driver, in two currencies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioFiguresTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final FlatRate RATE = FlatRate.of(0.08);
    private static final Scenario DEFAULTS = new Scenario("2 CDR, 40% severity", List.of(), null,
            new DefaultSpeed(0.02, 0.4, 12), List.of(), 0);

    private SparkSession spark;
    private final List<Position> positions = new ArrayList<>();

    @BeforeAll
    void start() {
        spark = AnalyticsSession.builder("local[2]", 2).getOrCreate();
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(7, 1_500);
        for (int i = 0; i < 1_500; i++) {
            Position p = generator.note(i);
            // Every tenth note in euros: a second currency whose figures must stay apart.
            positions.add(i % 10 == 3 ? Position.atPar(p.terms().toBuilder().currency("EUR").build()) : p);
        }
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void figuresOfDriverHeldNotesEqualTheCoresAggregateAndMaturityProfile() {
        Assumptions assumptions = Assumptions.of(AS_OF, RATE, new ScenarioSet("defaults", List.of(DEFAULTS)));
        List<NoteRow> rows = positions.stream().map(NoteRow::of).toList();

        PortfolioFigures figures = PortfolioValuation.figures(spark, rows, assumptions, 5, null);

        PortfolioAggregate base = new PortfolioAggregate(AS_OF);
        PortfolioAggregate defaults = new PortfolioAggregate(AS_OF);
        Map<String, TreeMap<Integer, long[]>> byYear = new TreeMap<>();
        for (Position p : positions) {
            Schedule schedule = ScheduleResolver.resolve(p.terms());
            NoteMeasures measures = NotePricer.measures(schedule, AS_OF, p.priceAt(schedule, AS_OF), RATE);
            base.add(p, schedule, measures);
            ScenarioResult r = ScenarioAnalyzer.analyze(schedule, measures, DEFAULTS, AS_OF, p.priceAt(schedule, AS_OF), RATE);
            defaults.add(p, r.schedule(), r.measures());
            long[] year = byYear.computeIfAbsent(p.terms().currency().getCurrencyCode(), c -> new TreeMap<>())
                    .computeIfAbsent(p.terms().maturityDate().getYear(), y -> new long[2]);
            year[0]++;
            year[1] += measures.outstandingPrincipalMinor();
        }

        assertThat(figures.summaries().keySet()).containsExactly("base", DEFAULTS.name());
        SparkEqualsCoreContract.assertSameSummary("base", figures.base(), base.summary());
        SparkEqualsCoreContract.assertSameSummary("defaults", figures.summaries().get(DEFAULTS.name()), defaults.summary());
        assertThat(figures.base().currencies()).extracting(c -> c.currency().getCurrencyCode()).containsExactly("USD", "EUR");

        List<MaturityYear> expected = new ArrayList<>();
        byYear.forEach((currency, years) -> years.forEach((year, v) ->
                expected.add(new MaturityYear(currency, year, v[0], v[1]))));
        assertThat(figures.maturityProfile()).containsExactlyElementsOf(expected);
        // The same notes as a Dataset (as read by Spark itself): the same figures.
        PortfolioFigures fromDataset = PortfolioValuation.figures(spark.createDataset(rows, NoteRow.encoder()),
                assumptions, null);
        SparkEqualsCoreContract.assertSameSummary("base from a Dataset", fromDataset.base(), base.summary());
        assertThat(fromDataset.maturityProfile()).containsExactlyElementsOf(expected);
        // The profile is a split of the outstanding principal: per currency it adds up to the total.
        for (var c : figures.base().currencies()) {
            assertThat(figures.maturityProfile().stream().filter(y -> y.currency().equals(c.currency().getCurrencyCode()))
                    .mapToLong(MaturityYear::outstandingMinor).sum()).isEqualTo(c.totals().outstandingMinor());
        }
    }

    @Test
    void aPortfolioWithoutNotesHasNoCurrencies() {
        Assumptions assumptions = Assumptions.of(AS_OF, RATE, null);
        PortfolioFigures figures = PortfolioValuation.figures(spark, List.of(), assumptions, 4, null);
        assertThat(figures.base()).isEqualTo(new PortfolioSummary(AS_OF, List.of()));
        assertThat(figures.maturityProfile()).isEmpty();
    }
}
