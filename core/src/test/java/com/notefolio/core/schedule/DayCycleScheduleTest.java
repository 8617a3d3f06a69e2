package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Schedules of notes paying on a cycle of N days (ACTUS {@code P27D}, {@code P10D}), worked by hand: due
 * dates rolled by N days from the first payment date, a day-count basis over each period's actual days,
 * and the PERIODIC basis and the level payment at rate × N ÷ 365 (365 ÷ N periods a year).
 */
class DayCycleScheduleTest {

    private static NoteTerms.Builder note(String principal, String rate) {
        return NoteTerms.builder("cycle").borrower("Borrower").principal(principal).annualRate(rate);
    }

    @Test
    void aCycleOfDaysIsOneValueNamedAsActusWritesIt() {
        assertThat(Frequency.ofDays(27)).isSameAs(Frequency.parse("P27D")).isSameAs(Frequency.parse("27 days"))
                .isSameAs(Frequency.parse("every 27 days")).isSameAs(Frequency.parse("p27d"));
        assertThat(Frequency.ofDays(27).name()).isEqualTo("P27D");
        assertThat(Frequency.ofDays(27).days()).isEqualTo(27);
        assertThat(Frequency.ofDays(27).rollsByMonths()).isFalse();
        // 365 ÷ 27 = 13.5185... periods a year, held as the exact ratio
        assertThat(Frequency.ofDays(27).periodsPerYearNumerator()).isEqualTo(365);
        assertThat(Frequency.ofDays(27).periodsPerYearDenominator()).isEqualTo(27);
        assertThat(Frequency.ofDays(27).periodsPerYear()).isEqualTo(365.0 / 27);
        // The lenders' weekly cadences keep their nominal counts: P7D, P2W, P28D are the named ones.
        assertThat(Frequency.ofDays(7)).isSameAs(Frequency.WEEKLY);
        assertThat(Frequency.parse("P2W")).isSameAs(Frequency.BIWEEKLY);
        assertThat(Frequency.parse("P28D")).isSameAs(Frequency.FOUR_WEEKLY);
        assertThat(Frequency.WEEKLY.periodsPerYear()).isEqualTo(52.0);
        assertThat(Frequency.parse("semi-annual")).isSameAs(Frequency.SEMI_ANNUAL);
        // ACTUS's month cycles are the named month frequencies.
        assertThat(Frequency.parse("P3M")).isSameAs(Frequency.QUARTERLY);
        assertThat(Frequency.parse("P1Y")).isSameAs(Frequency.ANNUAL);
        assertThatThrownBy(() -> Frequency.parse("P5M")).hasMessageContaining("a cycle of 5 months");
        assertThatThrownBy(() -> Frequency.parse("P0M")).hasMessageContaining("a cycle of 0 months");
    }

    @Test
    void aCycleOutsideOneToThreeHundredSixtySixDaysOrAnUnknownWordIsRefused() {
        assertThatThrownBy(() -> Frequency.parse("P0D")).hasMessageContaining("from 1 to 366 days");
        assertThatThrownBy(() -> Frequency.parse("P367D")).hasMessageContaining("from 1 to 366 days");
        assertThatThrownBy(() -> Frequency.ofDays(0)).hasMessageContaining("from 1 to 366 days");
        assertThatThrownBy(() -> Frequency.parse("fortnightly")).hasMessageContaining("MONTHLY")
                .hasMessageContaining("P27D");
    }

    @Test
    void twentySevenDayInterestOnlyNoteAccruesEachCycleOnActual360() {
        // $123,456.78 at 7% ACT/360, every 27 days from 5 Jan 2026: due 1 Feb (5 Jan + 27), 28 Feb, 27 Mar,
        // 23 Apr 2026 (the maturity, 108 days = 4 × 27 after the issue).
        // Each period: 123,456.78 × 0.07 × 27 ÷ 360 = 123,456.78 × 0.00525 = 648.148095 → $648.15 (half up);
        // the last pays 123,456.78 + 648.15 = $124,104.93.
        NoteTerms terms = note("123456.78", "0.07")
                .issueDate(LocalDate.of(2026, 1, 5)).maturityDate(LocalDate.of(2026, 4, 23))
                .frequency(Frequency.ofDays(27)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_360).build();

        assertThat(terms.firstPaymentDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(ScheduleResolver.dueDateList(terms)).containsExactly(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 23));
        Schedule s = ScheduleResolver.resolve(terms);
        for (int i = 0; i < 4; i++) {
            assertThat(s.interestMinor(i)).as("interest %d", i + 1).isEqualTo(648_15);
        }
        assertThat(s.paymentMinor(3)).isEqualTo(124_104_93);
        assertThat(s.closingMinor(3)).isZero();
    }

