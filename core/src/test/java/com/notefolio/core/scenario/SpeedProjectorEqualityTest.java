package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.portfolio.ShapeMix;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The fast path of scenario projection ({@link SpeedProjector}, shared by a note's scenarios, as
 * {@link PositionPricer} runs them) gives what the general projection gives ({@link ScenarioProjector#projectGeneral},
 * the row-by-row projection of every scenario, kept as the reference), on the 100,000 notes of a generated portfolio of
 * each kind the benchmark prices: fixed rates and plain shapes, and the realistic rate mix (floating over Prime and
 * SOFR, stepped, converting) with the structured shapes (lead-ins, disbursements, deferrals, grid notes, stepped
 * principal, revolving lines, demand notes), under the benchmark's ten scenarios and further speeds (a CPR vector, an
 * SMM, a default speed with no lag, PSA with defaults, a premium on the speed and a dated payoff, which take the
 * general path).
 *
 * <p>Schedules are compared exactly, every column of every row (cents are exact, so no tolerance). The measures of
 * {@link PositionPricer} are compared with the note pricer's on the reference schedule, at the case's curve and the
 * base case's yield as starting guess, as the analyzer prices a case: NPV, yield, WAL, durations, convexity and DV01
 * within 1e-12 relative (the fast path changes no arithmetic of the pricer, so they agree to the last bit unless a
 * shared schedule's yield-side measures were taken from the earlier case of the same speeds, which solves the same
 * flows at the same price from the same guess; 1e-12 is the stated bound for a fast path's doubles).
 */
class SpeedProjectorEqualityTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final int NOTES = 100_000;
    private static final double RELATIVE = 1e-12;

    /** The benchmark's ten (BenchCommand's), then speeds the fast path takes and two it hands to the general path. */
    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("5 CPR", List.of(), PrepaymentSpeed.cpr(0.05), null, List.of(), 0),
            new Scenario("15 CPR", List.of(), PrepaymentSpeed.cpr(0.15), null, List.of(), 0),
            new Scenario("100 PSA", List.of(), PrepaymentSpeed.psa(100), null, List.of(), 0),
            new Scenario("250 PSA", List.of(), PrepaymentSpeed.psa(250), null, List.of(), 0),
            new Scenario("2 CDR 40 sev", List.of(), null, new DefaultSpeed(0.02, 0.40, 12), List.of(), 0),
            new Scenario("6 CDR 60 sev", List.of(), null, new DefaultSpeed(0.06, 0.60, 18), List.of(), 0),
            new Scenario("+100bp", List.of(), null, null, List.of(), 100),
            new Scenario("-100bp", List.of(), null, null, List.of(), -100),
            new Scenario("10 CPR 2 CDR", List.of(), PrepaymentSpeed.cpr(0.10), new DefaultSpeed(0.02, 0.40, 12), List.of(), 0),
            new Scenario("15 CPR +200bp", List.of(), PrepaymentSpeed.cpr(0.15), null, List.of(), 200),
            new Scenario("CPR vector", List.of(), PrepaymentSpeed.cprVector(List.of(0.02, 0.04, 0.08, 0.12)), null,
                    List.of(), 0),
            new Scenario("1 SMM", List.of(), PrepaymentSpeed.smm(0.01), null, List.of(), 0),
            new Scenario("9 CDR no lag", List.of(), null, new DefaultSpeed(0.09, 0.30, 0), List.of(), 0),
            new Scenario("300 PSA 4 CDR -50bp", List.of(), PrepaymentSpeed.psa(300), new DefaultSpeed(0.04, 0.50, 6),
                    List.of(), -50),
            new Scenario("20 CPR premiums", List.of(), PrepaymentSpeed.cpr(0.20), null, List.of(), 0,
                    RateShockTarget.BOTH, null, true),
            new Scenario("payoff of N7", List.of(new DatedPrepayment("N7", LocalDate.of(2025, 1, 15), null,
                    PrepaymentMode.REDUCE_TERM)), PrepaymentSpeed.cpr(0.10), null, List.of(), 0));

    @Test
    void fastPathEqualsGeneralProjectionOnFixedPlainPortfolio() {
        assertEqualOn(PortfolioGenerator.forPortfolio(42, NOTES, RateMix.FIXED_ONLY, ShapeMix.PLAIN));
    }

    @Test
    void fastPathEqualsGeneralProjectionOnRealisticStructuredPortfolio() {
        assertEqualOn(PortfolioGenerator.forPortfolio(42, NOTES, RateMix.REALISTIC, ShapeMix.STRUCTURED));
    }

    private static void assertEqualOn(PortfolioGenerator generator) {
        IndexData indices = generator.indexData(AS_OF);
        DiscountCurve curve = FlatRate.of(0.07);
        long fast = 0;
        long general = 0;
        long cases = 0;
        for (long n = 0; n < NOTES; n++) {
            Position position = generator.note(n);
            Schedule base = ScheduleResolver.resolve(position.terms(), indices);
            SpeedProjector speeds = new SpeedProjector(base, AS_OF);
            for (Scenario s : SCENARIOS) {
                if (!SpeedProjector.handles(s, base.noteId()) || !s.changesFlows()) {
                    general++;
                    continue;
                }
                Projection p = speeds.project(s);
                if (p == null) {
                    general++;
                    continue;
                }
                fast++;
                assertSameSchedule(p.schedule(), ScenarioProjector.projectGeneral(base, s, AS_OF, curve).schedule(),
                        s.name());
            }
            // Every few notes, the whole position through the pricer: measures of each case against the reference.
            if (n % 10 == 0) {
                cases += assertSameMeasures(position, base, indices, curve);
            }
        }
        assertThat(fast).as("projections on the fast path").isGreaterThan(NOTES);
        assertThat(general).as("projections left to the general path").isGreaterThan(NOTES);
        assertThat(cases).isGreaterThan(NOTES / 10);
    }

    /** The position's cases through {@link PositionPricer} against the reference projection priced as the analyzer does. */
    private static int assertSameMeasures(Position position, Schedule base, IndexData indices, DiscountCurve curve) {
        PositionResult result;
        try {
            result = PositionPricer.price(position, AS_OF, curve, indices, SCENARIOS);
        } catch (InvalidScenarioException e) {
            // A scenario the note refuses (a payoff on a precomputed note, a speed on one) is refused on either path.
            assertThat(e).hasMessageContaining("note");
            return 0;
        }
        MonetaryAmount price = position.priceAt(base, AS_OF);
        for (int k = 0; k < SCENARIOS.size(); k++) {
            Scenario s = SCENARIOS.get(k);
            ScenarioResult r = result.scenarios().get(k);
            boolean refixes = s.movesIndex() && ScenarioAnalyzer.followsIndex(base.terms());
            Schedule start = refixes ? ScheduleResolver.resolve(base.terms(), ScenarioAnalyzer.moved(indices, s, AS_OF))
                    : base;
            DiscountCurve shocked = s.movesDiscountCurve() ? curve.shifted(s.rateShockBp()) : curve;
            Schedule expected = ScenarioProjector.projectGeneral(start, s, AS_OF, shocked).schedule();
            assertSameSchedule(r.schedule(), expected, s.name());
            if (expected == base) {
                continue; // the base's own flows: the analyzer's branch for them is not the fast path's
            }
            NoteMeasures want = NotePricer.measures(expected, AS_OF, price, shocked, result.measures().yield());
            NoteMeasures got = r.measures();
            String what = base.noteId() + " under " + s.name();
            assertClose(got.npv(), want.npv(), what + " npv");
            assertClose(got.yield(), want.yield(), what + " yield");
            assertClose(got.walYears(), want.walYears(), what + " WAL");
            assertClose(got.macaulayDuration(), want.macaulayDuration(), what + " Macaulay");
            assertClose(got.modifiedDuration(), want.modifiedDuration(), what + " modified");
            assertClose(got.convexity(), want.convexity(), what + " convexity");
            assertClose(got.dv01(), want.dv01(), what + " DV01");
            assertThat(got.outstandingPrincipalMinor()).isEqualTo(want.outstandingPrincipalMinor());
            assertThat(got.accruedInterestMinor()).isEqualTo(want.accruedInterestMinor());
        }
        return SCENARIOS.size();
    }

    private static long[] columns(Schedule s, int i, boolean single) {
        return new long[] {s.accrualStartEpochDay(i), s.accrualEndEpochDay(i), s.dueEpochDay(i), s.openingMinor(i),
            s.interestMinor(i), s.principalMinor(i), s.prepaidMinor(i), s.defaultedMinor(i), s.recoveryMinor(i),
            s.penaltyMinor(i), s.feeMinor(i), s.paymentMinor(i), s.closingMinor(i), s.deferredInterestMinor(i),
            s.flags(i), single ? 0 : s.rateUnscaled(i), s.rateChangesWithin(i) ? 1 : 0};
    }

    private static void assertClose(double got, double want, String what) {
        if (Double.isNaN(want)) {
            assertThat(got).as(what).isNaN();
        } else {
            assertThat(got).as(what).isCloseTo(want, within(Math.abs(want) * RELATIVE));
        }
    }

    /** Every column of every row, exactly (compared as numbers, asserted on the first row that differs). */
    static void assertSameSchedule(Schedule got, Schedule want, String scenario) {
        String note = want.noteId() + " under " + scenario;
        assertThat(got.size()).as(note + " rows").isEqualTo(want.size());
        assertThat(got.indexSources()).as(note).isEqualTo(want.indexSources());
        assertThat(got.hasUnadjustedAccrual()).as(note).isEqualTo(want.hasUnadjustedAccrual());
        // A note of one fixed rate keeps no rate column: both read its one rate, so only other notes' rates are compared.
        boolean single = want.terms().hasSingleRate();
        assertThat(got.terms()).isSameAs(want.terms());
        for (int i = 0; i < want.size(); i++) {
            long[] g = columns(got, i, single);
            long[] w = columns(want, i, single);
            if (!java.util.Arrays.equals(g, w)) {
                assertThat(g).as(note + " row " + (i + 1) + " (start, end, due, opening, interest, principal, prepaid,"
                        + " defaulted, recovery, penalty, fee, payment, closing, deferred, flags, rate, rate changes)")
                        .containsExactly(w);
            }
        }
        // Accrued interest reads the columns the projection wrote (deferred interest, rates, precomputed earning).
        int asOf = com.notefolio.core.convention.EpochDay.of(AS_OF);
        assertThat(got.accruedInterestMinor(asOf)).as(note + " accrued").isEqualTo(want.accruedInterestMinor(asOf));
    }
}
