package com.notefolio.web.whatif;

import com.notefolio.web.discount.DiscountInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.web.dashboard.JobProgress.State;
import com.notefolio.web.dashboard.SparkJob;
import com.notefolio.web.dashboard.StoredPortfolio;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The portfolio what-if on Spark against the core computed here note by note, with no analytics code:
 * every case's figures per currency equal the core's own aggregate of the same notes (minor units exactly,
 * sums of doubles to 1e-9 relative, their order differing between partitions and one loop), and the
 * notes that change most equal a sort of each note's ΔNPV done here.
 */
@SpringBootTest
@WithMockUser(username = "ann", roles = "ANALYST")
class PortfolioWhatIfTest {

    private static final double SUM_TOLERANCE = 1e-9;
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final DiscountInput RATE = DiscountInput.flat(new BigDecimal("0.075"));
    static final Scenario CPR_10 = new Scenario("10 CPR", List.of(), PrepaymentSpeed.cpr(0.10), null, List.of(), 0);
    static final Scenario CDR_2 = new Scenario("2 CDR 40% severity", List.of(), null, new DefaultSpeed(0.02, 0.40, 12),
            List.of(), 0);

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    PortfolioWhatIf whatIf;

    StoredPortfolio stored;

    @BeforeEach
    void store() {
        stored = StoredPortfolio.store(portfolios, notes, 17, 300, 4);
    }

    @Test
    void everyCaseEqualsTheCoresAggregateAndTheMostChangedNotesAreTheLargestDeltas() throws Exception {
        SparkJob<PortfolioComparison> job = whatIf.open(stored.id(), AS_OF, RATE, List.of(CPR_10, CDR_2), "owner", "ann");
        assertThat(job.await(Duration.ofMinutes(3))).isTrue();
        assertThat(job.progress().error()).isNull();
        PortfolioComparison comparison = job.result().orElseThrow();
        assertThat(comparison.scenarios()).containsExactly("10 CPR", "2 CDR 40% severity");

        Reference core = new Reference(stored.positions(), List.of(CPR_10, CDR_2));
        assertThat(comparison.currencies()).extracting(CurrencyComparison::currency).containsExactly("USD", "EUR");
        for (CurrencyComparison actual : comparison.currencies()) {
            String code = actual.currency();
            assertThat(actual.cases()).extracting(CaseFigures::name).containsExactly("base", "10 CPR", "2 CDR 40% severity");
            for (CaseFigures a : actual.cases()) {
                CurrencySummary e = core.summaries.get(a.name()).currencies().stream()
                        .filter(c -> c.currency().getCurrencyCode().equals(code)).findFirst().orElseThrow();
                String what = code + " " + a.name();
                PortfolioTotals at = a.totals();
                PortfolioTotals et = e.totals();
                assertThat(new long[] {at.notes(), at.outstandingMinor(), at.accruedMinor(), at.priceMinor()}).as(what)
                        .containsExactly(et.notes(), et.outstandingMinor(), et.accruedMinor(), et.priceMinor());
                assertThat(at.npv()).as(what + " NPV").isCloseTo(et.npv(), within(Math.abs(et.npv()) * SUM_TOLERANCE));
                assertThat(at.weightedYield()).as(what + " yield")
                        .isCloseTo(et.weightedYield(), within(Math.abs(et.weightedYield()) * SUM_TOLERANCE));
                assertThat(at.walYears()).as(what + " WAL").isCloseTo(et.walYears(), within(et.walYears() * SUM_TOLERANCE));
                assertThat(at.modifiedDuration()).as(what + " duration")
                        .isCloseTo(et.modifiedDuration(), within(et.modifiedDuration() * SUM_TOLERANCE));
                assertThat(a.monthlyLadder()).as(what + " ladder").isNotEmpty().containsExactlyElementsOf(e.monthlyLadder());
                long cash = 0;
                long defaulted = 0;
                long recovered = 0;
                for (LadderRow m : e.monthlyLadder()) {
                    cash += m.interestMinor() + m.principalMinor() + m.prepaidMinor() + m.recoveryMinor() + m.penaltyMinor();
                    defaulted += m.defaultedMinor();
                    recovered += m.recoveryMinor();
                }
                assertThat(new long[] {a.cashMinor(), a.defaultedMinor(), a.recoveredMinor()}).as(what)
                        .containsExactly(cash, defaulted, recovered);
            }
            CaseFigures base = actual.base();
            assertThat(actual.cases().get(1).hasDefaults()).isFalse();
            assertThat(actual.cases().get(2).expectedLossMinor()).as(code + " expected loss").isPositive();
            // Prepaying a portfolio bought at par with coupons above the discount rate shortens it.
            assertThat(actual.cases().get(1).deltaWalYears(base)).isNegative();

            for (Scenario s : List.of(CPR_10, CDR_2)) {
                List<NoteChange> expected = core.changes.stream()
                        .filter(c -> c.scenario().equals(s.name()) && c.currency().equals(code))
                        .sorted(Comparator.comparingDouble((NoteChange c) -> Math.abs(c.deltaNpv())).reversed()
                                .thenComparing(NoteChange::noteId))
                        .limit(10).toList();
                assertThat(actual.mostChanged(s.name())).as(code + " " + s.name()).hasSize(10)
                        .containsExactlyElementsOf(expected);
                assertThat(expected.get(0).deltaNpv()).isNotZero();
            }
        }
    }

