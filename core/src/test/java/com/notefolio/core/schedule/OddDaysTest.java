package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.OddDays;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioProjector;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The odd-days rule of a PERIODIC note's stub periods, worked by hand. The note: $10,000.00 at 12%,
 * monthly, interest only, issued 2024-01-15 with its first payment on 2024-02-01 — a 17-day first period
 * (16 days of January from the 15th, and 1 February) — and regular periods on the 1st to 2024-06-01.
 * A year's interest is 1,000,000 cents × 12% = 120,000 cents; a regular month's is 10,000 cents.
 */
class OddDaysTest {

    private static NoteTerms.Builder note() {
        return NoteTerms.builder("STUB-17").borrower("B").principal("10000.00").annualRate("0.12")
                .issueDate(LocalDate.of(2024, 1, 15)).firstPaymentDate(LocalDate.of(2024, 2, 1))
                .maturityDate(LocalDate.of(2024, 6, 1)).amortization(Amortization.INTEREST_ONLY);
    }

    private static Schedule resolve(OddDays rule) {
        return ScheduleResolver.resolve(note().oddDays(rule).build());
    }

    @Test
    void aSeventeenDayFirstPeriodChargesSeventeenDaysAtTheStatedBasis() {
        // ACT/360: 120,000 × 17/360 = 2,040,000/360 = 5,666.67 cents → 5,667 ($56.67), half-up.
        assertThat(resolve(OddDays.byDays(DayCounts.ACT_360)).interestMinor(0)).isEqualTo(56_67);
        // ACT/365F: 120,000 × 17/365 = 2,040,000/365 = 5,589.04 cents → 5,589 ($55.89).
        assertThat(resolve(OddDays.byDays(DayCounts.ACT_365F)).interestMinor(0)).isEqualTo(55_89);
        // 30/360 US: 15 Jan to 1 Feb is (2 − 1) × 30 + (1 − 15) = 16 days; 120,000 × 16/360 = 5,333.33 → 5,333.
        assertThat(resolve(OddDays.byDays(DayCounts.THIRTY_360_US)).interestMinor(0)).isEqualTo(53_33);
        // A whole period (the default): one month, 120,000 ÷ 12 = 10,000 ($100.00), whatever the 17 days.
        assertThat(resolve(OddDays.WHOLE_PERIOD).interestMinor(0)).isEqualTo(100_00);
        assertThat(ScheduleResolver.resolve(note().build()).interestMinor(0)).isEqualTo(100_00);
    }

    @Test
    void regularPeriodsAreAWholeMonthUnderEitherRule() {
        Schedule s = resolve(OddDays.byDays(DayCounts.ACT_360));
        assertThat(s.size()).isEqualTo(5);
        for (int i = 1; i < s.size(); i++) {
            // February has 29 days in 2024, March 31: PERIODIC charges 10,000 cents each all the same.
            assertThat(s.interestMinor(i)).isEqualTo(100_00);
        }
        assertThat(s.paymentMinor(4)).isEqualTo(10_100_00);
    }

    @Test
    void aLongFirstPeriodIsItsWholePeriodsAndTheOddDaysRoundedOnce() {
        // Issued 2023-12-15: one whole period (1 Jan to 1 Feb) counted back from the first due date, and the
        // odd days 15 Dec to 1 Jan (17 days). ACT/360: 120,000 × (1/12 + 17/360) = 10,000 + 5,666.67
        // = 15,666.67 → 15,667 cents. A whole-period rule rounds 1 month 17 days to 2 months: 20,000.
        NoteTerms.Builder b = note().issueDate(LocalDate.of(2023, 12, 15));
        assertThat(ScheduleResolver.resolve(b.oddDays(OddDays.byDays(DayCounts.ACT_360)).build()).interestMinor(0))
                .isEqualTo(156_67);
        assertThat(ScheduleResolver.resolve(b.oddDays(OddDays.WHOLE_PERIOD).build()).interestMinor(0))
                .isEqualTo(200_00);
    }

    @Test
    void aShortLastPeriodChargesItsDays() {
        // Maturity 2024-06-10, off the roll: the last period is 1 June to 10 June, 9 days.
        // ACT/360: 120,000 × 9/360 = 3,000 cents exactly; a whole period would charge 10,000.
        NoteTerms.Builder b = note().maturityDate(LocalDate.of(2024, 6, 10));
        Schedule byDays = ScheduleResolver.resolve(b.oddDays(OddDays.byDays(DayCounts.ACT_360)).build());
        assertThat(byDays.size()).isEqualTo(6);
        assertThat(byDays.interestMinor(5)).isEqualTo(30_00);
        assertThat(ScheduleResolver.resolve(b.oddDays(OddDays.WHOLE_PERIOD).build()).interestMinor(5))
                .isEqualTo(100_00);
    }

