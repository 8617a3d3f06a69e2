package com.notefolio.core.pricer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The discount margin on a 2-year quarterly floater: 100,000.00 issued 2024-01-15, interest only,
 * PERIODIC (each quarter 3/12), SOFR + 1% reset quarterly from 2024-04-15 with no lookback, the first
 * quarter at 5%. SOFR is projected by a forward curve at 4% for the first year and 5% after, so the
 * coupons are 1,250.00 for four quarters (5%) and 1,500.00 for four (6%).
 */
class DiscountMarginTest {

    static final LocalDate ISSUE = LocalDate.of(2024, 1, 15);
    static final IndexData SOFR = IndexData.of(List.of(), List.of(new ForwardCurve("SOFR", ISSUE, List.of(
            new ForwardCurve.Point(0, new BigDecimal("0.04")), new ForwardCurve.Point(12, new BigDecimal("0.05"))))));

    static NoteTerms floater() {
        return NoteTerms.builder("FRN-2Y").borrower("B").principal("100000.00")
                .rate(RateTerms.Floating.builder("SOFR").spread("0.01").initialRate("0.05")
                        .resets(Frequency.QUARTERLY, ISSUE.plusMonths(3)).build())
                .issueDate(ISSUE).maturityDate(ISSUE.plusYears(2)).frequency(Frequency.QUARTERLY)
                .amortization(Amortization.INTEREST_ONLY).build();
    }

    static final Schedule FRN = ScheduleResolver.resolve(floater(), SOFR);

    @Test
    void theFloaterPaysTheProjectedCoupons() {
        assertThat(FRN.size()).isEqualTo(8);
        for (int i = 0; i < 8; i++) {
            assertThat(FRN.interestMinor(i)).isEqualTo(i < 4 ? 1_250_00 : 1_500_00);
        }
    }

    @Test
    void atParTheDiscountMarginIsTheQuotedMargin() {
        // Each quarter is discounted at its index + DM over its 3/12: at DM = 1% the factor of quarter j is
        // 1 ÷ (1 + r_j/4) with r_j its own coupon rate, so from the last flow back, 100,000 × (1 + r_j/4)
        // ÷ (1 + r_j/4) = 100,000 at every step: the price is par exactly. Newton stops within 1e-10.
        Double dm = DiscountMargin.of(FRN, FRN, ISSUE, 100_000.00, SOFR);
        assertThat(dm).isCloseTo(0.01, within(1e-10));
        NoteMeasures m = com.notefolio.core.scenario.ScenarioAnalyzer.baseMeasures(FRN, ISSUE, null, FlatRate.of(0.06), SOFR);
        assertThat(m.discountMargin()).isCloseTo(0.01, within(1e-10));
    }

    @Test
    void belowParTheDiscountMarginIsAboveTheQuotedMargin() {
        // At 98,000.00: the root of Σ CF_k Π_{j≤k} 1 ÷ (1 + (I_j + DM)/4) = 98,000 with I = 4% for four
        // quarters and 5% for four, CF = 1,250 ×4, 1,500 ×3, 101,500 — found by 200 bisections of
        // [−0.5, 0.5] outside this code (Python): 0.020726811847083176, 2.07%, about 107 bp over the 1%
        // quoted (a 2% discount spread over two years is ~1% a year, plus the discount's own interest).
        double dm = DiscountMargin.of(FRN, FRN, ISSUE, 98_000.00, SOFR);
        assertThat(dm).isCloseTo(0.020726811847083176, within(1e-10));
        NoteMeasures m = com.notefolio.core.scenario.ScenarioAnalyzer.baseMeasures(FRN, ISSUE,
                Money.of(new BigDecimal("98000.00"), "USD"), FlatRate.of(0.06), SOFR);
        assertThat(m.discountMargin()).isCloseTo(0.020726811847083176, within(1e-10));
        // Discounting at the margin found gives back the price.
        assertThat(DiscountMargin.presentValue(FRN, FRN, ISSUE, SOFR, dm)).isCloseTo(98_000.00, within(1e-6));
    }

    @Test
    void aFixedOrSteppedNoteHasNoDiscountMargin() {
        Schedule fixed = ScheduleResolver.resolve(NoteTerms.builder("FIX").borrower("B").principal("100000.00")
                .annualRate("0.06").issueDate(ISSUE).maturityDate(ISSUE.plusYears(2)).frequency(Frequency.QUARTERLY)
                .amortization(Amortization.INTEREST_ONLY).build());
        assertThat(DiscountMargin.of(fixed, fixed, ISSUE, 100_000, SOFR)).isNull();
        Schedule stepped = ScheduleResolver.resolve(NoteTerms.builder("STEP").borrower("B").principal("100000.00")
                .rate(new RateTerms.Stepped(List.of(new RateTerms.Step(ISSUE, new BigDecimal("0.05")),
                        new RateTerms.Step(ISSUE.plusYears(1), new BigDecimal("0.06")))))
                .issueDate(ISSUE).maturityDate(ISSUE.plusYears(2)).frequency(Frequency.QUARTERLY)
                .amortization(Amortization.INTEREST_ONLY).build());
        assertThat(com.notefolio.core.scenario.ScenarioAnalyzer.baseMeasures(stepped, ISSUE, null, FlatRate.of(0.06),
                IndexData.NONE).discountMargin()).isNull();
    }

    @Test
    void midPeriodTheRunningQuarterCountsOnlyWhatIsLeft() {
        // As of 2024-02-29, 45 of the first quarter's 91 days have run: the first factor is
        // 1 ÷ (1 + (4% + DM) × 3/12 × 46/91), the others as at issue. At the dirty price that discounting
        // gives at DM = 1% — computed here by hand, term by term — the margin found is 1% again.
        LocalDate asOf = LocalDate.of(2024, 2, 29);
        double firstTau = 0.25 * 46 / 91.0;
        double[] index = {0.04, 0.04, 0.04, 0.04, 0.05, 0.05, 0.05, 0.05};
        double df = 1 / (1 + 0.05 * firstTau);
        double dirty = 1_250 * df;
        for (int j = 1; j < 8; j++) {
            df /= 1 + (index[j] + 0.01) * 0.25;
            dirty += (j < 4 ? 1_250 : j < 7 ? 1_500 : 101_500) * df;
        }
        assertThat(DiscountMargin.of(FRN, FRN, asOf, dirty, SOFR)).isCloseTo(0.01, within(1e-10));
    }
}
