package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Effective duration and the index moves of scenarios, on a 2-year quarterly floater: 100,000.00 issued
 * 2024-01-15, interest only, PERIODIC, SOFR + 1% reset quarterly from 2024-04-15 with no lookback, a
 * lifetime cap of 6.2%, the first quarter at 5%; SOFR projected at 4% for a year and 5% after. Coupon
 * rates: 5% for four quarters, then 6% (under the cap). Valued as of the issue date on a flat 6%.
 */
class FloatingRateScenariosTest {

    static final LocalDate ISSUE = LocalDate.of(2024, 1, 15);
    static final FlatRate CURVE = FlatRate.of(0.06);
    static final IndexData SOFR = IndexData.of(List.of(), List.of(new ForwardCurve("SOFR", ISSUE, List.of(
            new ForwardCurve.Point(0, new BigDecimal("0.04")), new ForwardCurve.Point(12, new BigDecimal("0.05"))))));

    static final NoteTerms FLOATER = NoteTerms.builder("FRN").borrower("B").principal("100000.00")
            .rate(RateTerms.Floating.builder("SOFR").spread("0.01").initialRate("0.05")
                    .resets(Frequency.QUARTERLY, ISSUE.plusMonths(3)).lifetimeCapFloor("0.062", null).build())
            .issueDate(ISSUE).maturityDate(ISSUE.plusYears(2)).frequency(Frequency.QUARTERLY)
            .amortization(Amortization.INTEREST_ONLY).build();
    static final NoteTerms FIXED = NoteTerms.builder("FIX").borrower("B").principal("100000.00").annualRate("0.055")
            .issueDate(ISSUE).maturityDate(ISSUE.plusYears(2)).frequency(Frequency.QUARTERLY)
            .amortization(Amortization.INTEREST_ONLY).build();

    static final Schedule FRN = ScheduleResolver.resolve(FLOATER, SOFR);

    /** Σ coupon_k × (1 + r)^−(days_k/365) over quarters k = 1…8, plus the principal at the end: by hand. */
    static double value(double[] couponRates, double discountRate) {
        double pv = 0;
        for (int k = 1; k <= 8; k++) {
            LocalDate due = ISSUE.plusMonths(3L * k);
            double cash = Math.round(100_000_00 * couponRates[k - 1] / 4) / 100.0 + (k == 8 ? 100_000 : 0);
            pv += cash * Math.pow(1 + discountRate, -ChronoUnit.DAYS.between(ISSUE, due) / 365.0);
        }
        return pv;
    }

    static double[] rates(double first, double firstYear, double secondYear) {
        return new double[] {first, firstYear, firstYear, firstYear, secondYear, secondYear, secondYear, secondYear};
    }

    @Test
    void effectiveDurationRefixesTheCouponsWithTheCapActing() {
        // ±25 bp: the first quarter is set (5%); the next three re-fix at 4% ± 0.25% + 1%; the last four at
        // 5% ± 0.25% + 1%, the rise capped at 6.2%. The curve moves to 6.25% / 5.75%. By hand:
        double pv = value(rates(0.05, 0.05, 0.06), 0.06);
        double up = value(rates(0.05, 0.0525, 0.062), 0.0625);
        double down = value(rates(0.05, 0.0475, 0.0575), 0.0575);
        double expected = -(up - down) / (2 * pv * 0.0025);
        NoteMeasures m = ScenarioAnalyzer.baseMeasures(FRN, ISSUE, null, CURVE, SOFR);
        assertThat(m.npv()).isCloseTo(pv, within(1e-6));
        // The PVs agree to ~1e-12 relative; divided by 2·PV·Δ (0.5% of PV) that is ~1e-9 years of duration.
        assertThat(m.effectiveDuration()).isCloseTo(expected, within(1e-7));
        // A floater's effective duration is far below a fixed note's (the curve's central difference of
        // the 5.5% note's flows, by hand): here about half a year of a 1.9.
        double[] fixed = rates(0.055, 0.055, 0.055);
        double fixedDuration = -(value(fixed, 0.0625) - value(fixed, 0.0575)) / (2 * value(fixed, 0.06) * 0.0025);
        assertThat(m.effectiveDuration()).isLessThan(fixedDuration / 2);
    }

