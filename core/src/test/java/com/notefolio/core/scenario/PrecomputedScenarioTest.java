package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrecomputedInterest;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dated payoff of the $1,000 8% add-on note (12 × $90.00 from 2024-02-15, finance charge $80.00) pays the rebated
 * payoff; what would re-accrue its fixed interest is refused. Figures worked by hand in the comments.
 */
class PrecomputedScenarioTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

    private static Schedule addOn(PrecomputedInterest method) {
        return ScheduleResolver.resolve(NoteTerms.builder("addon").borrower("Borrower").principal("1000.00")
                .annualRate("0.08").issueDate(LocalDate.of(2024, 1, 15)).maturityDate(LocalDate.of(2025, 1, 15))
                .frequency(Frequency.MONTHLY).amortization(Amortization.LEVEL_PAYMENT).precomputed(method).build());
    }

    private static Scenario payoff(LocalDate date) {
        return new Scenario("payoff", List.of(new DatedPrepayment("addon", date, null, PrepaymentMode.REDUCE_TERM)),
                null, null, List.of(), 0);
    }

    @Test
    void ruleOf78sPayoffBetweenDueDatesPaysTheRemainingInstallmentsLessTheRebate() {
        // Four installments paid (to 2024-05-15), paid off 2024-06-01: 8 × 90 − 80 × 8·9/(12·13) = 720 − 36.92 =
        // 683.08, no interest earned in the month under way. Cash: 4 × 90 + 683.08 = 1,043.08, so the borrower
        // saves the 36.92 rebate on the 1,080.00 total of payments.
        Schedule s = ScenarioProjector.project(addOn(PrecomputedInterest.RULE_OF_78S), payoff(LocalDate.of(2024, 6, 1)),
                AS_OF).schedule();

        assertThat(s.size()).isEqualTo(5);
        assertThat(s.dueEpochDay(4)).isEqualTo(EpochDay.of(LocalDate.of(2024, 6, 1)));
        assertThat(s.prepaidMinor(4)).isEqualTo(683_08);
        assertThat(s.interestMinor(4)).isZero();
        assertThat(s.paymentMinor(4)).isEqualTo(683_08);
        assertThat(s.flags(4) & FlowKind.PAYOFF.bit()).isNotZero();
        assertThat(s.totalPaymentMinor()).isEqualTo(1043_08);
        assertThat(s.closingMinor(4)).isZero();
    }

    @Test
    void actuarialPayoffOnADueDateFollowsThatInstallment() {
        // Paid off on 2024-05-15 with its installment: 90.00, then the present value of the 8 left, 682.50
        // (see PrecomputedPayoffTest); cash 4 × 90 + 682.50 = 1,042.50.
        Schedule s = ScenarioProjector.project(addOn(PrecomputedInterest.ACTUARIAL), payoff(LocalDate.of(2024, 5, 15)),
                AS_OF).schedule();

        assertThat(s.size()).isEqualTo(4);
        assertThat(s.prepaidMinor(3)).isEqualTo(682_50);
        assertThat(s.paymentMinor(3)).isEqualTo(90_00 + 682_50);
        assertThat(s.totalPaymentMinor()).isEqualTo(1042_50);
    }

    @Test
    void actuarialPayoffBetweenDueDatesPaysTheInterestEarnedSince() {
        // 2024-06-01: 682.50 + 682.50 × 0.012043457 × 17/31 = 682.50 + 4.51 (see PrecomputedPayoffTest).
        Schedule s = ScenarioProjector.project(addOn(PrecomputedInterest.ACTUARIAL), payoff(LocalDate.of(2024, 6, 1)),
                AS_OF).schedule();

        assertThat(s.prepaidMinor(4)).isEqualTo(682_50);
        assertThat(s.interestMinor(4)).isEqualTo(4_51);
    }

    @Test
    void partialPrepaymentAndSpeedsAreRefused() {
        Schedule base = addOn(PrecomputedInterest.RULE_OF_78S);
        Scenario partial = new Scenario("part", List.of(new DatedPrepayment("addon", LocalDate.of(2024, 6, 1),
                new BigDecimal("100.00"), PrepaymentMode.REDUCE_TERM)), null, null, List.of(), 0);
        assertThatThrownBy(() -> ScenarioProjector.project(base, partial, AS_OF))
                .isInstanceOf(InvalidScenarioException.class)
                .satisfies(e -> assertThat(((InvalidScenarioException) e).field()).isEqualTo("prepayments.amount"));
        Scenario cpr = new Scenario("cpr", List.of(), PrepaymentSpeed.cpr(0.06), null, List.of(), 0);
        assertThatThrownBy(() -> ScenarioProjector.project(base, cpr, AS_OF))
                .isInstanceOf(InvalidScenarioException.class)
                .satisfies(e -> assertThat(((InvalidScenarioException) e).field()).isEqualTo("prepaymentSpeed"));
    }
}
