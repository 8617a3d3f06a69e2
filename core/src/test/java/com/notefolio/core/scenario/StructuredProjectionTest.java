package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on notes with a deferral, forgiveness and advances: a projection that changes nothing gives the
 * schedule back row for row from any as-of date (the projector follows the resolver's deferred, carried and
 * capitalized interest), and payoffs pay the interest the deferral carried, worked by hand.
 */
class StructuredProjectionTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Scenario STILL = new Scenario("cpr 0", List.of(), PrepaymentSpeed.cpr(0.0), null, List.of(), 0);

    private static NoteTerms ppp(Deferral.DeferredInterest rule, boolean forgiven) {
        NoteTerms t = NoteJson.read(EXAMPLES.resolve("note-ppp.json"));
        StructureTerms s = t.structure();
        return t.toBuilder().structure(new StructureTerms(null, List.of(), new Deferral(s.deferral().through(), rule),
                forgiven ? s.forgiveness() : List.of())).build();
    }

    private static void assertSameFlows(Schedule projected, Schedule base, LocalDate asOf) {
        int first = base.firstDueAfter(EpochDay.of(asOf));
        assertThat(projected.size()).as("rows as of %s", asOf).isEqualTo(base.size());
        for (int i = first; i < base.size(); i++) {
            assertThat(projected.paymentMinor(i)).as("payment of row %d as of %s", i + 1, asOf).isEqualTo(base.paymentMinor(i));
            assertThat(projected.interestMinor(i)).as("interest of row %d as of %s", i + 1, asOf).isEqualTo(base.interestMinor(i));
            assertThat(projected.closingMinor(i)).as("closing of row %d as of %s", i + 1, asOf).isEqualTo(base.closingMinor(i));
            assertThat(projected.deferredInterestMinor(i)).as("interest carried after row %d as of %s", i + 1, asOf)
                    .isEqualTo(base.deferredInterestMinor(i));
            assertThat(projected.feeMinor(i)).as("fee of row %d as of %s", i + 1, asOf).isEqualTo(base.feeMinor(i));
        }
        // The interest accrued on any day after the as-of date, carried interest included, is the resolver's.
        for (int day = EpochDay.of(asOf); day < base.dueEpochDay(base.size() - 1); day += 9) {
            assertThat(projected.accruedInterestMinor(day)).as("accrued on %s (as of %s)", EpochDay.toDate(day), asOf)
                    .isEqualTo(base.accruedInterestMinor(day));
        }
    }

    @Test
    void aProjectionThatChangesNothingGivesEveryStructuredScheduleBackFromAnyDate() {
        List<NoteTerms> notes = List.of(ppp(Deferral.DeferredInterest.SPREAD, true), ppp(Deferral.DeferredInterest.SPREAD, false),
                ppp(Deferral.DeferredInterest.CAPITALIZE, true), ppp(Deferral.DeferredInterest.PAY_AT_FIRST, false),
                NoteJson.read(EXAMPLES.resolve("note-grid.json")));
        List<LocalDate> dates = List.of(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 8, 20), LocalDate.of(2020, 10, 20),
                LocalDate.of(2021, 1, 10), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 20), LocalDate.of(2024, 4, 15));
        for (NoteTerms t : notes) {
            Schedule base = ScheduleResolver.resolve(t);
            for (LocalDate asOf : dates) {
                if (asOf.isBefore(t.issueDate()) || !asOf.isBefore(t.maturityDate())) {
                    continue;
                }
                assertSameFlows(ScenarioProjector.project(base, STILL, asOf).schedule(), base, asOf);
            }
        }
    }

    @Test
    void aRevolvingLineProjectsItsCommitmentFeeAndStaysOpenWhenRepaid() {
        // StructuredScheduleTest's line: $100,000 at 8% ACT/360 with a 0.5% fee on the undrawn, repaid to nothing
        // on 20 May 2024; a still projection keeps every row, the fees of June (24.59) and July (41.67) too.
        NoteTerms line = NoteJson.read(EXAMPLES.resolve("note-revolving.json"));
        Schedule base = ScheduleResolver.resolve(line);
        assertThat(NoteJson.fromJson(NoteJson.toJson(line))).isEqualTo(line);
        for (LocalDate asOf : List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 20), LocalDate.of(2024, 5, 25))) {
            Schedule s = ScenarioProjector.project(base, STILL, asOf).schedule();
            assertSameFlows(s, base, asOf);
            assertThat(s.feeMinor(s.size() - 1)).isEqualTo(41_67);
            assertThat(s.feeMinor(s.size() - 2)).isEqualTo(24_59);
        }
    }

    @Test
    void aPayoffInTheDeferralPaysTheBalanceAndTheInterestCarried() {
        // Paid off on 4 Aug 2020, a deferred due date: 3 × 16.67 = 50.01 carried, with the $20,000 balance.
        Schedule base = ScheduleResolver.resolve(ppp(Deferral.DeferredInterest.SPREAD, false));
        Schedule s = ScenarioProjector.project(base, new Scenario("payoff", List.of(DatedPrepayment.payoff("PPP-2020-0417",
                LocalDate.of(2020, 8, 4))), null, null, List.of(), 0), LocalDate.of(2020, 6, 30)).schedule();

        int last = s.size() - 1;
        assertThat(s.flags(last) & FlowKind.PAYOFF.bit()).isNotZero();
        assertThat(s.paymentMinor(last)).isEqualTo(20_000_00 + 50_01);
        assertThat(s.closingMinor(last)).isZero();
        assertThat(s.paymentMinor(last - 1)).isZero(); // the deferred payment of 4 Aug itself
    }

    @Test
    void aPayoffAfterTheDeferralPaysWhatIsLeftOfTheSpreadInterest() {
        // After 4 Dec 2020 and 4 Jan 2021 (interest 16.67 then 15.75, payment 1,119.93 + 5.55 each) the balance is
        // 17,792.56 and 100.02 − 2 × 5.55 = 88.92 is still carried; paid off on 20 Jan 2021: 16 days (30/360) on
        // 17,792.56 at 1% = 7.91. Total 17,889.39.
        Schedule base = ScheduleResolver.resolve(ppp(Deferral.DeferredInterest.SPREAD, false));
        Schedule s = ScenarioProjector.project(base, new Scenario("payoff", List.of(DatedPrepayment.payoff("PPP-2020-0417",
                LocalDate.of(2021, 1, 20))), null, null, List.of(), 0), LocalDate.of(2021, 1, 10)).schedule();

        int last = s.size() - 1;
        assertThat(s.openingMinor(last)).isEqualTo(17_792_56);
        assertThat(s.interestMinor(last)).isEqualTo(7_91 + 88_92);
        assertThat(s.paymentMinor(last)).isEqualTo(17_889_39);
    }

    @Test
    void prepaymentSpeedsRunOnAGridNoteAndKeepItsAdvances() {
        Schedule base = ScheduleResolver.resolve(NoteJson.read(EXAMPLES.resolve("note-grid.json")));
        Schedule s = ScenarioProjector.project(base, new Scenario("cpr", List.of(), PrepaymentSpeed.cpr(0.2), null,
                List.of(), 0), LocalDate.of(2024, 1, 1)).schedule();

        long principal = 0;
        for (int i = 0; i < s.size(); i++) {
            principal += s.principalMinor(i) + s.prepaidMinor(i) + s.defaultedMinor(i);
            if ((base.flags(i) & FlowKind.ADVANCE.bit()) != 0) {
                assertThat(s.principalMinor(i)).as("advance row %d", i + 1).isEqualTo(base.principalMinor(i));
            }
        }
        assertThat(principal).isEqualTo(s.openingMinor(0)); // every cent lent is retired, advances included
        assertThat(s.closingMinor(s.size() - 1)).isZero();
    }

    @Test
    void aDemandNoteIsValuedToItsAssumedDemandDateAndADemandIsAPayoff() {
        // $50,000 at 9% ACT/365F, interest monthly on the 15th, payable on demand, assumed demanded on 15 July 2024.
        // Interest: 15 Feb 31 days = 382.19, 15 Mar 29 days = 357.53, 15 Apr 31 days = 382.19. Demanded on 30 April
        // instead: the balance and 15 days' interest, 50,000 × 9% × 15/365 = 184.93.
        NoteTerms demand = NoteJson.fromJson("""
                {"id": "demand", "borrower": {"name": "B"}, "principal": "50000.00", "annual_rate": "0.09",
                 "issue_date": "2024-01-15", "maturity_date": "2024-07-15", "amortization": "INTEREST_ONLY",
                 "accrual_basis": "ACT/365F", "payable_on_demand": true}
                """);
        assertThat(demand.structure().payableOnDemand()).isTrue();
        assertThat(NoteJson.fromJson(NoteJson.toJson(demand))).isEqualTo(demand);
        Schedule base = ScheduleResolver.resolve(demand);
        assertThat(base.size()).isEqualTo(6);
        assertThat(base.interestMinor(0)).isEqualTo(382_19);
        assertThat(base.interestMinor(1)).isEqualTo(357_53);
        assertThat(base.paymentMinor(5)).isEqualTo(50_000_00 + base.interestMinor(5));

        Schedule called = ScenarioProjector.project(base, new Scenario("demand", List.of(DatedPrepayment.payoff("demand",
                LocalDate.of(2024, 4, 30))), null, null, List.of(), 0), LocalDate.of(2024, 4, 20)).schedule();
        int last = called.size() - 1;
        assertThat(called.paymentMinor(last)).isEqualTo(50_000_00 + 184_93);
        assertThat(called.closingMinor(last)).isZero();
    }
}
