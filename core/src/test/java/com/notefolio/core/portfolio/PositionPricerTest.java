package com.notefolio.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.pricer.Xirr;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The position level: prices given as a percentage of the outstanding principal, the stale-price rule,
 * and the one "resolve, price the base, analyze each scenario" loop, checked against the note pricer.
 *
 * <p>CP-HARBOR-2020 of the examples: 120,000.00 at 6 %, constant principal of 120,000.00 ÷ 60 = 2,000.00 a
 * month on the 15th from 2020-02-15 to 2025-01-15, carried at 118,500.00. As of 2022-06-30, 29 payments
 * (February 2020 to June 2022) have been made: 120,000.00 − 29 × 2,000.00 = 62,000.00 is outstanding.
 */
class PositionPricerTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
    private static final FlatRate RATE = FlatRate.of(0.08);

    private static Position harbor() {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes.csv"),
                StatedScheduleCsvReader.read(EXAMPLES.resolve("schedules.csv")))) {
            return reader.stream().filter(p -> p.terms().id().equals("CP-HARBOR-2020")).findFirst().orElseThrow();
        }
    }

    private static Position harborAt(Price price) {
        return new Position(harbor().terms(), price);
    }

    @Test
    void aPercentageOfTheOutstandingPrincipalIsThatShareOfIt() {
        PositionResult percent = PositionPricer.price(harborAt(Price.percentOfOutstanding(new BigDecimal("98.5"))),
                AS_OF, RATE);
        // 98.5 % of 62,000.00 = 61,070.00, exactly.
        PositionResult amount = PositionPricer.price(harborAt(Price.of(Money.of(new BigDecimal("61070.00"), "USD"))),
                AS_OF, RATE);

        assertThat(percent.measures().outstandingPrincipalMinor()).isEqualTo(62_000_00);
        assertThat(percent.measures().priceMinor()).isEqualTo(61_070_00);
        assertThat(percent.measures()).isEqualTo(amount.measures());
        assertThat(percent.warnings()).isEmpty();
        // A year later 12 more payments are made (38,000.00 outstanding): the percentage follows, 37,430.00.
        assertThat(PositionPricer.price(percent.position(), AS_OF.plusYears(1), RATE).measures().priceMinor())
                .isEqualTo(37_430_00);
    }

    @Test
    void aStaleAmountOnAnAmortizedNoteIsFlagged() {
        PositionResult stale = PositionPricer.price(harbor(), AS_OF, RATE);

        assertThat(stale.measures().priceMinor()).isEqualTo(118_500_00);
        assertThat(stale.measures().outstandingPrincipalMinor()).isEqualTo(62_000_00);
        // 118,500.00 is more than all the note still pays: 62,000.00 of principal and at most 62,000.00 ×
        // 6 % × 2.6 years of interest. No positive rate returns more than is paid back: the yield is
        // negative, −33.97 % as the issue found it (to the 0.005 % it was quoted at).
        Schedule s = stale.schedule();
        long stillPaid = 0;
        for (int i = s.firstDueAfter(EpochDay.of(AS_OF)); i < s.size(); i++) {
            stillPaid += s.paymentMinor(i);
        }
        assertThat(stillPaid).isLessThan(118_500_00);
        assertThat(stale.measures().yield()).isCloseTo(-0.3397, within(0.00005));
        assertThat(stale.stalePrice()).isTrue();
        assertThat(stale.warnings()).extracting(PositionWarning::code).containsExactly(PositionWarning.STALE_PRICE);
        // 118,500 ÷ 62,000 = 1.91129… → 191.1 %.
        assertThat(stale.warningText()).isEqualTo("price 118500.00 is 191.1% of the outstanding principal 62000.00"
                + " as of 2022-06-30, more than 50% away: a stale price? (give it as a percentage, such as 98.5%)");
    }

    /**
     * A yield without a root is a warning, not an exception: measures whose flows no rate balances (as
     * {@code Xirr} reports NO_ROOT; a note's own flows, bought and then repaid, always have a root, so the
     * measures are built by hand) keep their NaN yield, and the position is flagged no-yield with the dirty
     * price named: 61,070.00 (98.5 % of 62,000.00) + 155.00 accrued (62,000.00 × 6 % × 15/360, 30/360 from the
     * 15th) = 61,225.00.
     */
    @Test
    void aYieldWithoutARootIsWarnedNotThrown() {
        NoteMeasures m = PositionPricer.price(harborAt(Price.percentOfOutstanding(new BigDecimal("98.5"))), AS_OF, RATE)
                .measures();
        NoteMeasures noRoot = new NoteMeasures(m.noteId(), m.asOf(), m.currency(), m.outstandingPrincipalMinor(),
                m.accruedInterestMinor(), m.priceMinor(), m.npv(), Double.NaN, Double.NaN, m.walYears(), Double.NaN,
                Double.NaN, Double.NaN, m.dv01(), null, Double.NaN, Xirr.Status.NO_ROOT);
        List<PositionWarning> warnings = PositionWarning.of(harborAt(Price.percentOfOutstanding(new BigDecimal("98.5"))),
                noRoot);
        assertThat(warnings).extracting(PositionWarning::code).containsExactly(PositionWarning.NO_YIELD);
        assertThat(warnings.get(0).message()).isEqualTo("no yield: no rate above -100% makes the flows after 2022-06-30,"
                + " of both signs, worth the dirty price 61225.00; yield and durations are left blank");
        // The same measures with the yield the pricer found carry no warning.
        assertThat(m.yieldStatus()).isEqualTo(Xirr.Status.CONVERGED);
        assertThat(PositionWarning.of(harborAt(Price.percentOfOutstanding(new BigDecimal("98.5"))), m)).isEmpty();
    }

    @Test
    void theBandIsFiftyPercentEitherSideOfTheOutstandingPrincipal() {
        // 62,000.00 × 1.5 = 93,000.00 and × 0.5 = 31,000.00 are inside; a cent beyond is flagged.
        for (String inside : List.of("93000.00", "31000.00", "62000.00")) {
            assertThat(PositionPricer.price(harborAt(Price.of(Money.of(new BigDecimal(inside), "USD"))), AS_OF, RATE)
                    .warnings()).as(inside).isEmpty();
        }
        for (String outside : List.of("93000.01", "30999.99")) {
            assertThat(PositionPricer.price(harborAt(Price.of(Money.of(new BigDecimal(outside), "USD"))), AS_OF, RATE)
                    .stalePrice()).as(outside).isTrue();
        }
        assertThat(PositionPricer.price(Position.atPar(harbor().terms()), AS_OF, RATE).warnings()).isEmpty();
    }

    @Test
    void theWeightedYieldLeavesOutAStalePriceAndSaysSo() {
        PositionResult fresh = PositionPricer.price(harborAt(Price.percentOfOutstanding(new BigDecimal("98.5"))),
                AS_OF, RATE);
        PositionResult stale = PositionPricer.price(harbor(), AS_OF, RATE);
        PortfolioTotals totals = new PortfolioAggregate(AS_OF).add(fresh).add(stale).summary().currencies().get(0)
                .totals();

        assertThat(totals.notes()).isEqualTo(2);
        assertThat(totals.priceMinor()).isEqualTo(61_070_00 + 118_500_00);
        // The average of the one note left in: its own yield (y × v ÷ v, within a few ulps).
        assertThat(totals.weightedYield()).isCloseTo(fresh.measures().yield(), within(1e-15));
        assertThat(totals.modifiedDuration()).isCloseTo(fresh.measures().modifiedDuration(), within(1e-14));
        assertThat(totals.staleYieldNotes()).isEqualTo(1);
        assertThat(totals.noYieldNotes()).isZero();
        assertThat(totals.yieldExclusions()).isEqualTo(
                "1 note left out: 1 with a stale price (an amount more than 50% from its outstanding principal)");
    }

    @Test
    void everyCaseIsTheNotePricersAndTheScenarioAnalyzers() {
        Position p = harbor();
        List<Scenario> scenarios = List.of(
                new Scenario("10 CPR", List.of(), PrepaymentSpeed.cpr(0.10), null, List.of(), 0),
                new Scenario("2 CDR", List.of(), null, new DefaultSpeed(0.02, 0.40, 12), List.of(), 100));
        PositionResult r = PositionPricer.price(p, AS_OF, RATE, scenarios);

        Schedule s = ScheduleResolver.resolve(p.terms());
        NoteMeasures pricers = NotePricer.measures(s, AS_OF, Money.of(new BigDecimal("118500.00"), "USD"), RATE);
        // The note pricer's figures, with the rate measures beside them (a fixed note: no discount margin).
        assertThat(r.measures().withRateMeasures(null, Double.NaN)).isEqualTo(pricers);
        NoteMeasures base = ScenarioAnalyzer.baseMeasures(s, AS_OF, pricers.price(), RATE, IndexData.NONE);
        assertThat(r.measures()).isEqualTo(base);
        assertThat(base.discountMargin()).isNull();
        assertThat(r.cases()).extracting(ScenarioResult::scenario).containsExactly("base", "10 CPR", "2 CDR");
        assertThat(r.cases().get(0).deltaNpv()).isZero();
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioResult expected = ScenarioAnalyzer.analyze(s, base, scenarios.get(i), AS_OF, base.price(), RATE);
            assertThat(r.scenarios().get(i).measures()).isEqualTo(expected.measures());
            assertThat(r.scenarios().get(i).schedule().size()).isEqualTo(expected.schedule().size());
        }
    }
}