    @Test
    void aFixedNotesEffectiveDurationIsNotMeasuredSinceDv01StatesItsCurveSensitivity() {
        NoteMeasures m = ScenarioAnalyzer.baseMeasures(ScheduleResolver.resolve(FIXED), ISSUE, null, CURVE, IndexData.NONE);
        assertThat(m.effectiveDuration()).isNaN();
        assertThat(m.discountMargin()).isNull();
        // What it would be: the central difference of the curve alone, by hand, equals the curve sensitivity
        // DV01 ÷ (NPV × 1 bp) to within a central difference's Δ²/6 · PV‴/PV: Δ² = 6.25e-6 and
        // PV‴/PV ≈ t(t+1)(t+2)/(1+z)³ ≈ 20 for two years give ~2e-5 years; 1e-4 allows for it.
        double[] coupons = rates(0.055, 0.055, 0.055);
        double centralDifference = -(value(coupons, 0.0625) - value(coupons, 0.0575))
                / (2 * value(coupons, 0.06) * 0.0025);
        assertThat(m.dv01() / (m.npv() * 1e-4)).isCloseTo(centralDifference, within(1e-4));
        // It is not the modified duration, which is taken at the yield at the price (par: 5.6% XIRR), not at
        // the 6% discount rate: the two differ here by more than the central difference's error.
        assertThat(Math.abs(m.modifiedDuration() - centralDifference)).isGreaterThan(1e-3);
    }

    @Test
    void aRateShockSaysWhatItMoves() {
        NoteMeasures base = ScenarioAnalyzer.baseMeasures(FRN, ISSUE, null, CURVE, SOFR);
        double discountOnly = value(rates(0.05, 0.05, 0.06), 0.07);
        double indexOnly = value(rates(0.05, 0.06, 0.062), 0.06);
        double both = value(rates(0.05, 0.06, 0.062), 0.07);
        assertThat(run(new Scenario("d", null, null, null, null, 100, RateShockTarget.DISCOUNT, null), base).npv())
                .isCloseTo(discountOnly, within(1e-6));
        assertThat(run(new Scenario("i", null, null, null, null, 100, RateShockTarget.INDEX, null), base).npv())
                .isCloseTo(indexOnly, within(1e-6));
        // Both by default, as the old six-argument form of a scenario means.
        assertThat(run(new Scenario("b", null, null, null, null, 100), base).npv()).isCloseTo(both, within(1e-6));
        // Re-fixed coupons are in the scenario's schedule, each row at its new rate.
        ScenarioResult r = ScenarioAnalyzer.analyze(FRN, base,
                new Scenario("i", null, null, null, null, 100, RateShockTarget.INDEX, null), ISSUE, null, CURVE, SOFR);
        assertThat(r.schedule().interestMinor(1)).isEqualTo(1_500_00);
        assertThat(r.schedule().rate(7)).isEqualByComparingTo("0.062");
        assertThat(r.measures().discountMargin()).isNotNull();
    }

    @Test
    void aFixedNoteIsUnaffectedByAnIndexMove() {
        Schedule fixed = ScheduleResolver.resolve(FIXED);
        NoteMeasures base = ScenarioAnalyzer.baseMeasures(fixed, ISSUE, null, CURVE, IndexData.NONE);
        ScenarioResult index = ScenarioAnalyzer.analyze(fixed, base,
                new Scenario("i", null, null, null, null, 100, RateShockTarget.INDEX, null), ISSUE, null, CURVE,
                IndexData.NONE);
        assertThat(index.measures()).isEqualTo(base);
        ScenarioResult path = ScenarioAnalyzer.analyze(fixed, base, new Scenario("p", null, null, null, null, 0, null,
                new IndexPath("SOFR", YearMonth.of(2024, 1), List.of(new BigDecimal("0.09")))), ISSUE, null, CURVE,
                IndexData.NONE);
        assertThat(path.measures()).isEqualTo(base);
        // A shock of both moves a fixed note's discounting only: today's rate shock, figure for figure.
        ScenarioResult both = ScenarioAnalyzer.analyze(fixed, base, new Scenario("b", null, null, null, null, 100),
                ISSUE, null, CURVE);
        assertThat(both.measures().npv()).isEqualTo(com.notefolio.core.pricer.NotePricer.presentValue(fixed, ISSUE,
                CURVE.shifted(100)));
    }