    @Test
    void aSecondRunIsServedFromTheCacheUntilTheRevisionChanges() throws Exception {
        SparkJob<PortfolioComparison> first = whatIf.open(stored.id(), AS_OF, RATE, List.of(CPR_10), "owner", "ann");
        assertThat(first.await(Duration.ofMinutes(3))).isTrue();
        assertThat(first.state()).isEqualTo(State.SUCCEEDED);

        SparkJob<PortfolioComparison> same = whatIf.open(stored.id(), AS_OF, DiscountInput.flat(new BigDecimal("0.0750")), List.of(CPR_10),
                "owner", "ann");
        assertThat(same.state()).isEqualTo(State.SUCCEEDED);
        assertThat(same.result().orElseThrow()).isSameAs(first.result().orElseThrow());

        SparkJob<PortfolioComparison> other = whatIf.open(stored.id(), AS_OF, RATE, List.of(CDR_2), "owner", "ann");
        assertThat(other.await(Duration.ofMinutes(3))).isTrue();
        assertThat(other.result().orElseThrow()).isNotSameAs(first.result().orElseThrow());

        portfolios.bumpRevision(stored.id());
        SparkJob<PortfolioComparison> afterImport = whatIf.open(stored.id(), AS_OF, RATE, List.of(CPR_10), "owner", "ann");
        assertThat(afterImport.await(Duration.ofMinutes(3))).isTrue();
        assertThat(afterImport.result().orElseThrow().key().revision())
                .isEqualTo(first.result().orElseThrow().key().revision() + 1);
    }

    @Test
    void clashingOrMissingScenariosAreRefusedWithAMessage() {
        Scenario again = new Scenario("10 CPR", List.of(), PrepaymentSpeed.cpr(0.2), null, List.of(), 0);
        assertThatThrownBy(() -> whatIf.open(stored.id(), AS_OF, RATE, List.of(CPR_10, again), "owner", "ann"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Two scenarios are called \"10 CPR\"; rename one.");
        Scenario base = new Scenario("Base", List.of(), PrepaymentSpeed.cpr(0.2), null, List.of(), 0);
        assertThatThrownBy(() -> whatIf.open(stored.id(), AS_OF, RATE, List.of(base), "owner", "ann"))
                .hasMessageContaining("the base case's name");
        assertThatThrownBy(() -> whatIf.open(stored.id(), AS_OF, RATE, List.of(), "owner", "ann"))
                .hasMessage("Tick saved scenarios or fill in the editor.");
        assertThatThrownBy(() -> whatIf.open(-5, AS_OF, RATE, List.of(CPR_10), "owner", "ann"))
                .hasMessage("No portfolio -5.");
    }

    /** The core alone, note by note: each case's aggregate and every note's change of NPV. */
    static final class Reference {
        final Map<String, PortfolioSummary> summaries = new LinkedHashMap<>();
        final List<NoteChange> changes = new ArrayList<>();

        Reference(List<Position> positions, List<Scenario> scenarios) {
            FlatRate rate = FlatRate.of(0.075);
            Map<String, PortfolioAggregate> aggregates = new LinkedHashMap<>();
            aggregates.put("base", new PortfolioAggregate(AS_OF));
            scenarios.forEach(s -> aggregates.put(s.name(), new PortfolioAggregate(AS_OF)));
            for (Position p : positions) {
                Schedule schedule = ScheduleResolver.resolve(p.terms());
                NoteMeasures m = NotePricer.measures(schedule, AS_OF, p.priceAt(schedule, AS_OF), rate);
                aggregates.get("base").add(p, schedule, m);
                for (Scenario s : scenarios) {
                    ScenarioResult r = ScenarioAnalyzer.analyze(schedule, m, s, AS_OF, p.priceAt(schedule, AS_OF), rate);
                    aggregates.get(s.name()).add(p, r.schedule(), r.measures());
                    changes.add(new NoteChange(s.name(), p.terms().currency().getCurrencyCode(), p.terms().id(),
                            p.terms().borrower().name(), m.npv(), r.measures().npv()));
                }
            }
            aggregates.forEach((name, a) -> summaries.put(name, a.summary()));
        }
    }
}
