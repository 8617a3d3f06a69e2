package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each amortization kind and the date rules, on small notes worked by hand in the comments. */
class ScheduleResolverTest {

    private static NoteTerms.Builder note(String principal, String rate) {
        return NoteTerms.builder("hand").borrower("Borrower").principal(principal).annualRate(rate);
    }

    @Test
    void constantPrincipalRepaysEqualPrincipalWithInterestOnTheFallingBalance() {
        // $1,200 at 12% quarterly (3% a quarter), 4 quarters: principal 300 each;
        // interest 1,200 × 3% = 36, 900 × 3% = 27, 600 × 3% = 18, 300 × 3% = 9
        Schedule s = ScheduleResolver.resolve(note("1200.00", "0.12")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2025, 1, 1))
                .frequency(Frequency.QUARTERLY).amortization(Amortization.CONSTANT_PRINCIPAL).build());

        assertThat(s.size()).isEqualTo(4);
        long[] payments = {336_00, 327_00, 318_00, 309_00};
        for (int i = 0; i < 4; i++) {
            assertThat(s.principalMinor(i)).isEqualTo(300_00);
            assertThat(s.paymentMinor(i)).isEqualTo(payments[i]);
        }
    }

    @Test
    void bulletPaysAllInterestAndPrincipalAtMaturity() {
        // $10,000 at 6% ACT/365F over 2024 (366 days): 10,000 × 0.06 × 366 / 365 = 601.6438… -> 601.64
        Schedule s = ScheduleResolver.resolve(note("10000.00", "0.06")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2025, 1, 1))
                .frequency(Frequency.AT_MATURITY).amortization(Amortization.BULLET)
                .accrualBasis(DayCounts.ACT_365F).build());

        assertThat(s.size()).isEqualTo(1);
        assertThat(s.interestMinor(0)).isEqualTo(601_64);
        assertThat(s.paymentMinor(0)).isEqualTo(10_601_64);
        assertThat(s.period(0).days()).isEqualTo(366);
    }

    @Test
    void levelPaymentOverALongerAmortizationEndsWithABalloon() {
        // $100,000 at 6%, amortized over 30 years, due in 5: PMT(0.5%, 360, 100000) = 599.5505… -> 599.55.
        // Balance after 59 payments B = 100,000 × 1.005^59 − 599.55 × (1.005^59 − 1) / 0.005 = 93,188.00;
        // the 60th payment is B × 1.005 = 93,653.94 (closed form; interest rounded to the cent each month
        // moves it by a few cents: tolerance 0.05).
        Schedule s = ScheduleResolver.resolve(note("100000.00", "0.06")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2029, 1, 1))
                .amortization(Amortization.LEVEL_PAYMENT).amortizationMonths(360).build());

        assertThat(s.size()).isEqualTo(60);
        assertThat(s.paymentMinor(0)).isEqualTo(599_55);
        assertThat(s.paymentMinor(58)).isEqualTo(599_55);
        assertThat(s.paymentMinor(59)).isBetween(93_653_94L - 5, 93_653_94L + 5);
        assertThat(s.closingMinor(59)).isZero();
    }

    @Test
    void statedLevelPaymentIsUsedAsGiven() {
        // $1,000 at 12% monthly, stated payment $300: interest 10.00, principal 290.00 in month 1
        Schedule s = ScheduleResolver.resolve(note("1000.00", "0.12")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2024, 7, 1))
                .amortization(Amortization.LEVEL_PAYMENT).statedPayment(new BigDecimal("300.00")).build());

        assertThat(s.paymentMinor(0)).isEqualTo(300_00);
        assertThat(s.interestMinor(0)).isEqualTo(10_00);
        assertThat(s.principalMinor(0)).isEqualTo(290_00);
        // 1,000 → 710 → 417.10 → 121.27: month 4 owes 121.27 + 1.21 and ends the schedule before July
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.paymentMinor(3)).isEqualTo(122_48);
    }

    @Test
    void monthEndIssueRollsEveryDueDateToAMonthEnd() {
        Schedule s = ScheduleResolver.resolve(note("1000.00", "0.12")
                .issueDate(LocalDate.of(2024, 1, 31)).maturityDate(LocalDate.of(2024, 5, 31))
                .amortization(Amortization.INTEREST_ONLY).build());

        assertThat(s.periods()).extracting(SchedulePeriod::dueDate).containsExactly(
                LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 30),
                LocalDate.of(2024, 5, 31));
        // PERIODIC: $10.00 every month whatever its days
        assertThat(s.periods()).extracting(p -> NoteTerms.decimal(p.interest()))
                .allSatisfy(i -> assertThat(i).isEqualByComparingTo("10.00"));
    }

    @Test
    void dayCountShortFirstPeriodAccruesByTheDay() {
        // $10,000 at 7.2% ACT/360: Jan 20 → Feb 1 is 12 days, 10,000 × 0.072 × 12 / 360 = 24.00;
        // Feb 1 → Mar 1 2024 is 29 days: 58.00; Mar 1 → Apr 1 is 31 days: 62.00
        Schedule s = ScheduleResolver.resolve(note("10000.00", "0.072")
                .issueDate(LocalDate.of(2024, 1, 20)).firstPaymentDate(LocalDate.of(2024, 2, 1))
                .maturityDate(LocalDate.of(2024, 4, 1))
                .amortization(Amortization.INTEREST_ONLY).accrualBasis(DayCounts.ACT_360).build());

        assertThat(s.size()).isEqualTo(3);
        assertThat(s.interestMinor(0)).isEqualTo(24_00);
        assertThat(s.interestMinor(1)).isEqualTo(58_00);
        assertThat(s.interestMinor(2)).isEqualTo(62_00);
        assertThat(s.paymentMinor(2)).isEqualTo(10_062_00);
    }

    @Test
    void offCalendarMaturityMakesAShortLastPeriod() {
        Schedule s = ScheduleResolver.resolve(note("1000.00", "0.12")
                .issueDate(LocalDate.of(2024, 1, 15)).maturityDate(LocalDate.of(2024, 4, 20))
                .amortization(Amortization.INTEREST_ONLY).build());

        assertThat(s.periods()).extracting(SchedulePeriod::dueDate).containsExactly(
                LocalDate.of(2024, 2, 15), LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 15),
                LocalDate.of(2024, 4, 20));
    }

    @Test
    void balanceGrowingPastALongIsRefusedNotWrapped() {
        // $1 trillion at 100% with a stated payment of one cent: the balance grows by 1/12 a month and passes
        // 2^63 cents (9.2e18) after about ln(92,234) / ln(13/12) ≈ 143 months
        NoteTerms terms = note("1000000000000.00", "1")
                .issueDate(LocalDate.of(2000, 1, 1)).maturityDate(LocalDate.of(2090, 1, 1))
                .amortization(Amortization.LEVEL_PAYMENT).statedPayment(new BigDecimal("0.01")).build();

        assertThatThrownBy(() -> ScheduleResolver.resolve(terms)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("note hand").hasMessageContaining("do not cover the interest");
    }
}