    @Test
    void anIndexPathReplacesTheProjection() {
        // SOFR at 3% through April 2024, then 4.5% from May 2024 to the end: the resets of 2024-04-15 read
        // 3% (4% coupon) and every later one 4.5% (5.5%). By hand on the flat 6%:
        IndexPath path = new IndexPath("SOFR", YearMonth.of(2024, 1), List.of(new BigDecimal("0.03"),
                new BigDecimal("0.03"), new BigDecimal("0.03"), new BigDecimal("0.03"), new BigDecimal("0.045")));
        NoteMeasures base = ScenarioAnalyzer.baseMeasures(FRN, ISSUE, null, CURVE, SOFR);
        ScenarioResult r = ScenarioAnalyzer.analyze(FRN, base, new Scenario("path", null, null, null, null, 0, null, path),
                ISSUE, null, CURVE, SOFR);
        double[] coupons = {0.05, 0.04, 0.055, 0.055, 0.055, 0.055, 0.055, 0.055};
        assertThat(r.measures().npv()).isCloseTo(value(coupons, 0.06), within(1e-6));
        assertThat(r.schedule().interestMinor(1)).isEqualTo(1_000_00);
    }

    @Test
    void movingAnIndexNeedsTheIndexDataAndATargetNeedsAShock() {
        NoteMeasures base = ScenarioAnalyzer.baseMeasures(FRN, ISSUE, null, CURVE, SOFR);
        assertThatThrownBy(() -> ScenarioAnalyzer.analyze(FRN, base,
                new Scenario("i", null, null, null, null, 100, RateShockTarget.INDEX, null), ISSUE, null, CURVE))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("needs the index data");
        assertThatThrownBy(() -> new Scenario("t", null, null, null, null, 0, RateShockTarget.INDEX, null))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessage("scenario \"t\": rateShockTarget = INDEX: aims a rate shock: give rateShockBp too");
        assertThatThrownBy(() -> new IndexPath("SOFR", YearMonth.of(2024, 1), List.of(new BigDecimal("0.03"),
                new BigDecimal("1.5"))))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessage("levels[1] = 1.5: must be a fraction between -1 and 1 of at most 10 decimals");
    }

    private static NoteMeasures run(Scenario s, NoteMeasures base) {
        return ScenarioAnalyzer.analyze(FRN, base, s, ISSUE, null, CURVE, SOFR).measures();
    }

    @Test
    void aPayoffInsideAPeriodStraddlingAResetOnItsDateChargesEachPartAtItsRate() {
        // 120,000.00 interest only, monthly from 1 Jan 2024, ACT/360; SOFR flat, 5% until resets on the 15th of
        // each month, on the reset date: 6% from 15 Jan, 4% from 15 Feb. Paid off on 20 Feb, the February period
        // owes 14 days at 6% and 5 at 4%: 120,000 × (0.06 × 14 + 0.04 × 5) ÷ 360 = 346.667 → 346.67 (at the
        // period's end rate alone it would be 120,000 × 0.04 × 19 ÷ 360 = 253.33).
        NoteTerms t = NoteTerms.builder("ON-DATE").borrower("B").principal("120000.00")
                .rate(RateTerms.Floating.builder("SOFR").initialRate("0.05").resets(Frequency.MONTHLY, LocalDate.of(2024, 1, 15))
                        .resetTiming(RateTerms.Floating.ResetTiming.ON_RESET_DATE).build())
                .issueDate(LocalDate.of(2024, 1, 1)).firstPaymentDate(LocalDate.of(2024, 2, 1))
                .maturityDate(LocalDate.of(2024, 4, 1)).frequency(Frequency.MONTHLY)
                .accrualBasis(DayCounts.ACT_360).amortization(Amortization.INTEREST_ONLY).build();
        IndexData data = IndexData.of(List.of(
                new IndexFixing("SOFR", LocalDate.of(2024, 1, 15), new BigDecimal("0.06")),
                new IndexFixing("SOFR", LocalDate.of(2024, 2, 15), new BigDecimal("0.04"))));
        Schedule base = ScheduleResolver.resolve(t, data);
        Scenario payoff = new Scenario("payoff", List.of(DatedPrepayment.payoff("ON-DATE", LocalDate.of(2024, 2, 20))),
                null, null, List.of(), 0);
        Schedule s = ScenarioProjector.project(base, payoff, t.issueDate()).schedule();
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.interestMinor(0)).isEqualTo(base.interestMinor(0));
        assertThat(s.interestMinor(1)).isEqualTo(34_667L);
        assertThat(s.prepaidMinor(1)).isEqualTo(12_000_000L);
    }
}
