package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.OddDays;
import com.notefolio.core.note.ScheduleConventions;
import com.notefolio.core.note.ScheduleConventions.Annuity;
import com.notefolio.core.note.ScheduleConventions.EndOfMonth;
import com.notefolio.core.note.ScheduleConventions.LastPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schedule conventions where US lenders and ACTUS differ, each hand-worked, and the lead-in and
 * stated constant installment: options of the note, the default being today's behaviour.
 */
class ScheduleConventionsTest {

    private static NoteTerms.Builder note() {
        return NoteTerms.builder("C-1").borrower("Borrower").principal("1000.00").annualRate("0.12")
                .issueDate(LocalDate.of(2013, 1, 1)).maturityDate(LocalDate.of(2013, 3, 1))
                .amortization(Amortization.LEVEL_PAYMENT).accrualBasis(DayCounts.ACT_365F);
    }

    private static List<LocalDate> due(Schedule s) {
        List<LocalDate> d = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            d.add(EpochDay.toDate(s.dueEpochDay(i)));
        }
        return d;
    }

    @Test
    void defaultConventionsAreUsLenders() {
        assertThat(note().build().conventions()).isEqualTo(ScheduleConventions.US_LENDER);
        assertThat(note().build().firstPrincipalDate()).isNull();
    }

    @Test
    void actusAnnuityWeighsEachPeriodByItsOwnYearFraction() {
        // $1,000 at 12% ACT/365F, due 1 Feb (31 days) and 1 Mar 2013 (28 days).
        // g1 = 1 + 0.12 × 31/365, g2 = 1 + 0.12 × 28/365; A = 1000 × g1 × g2 ÷ (g2 + 1) = 507.4100… → 507.41.
        // Row 1: interest 1000 × 0.12 × 31/365 = 10.1918 → 10.19, principal 507.41 − 10.19 = 497.22, balance 502.78.
        // Row 2: interest 502.78 × 0.12 × 28/365 = 4.6283 → 4.63, principal 502.78, payment 507.41.
        Schedule s = ScheduleResolver.resolve(note().conventions(ScheduleConventions.US_LENDER
                .withAnnuity(Annuity.ACCRUAL_FRACTIONS)).build());
        assertThat(s.paymentMinor(0)).isEqualTo(50741);
        assertThat(s.interestMinor(0)).isEqualTo(1019);
        assertThat(s.principalMinor(0)).isEqualTo(49722);
        assertThat(s.interestMinor(1)).isEqualTo(463);
        assertThat(s.principalMinor(1)).isEqualTo(50278);
        assertThat(s.paymentMinor(1)).isEqualTo(50741);
        // US lenders' (and Excel's) PMT(1%, 2, −1000) = 1000 × 0.01 ÷ (1 − 1.01^−2) = 507.5124 → 507.51.
        assertThat(ScheduleResolver.resolve(note().build()).paymentMinor(0)).isEqualTo(50751);
    }

    @Test
    void aLongLastPeriodJoinsTheStubToThePeriodBeforeIt() {
        NoteTerms.Builder b = note().amortization(Amortization.INTEREST_ONLY).maturityDate(LocalDate.of(2013, 4, 15));
        // Due 1 Feb, 1 Mar, 1 Apr, then 15 Apr off the roll: short (default) keeps 1 Apr, long drops it.
        assertThat(due(ScheduleResolver.resolve(b.build()))).containsExactly(LocalDate.of(2013, 2, 1),
                LocalDate.of(2013, 3, 1), LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 15));
        Schedule longLast = ScheduleResolver.resolve(b.conventions(ScheduleConventions.US_LENDER
                .withLastPeriod(LastPeriod.LONG)).build());
        assertThat(due(longLast)).containsExactly(LocalDate.of(2013, 2, 1), LocalDate.of(2013, 3, 1),
                LocalDate.of(2013, 4, 15));
        // The long period 1 Mar – 15 Apr is 45 days: 1000 × 0.12 × 45/365 = 14.7945 → 14.79.
        assertThat(longLast.interestMinor(2)).isEqualTo(1479);
    }

    @Test
    void sameDayRollsAMonthEndAsItsDay() {
        NoteTerms.Builder b = note().amortization(Amortization.INTEREST_ONLY).issueDate(LocalDate.of(2013, 3, 30))
                .firstPaymentDate(LocalDate.of(2013, 4, 30)).maturityDate(LocalDate.of(2013, 6, 30));
        assertThat(due(ScheduleResolver.resolve(b.build()))).containsExactly(LocalDate.of(2013, 4, 30),
                LocalDate.of(2013, 5, 31), LocalDate.of(2013, 6, 30));
        assertThat(due(ScheduleResolver.resolve(b.conventions(ScheduleConventions.US_LENDER
                .withEndOfMonth(EndOfMonth.SAME_DAY)).build()))).containsExactly(LocalDate.of(2013, 4, 30),
                LocalDate.of(2013, 5, 30), LocalDate.of(2013, 6, 30));
    }

    @Test
    void aLeadInPaysInterestOnlyThenAmortizesOverThePeriodsLeft() {
        // $1,200 at 12% PERIODIC, 4 monthly periods, principal from the 3rd due date (1 Apr 2013).
        // Rows 1–2: interest 1200 × 0.01 = 12.00, no principal.
        // Row 3: PMT(1%, 2, −1200) = 1200 × 0.01 ÷ (1 − 1.01^−2) = 609.0149 → 609.01; principal 597.01, balance 602.99.
        // Row 4: interest 602.99 × 0.01 = 6.0299 → 6.03, principal 602.99, payment 609.02.
        Schedule s = ScheduleResolver.resolve(note().principal("1200.00").accrualBasis(DayCounts.PERIODIC)
                .maturityDate(LocalDate.of(2013, 5, 1)).firstPrincipalDate(LocalDate.of(2013, 4, 1)).build());
        assertThat(s.size()).isEqualTo(4);
        assertThat(new long[] {s.principalMinor(0), s.principalMinor(1)}).containsExactly(0, 0);
        assertThat(new long[] {s.interestMinor(0), s.interestMinor(1), s.interestMinor(2)}).containsExactly(1200, 1200, 1200);
        assertThat(s.paymentMinor(2)).isEqualTo(60901);
        assertThat(s.principalMinor(2)).isEqualTo(59701);
        assertThat(s.interestMinor(3)).isEqualTo(603);
        assertThat(s.principalMinor(3)).isEqualTo(60299);
        assertThat(s.paymentMinor(3)).isEqualTo(60902);
    }

    @Test
    void aConstantPrincipalNoteMayStateItsInstallment() {
        // $1,000 retired 300.00 a period over 4 periods: 300, 300, 300 and the last 100 with the balance.
        Schedule s = ScheduleResolver.resolve(note().amortization(Amortization.CONSTANT_PRINCIPAL)
                .maturityDate(LocalDate.of(2013, 5, 1)).statedPayment(new BigDecimal("300.00")).build());
        assertThat(new long[] {s.principalMinor(0), s.principalMinor(1), s.principalMinor(2), s.principalMinor(3)})
                .containsExactly(30000, 30000, 30000, 10000);
    }

    @Test
    void theOptionsRefuseWhatTheyCannotMean() {
        assertThatThrownBy(() -> note().accrualBasis(DayCounts.PERIODIC).oddDays(new OddDays.ByDays(DayCounts.ACT_365F))
                .conventions(ScheduleConventions.US_LENDER.withLastPeriod(LastPeriod.LONG)).build())
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("last_period");
        assertThatThrownBy(() -> note().amortization(Amortization.INTEREST_ONLY)
                .firstPrincipalDate(LocalDate.of(2013, 3, 1)).build())
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("first_principal_date");
        assertThatThrownBy(() -> note().firstPrincipalDate(LocalDate.of(2013, 6, 1)).build())
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("first_principal_date");
    }
}
