package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on notes whose principal has a cycle of its own ({@code principal_frequency}): a projection that
 * changes nothing gives the schedule back row for row from any as-of date (the projector follows the interest
 * carried from principal-only dates), and a payoff between due dates pays the interest carried, worked by hand.
 */
class PrincipalCycleProjectionTest {

    private static final Scenario STILL = new Scenario("cpr 0", List.of(), PrepaymentSpeed.cpr(0.0), null, List.of(), 0);

    /** PrincipalCycleScheduleTest's equipment note: $12,000 at 6% ACT/360, interest quarterly, $2,000 principal monthly. */
    private static final NoteTerms EQUIPMENT = NoteJson.fromJson("""
            {"id": "E", "borrower": {"name": "E"}, "principal": "12000.00", "annual_rate": "0.06",
             "issue_date": "2025-01-01", "first_payment_date": "2025-04-01", "frequency": "QUARTERLY",
             "first_principal_date": "2025-02-01", "principal_frequency": "MONTHLY", "maturity_date": "2025-07-01",
             "amortization": "CONSTANT_PRINCIPAL", "accrual_basis": "ACT/360"}
            """);
    /** A farm note: $240,000 at 5% 30E/360, interest yearly, $48,000 of principal quarterly from 1 January 2026. */
    private static final NoteTerms FARM = NoteJson.fromJson("""
            {"id": "F", "borrower": {"name": "F"}, "principal": "240000.00", "annual_rate": "0.05",
             "issue_date": "2025-01-01", "first_payment_date": "2026-01-01", "frequency": "ANNUAL",
             "principal_frequency": "QUARTERLY", "maturity_date": "2027-01-01", "amortization": "INTEREST_ONLY",
             "accrual_basis": "30E/360", "installments": [{"from": "2026-01-01", "amount": "48000.00"}]}
            """);

    @Test
    void aProjectionThatChangesNothingGivesThePrincipalCycleScheduleBackFromAnyDate() {
        List<LocalDate> dates = List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 14),
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 16), LocalDate.of(2025, 6, 30), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 8, 20));
        for (NoteTerms t : List.of(EQUIPMENT, FARM)) {
            Schedule base = ScheduleResolver.resolve(t);
            for (LocalDate asOf : dates) {
                if (asOf.isBefore(t.issueDate()) || !asOf.isBefore(t.maturityDate())) {
                    continue;
                }
                Schedule projected = ScenarioProjector.project(base, STILL, asOf).schedule();
                int first = base.firstDueAfter(EpochDay.of(asOf));
                assertThat(projected.size()).as("%s rows as of %s", t.id(), asOf).isEqualTo(base.size());
                for (int i = first; i < base.size(); i++) {
                    assertThat(projected.paymentMinor(i)).as("%s payment %d as of %s", t.id(), i, asOf)
                            .isEqualTo(base.paymentMinor(i));
                    assertThat(projected.interestMinor(i)).isEqualTo(base.interestMinor(i));
                    assertThat(projected.closingMinor(i)).isEqualTo(base.closingMinor(i));
                    assertThat(projected.deferredInterestMinor(i)).as("%s carried %d as of %s", t.id(), i, asOf)
                            .isEqualTo(base.deferredInterestMinor(i));
                }
                for (int day = EpochDay.of(asOf); day < base.dueEpochDay(base.size() - 1); day += 9) {
                    assertThat(projected.accruedInterestMinor(day)).as("%s accrued on %s as of %s", t.id(),
                            EpochDay.toDate(day), asOf).isEqualTo(base.accruedInterestMinor(day));
                }
            }
        }
    }

    @Test
    void aPayoffBetweenDueDatesPaysTheBalanceAndTheInterestCarried() {
        // Paid off on 16 May 2025: the balance after 1 May is 4,000.00; 30.00 carried from 1 April to 1 May
        // (6,000 × 0.06 × 30 ÷ 360) and 15 days on 4,000 (4,000 × 0.06 × 15 ÷ 360 = 10.00): 4,040.00.
        Schedule base = ScheduleResolver.resolve(EQUIPMENT);
        Schedule s = ScenarioProjector.project(base, new Scenario("payoff", List.of(DatedPrepayment.payoff("E",
                LocalDate.of(2025, 5, 16))), null, null, List.of(), 0), LocalDate.of(2025, 4, 15)).schedule();

        int last = s.size() - 1;
        assertThat(s.flags(last) & FlowKind.PAYOFF.bit()).isNotZero();
        assertThat(s.paymentMinor(last)).isEqualTo(4_000_00 + 40_00);
        assertThat(s.closingMinor(last)).isZero();
    }
}
