package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.BusinessCalendar;
import com.notefolio.core.convention.BusinessDayAdjustment;
import com.notefolio.core.convention.BusinessDayAdjustment.Accrual;
import com.notefolio.core.convention.BusinessDayConvention;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.ScheduleConventions;
import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioProjector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Due dates moved to business days, each figure hand-worked on the US calendar (USNY: the Federal
 * Reserve's holidays, weekends). The note is due "on the 28th" of each month, interest only, $120,000 at
 * 6% ACT/360: a day's interest is exactly 120,000 × 0.06 ÷ 360 = $20.00, so each period's interest is
 * 20 × its days. In 2024 the 28th falls on Saturday 28 September (moved to Monday 30 September),
 * Monday 28 October, Thanksgiving Thursday 28 November (moved to Friday 29 November) and Saturday
 * 28 December (moved to Monday 30 December).
 */
class BusinessDayScheduleTest {

    private static final BusinessCalendar USNY = BusinessCalendar.of("USNY");

    private static NoteTerms.Builder dueOnThe28th(BusinessDayAdjustment businessDays) {
        return NoteTerms.builder("BD-28").borrower("Borrower").principal("120000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 8, 28)).firstPaymentDate(LocalDate.of(2024, 9, 28))
                .maturityDate(LocalDate.of(2024, 12, 28)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_360)
                .conventions(ScheduleConventions.US_LENDER.withBusinessDays(businessDays));
    }

    private static List<LocalDate> due(Schedule s) {
        List<LocalDate> d = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            d.add(EpochDay.toDate(s.dueEpochDay(i)));
        }
        return d;
    }

    private static List<LocalDate> accrualEnds(Schedule s) {
        List<LocalDate> d = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            d.add(EpochDay.toDate(s.accrualEndEpochDay(i)));
        }
        return d;
    }

    private static List<Long> interest(Schedule s) {
        List<Long> d = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            d.add(s.interestMinor(i));
        }
        return d;
    }

    @Test
    void modifiedFollowingWithInterestToTheMovedDateAccruesEveryDayUntilPaid() {
        Schedule s = ScheduleResolver.resolve(dueOnThe28th(new BusinessDayAdjustment(USNY,
                BusinessDayConvention.MODIFIED_FOLLOWING, Accrual.ADJUSTED)).build());
        assertThat(due(s)).containsExactly(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 28),
                LocalDate.of(2024, 11, 29), LocalDate.of(2024, 12, 30));
        assertThat(accrualEnds(s)).isEqualTo(due(s));
        assertThat(s.hasUnadjustedAccrual()).isFalse();
        // 28 Aug – 30 Sep 33 days, – 28 Oct 28, – 29 Nov 32, – 30 Dec 31: × $20.00.
        assertThat(interest(s)).containsExactly(66000L, 56000L, 64000L, 62000L);
        assertThat(s.principalMinor(3)).isEqualTo(12000000L);
        assertThat(s.period(1).accrualStart()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void unadjustedAccrualMovesOnlyThePayment() {
        Schedule s = ScheduleResolver.resolve(dueOnThe28th(new BusinessDayAdjustment(USNY,
                BusinessDayConvention.MODIFIED_FOLLOWING, Accrual.UNADJUSTED)).build());
        assertThat(due(s)).containsExactly(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 28),
                LocalDate.of(2024, 11, 29), LocalDate.of(2024, 12, 30));
        assertThat(accrualEnds(s)).containsExactly(LocalDate.of(2024, 9, 28), LocalDate.of(2024, 10, 28),
                LocalDate.of(2024, 11, 28), LocalDate.of(2024, 12, 28));
        // 28 Aug – 28 Sep 31 days, – 28 Oct 30, – 28 Nov 31, – 28 Dec 30: × $20.00.
        assertThat(interest(s)).containsExactly(62000L, 60000L, 62000L, 60000L);
        SchedulePeriod first = s.period(0);
        assertThat(first.accrualEnd()).isEqualTo(LocalDate.of(2024, 9, 28));
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(s.period(1).accrualStart()).isEqualTo(LocalDate.of(2024, 9, 28));
    }

    @Test
    void betweenTheRolledDateAndTheMovedPaymentBothPeriodsAreAccrued() {
        Schedule unadjusted = ScheduleResolver.resolve(dueOnThe28th(new BusinessDayAdjustment(USNY,
                BusinessDayConvention.FOLLOWING, Accrual.UNADJUSTED)).build());
        // Sunday 29 September: the first period's $620.00 is owed (paid on the 30th) and the second has run a day.
        assertThat(unadjusted.accruedInterestMinor(EpochDay.of(LocalDate.of(2024, 9, 29)))).isEqualTo(62000L + 2000L);
        // On the payment day nothing of the first period is accrued any more: the second has run two days.
        assertThat(unadjusted.accruedInterestMinor(EpochDay.of(LocalDate.of(2024, 9, 30)))).isEqualTo(4000L);
        Schedule adjusted = ScheduleResolver.resolve(dueOnThe28th(new BusinessDayAdjustment(USNY,
                BusinessDayConvention.FOLLOWING, Accrual.ADJUSTED)).build());
        // 28 Aug – 29 Sep: 32 days of the one period still running.
        assertThat(adjusted.accruedInterestMinor(EpochDay.of(LocalDate.of(2024, 9, 29)))).isEqualTo(64000L);
    }

    @Test
    void aMonthEndRollMovedForwardIntoTheNextMonthIsMovedBackByModifiedFollowing() {
        // Saturday 31 August 2024: following is Tuesday 3 September (Monday 2nd is Labor Day), in another
        // month, so modified following gives Friday 30 August; plain following keeps 3 September.
        NoteTerms.Builder b = NoteTerms.builder("BD-EOM").borrower("Borrower").principal("1000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 7, 31)).firstPaymentDate(LocalDate.of(2024, 8, 31))
                .maturityDate(LocalDate.of(2024, 10, 31)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_360);
        Schedule modified = ScheduleResolver.resolve(b.conventions(ScheduleConventions.US_LENDER.withBusinessDays(
                new BusinessDayAdjustment(USNY, BusinessDayConvention.MODIFIED_FOLLOWING, Accrual.ADJUSTED))).build());
        assertThat(due(modified)).containsExactly(LocalDate.of(2024, 8, 30), LocalDate.of(2024, 9, 30),
                LocalDate.of(2024, 10, 31));
        Schedule following = ScheduleResolver.resolve(b.conventions(ScheduleConventions.US_LENDER.withBusinessDays(
                new BusinessDayAdjustment(USNY, BusinessDayConvention.FOLLOWING, Accrual.ADJUSTED))).build());
        assertThat(due(following)).containsExactly(LocalDate.of(2024, 9, 3), LocalDate.of(2024, 9, 30),
                LocalDate.of(2024, 10, 31));
        // The roll is not carried: 30 September is a Monday, rolled from 31 August, not from 3 September.
    }

    @Test
    void aPeriodicBasisCountsNoDaysSoOnlyThePaymentMoves() {
        Schedule s = ScheduleResolver.resolve(dueOnThe28th(new BusinessDayAdjustment(USNY,
                BusinessDayConvention.FOLLOWING, Accrual.ADJUSTED)).accrualBasis(DayCounts.PERIODIC).build());
        // 120,000 × 0.06 ÷ 12 = $600.00 every month whatever its days.
        assertThat(interest(s)).containsExactly(60000L, 60000L, 60000L, 60000L);
        assertThat(due(s).get(0)).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(accrualEnds(s).get(0)).isEqualTo(LocalDate.of(2024, 9, 28));
    }

    @Test
    void aScenarioOnUnadjustedPeriodsChargesInterestToTheRolledDates() {
        Schedule base = ScheduleResolver.resolve(dueOnThe28th(new BusinessDayAdjustment(USNY,
                BusinessDayConvention.FOLLOWING, Accrual.UNADJUSTED)).build());
        Schedule same = ScenarioProjector.project(base, new Scenario("none", List.of(), null, null, List.of(), 0),
                LocalDate.of(2024, 8, 28)).schedule();
        assertThat(interest(same)).isEqualTo(interest(base));
        assertThat(accrualEnds(same)).isEqualTo(accrualEnds(base));
        assertThat(due(same)).isEqualTo(due(base));
        // Paid off on 15 October: interest from the rolled 28 September, 17 days × $20.00 = $340.00.
        Schedule payoff = ScenarioProjector.project(base, new Scenario("payoff",
                List.of(DatedPrepayment.payoff("BD-28", LocalDate.of(2024, 10, 15))), null, null, List.of(), 0),
                LocalDate.of(2024, 8, 28)).schedule();
        assertThat(payoff.size()).isEqualTo(2);
        assertThat(payoff.interestMinor(1)).isEqualTo(34000L);
        assertThat(payoff.prepaidMinor(1)).isEqualTo(12000000L);
    }

    @Test
    void aStatedPaymentDayRollsOnItCappedAtEachMonthsLength() {
        // "Payable on the 30th day of each month", first payment 28 February 2013 (February has no 30th).
        NoteTerms.Builder b = NoteTerms.builder("PD-30").borrower("Borrower").principal("3000.00").annualRate("0.10")
                .issueDate(LocalDate.of(2013, 1, 30)).firstPaymentDate(LocalDate.of(2013, 2, 28))
                .maturityDate(LocalDate.of(2013, 5, 30)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.THIRTY_E_360);
        Schedule s = ScheduleResolver.resolve(b.conventions(ScheduleConventions.US_LENDER.withPaymentDay(30)).build());
        assertThat(due(s)).containsExactly(LocalDate.of(2013, 2, 28), LocalDate.of(2013, 3, 30),
                LocalDate.of(2013, 4, 30), LocalDate.of(2013, 5, 30));
        // 30E/360: 30 Jan – 28 Feb 28 days, – 30 Mar 32, then 30 each: 3000 × 0.10 × d ÷ 360.
        assertThat(interest(s)).containsExactly(2333L, 2667L, 2500L, 2500L);
        // Without the payment day the roll keeps the first due date's month end (28 Feb → 31 Mar …).
        assertThat(due(ScheduleResolver.resolve(b.conventions(ScheduleConventions.US_LENDER).build())).get(1))
                .isEqualTo(LocalDate.of(2013, 3, 31));
        assertThatThrownBy(() -> b.firstPaymentDate(LocalDate.of(2013, 2, 27))
                .conventions(ScheduleConventions.US_LENDER.withPaymentDay(30)).build())
                .isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("first_payment_date").hasMessageContaining("payment day 30");
        assertThatThrownBy(() -> ScheduleConventions.US_LENDER.withPaymentDay(32))
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("payment_day");
    }

    @Test
    void anAdjustmentRefusesWhatItCannotMean() {
        assertThatThrownBy(() -> new BusinessDayAdjustment(BusinessCalendar.NONE, BusinessDayConvention.FOLLOWING,
                Accrual.ADJUSTED)).hasMessageContaining("needs a calendar");
        assertThatThrownBy(() -> Accrual.of("shifted")).hasMessageContaining("'shifted' is not an accrual choice");
        assertThat(Accrual.of(" Unadjusted ")).isEqualTo(Accrual.UNADJUSTED);
        assertThat(new BusinessDayAdjustment(USNY, BusinessDayConvention.MODIFIED_FOLLOWING, Accrual.ADJUSTED).words())
                .isEqualTo("modified following on USNY, interest to the moved date");
        assertThat(BusinessDayAdjustment.NONE.words()).isEqualTo("no business-day adjustment");
    }
}