    @Test
    void twentySevenDayLevelPaymentNoteOnThePeriodicBasisUsesRateTimesTwentySevenOver365() {
        // $10,000 at 12%, PERIODIC, every 27 days from 5 Jan 2026, six payments: 1 Feb, 28 Feb, 27 Mar,
        // 23 Apr, 20 May, 16 Jun 2026.
        // Periodic rate r = 0.12 × 27 ÷ 365 = 3.24 ÷ 365 = 0.00887671233 (365 ÷ 27 periods a year).
        // (1 + r)^6 = 1.0544563 (ln(1 + r) = 0.00883754, × 6 = 0.0530252, e^0.0530252 = 1.0544563);
        // PMT = 10,000 × r ÷ (1 − (1 + r)^−6) = 88.7671233 ÷ (1 − 0.9483561) = 88.7671233 ÷ 0.0516439
        //     = 1,718.83 (1,718.8288…), half up $1,718.83.
        // Rows (interest = balance × 0.12 × 27 ÷ 365, half up; principal = 1,718.83 − interest):
        //   1: 10,000.00 × 0.00887671 = 88.767  → 88.77, principal 1,630.06, balance 8,369.94
        //   2:  8,369.94 → 74.297 → 74.30, principal 1,644.53, balance 6,725.41
        //   3:  6,725.41 → 59.699 → 59.70, principal 1,659.13, balance 5,066.28
        //   4:  5,066.28 → 44.972 → 44.97, principal 1,673.86, balance 3,392.42
        //   5:  3,392.42 → 30.113 → 30.11, principal 1,688.72, balance 1,703.70
        //   6:  1,703.70 → 15.123 → 15.12, the last payment 1,703.70 + 15.12 = 1,718.82.
        NoteTerms terms = note("10000.00", "0.12")
                .issueDate(LocalDate.of(2026, 1, 5)).maturityDate(LocalDate.of(2026, 6, 16))
                .frequency(Frequency.parse("P27D")).amortization(Amortization.LEVEL_PAYMENT)
                .accrualBasis(DayCounts.PERIODIC).build();
        Schedule s = ScheduleResolver.resolve(terms);

        assertThat(s.size()).isEqualTo(6);
        assertThat(LocalDate.ofEpochDay(s.dueEpochDay(5))).isEqualTo(LocalDate.of(2026, 6, 16));
        long[] interest = {88_77, 74_30, 59_70, 44_97, 30_11, 15_12};
        long[] opening = {10_000_00, 8_369_94, 6_725_41, 5_066_28, 3_392_42, 1_703_70};
        for (int i = 0; i < 6; i++) {
            assertThat(s.openingMinor(i)).as("opening %d", i + 1).isEqualTo(opening[i]);
            assertThat(s.interestMinor(i)).as("interest %d", i + 1).isEqualTo(interest[i]);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(s.paymentMinor(i)).as("payment %d", i + 1).isEqualTo(1_718_83);
        }
        assertThat(s.paymentMinor(5)).isEqualTo(1_718_82);
        assertThat(s.closingMinor(5)).isZero();
        // The level payment itself, by the frequency's exact ratio.
        assertThat(LevelPayment.of(10_000_00, new BigDecimal("0.12"), Frequency.ofDays(27), 6, RoundingRule.HALF_UP))
                .isEqualTo(1_718_83);
    }

