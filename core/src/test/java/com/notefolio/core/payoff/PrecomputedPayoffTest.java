package com.notefolio.core.payoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrecomputedInterest;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Payoff quotes of the $1,000 8% add-on note (12 × $90.00 from 2024-02-15, finance charge $80.00) on and between
 * due dates, by the Rule of 78s and the actuarial method, worked by hand in the comments.
 */
class PrecomputedPayoffTest {

    private static Schedule addOn(PrecomputedInterest method) {
        return ScheduleResolver.resolve(NoteTerms.builder("addon").borrower("Borrower").principal("1000.00")
                .annualRate("0.08").issueDate(LocalDate.of(2024, 1, 15)).maturityDate(LocalDate.of(2025, 1, 15))
                .frequency(Frequency.MONTHLY).amortization(Amortization.LEVEL_PAYMENT).precomputed(method).build());
    }

    @Test
    void ruleOf78sPayoffOnTheFourthDueDateIsTheRemainingInstallmentsLessTheRebate() {
        // After the 4th installment (2024-05-15): 8 × 90 = 720.00 remaining, rebate 80 × 8·9/(12·13) = 36.92,
        // payoff 683.08.
        PayoffQuote q = PayoffQuoter.quote(addOn(PrecomputedInterest.RULE_OF_78S), LocalDate.of(2024, 5, 15), null);

        assertThat(q.remainingPaymentsMinor()).isEqualTo(720_00);
        assertThat(q.rebateMinor()).isEqualTo(36_92);
        assertThat(q.totalMinor()).isEqualTo(683_08);
        assertThat(q.accruedInterestMinor()).isZero();
    }

    @Test
    void ruleOf78sBetweenDueDatesCountsOnlyTheMonthsWhoseDueDatePassed() {
        // 2024-06-01, between the 4th and 5th due dates: the 5th month is not earned until 2024-06-15 passes, so
        // the quote is the same 683.08 and does not grow by the day.
        PayoffQuote q = PayoffQuoter.quote(addOn(PrecomputedInterest.RULE_OF_78S), LocalDate.of(2024, 6, 1), null);

        assertThat(q.totalMinor()).isEqualTo(683_08);
        assertThat(q.rebateMinor()).isEqualTo(36_92);
        assertThat(q.perDiemMinor()).isZero();
    }

    @Test
    void ruleOf78sPayoffWithAnInstallmentUnpaidOwesItWithoutItsRebate() {
        // The 4th installment (2024-05-15) left unpaid, paid off 2024-06-01: 9 installments remain, 810.00; 8 are
        // not yet due, so the rebate is still 36.92 and the payoff 810.00 − 36.92 = 773.08 — the balance after 3
        // (9 × 90 − 80 × 9·10/156 = 810 − 46.15 = 763.85) plus the 4th's earned interest 46.15 − 36.92 = 9.23.
        PayoffQuote q = PayoffQuoter.quote(addOn(PrecomputedInterest.RULE_OF_78S), LocalDate.of(2024, 6, 1), null,
                LocalDate.of(2024, 5, 15));

        assertThat(q.principalMinor()).isEqualTo(763_85);
        assertThat(q.accruedInterestMinor()).isEqualTo(9_23);
        assertThat(q.remainingPaymentsMinor()).isEqualTo(810_00);
        assertThat(q.rebateMinor()).isEqualTo(36_92);
        assertThat(q.unpaidInstallments()).isEqualTo(1);
    }

    @Test
    void actuarialPayoffIsThePresentValueOfTheRemainingInstallments() {
        // i = 1.2043457% a month (the IRR of 12 × 90 against 1,000; see PrecomputedScheduleTest). On 2024-05-15:
        // 90 × (1 − 1.012043457^−8)/0.012043457 = 682.4953 -> 682.50; rebate 720.00 − 682.50 = 37.50.
        PayoffQuote q = PayoffQuoter.quote(addOn(PrecomputedInterest.ACTUARIAL), LocalDate.of(2024, 5, 15), null);

        assertThat(q.totalMinor()).isEqualTo(682_50);
        assertThat(q.rebateMinor()).isEqualTo(37_50);
    }

    @Test
    void actuarialPayoffBetweenDueDatesAddsTheInterestEarnedSince() {
        // 2024-06-01 is 17 of the 31 days from 2024-05-15 to 2024-06-15: 682.50 × 0.012043457 × 17/31 = 4.5076 ->
        // 4.51; payoff 687.01, rebate 720.00 − 687.01 = 32.99; per-diem 682.50 × 0.012043457 / 31 = 0.2652 -> 0.27.
        PayoffQuote q = PayoffQuoter.quote(addOn(PrecomputedInterest.ACTUARIAL), LocalDate.of(2024, 6, 1), null);

        assertThat(q.principalMinor()).isEqualTo(682_50);
        assertThat(q.accruedInterestMinor()).isEqualTo(4_51);
        assertThat(q.totalMinor()).isEqualTo(687_01);
        assertThat(q.rebateMinor()).isEqualTo(32_99);
        assertThat(q.perDiemMinor()).isEqualTo(27);
    }

    @Test
    void simpleInterestNoteQuotesNoRebate() {
        PayoffQuote q = PayoffQuoter.quote(ScheduleResolver.resolve(NoteTerms.builder("plain").borrower("B")
                .principal("1000.00").annualRate("0.12").issueDate(LocalDate.of(2024, 1, 15))
                .maturityDate(LocalDate.of(2025, 1, 15)).amortization(Amortization.INTEREST_ONLY).build()),
                LocalDate.of(2024, 5, 15), null);

        // Interest only: the principal 1,000.00, nothing accrued on a due date, nothing rebated.
        assertThat(q.totalMinor()).isEqualTo(1000_00);
        assertThat(q.rebateMinor()).isZero();
        assertThat(q.remainingPaymentsMinor()).isZero();
    }
}
