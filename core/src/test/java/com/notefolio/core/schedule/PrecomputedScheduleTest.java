package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrecomputedInterest;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.StructureTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precomputed (add-on) notes: the finance charge, the installments and their split by the Rule of 78s and the
 * actuarial method, worked by hand (or from a published example) in the comments; the schedule invariants; the
 * terms it refuses.
 */
class PrecomputedScheduleTest {

    /** $1,000 at an 8% add-on rate, 12 monthly installments from 2024-02-15: the classic textbook note. */
    static NoteTerms.Builder addOn(PrecomputedInterest method) {
        return NoteTerms.builder("addon").borrower("Borrower").principal("1000.00").annualRate("0.08")
                .issueDate(LocalDate.of(2024, 1, 15)).maturityDate(LocalDate.of(2025, 1, 15))
                .frequency(Frequency.MONTHLY).amortization(Amortization.LEVEL_PAYMENT).precomputed(method);
    }

    /**
     * The Rule of 78s example of Wikipedia's "Rule of 78s" article (as reproduced at
     * https://indextestingapp.uonbi.ac.ke/preguntia/45107142): $10,000 over 24 months, payment $470.73, total
     * interest $1,297.52. As an add-on note its rate is 1,297.52 ÷ (10,000 × 2 years) = 6.4876%: FC = 10,000 ×
     * 0.064876 × 24 ÷ 12 = 1,297.52 exactly and the installment 11,297.52 ÷ 24 = 470.73 exactly.
     */
    static NoteTerms.Builder published(PrecomputedInterest method) {
        return NoteTerms.builder("wiki78").borrower("Borrower").principal("10000.00").annualRate("0.064876")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2026, 1, 1))
                .frequency(Frequency.MONTHLY).amortization(Amortization.LEVEL_PAYMENT).precomputed(method);
    }

    @Test
    void addOnNoteOwesPrincipalPlusFinanceChargeInEqualInstallments() {
        // FC = 1,000 × 8% × 12/12 = 80.00; total of payments 1,080.00 = 12 × 90.00.
        Schedule s = ScheduleResolver.resolve(addOn(PrecomputedInterest.RULE_OF_78S).build());

        assertThat(s.precomputed().financeChargeMinor()).isEqualTo(80_00);
        assertThat(s.precomputed().totalOfPaymentsMinor()).isEqualTo(1080_00);
        assertThat(s.size()).isEqualTo(12);
        for (int k = 0; k < 12; k++) {
            assertThat(s.paymentMinor(k)).isEqualTo(90_00);
        }
        assertThat(s.totalInterestMinor()).isEqualTo(80_00);
    }

    @Test
    void ruleOf78sEarnsTheSumOfTheDigitsAndLeavesTheRebatedPayoffAsBalance() {
        // Installment k earns 80 × (13 − k) / 78: the 1st 80 × 12/78 = 12.3077 and the rebate with 11 left is
        // 80 × 11·12/(12·13) = 67.6923 -> 67.69, so the 1st earns 80 − 67.69 = 12.31; principal 90 − 12.31 = 77.69.
        // After 4 installments the rebate is 80 × 8·9/(12·13) = 36.923 -> 36.92 (the brief's textbook figure), and
        // the balance is the payoff: 8 × 90 − 36.92 = 683.08.
        Schedule s = ScheduleResolver.resolve(addOn(PrecomputedInterest.RULE_OF_78S).build());

        assertThat(s.interestMinor(0)).isEqualTo(12_31);
        assertThat(s.principalMinor(0)).isEqualTo(77_69);
        assertThat(s.precomputed().rebateMinor(8)).isEqualTo(36_92);
        assertThat(s.closingMinor(3)).isEqualTo(683_08);
        // The last installment earns 80 × 1/78 = 1.0256 -> the rebate with 1 left, 80 × 2/156 = 1.03.
        assertThat(s.interestMinor(11)).isEqualTo(1_03);
    }

    @Test
    void ruleOf78sMatchesThePublishedTwentyFourMonthExample() {
        // Published: after the 4th month the lender has earned (24+23+22+21)/300 = 90/300 = 30% of $1,297.52 =
        // $389.26; the rebate is the rest, 1,297.52 × 20·21/(24·25) = 908.264 -> 908.26.
        Schedule s = ScheduleResolver.resolve(published(PrecomputedInterest.RULE_OF_78S).build());

        assertThat(s.paymentMinor(0)).isEqualTo(470_73);
        long earned = 0;
        for (int k = 0; k < 4; k++) {
            earned += s.interestMinor(k);
        }
        assertThat(earned).isEqualTo(389_26);
        assertThat(s.precomputed().rebateMinor(20)).isEqualTo(908_26);
        assertThat(s.closingMinor(3)).isEqualTo(20 * 470_73 - 908_26);
    }

    @Test
    void actuarialEarnsInterestAtTheInstallmentsInternalRate() {
        // The IRR of 12 × 90 against 1,000 is i = 1.2043457 % a month (bisection in Python on
        // Σ 90/(1+i)^k = 1000; APR 12 i = 14.45%, the textbook APR of an 8% one-year add-on loan). After 4
        // installments the balance is the PV of the 8 left: 90 × (1 − 1.012043457^−8)/0.012043457 = 682.4953
        // -> 682.50, so the actuarial rebate is 8 × 90 − 682.50 = 37.50 (more than the 78s' 36.92).
        // The first installment earns 1,000 × i = 12.04.
        Schedule s = ScheduleResolver.resolve(addOn(PrecomputedInterest.ACTUARIAL).build());

        assertThat(s.precomputed().actuarialPeriodRate().doubleValue()).isCloseTo(0.012043457, offset(1e-9));
        assertThat(s.closingMinor(3)).isEqualTo(682_50);
        assertThat(s.precomputed().rebateMinor(8)).isEqualTo(37_50);
        assertThat(s.interestMinor(0)).isEqualTo(12_04);
        assertThat(s.totalInterestMinor()).isEqualTo(80_00);
    }

    @Test
    void actuarialEarningOfThePublishedExampleIsTheStandardAmortization() {
        // Published: "under a standard amortization plan the borrower would have paid $377.61 in cumulative
        // interest" after 4 months, amortizing at exactly 1% a month. The actuarial rate here is the IRR of the
        // rounded installment 470.73, i = 0.99991573% (bisection in Python), whose balance after 4 is the PV of
        // the 20 left, 8,494.6552 -> 8,494.66: earned 4 × 470.73 − (10,000 − 8,494.66) = 377.58. Tolerance
        // against the published figure: 0.03, the 1% rate's extra interest over the IRR's on four months.
        Schedule s = ScheduleResolver.resolve(published(PrecomputedInterest.ACTUARIAL).build());

        long earned = 0;
        for (int k = 0; k < 4; k++) {
            earned += s.interestMinor(k);
        }
        assertThat(s.closingMinor(3)).isEqualTo(8494_66);
        assertThat(earned).isEqualTo(377_58);
        assertThat(Math.abs(earned - 377_61)).isLessThanOrEqualTo(3);
    }

    @Test
    void actuarialEarningMatchesTheFederalReserveConstantYieldExample() {
        // Federal Reserve, "Example: Constant Yield (Actuarial) Method"
        // (https://www.federalreserve.gov/pubs/leasing/resource/different/early_exp5.htm): amount financed
        // $18,800.00, 48 months, APR 9%, payment $467.84; full-term interest 467.84 × 48 − 18,800 = $3,656.32;
        // 1st payment interest 141.00, principal 326.84, balance 18,473.16; 2nd interest 138.55, principal 329.29,
        // balance 18,143.87. As an add-on note: 3,656.32 ÷ (18,800 × 4 years) = 0.0486212766 (to 10 decimals; FC =
        // 3,656.3200003 -> 3,656.32), installment 22,456.32 ÷ 48 = 467.84 exactly. The IRR of the installments is
        // 0.7500112% a month (not exactly 0.75%, the payment being rounded) and gives the same cents.
        Schedule s = ScheduleResolver.resolve(NoteTerms.builder("frb").borrower("Borrower").principal("18800.00")
                .annualRate("0.0486212766").issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2028, 1, 1))
                .amortization(Amortization.LEVEL_PAYMENT).precomputed(PrecomputedInterest.ACTUARIAL).build());

        assertThat(s.precomputed().financeChargeMinor()).isEqualTo(3656_32);
        assertThat(s.paymentMinor(0)).isEqualTo(467_84);
        assertThat(s.interestMinor(0)).isEqualTo(141_00);
        assertThat(s.principalMinor(0)).isEqualTo(326_84);
        assertThat(s.closingMinor(0)).isEqualTo(18473_16);
        assertThat(s.interestMinor(1)).isEqualTo(138_55);
        assertThat(s.principalMinor(1)).isEqualTo(329_29);
        assertThat(s.closingMinor(1)).isEqualTo(18143_87);
    }

    @Test
    void installmentsOfLessThanAMinorUnitAreRefused() {
        // 0.05 at 0% over 12 months: 5 cents ÷ 12 rounds to 0 cents an installment.
        NoteTerms t = NoteTerms.builder("tiny").borrower("B").principal("0.05").annualRate("0")
                .issueDate(LocalDate.of(2024, 1, 15)).maturityDate(LocalDate.of(2025, 1, 15))
                .amortization(Amortization.LEVEL_PAYMENT).precomputed(PrecomputedInterest.RULE_OF_78S).build();
        assertThatThrownBy(() -> ScheduleResolver.resolve(t)).isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("precomputed_interest").hasMessageContaining("12 installments");
    }

    @Test
    void everyScheduleSumsToItsTotalOfPaymentsAndEndsAtZero() {
        // Invariants over odd figures: payments sum to principal + FC, each row's payment = interest + principal,
        // balances chain and end at 0; the last installment absorbs the remainder of total ÷ n.
        for (PrecomputedInterest method : PrecomputedInterest.values()) {
            for (String[] c : List.of(new String[] {"1234.57", "0.0799", "37"}, new String[] {"25000.00", "0.05", "60"},
                    new String[] {"999.99", "0.1799", "7"}, new String[] {"500.00", "0", "12"})) {
                int n = Integer.parseInt(c[2]);
                NoteTerms t = NoteTerms.builder("inv").borrower("B").principal(c[0]).annualRate(c[1])
                        .issueDate(LocalDate.of(2024, 1, 31)).maturityDate(LocalDate.of(2024, 1, 31).plusMonths(n))
                        .amortization(Amortization.LEVEL_PAYMENT).precomputed(method).build();
                Schedule s = ScheduleResolver.resolve(t);
                long principal = new BigDecimal(c[0]).movePointRight(2).longValueExact();
                // FC = principal × rate × n / 12 rounded half-up, computed here in exact decimals.
                long fc = new BigDecimal(principal).multiply(new BigDecimal(c[1])).multiply(BigDecimal.valueOf(n))
                        .divide(BigDecimal.valueOf(12), 0, java.math.RoundingMode.HALF_UP).longValueExact();
                assertThat(s.size()).isEqualTo(n);
                assertThat(s.totalPaymentMinor()).isEqualTo(principal + fc);
                assertThat(s.totalInterestMinor()).isEqualTo(fc);
                assertThat(s.openingMinor(0)).isEqualTo(principal);
                assertThat(s.closingMinor(n - 1)).isZero();
                long level = RoundingRule.HALF_UP.divide(principal + fc, n);
                for (int k = 0; k < n; k++) {
                    assertThat(s.paymentMinor(k)).isEqualTo(k < n - 1 ? level : principal + fc - (n - 1) * level);
                    assertThat(s.interestMinor(k) + s.principalMinor(k)).isEqualTo(s.paymentMinor(k));
                    assertThat(s.interestMinor(k)).isNotNegative();
                    if (k > 0) {
                        assertThat(s.openingMinor(k)).isEqualTo(s.closingMinor(k - 1));
                    }
                    // The balance is the payoff: the remaining installments less the rebate.
                    int left = n - k - 1;
                    assertThat(s.closingMinor(k)).isEqualTo(s.precomputed().remainingPaymentsMinor(left)
                            - s.precomputed().rebateMinor(left));
                }
            }
        }
    }

    @Test
    void refusesWhatPrecomputedInterestCannotGoWith() {
        assertRefused(addOn(PrecomputedInterest.RULE_OF_78S).amortization(Amortization.INTEREST_ONLY), "LEVEL_PAYMENT");
        assertRefused(addOn(PrecomputedInterest.ACTUARIAL).rate(RateTerms.Floating.builder("SOFR")
                .spread("0.02").initialRate("0.07").resets(Frequency.QUARTERLY, LocalDate.of(2024, 4, 15)).build()),
                "fixed rate");
        assertRefused(addOn(PrecomputedInterest.ACTUARIAL).statedPayment(new BigDecimal("95.00")), "leave payment out");
        assertRefused(addOn(PrecomputedInterest.ACTUARIAL).firstPrincipalDate(LocalDate.of(2024, 5, 15)), "lead-in");
        assertRefused(addOn(PrecomputedInterest.RULE_OF_78S).maxLawfulRate("0.18"), "max_lawful_rate");
        assertRefused(addOn(PrecomputedInterest.RULE_OF_78S).structure(new StructureTerms(LocalDate.of(2024, 1, 20),
                List.of(), null, List.of())), "disbursement date");
    }

    private static void assertRefused(NoteTerms.Builder b, String reason) {
        assertThatThrownBy(b::build).isInstanceOf(InvalidTermsException.class)
                .satisfies(e -> assertThat(((InvalidTermsException) e).field()).isEqualTo("precomputed_interest"))
                .hasMessageContaining(reason);
    }
}