    @Test
    void tenDayConstantPrincipalNoteAccruesOnActual365Fixed() {
        // $30,000 at 8% ACT/365F, every 10 days from 1 Mar 2026: due 11 Mar, 21 Mar, 31 Mar 2026;
        // $10,000 of principal each.
        // Interest: 30,000 × 0.08 × 10 ÷ 365 = 65.7534 → $65.75; 20,000 → 43.8356 → $43.84;
        // 10,000 → 21.9178 → $21.92.
        NoteTerms terms = note("30000.00", "0.08")
                .issueDate(LocalDate.of(2026, 3, 1)).maturityDate(LocalDate.of(2026, 3, 31))
                .frequency(Frequency.ofDays(10)).amortization(Amortization.CONSTANT_PRINCIPAL)
                .accrualBasis(DayCounts.ACT_365F).build();
        Schedule s = ScheduleResolver.resolve(terms);

        assertThat(ScheduleResolver.dueDateList(terms)).containsExactly(LocalDate.of(2026, 3, 11),
                LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 31));
        assertThat(s.interestMinor(0)).isEqualTo(65_75);
        assertThat(s.interestMinor(1)).isEqualTo(43_84);
        assertThat(s.interestMinor(2)).isEqualTo(21_92);
        for (int i = 0; i < 3; i++) {
            assertThat(s.principalMinor(i)).as("principal %d", i + 1).isEqualTo(10_000_00);
        }
        assertThat(s.paymentMinor(0)).isEqualTo(10_065_75);
    }

    @Test
    void tenDayNoteOnActual360EndsWithAShortStubToAnOffCycleMaturity() {
        // $50,000 at 9.5% ACT/360, every 10 days from 1 Mar 2026, maturing 25 Mar 2026: due 11 Mar, 21 Mar,
        // then the maturity 25 Mar, a 4-day stub.
        // 10 days: 50,000 × 0.095 × 10 ÷ 360 = 131.9444 → $131.94; 4 days: 50,000 × 0.095 × 4 ÷ 360
        // = 52.7778 → $52.78, paid with the principal: $50,052.78.
        NoteTerms terms = note("50000.00", "0.095")
                .issueDate(LocalDate.of(2026, 3, 1)).maturityDate(LocalDate.of(2026, 3, 25))
                .frequency(Frequency.ofDays(10)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_360).build();
        Schedule s = ScheduleResolver.resolve(terms);

        assertThat(ScheduleResolver.dueDateList(terms)).containsExactly(LocalDate.of(2026, 3, 11),
                LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 25));
        assertThat(s.interestMinor(0)).isEqualTo(131_94);
        assertThat(s.interestMinor(1)).isEqualTo(131_94);
        assertThat(s.interestMinor(2)).isEqualTo(52_78);
        assertThat(s.paymentMinor(2)).isEqualTo(50_052_78);
    }

    @Test
    void tenDayPeriodicNoteChargesNOver365AndCountsAStubInWholeCycles() {
        // $36,500 at 10%, PERIODIC, every 10 days: a regular period is 36,500 × 0.10 × 10 ÷ 365 = $100.00
        // whatever its days. Issued 1 Mar 2026 with the first payment on 17 Mar (16 days: 16 ÷ 10 = 1.6,
        // rounded to 2 whole cycles, $200.00), then 27 Mar, and the maturity 31 Mar 2026 (4 days: 0.4,
        // at least one cycle, $100.00).
        NoteTerms terms = note("36500.00", "0.10")
                .issueDate(LocalDate.of(2026, 3, 1)).firstPaymentDate(LocalDate.of(2026, 3, 17))
                .maturityDate(LocalDate.of(2026, 3, 31))
                .frequency(Frequency.ofDays(10)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.PERIODIC).build();
        Schedule s = ScheduleResolver.resolve(terms);

        assertThat(ScheduleResolver.dueDateList(terms)).containsExactly(LocalDate.of(2026, 3, 17),
                LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 31));
        assertThat(s.interestMinor(0)).isEqualTo(200_00);
        assertThat(s.interestMinor(1)).isEqualTo(100_00);
        assertThat(s.interestMinor(2)).isEqualTo(100_00);
    }
}
