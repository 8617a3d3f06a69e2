package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Level-payment schedules reproduce the examples of Microsoft's documentation of Excel's PMT, IPMT and
 * PPMT functions (support.microsoft.com). Excel returns payments as negative cash flows; a schedule
 * states them as positive amounts. The schedules use the PERIODIC basis, so every regular period's
 * interest is balance × rate ÷ periods a year, the same periodic rate Excel is given.
 */
class ExcelPaymentFunctionsTest {

    private static Schedule levelPayment(String principal, String rate, Frequency frequency, int periods) {
        LocalDate issue = LocalDate.of(2024, 1, 15);
        return ScheduleResolver.resolve(NoteTerms.builder("excel")
                .borrower("Borrower")
                .principal(principal)
                .annualRate(rate)
                .issueDate(issue)
                .maturityDate(issue.plusMonths((long) periods * frequency.months()))
                .frequency(frequency)
                .amortization(Amortization.LEVEL_PAYMENT)
                .build());
    }

    @Test
    void monthlyPaymentMatchesExcelPmtExample() {
        // PMT(8%/12, 10, 10000) = ($1,037.03)
        Schedule s = levelPayment("10000.00", "0.08", Frequency.MONTHLY, 10);

        assertThat(s.size()).isEqualTo(10);
        for (int i = 0; i < 9; i++) {
            assertThat(s.paymentMinor(i)).as("payment %d", i + 1).isEqualTo(1_037_03);
        }
        // first row: interest 10,000 × 0.08 / 12 = 66.666… -> 66.67; principal 1,037.03 − 66.67 = 970.36
        assertThat(s.interestMinor(0)).isEqualTo(66_67);
        assertThat(s.principalMinor(0)).isEqualTo(970_36);
    }

    @Test
    void firstMonthInterestMatchesExcelIpmtExample() {
        // IPMT(10%/12, 1, 3*12, 8000) = ($66.67): 8,000 × 0.10 / 12 = 66.666…
        Schedule s = levelPayment("8000.00", "0.10", Frequency.MONTHLY, 36);

        assertThat(s.size()).isEqualTo(36);
        assertThat(s.interestMinor(0)).isEqualTo(66_67);
    }

    @Test
    void lastYearInterestMatchesExcelIpmtAnnualExample() {
        // IPMT(10%, 3, 3, 8000) = ($292.45). By hand, to the cent: PMT = 8,000 × 0.1 / (1 − 1.1^−3) = 3,216.92;
        // year 1: interest 800.00, principal 2,416.92, balance 5,583.08; year 2: interest 558.308 -> 558.31,
        // principal 2,658.61, balance 2,924.47; year 3: interest 292.447 -> 292.45.
        Schedule s = levelPayment("8000.00", "0.10", Frequency.ANNUAL, 3);

        assertThat(s.paymentMinor(0)).isEqualTo(3_216_92);
        assertThat(s.interestMinor(2)).isEqualTo(292_45);
        assertThat(s.openingMinor(2)).isEqualTo(2_924_47);
    }

    @Test
    void firstMonthPrincipalMatchesExcelPpmtExample() {
        // PPMT(10%/12, 1, 2*12, 2000) = ($75.62): PMT(10%/12, 24, 2000) = 92.2899… -> 92.29,
        // interest 2,000 × 0.10 / 12 = 16.67, principal 92.29 − 16.67 = 75.62
        Schedule s = levelPayment("2000.00", "0.10", Frequency.MONTHLY, 24);

        assertThat(s.paymentMinor(0)).isEqualTo(92_29);
        assertThat(s.principalMinor(0)).isEqualTo(75_62);
    }

    @Test
    void lastYearPrincipalMatchesExcelPpmtAnnualExampleWithinItsRoundingResidue() {
        // PPMT(8%, 10, 10, 200000) = ($27,598.05), computed by Excel on the unrounded payment 29,805.8979.
        // The schedule pays 29,805.90, 0.0021 more each year; years 1–9 retire that extra with interest,
        // 0.0021 × (1.08^9 − 1) / 0.08 = 0.026, so the year-10 principal is 3 cents less: tolerance 0.03.
        Schedule s = levelPayment("200000.00", "0.08", Frequency.ANNUAL, 10);

        assertThat(s.paymentMinor(0)).isEqualTo(29_805_90);
        assertThat(s.principalMinor(9)).isBetween(27_598_05L - 3, 27_598_05L);
        assertThat(s.closingMinor(9)).isZero();
    }
}