    @Test
    void accruedInterestAndScenariosUseTheSameRule() {
        Schedule s = resolve(OddDays.byDays(DayCounts.ACT_360));
        // 9 days into the 17-day stub: 5,666.67 × 9/17 = 120,000 × 9/360 = 3,000 cents, one rounding.
        int jan24 = EpochDay.of(LocalDate.of(2024, 1, 24));
        assertThat(s.accruedInterestMinor(jan24)).isEqualTo(30_00);

        // A payoff on 2024-01-24 pays that accrued interest with the principal.
        Scenario payoff = new Scenario("payoff", List.of(DatedPrepayment.payoff("STUB-17", LocalDate.of(2024, 1, 24))),
                null, null, null, 0);
        Schedule paidOff = ScenarioProjector.project(s, payoff, LocalDate.of(2024, 1, 15)).schedule();
        assertThat(paidOff.size()).isEqualTo(1);
        assertThat(paidOff.interestMinor(0)).isEqualTo(30_00);
        assertThat(paidOff.prepaidMinor(0)).isEqualTo(10_000_00);

        // A prepayment speed projects every period, the stub included, with the resolver's interest.
        Schedule cpr = ScenarioProjector.project(s, new Scenario("10 CPR", null, PrepaymentSpeed.cpr(0.10), null,
                null, 0), LocalDate.of(2024, 1, 15)).schedule();
        assertThat(cpr.interestMinor(0)).isEqualTo(56_67);
        // Later periods: 12% ÷ 12 of the balance left after the prepayments, a regular month each.
        for (int i = 1; i < cpr.size(); i++) {
            assertThat(cpr.interestMinor(i)).isEqualTo(Math.round(cpr.openingMinor(i) * 0.01));
        }
    }

    @Test
    void the2003NoteStillPaysFifteenHundredOnItsThirtyDayFirstPeriod() {
        NoteTerms terms = PortfolioGenerator.promissoryNote2003();
        assertThat(terms.oddDays()).isEqualTo(OddDays.WHOLE_PERIOD);
        Schedule s = ScheduleResolver.resolve(terms);
        // 13 Aug to 12 Sep 2003 is one whole period: $150,000 × 12% ÷ 12 = $1,500.00, as the note states.
        assertThat(s.interestMinor(0)).isEqualTo(1_500_00);
        assertThat(s.size()).isEqualTo(29);
        for (int i = 0; i < s.size() - 1; i++) {
            assertThat(s.paymentMinor(i)).isEqualTo(1_500_00);
        }
        assertThat(s.paymentMinor(28)).isEqualTo(151_500_00);
        // The same note from its terms (interest only, monthly, PERIODIC, the default whole-period rule):
        // the same 28 payments of $1,500.00 and the $151,500.00 balloon.
        NoteTerms.Builder fromTerms = NoteTerms.builder("INFINITE-2003").borrower("Infinite Group, Inc.")
                .principal("150000.00").annualRate("0.12").issueDate(LocalDate.of(2003, 8, 13))
                .firstPaymentDate(LocalDate.of(2003, 9, 12)).maturityDate(LocalDate.of(2006, 1, 12))
                .amortization(Amortization.INTEREST_ONLY);
        Schedule io = ScheduleResolver.resolve(fromTerms.build());
        assertThat(io.size()).isEqualTo(29);
        for (int i = 0; i < 28; i++) {
            assertThat(io.paymentMinor(i)).isEqualTo(1_500_00);
        }
        assertThat(io.paymentMinor(28)).isEqualTo(151_500_00);
        // Its first period, 13 Aug to 12 Sep, is 30 days, one day short of the month before 12 Sep: a stub.
        // On ACT/365F it would be 150,000 × 12% × 30/365 = 18,000 × 30/365 = 1,479.45 — not what it states.
        assertThat(ScheduleResolver.resolve(fromTerms.oddDays(OddDays.byDays(DayCounts.ACT_365F)).build())
                .interestMinor(0)).isEqualTo(1_479_45);
    }

