package com.notefolio.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.ClosingFee;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Closing fees in the Truth in Lending box: prepaid finance charges, so the amount financed is the principal
 * less them and the APR rises above the note rate — worked by hand on a single advance and single payment,
 * where Appendix J's unit period is the term and the APR is the one-period rate.
 */
class ClosingFeeDisclosureTest {

    private static NoteTerms oneYear(List<ClosingFee> fees) {
        // $1,000 at 10% ACT/365F for 365 days, repaid at once: 1,000 + 1,000 × 10% × 365/365 = $1,100.00.
        return NoteTerms.builder("single").borrower("B").principal("1000.00").annualRate("0.10")
                .issueDate(LocalDate.of(2025, 1, 1)).maturityDate(LocalDate.of(2026, 1, 1))
                .frequency(Frequency.AT_MATURITY).amortization(Amortization.BULLET).accrualBasis(DayCounts.ACT_365F)
                .fees(fees).build();
    }

    @Test
    void aFeeLowersTheAmountFinancedAndRaisesTheAprOfASinglePayment() {
        TruthInLendingDisclosure plain = NoteDisclosure.of(ScheduleResolver.resolve(oneYear(List.of()))).orElseThrow();
        assertThat(plain.amountFinanced()).isEqualByComparingTo("1000.00");
        assertThat(plain.apr().percentHundredths()).isEqualByComparingTo("10.00");

        // A $50 origination fee, financed or in cash: amount financed 950.00, finance charge 1,100 − 950 = 150.00,
        // APR over the one-year term 150 ÷ 950 = 15.789…% → 15.79.
        for (boolean financed : new boolean[] {true, false}) {
            TruthInLendingDisclosure box = NoteDisclosure.of(ScheduleResolver.resolve(oneYear(List.of(
                    ClosingFee.ofAmount(new BigDecimal("50.00"), financed))))).orElseThrow();
            assertThat(box.amountFinanced()).isEqualByComparingTo("950.00");
            assertThat(box.financeCharge()).isEqualByComparingTo("150.00");
            assertThat(box.totalOfPayments()).isEqualByComparingTo("1100.00");
            assertThat(box.apr().percentHundredths()).isEqualByComparingTo("15.79");
        }
        // Two points (2% of the principal) are $20.00: 120 ÷ 980 = 12.2449% → 12.24.
        TruthInLendingDisclosure points = NoteDisclosure.of(ScheduleResolver.resolve(oneYear(List.of(
                ClosingFee.ofRate(new BigDecimal("0.02"), true))))).orElseThrow();
        assertThat(points.amountFinanced()).isEqualByComparingTo("980.00");
        assertThat(points.apr().percentHundredths()).isEqualByComparingTo("12.24");
    }

    @Test
    void feesRoundTripInTheNoteJsonAndAGridNoteDisclosesEachAdvance() {
        NoteTerms t = oneYear(List.of(ClosingFee.ofAmount(new BigDecimal("50.00"), true),
                new ClosingFee("documentation fee", null, new BigDecimal("0.005"), false)));
        assertThat(NoteJson.fromJson(NoteJson.toJson(t))).isEqualTo(t);

        // The grid example lends $100,000 on 1 January and $125,000 later: the amount financed counts all of it.
        NoteTerms grid = NoteJson.read(Path.of("..", "examples", "note-grid.json"));
        TruthInLendingDisclosure box = NoteDisclosure.of(ScheduleResolver.resolve(grid)).orElseThrow();
        // Interest 516.67 + 608.33 + 775.00 + 1,012.50 + 1,162.50 + 1,125.00 = 5,200.00, with the 225,000 lent.
        assertThat(box.totalOfPayments()).isEqualByComparingTo("230200.00");
        assertThat(box.amountFinanced()).isEqualByComparingTo("225000.00");
        assertThat(box.financeCharge()).isEqualByComparingTo("5200.00");
    }
}
