package com.notefolio.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of 12 CFR 1026 Appendix J, section (c) "Examples for the actuarial method"
 * (https://www.consumerfinance.gov/rules-policy/regulations/1026/j/, also the eCFR and the FDIC's copy of
 * Part 1026): every amount, date and published APR below is the example's, named by its paragraph, and the
 * APR must come out equal to the printed figure at the hundredth of a percent (the precision Appendix J
 * prints; no other tolerance). Where an example prints t and f, the test also checks the time of the first
 * payment, and where it prints the unit-period, that (b)(4) infers that unit-period from the dates alone.
 * (c)(5)(ii) to (iv) state a term, not dates: the dates here are chosen to have exactly that term.
 */
class AppendixJExamplesTest {

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** {@code count} payments of {@code amount} from {@code first}, each {@code next} after the one before. */
    private static List<DatedAmount> series(String amount, int count, LocalDate first, UnaryOperator<LocalDate> next) {
        List<DatedAmount> payments = new ArrayList<>();
        LocalDate d = first;
        for (int k = 0; k < count; k++) {
            payments.add(DatedAmount.of(d, amount));
            d = next.apply(d);
        }
        return payments;
    }

    private static UnaryOperator<LocalDate> months(int n) {
        return d -> d.plusMonths(n);
    }

    private static UnaryOperator<LocalDate> weeks(int n) {
        return d -> d.plusWeeks(n);
    }

    /** Semimonthly on the 1st and the 16th. */
    private static final UnaryOperator<LocalDate> FIRST_AND_SIXTEENTH =
            d -> d.getDayOfMonth() == 1 ? d.withDayOfMonth(16) : d.plusMonths(1).withDayOfMonth(1);