    @Test
    void theRuleIsValidatedWithTheTerms() {
        assertThatThrownBy(() -> note().accrualBasis(DayCounts.ACT_360).oddDays(OddDays.byDays(DayCounts.ACT_360)).build())
                .isInstanceOf(InvalidTermsException.class)
                .hasMessage("note STUB-17: odd_days = ACT/360: applies to PERIODIC notes only; a ACT/360 note already "
                        + "accrues every period by its days");
        assertThatThrownBy(() -> note().frequency(com.notefolio.core.convention.Frequency.AT_MATURITY)
                .amortization(Amortization.BULLET).firstPaymentDate(null).oddDays(OddDays.byDays(DayCounts.ACT_360)).build())
                .isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("odd_days = ACT/360: applies to a schedule rolled at a regular frequency");
        assertThat(OddDays.of("act/365")).contains(OddDays.byDays(DayCounts.ACT_365F));
        assertThat(OddDays.of("whole_period")).contains(OddDays.WHOLE_PERIOD);
        assertThat(OddDays.of("PERIODIC")).isEmpty();
        assertThat(OddDays.of("days")).isEmpty();
        for (DayCount basis : List.of(DayCounts.ACT_360, DayCounts.ACT_365F, DayCounts.THIRTY_360_US)) {
            assertThat(OddDays.of(OddDays.byDays(basis).code())).contains(OddDays.byDays(basis));
        }
    }

    @Test
    void aScenarioThatChangesNoFlowReproducesTheResolvedScheduleUnderEveryRule() {
        // Stubs of every length, long and short first periods, off-roll maturities, month ends, each rule:
        // a 0 CPR projected from the issue date must give back the resolver's rows exactly, and a payoff
        // inside the first period the schedule's own accrued interest — one period rule for both.
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        List<OddDays> rules = List.of(OddDays.WHOLE_PERIOD, OddDays.byDays(DayCounts.ACT_360),
                OddDays.byDays(DayCounts.ACT_365F), OddDays.byDays(DayCounts.THIRTY_360_US),
                OddDays.byDays(DayCounts.THIRTY_E_360), OddDays.byDays(DayCounts.ACT_ACT_ISDA));
        List<Amortization> kinds = List.of(Amortization.INTEREST_ONLY, Amortization.LEVEL_PAYMENT,
                Amortization.CONSTANT_PRINCIPAL);
        List<com.notefolio.core.convention.Frequency> frequencies = List.of(com.notefolio.core.convention.Frequency.MONTHLY,
                com.notefolio.core.convention.Frequency.QUARTERLY);
        for (int n = 0; n < 2_000; n++) {
            LocalDate issue = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000));
            var frequency = frequencies.get(r.nextInt(frequencies.size()));
            LocalDate first = issue.plusDays(1 + r.nextInt(40 * frequency.months()));
            LocalDate maturity = first.plusMonths((long) r.nextInt(40) * frequency.months()).plusDays(r.nextInt(21) - 10);
            if (!maturity.isAfter(first)) {
                maturity = first;
            }
            NoteTerms terms = NoteTerms.builder("N" + n).borrower("B").principal(String.valueOf(1_000 + r.nextInt(1_000_000)))
                    .annualRate(java.math.BigDecimal.valueOf(r.nextInt(2500), 4)).issueDate(issue).firstPaymentDate(first)
                    .maturityDate(maturity).frequency(frequency).amortization(kinds.get(r.nextInt(kinds.size())))
                    .oddDays(rules.get(r.nextInt(rules.size()))).build();
            Schedule base = ScheduleResolver.resolve(terms);
            Schedule projected = ScenarioProjector.project(base, new Scenario("0 CPR", null, PrepaymentSpeed.cpr(0),
                    null, null, 0), issue).schedule();
            assertThat(projected.size()).as(terms.toString()).isEqualTo(base.size());
            for (int i = 0; i < base.size(); i++) {
                assertThat(new long[] {projected.interestMinor(i), projected.principalMinor(i), projected.paymentMinor(i)})
                        .as("%s row %d", terms, i)
                        .containsExactly(base.interestMinor(i), base.principalMinor(i), base.paymentMinor(i));
            }
            int firstDue = base.dueEpochDay(0);
            int day = EpochDay.of(issue) + 1 + r.nextInt(Math.max(1, firstDue - EpochDay.of(issue) - 1));
            if (day < firstDue && terms.maturityDate().isAfter(EpochDay.toDate(day))) {
                Schedule paidOff = ScenarioProjector.project(base, new Scenario("payoff",
                        List.of(DatedPrepayment.payoff(terms.id(), EpochDay.toDate(day))), null, null, null, 0), issue)
                        .schedule();
                assertThat(paidOff.interestMinor(0)).as("%s payoff on %s", terms, EpochDay.toDate(day))
                        .isEqualTo(base.accruedInterestMinor(day));
            }
        }
    }
}
