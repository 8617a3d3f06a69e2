package com.notefolio.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The solver's behaviour away from the published examples: no root, zero cost, month ends, hand-worked rates. */
class ActuarialAprTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 15);

    @Test
    void repayingMoreOnTheFirstDayThanWasAdvancedHasNoRootAndSaysSo() {
        // 1,000 advanced, 1,200 repaid the same day and 100 a month later: 1000 − 1200 − 100/(1+i) < 0 for every i > −1.
        ClosedEndCredit c = ClosedEndCredit.singleAdvance(START, new BigDecimal("1000"),
                List.of(DatedAmount.of(START, "1200"), DatedAmount.of(START.plusMonths(1), "100")));
        AprSolution apr = ActuarialApr.solve(c, UnitPeriod.months(1));
        assertThat(apr.status()).isEqualTo(AprSolution.Status.NO_ROOT);
        assertThat(apr.percent()).isNull();
        assertThat(apr.percentHundredths()).isNull();
    }

    @Test
    void anAdvanceAfterThePaymentFindsTheRateOnTheOtherSide() {
        // 100 paid one month into the term, 200 advanced at twelve months: 200/(1+i)^12 = 100/(1+i), so
        // (1+i)^11 = 2 and i = 2^(1/11) − 1 = 6.50411…% a month, though more is advanced than paid.
        ClosedEndCredit c = new ClosedEndCredit(START, List.of(new DatedAmount(START.plusMonths(12), new BigDecimal("200"))),
                List.of(DatedAmount.of(START.plusMonths(1), "100")));
        AprSolution apr = ActuarialApr.solve(c, UnitPeriod.months(1));
        assertThat(apr.solved()).isTrue();
        assertThat(apr.unitPeriodRate()).isCloseTo(Math.pow(2, 1.0 / 11) - 1, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void paymentsEqualToTheAdvanceCostNothing() {
        ClosedEndCredit c = ClosedEndCredit.singleAdvance(START, new BigDecimal("1200"), monthly("100", 12));
        AprSolution apr = ActuarialApr.solve(c);
        assertThat(apr.percent()).isEqualByComparingTo("0");
        assertThat(TruthInLendingDisclosure.of(c).financeCharge()).isEqualByComparingTo("0");
    }

    @Test
    void paymentsBelowTheAdvanceGiveANegativeRate() {
        // 1,000 repaid by 990 one month later: i = 990/1000 − 1 = −1%, APR = 12 × −1% = −12%.
        ClosedEndCredit c = ClosedEndCredit.singleAdvance(START, new BigDecimal("1000"),
                List.of(DatedAmount.of(START.plusMonths(1), "990")));
        AprSolution apr = ActuarialApr.solve(c);
        assertThat(apr.unitPeriod()).isEqualTo(UnitPeriod.months(1));
        assertThat(apr.percent()).isEqualByComparingTo("-12.0000");
    }

    @Test
    void aLevelAnnuityGivesItsRateToFourDecimalsOfAPercent() {
        // 1% a month for 12 months on 1,000: the level payment 1000 × 0.01 / (1 − 1.01^-12) = 88.8487887…;
        // paid as exactly that (to 10 decimals), the APR is 12.0000%.
        ClosedEndCredit c = ClosedEndCredit.singleAdvance(START, new BigDecimal("1000"), monthly("88.8487886783", 12));
        assertThat(ActuarialApr.solve(c).percent()).isEqualByComparingTo("12.0000");
    }

    @Test
    void monthEndPaymentsAreMeasuredLastDayToLastDay() {
        // Advanced 31 Jan, paid on the last day of each month: 29 Feb 2024 is one full month from 31 Jan
        // ((b)(3)(iv)), not 29 days.
        LocalDate start = LocalDate.of(2024, 1, 31);
        List<DatedAmount> payments = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            LocalDate d = start.plusMonths(k);
            payments.add(DatedAmount.of(d.withDayOfMonth(d.lengthOfMonth()), "170"));
        }
        ClosedEndCredit c = ClosedEndCredit.singleAdvance(start, new BigDecimal("1000"), payments);
        assertThat(c.monthEndSeries()).isTrue();
        assertThat(UnitPeriodRule.of(c)).isEqualTo(UnitPeriod.months(1));
        UnitPeriod month = UnitPeriod.months(1);
        assertThat(month.timeBetween(start, LocalDate.of(2024, 2, 29), true)).isEqualTo(new UnitPeriodTime(1, 0, 30));
        assertThat(month.timeBetween(start, LocalDate.of(2024, 4, 30), true)).isEqualTo(new UnitPeriodTime(3, 0, 30));
    }

    @Test
    void withNoCommonPeriodTheAverageRoundsToTheNearestStandardInterval() {
        // Periods of 40 and 50 days average 45: nearer 6 weeks (42) than 7 weeks (49) or a month and a half.
        ClosedEndCredit c = ClosedEndCredit.singleAdvance(START, new BigDecimal("1000"),
                List.of(DatedAmount.of(START.plusDays(40), "500"), DatedAmount.of(START.plusDays(90), "520")));
        assertThat(UnitPeriodRule.of(c)).isEqualTo(UnitPeriod.weeks(6));
    }

    @Test
    void equallyFrequentCommonPeriodsChooseTheSmaller() {
        // Two monthly periods and two weekly ones ((b)(4)(i)(A)): the week.
        List<DatedAmount> p = List.of(DatedAmount.of(START.plusMonths(1), "100"), DatedAmount.of(START.plusMonths(2), "100"),
                DatedAmount.of(START.plusMonths(2).plusWeeks(1), "100"), DatedAmount.of(START.plusMonths(2).plusWeeks(2), "100"));
        assertThat(UnitPeriodRule.of(ClosedEndCredit.singleAdvance(START, new BigDecimal("390"), p)))
                .isEqualTo(UnitPeriod.weeks(1));
    }

    private static List<DatedAmount> monthly(String amount, int count) {
        List<DatedAmount> payments = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            payments.add(DatedAmount.of(START.plusMonths(k), amount));
        }
        return payments;
    }
}