    @SafeVarargs
    private static List<DatedAmount> concat(List<DatedAmount>... parts) {
        List<DatedAmount> all = new ArrayList<>();
        for (List<DatedAmount> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    private static ClosedEndCredit credit(String amount, LocalDate advance, List<DatedAmount> payments) {
        return ClosedEndCredit.singleAdvance(advance, new BigDecimal(amount), payments);
    }

    private static void assertApr(ClosedEndCredit credit, UnitPeriod printedUnitPeriod, String printedApr) {
        assertThat(UnitPeriodRule.of(credit)).isEqualTo(printedUnitPeriod);
        AprSolution apr = ActuarialApr.solve(credit);
        assertThat(apr.status()).isEqualTo(AprSolution.Status.SOLVED);
        assertThat(apr.percentHundredths()).isEqualByComparingTo(printedApr);
    }

    private static void assertFirstPaymentTime(ClosedEndCredit credit, int t, int fNumerator, int fDenominator) {
        UnitPeriodTime time = UnitPeriodRule.of(credit).timeBetween(credit.termStart(),
                credit.payments().get(0).date(), credit.monthEndSeries());
        assertThat(time).isEqualTo(new UnitPeriodTime(t, fNumerator, fDenominator));
    }

    @Test
    void c1iMonthlyPaymentsRegularFirstPeriod() {
        // (c)(1)(i): $5,000 advanced 1-10-78, 24 payments of $230 from 2-10-78; f = 0, t = 0 to the first; APR 9.69%.
        ClosedEndCredit c = credit("5000", date(1978, 1, 10), series("230", 24, date(1978, 2, 10), months(1)));
        assertFirstPaymentTime(c, 1, 0, 30);
        assertApr(c, UnitPeriod.months(1), "9.69");
    }

    @Test
    void c1iiMonthlyPaymentsLongFirstPeriod() {
        // (c)(1)(ii): $6,000 advanced 2-10-78, 36 payments of $200 from 4-1-78; f = 19/30, t = 1; APR 11.82%.
        ClosedEndCredit c = credit("6000", date(1978, 2, 10), series("200", 36, date(1978, 4, 1), months(1)));
        assertFirstPaymentTime(c, 1, 19, 30);
        assertApr(c, UnitPeriod.months(1), "11.82");
    }

    @Test
    void c1iiiSemimonthlyPaymentsShortFirstPeriod() {
        // (c)(1)(iii): $5,000 advanced 2-23-78, 24 payments of $219.17 on the 1st and 16th from 3-1-78;
        // f = 6/15, t = 0; APR 10.34%.
        ClosedEndCredit c = credit("5000", date(1978, 2, 23), series("219.17", 24, date(1978, 3, 1), FIRST_AND_SIXTEENTH));
        assertFirstPaymentTime(c, 0, 6, 15);
        assertApr(c, UnitPeriod.semimonth(), "10.34");
    }

    @Test
    void c1ivQuarterlyPaymentsLongFirstPeriod() {
        // (c)(1)(iv): $10,000 advanced 5-23-78, 40 payments of $385 quarterly from 10-1-78; f = 39/90, t = 1; APR 8.97%.
        ClosedEndCredit c = credit("10000", date(1978, 5, 23), series("385", 40, date(1978, 10, 1), months(3)));
        assertFirstPaymentTime(c, 1, 39, 90);
        assertApr(c, UnitPeriod.months(3), "8.97");
    }

    @Test
    void c1vWeeklyPaymentsLongFirstPeriod() {
        // (c)(1)(v): $500 advanced 3-20-78, 30 weekly payments of $17.60 from 4-21-78; f = 4/7, t = 4; APR 14.96%.
        ClosedEndCredit c = credit("500", date(1978, 3, 20), series("17.60", 30, date(1978, 4, 21), weeks(1)));
        assertFirstPaymentTime(c, 4, 4, 7);
        assertApr(c, UnitPeriod.weeks(1), "14.96");
    }

    @Test
    void c2iMonthlyPaymentsIrregularFirstPayment() {
        // (c)(2)(i): $5,000 advanced 1-10-78, first payment $250 on 2-10-78, then 23 of $230 from 3-10-78; APR 10.08%.
        ClosedEndCredit c = credit("5000", date(1978, 1, 10), concat(
                List.of(DatedAmount.of(date(1978, 2, 10), "250")),
                series("230", 23, date(1978, 3, 10), months(1))));
        assertApr(c, UnitPeriod.months(1), "10.08");
    }

    @Test
    void c2iiEveryFourWeeksLongFirstPeriodIrregularFirstPayment() {
        // (c)(2)(ii): $400 advanced 3-18-78, first payment $39.50 on 4-20-78, then 11 of $38.31 every 4 weeks
        // from 5-18-78; f = 5/28, t = 1; APR 28.50%.
        ClosedEndCredit c = credit("400", date(1978, 3, 18), concat(
                List.of(DatedAmount.of(date(1978, 4, 20), "39.50")),
                series("38.31", 11, date(1978, 5, 18), weeks(4))));
        assertFirstPaymentTime(c, 1, 5, 28);
        assertApr(c, UnitPeriod.weeks(4), "28.50");
    }

    @Test
    void c3iMonthlyPaymentsIrregularFinalPayment() {
        // (c)(3)(i): $5,000 advanced 1-10-78, 23 payments of $230 from 2-10-78 and a final $280 on 1-10-80; APR 10.50%.
        ClosedEndCredit c = credit("5000", date(1978, 1, 10), concat(
                series("230", 23, date(1978, 2, 10), months(1)),
                List.of(DatedAmount.of(date(1980, 1, 10), "280"))));
        assertApr(c, UnitPeriod.months(1), "10.50");
    }

    @Test
    void c3iiEveryTwoWeeksShortFirstPeriodIrregularFinalPayment() {
        // (c)(3)(ii): $200 advanced 4-3-78, 19 payments of $9.50 every 2 weeks from 4-11-78 and a final $30
        // two weeks after the last; f = 8/14, t = 0; APR 12.22%.
        List<DatedAmount> regular = series("9.50", 19, date(1978, 4, 11), weeks(2));
        ClosedEndCredit c = credit("200", date(1978, 4, 3), concat(regular,
                List.of(DatedAmount.of(regular.get(18).date().plusWeeks(2), "30"))));
        assertFirstPaymentTime(c, 0, 8, 14);
        assertApr(c, UnitPeriod.weeks(2), "12.22");
    }

    @Test
    void c4iMonthlyPaymentsIrregularFirstAndFinalPayments() {
        // (c)(4)(i): $5,000 advanced 1-10-78, $250 on 2-10-78, 22 of $230 from 3-10-78, $280 on 1-10-80; APR 10.90%.
        ClosedEndCredit c = credit("5000", date(1978, 1, 10), concat(
                List.of(DatedAmount.of(date(1978, 2, 10), "250")),
                series("230", 22, date(1978, 3, 10), months(1)),
                List.of(DatedAmount.of(date(1980, 1, 10), "280"))));
        assertApr(c, UnitPeriod.months(1), "10.90");
    }

    @Test
    void c4iiEveryTwoMonthsShortFirstPeriodIrregularFirstAndFinalPayments() {
        // (c)(4)(ii): $8,000 advanced 1-10-78, $449.36 on 3-1-78, 18 of $465 every 2 months from 5-1-78 and a
        // final $200 on 5-1-81; f = 52/60, t = 0; APR 7.30%.
        ClosedEndCredit c = credit("8000", date(1978, 1, 10), concat(
                List.of(DatedAmount.of(date(1978, 3, 1), "449.36")),
                series("465", 18, date(1978, 5, 1), months(2)),
                List.of(DatedAmount.of(date(1981, 5, 1), "200"))));
        assertFirstPaymentTime(c, 0, 52, 60);
        assertApr(c, UnitPeriod.months(2), "7.30");
    }

    @Test
    void c5iSingleAdvanceSinglePaymentTermInDays() {
        // (c)(5)(i): $1,000 advanced 1-3-78, $1,080 paid 9-15-78: a term of 255 days, the unit-period, 365/255
        // a year; APR 11.45%.
        ClosedEndCredit c = credit("1000", date(1978, 1, 3), List.of(DatedAmount.of(date(1978, 9, 15), "1080")));
        assertThat(ChronoUnit.DAYS.between(c.termStart(), c.payments().get(0).date())).isEqualTo(255);
        assertApr(c, UnitPeriod.days(255), "11.45");
    }

    @Test
    void c5iiSingleAdvanceSinglePaymentTermOfSixMonths() {
        // (c)(5)(ii): $1,000, $1,044 paid after 6 months: the unit-period is 6 months, 2 a year; APR 8.80%.
        ClosedEndCredit c = credit("1000", date(1978, 7, 15), List.of(DatedAmount.of(date(1979, 1, 15), "1044")));
        assertApr(c, UnitPeriod.months(6), "8.80");
    }

    @Test
    void c5iiiSingleAdvanceSinglePaymentTermOfEighteenMonths() {
        // (c)(5)(iii): $1,000, $1,135.19 paid after 18 months: the unit-period is a year, t = 1, f = 6/12; APR 8.76%.
        ClosedEndCredit c = credit("1000", date(1978, 1, 10), List.of(DatedAmount.of(date(1979, 7, 10), "1135.19")));
        assertFirstPaymentTime(c, 1, 6, 12);
        assertApr(c, UnitPeriod.year(), "8.76");
    }

    @Test
    void c5ivSingleAdvanceSinglePaymentTermOfTwoYears() {
        // (c)(5)(iv): $1,000, $1,240 paid after 2 years: the unit-period is a year, t = 2, f = 0; APR 11.36%.
        ClosedEndCredit c = credit("1000", date(1978, 1, 10), List.of(DatedAmount.of(date(1980, 1, 10), "1240")));
        assertFirstPaymentTime(c, 2, 0, 12);
        assertApr(c, UnitPeriod.year(), "11.36");
    }
}
