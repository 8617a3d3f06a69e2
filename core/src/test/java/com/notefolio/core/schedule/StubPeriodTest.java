package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Odd first periods and rounding that would end a schedule before its maturity. */
class StubPeriodTest {

    @Test
    void longFirstPeriodPaysOddDaysInterestWithTheFirstPaymentAndLeavesNoBalloon() {
        // $100,000 at 24% for 30 years, first payment three months after the loan is made.
        NoteTerms t = NoteTerms.builder("LONG-STUB").borrower("B").principal("100000.00").annualRate("0.24")
                .issueDate(LocalDate.of(2024, 1, 1)).firstPaymentDate(LocalDate.of(2024, 4, 1))
                .maturityDate(LocalDate.of(2054, 3, 1)).amortization(Amortization.LEVEL_PAYMENT).build();
        Schedule s = ScheduleResolver.resolve(t);
        // Level payment PMT(2%, 360, 100,000) = 2,001.60 (2% × 100,000 ÷ (1 − 1.02^−360)).
        long level = Math.round(100_000_00 * 0.02 / (1 - Math.pow(1.02, -360)));
        assertThat(level).isEqualTo(2_001_60);
        // First period: three months of interest, 100,000 × 24% × 3/12 = 6,000.00; principal retired is the
        // level payment less a regular month's 2,000.00 of interest = 1.60. Without the odd-days rule the
        // first payment would fall 4,000 short of its interest and the balance would compound to a balloon.
        assertThat(s.interestMinor(0)).isEqualTo(6_000_00);
        assertThat(s.principalMinor(0)).isEqualTo(1_60);
        assertThat(s.paymentMinor(0)).isEqualTo(6_001_60);
        // From then on the note amortizes as the annuity it was priced as. The last payment takes the
        // residue of 360 roundings, each compounded at 2% a month until maturity (up to ½ cent × 1.02^k),
        // so at 24% it may differ from the level payment by a few hundred dollars — not by millions.
        for (int i = 1; i < s.size() - 1; i++) {
            assertThat(s.paymentMinor(i)).isEqualTo(level);
        }
        assertThat(s.size()).isEqualTo(360);
        assertThat(s.paymentMinor(s.size() - 1)).isBetween(level / 2, 2 * level);
        assertThat(s.period(s.size() - 1).dueDate()).isEqualTo(LocalDate.of(2054, 3, 1));
    }

    @Test
    void shortFirstPeriodDoesNotEndTheScheduleEarly() {
        // $100,000 at 8% annual, ACT/365F, a 14-day first period and a 5-day last period: 11 payments.
        NoteTerms t = NoteTerms.builder("SHORT-STUB").borrower("B").principal("100000.00").annualRate("0.08")
                .issueDate(LocalDate.of(2024, 1, 18)).firstPaymentDate(LocalDate.of(2024, 2, 1))
                .maturityDate(LocalDate.of(2034, 2, 6)).frequency(Frequency.ANNUAL)
                .amortization(Amortization.LEVEL_PAYMENT).accrualBasis(DayCounts.ACT_365F).build();
        Schedule s = ScheduleResolver.resolve(t);
        assertThat(s.size()).isEqualTo(12);
        assertThat(s.period(s.size() - 1).dueDate()).isEqualTo(LocalDate.of(2034, 2, 6));
        assertThat(s.closingMinor(s.size() - 1)).isZero();
    }

    @Test
    void constantPrincipalRoundedUpStillPaysOnEveryDueDate() {
        // ¥100,000 over 600 months: 100,000 ÷ 600 = 166.67 rounds half-up to 167, and 599 × 167 = 100,033
        // would retire the principal a month early; the installment is 166 instead, the last 434.
        NoteTerms t = NoteTerms.builder("JPY-CP").borrower("B").currency("JPY").principal("100000").annualRate("0.01")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2074, 1, 1))
                .amortization(Amortization.CONSTANT_PRINCIPAL).build();
        Schedule s = ScheduleResolver.resolve(t);
        assertThat(s.size()).isEqualTo(600);
        assertThat(s.principalMinor(0)).isEqualTo(166);
        assertThat(s.principalMinor(599)).isEqualTo(100_000 - 599 * 166);
    }
}
