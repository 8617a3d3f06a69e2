package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PremiumStep;
import com.notefolio.core.note.PrepaymentPremium;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prepayment premiums worked by hand on a 10-year interest-only note: $1,000,000 at 6% paid monthly, issued
 * 2020-01-01, maturing 2030-01-01 (PERIODIC: $5,000.00 of interest a month).
 */
class PrepaymentPremiumTest {

    private static final LocalDate ISSUE = LocalDate.of(2020, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 15);

    private static Schedule note(String id, PrepaymentTerms prepayment) {
        return ScheduleResolver.resolve(NoteTerms.builder(id).borrower("B").principal("1000000.00").annualRate("0.06")
                .issueDate(ISSUE).maturityDate(LocalDate.of(2030, 1, 1)).amortization(Amortization.INTEREST_ONLY)
                .prepayment(prepayment).build());
    }

    private static DatedPrepayment prepay(String id, LocalDate date, String amount) {
        return new DatedPrepayment(id, date, new BigDecimal(amount), PrepaymentMode.REDUCE_TERM);
    }

    private static int row(Schedule s, LocalDate due) {
        for (int i = 0; i < s.size(); i++) {
            if (s.dueEpochDay(i) == EpochDay.of(due)) {
                return i;
            }
        }
        throw new AssertionError("no row due " + due);
    }

    private static PrepaymentTerms yieldMaintenance(String floor, int openMonths) {
        return new PrepaymentTerms(true, null, null,
                new PrepaymentPremium.YieldMaintenance(new BigDecimal("0.005"), new BigDecimal(floor)), openMonths);
    }

    @Test
    void stepDownChargesTheRateOfTheLoanYearEachPrepaymentFallsIn() {
        Schedule base = note("STEP", new PrepaymentTerms(true, null, null,
                PrepaymentPremium.StepDown.byLoanYear("0.05", "0.04", "0.03", "0.02", "0.01"), 0));
        Scenario s = new Scenario("5-4-3-2-1", List.of(
                prepay("STEP", LocalDate.of(2020, 7, 1), "100000.00"),   // loan year 1: 5%
                prepay("STEP", LocalDate.of(2021, 1, 1), "100000.00"),   // first anniversary, year 2: 4%
                prepay("STEP", LocalDate.of(2022, 7, 1), "100000.00"),   // year 3: 3%
                prepay("STEP", LocalDate.of(2025, 7, 1), "100000.00")),  // year 6: open, 0
                null, null, List.of(), 0);
        Schedule p = ScenarioProjector.project(base, s, AS_OF).schedule();

        assertThat(p.penaltyMinor(row(p, LocalDate.of(2020, 7, 1)))).isEqualTo(5_000_00);
        assertThat(p.penaltyMinor(row(p, LocalDate.of(2021, 1, 1)))).isEqualTo(4_000_00);
        assertThat(p.penaltyMinor(row(p, LocalDate.of(2022, 7, 1)))).isEqualTo(3_000_00);
        int year6 = row(p, LocalDate.of(2025, 7, 1));
        assertThat(p.penaltyMinor(year6)).isZero();
        assertThat(p.flags(year6) & FlowKind.PENALTY.bit()).isZero();
        // The row pays the month's interest on its opening balance (1,000,000 × 0.5% = 5,000), the 100,000 prepaid
        // and the 5,000 premium.
        int july = row(p, LocalDate.of(2020, 7, 1));
        assertThat(p.paymentMinor(july)).isEqualTo(1_000_000_00L * 5 / 1000 + 100_000_00 + 5_000_00);
    }

    @Test
    void stepsByDateApplyFromTheirDates() {
        var steps = new PrepaymentPremium.StepDown(List.of(PremiumStep.fromDate(ISSUE, new BigDecimal("0.03")),
                PremiumStep.fromDate(LocalDate.of(2023, 6, 1), new BigDecimal("0.01")),
                PremiumStep.fromDate(LocalDate.of(2026, 1, 1), BigDecimal.ZERO)));
        assertThat(steps.rateOn(ISSUE, LocalDate.of(2023, 5, 31))).isEqualByComparingTo("0.03");
        assertThat(steps.rateOn(ISSUE, LocalDate.of(2023, 6, 1))).isEqualByComparingTo("0.01");
        assertThat(steps.rateOn(ISSUE, LocalDate.of(2027, 1, 1))).isEqualByComparingTo("0");
    }

