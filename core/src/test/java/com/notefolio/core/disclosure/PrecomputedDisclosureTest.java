package com.notefolio.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.ClosingFee;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrecomputedInterest;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Truth in Lending box of the $1,000 8% add-on note (12 × $90.00, the first period a regular month): the finance
 * charge is the precomputed interest (with any prepaid fee), the APR the payments' Appendix J rate.
 */
class PrecomputedDisclosureTest {

    private static NoteTerms.Builder addOn() {
        return NoteTerms.builder("addon").borrower("Borrower").principal("1000.00").annualRate("0.08")
                .issueDate(LocalDate.of(2024, 1, 15)).maturityDate(LocalDate.of(2025, 1, 15))
                .frequency(Frequency.MONTHLY).amortization(Amortization.LEVEL_PAYMENT)
                .precomputed(PrecomputedInterest.RULE_OF_78S);
    }

    @Test
    void financeChargeIsThePrecomputedInterestAndTheAprThePaymentsRate() {
        // Amount financed 1,000.00, finance charge 80.00, total 1,080.00. APR: 12 × the monthly IRR of 12 × 90
        // against 1,000, 12 × 1.2043457% = 14.45% (bisection in Python; the textbook APR of an 8% one-year add-on
        // loan, as the HP 12C's add-on-to-APR formula gives). The rebate method does not change the payments.
        TruthInLendingDisclosure box = NoteDisclosure.of(ScheduleResolver.resolve(addOn().build())).orElseThrow();

        assertThat(box.amountFinanced()).isEqualByComparingTo("1000.00");
        assertThat(box.financeCharge()).isEqualByComparingTo("80.00");
        assertThat(box.totalOfPayments()).isEqualByComparingTo("1080.00");
        assertThat(box.apr().percentHundredths()).isEqualByComparingTo("14.45");
        TruthInLendingDisclosure actuarial = NoteDisclosure.of(ScheduleResolver.resolve(
                addOn().precomputed(PrecomputedInterest.ACTUARIAL).build())).orElseThrow();
        assertThat(actuarial.apr().percent()).isEqualByComparingTo(box.apr().percent());
    }

    @Test
    void aPrepaidFeeAddsToTheFinanceCharge() {
        // A $20.00 fee paid in cash: amount financed 980.00, finance charge 80.00 + 20.00 = 100.00; APR 12 × the IRR
        // of 12 × 90 against 980 = 18.33% (bisection in Python: 18.3292%).
        TruthInLendingDisclosure box = NoteDisclosure.of(ScheduleResolver.resolve(addOn()
                .fees(List.of(ClosingFee.ofAmount(new BigDecimal("20.00"), false))).build())).orElseThrow();

        assertThat(box.amountFinanced()).isEqualByComparingTo("980.00");
        assertThat(box.financeCharge()).isEqualByComparingTo("100.00");
        assertThat(box.apr().percentHundredths()).isEqualByComparingTo("18.33");
    }
}