    @Test
    void yieldMaintenanceIsThePresentValueOfTheLostInterest() {
        // Payoff of 1,000,000 on 2027-01-01, 36 months before maturity; reference 4% + spread 0.5% = y = 4.5%.
        // Lost interest a month: 1,000,000 × (6% − 4.5%) ÷ 12 = 1,250.00, discounted at 4.5% ÷ 12 = 0.375% a month:
        // 1,250 × (1 − 1.00375^−36) ÷ 0.00375 = 1,250 × 33.616920658 = 42,021.1508 → 42,021.15.
        Schedule base = note("YM", yieldMaintenance("0.01", 0));
        Scenario s = new Scenario("refinance", List.of(DatedPrepayment.payoff("YM", LocalDate.of(2027, 1, 1))),
                null, null, List.of(), 0);
        Schedule p = ScenarioProjector.project(base, s, AS_OF, FlatRate.of(0.04)).schedule();
        int last = p.size() - 1;
        assertThat(p.period(last).dueDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(p.prepaidMinor(last)).isEqualTo(1_000_000_00L);
        assertThat(p.penaltyMinor(last)).isEqualTo(42_021_15);
        assertThat(p.flags(last) & FlowKind.PENALTY.bit()).isNotZero();
    }

    @Test
    void analyzerTakesTheReferenceFromTheCaseDiscountCurve() {
        // The same payoff valued at a flat 4% discount curve: the reference is that curve, so the premium is
        // 42,021.15 as above; shocked +100 bp the reference is 5% + 0.5%: 1,000,000 × 0.5% ÷ 12 = 416.67 a month
        // over 36 months at 5.5% ÷ 12, × (1 − (1 + 0.055/12)^−36) ÷ (0.055/12) = 416.666… × 33.117077 = 13,798.78.
        Schedule base = note("YM", yieldMaintenance("0.01", 0));
        var payoff = List.of(DatedPrepayment.payoff("YM", LocalDate.of(2027, 1, 1)));
        var results = ScenarioAnalyzer.analyze(base, List.of(new Scenario("refinance", payoff, null, null, List.of(), 0),
                new Scenario("refinance +100bp", payoff, null, null, List.of(), 100)), AS_OF, base.money(1_000_000_00L), FlatRate.of(0.04));
        Schedule flat = results.get(0).schedule();
        Schedule shocked = results.get(1).schedule();
        assertThat(flat.penaltyMinor(flat.size() - 1)).isEqualTo(42_021_15);
        assertThat(shocked.penaltyMinor(shocked.size() - 1)).isEqualTo(13_798_78);
    }

    @Test
    void yieldMaintenanceNeverFallsBelowItsFloor() {
        // Reference 7% + 0.5% is above the note's 6%: no interest is lost, the floor 1% × 1,000,000 = 10,000.00 is due.
        Schedule base = note("YMF", yieldMaintenance("0.01", 0));
        Scenario s = new Scenario("rates up", List.of(DatedPrepayment.payoff("YMF", LocalDate.of(2027, 1, 1))),
                null, null, List.of(), 0);
        Schedule p = ScenarioProjector.project(base, s, AS_OF, FlatRate.of(0.07)).schedule();
        assertThat(p.penaltyMinor(p.size() - 1)).isEqualTo(10_000_00);
    }

    @Test
    void openPeriodBeforeMaturityChargesNoPremium() {
        // Open for the last 3 months: from 2029-10-01. On 2029-09-01 (4 months left) yield maintenance at 4.5% is
        // 1,250 × (1 − 1.00375^−4) ÷ 0.00375 = 4,953.47, below the floor of 10,000.00; on 2029-10-01 nothing.
        Schedule base = note("OPEN", yieldMaintenance("0.01", 3));
        Schedule before = ScenarioProjector.project(base, new Scenario("sep", List.of(
                DatedPrepayment.payoff("OPEN", LocalDate.of(2029, 9, 1))), null, null, List.of(), 0), AS_OF,
                FlatRate.of(0.04)).schedule();
        Schedule open = ScenarioProjector.project(base, new Scenario("oct", List.of(
                DatedPrepayment.payoff("OPEN", LocalDate.of(2029, 10, 1))), null, null, List.of(), 0), AS_OF,
                FlatRate.of(0.04)).schedule();
        assertThat(before.penaltyMinor(before.size() - 1)).isEqualTo(10_000_00);
        assertThat(open.penaltyMinor(open.size() - 1)).isZero();

        Schedule noFloor = ScenarioProjector.project(note("OPEN0", yieldMaintenance("0", 3)), new Scenario("sep",
                List.of(DatedPrepayment.payoff("OPEN0", LocalDate.of(2029, 9, 1))), null, null, List.of(), 0), AS_OF,
                FlatRate.of(0.04)).schedule();
        assertThat(noFloor.penaltyMinor(noFloor.size() - 1)).isEqualTo(4_953_47);
    }

    @Test
    void yieldMaintenanceWithoutAReferenceIsRefused() {
        Scenario s = new Scenario("no curve", List.of(DatedPrepayment.payoff("YM", LocalDate.of(2027, 1, 1))),
                null, null, List.of(), 0);
        assertThatThrownBy(() -> ScenarioProjector.project(note("YM", yieldMaintenance("0.01", 0)), s, AS_OF))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("referenceCurve")
                .hasMessageContaining("needs a reference rate or curve");
    }

    @Test
    void speedPaysPremiumsOnlyWhenTheScenarioSaysSo() {
        Schedule base = note("CPR", new PrepaymentTerms(true, new BigDecimal("0.02"), null));
        Scenario off = new Scenario("10 CPR", List.of(), PrepaymentSpeed.cpr(0.10), null, List.of(), 0);
        Scenario on = new Scenario("10 CPR premiums", List.of(), PrepaymentSpeed.cpr(0.10), null, List.of(), 0,
                RateShockTarget.BOTH, null, true);
        Schedule without = ScenarioProjector.project(base, off, AS_OF).schedule();
        Schedule with = ScenarioProjector.project(base, on, AS_OF).schedule();
        int feb = row(with, LocalDate.of(2020, 2, 1));
        assertThat(without.penaltyMinor(feb)).isZero();
        // SMM = 1 − 0.9^(1/12) = 0.0087416; prepaid = 1,000,000 × SMM = 8,741.61; premium 2% of it = 174.83.
        assertThat(with.prepaidMinor(feb)).isEqualTo(8_741_61);
        assertThat(with.penaltyMinor(feb)).isEqualTo(174_83);
    }

    @Test
    void premiumsOnSpeedIsStatedInTheScenarioJson() {
        var set = com.notefolio.core.io.ScenarioJson.fromJson("""
                {"name":"s","scenarios":[{"name":"10 CPR premiums","prepaymentSpeed":{"cpr":0.10},"premiumsOnSpeed":true},
                 {"name":"10 CPR","prepaymentSpeed":{"cpr":0.10}}]}""");
        assertThat(set.scenarios().get(0).premiumsOnSpeed()).isTrue();
        assertThat(set.scenarios().get(1).premiumsOnSpeed()).isFalse();
        String json = com.notefolio.core.io.ScenarioJson.toJson(set);
        assertThat(json).containsOnlyOnce("\"premiumsOnSpeed\"");
        assertThat(com.notefolio.core.io.ScenarioJson.fromJson(json)).isEqualTo(set);
        assertThatThrownBy(() -> com.notefolio.core.io.ScenarioJson.fromJson("""
                {"name":"s","scenarios":[{"name":"no speed","rateShockBp":10,"premiumsOnSpeed":true}]}"""))
                .hasMessageContaining("premiumsOnSpeed");
    }

    @Test
    void premiumAndFlatPenaltyTogetherAreRefused() {
        assertThatThrownBy(() -> new PrepaymentTerms(true, new BigDecimal("0.02"), null,
                PrepaymentPremium.StepDown.byLoanYear("0.05"), 0))
                .isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> new PrepaymentPremium.StepDown(List.of(PremiumStep.fromYear(2, BigDecimal.ONE),
                PremiumStep.fromYear(1, BigDecimal.ZERO))))
                .isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("prepayment.premium.steps[1]");
    }
}
