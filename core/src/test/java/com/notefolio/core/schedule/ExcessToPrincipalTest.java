package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.SavingsClause;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.pricer.UsuryRefund;
import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioProjector;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A savings clause that applies the interest above the maximum lawful rate to principal, worked by hand on
 * monthly notes (PERIODIC basis, interest and payment rounded half-up to the cent) under a 10% cap. Each figure
 * is the hand recurrence written beside it: interest = balance × capped rate ÷ 12 rounded to the cent; principal =
 * the installment billed at the contract rate − that interest; the next balance = balance − principal.
 */
class ExcessToPrincipalTest {

    private static NoteTerms.Builder interestOnly(String id) {
        return NoteTerms.builder(id).borrower("B").principal("100000.00").annualRate("0.12")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2025, 1, 1))
                .amortization(Amortization.INTEREST_ONLY).maxLawfulRate("0.10")
                .savingsClause(SavingsClause.APPLIED_TO_PRINCIPAL);
    }

    @Test
    void interestOnlyNoteCreditsTheExcessToPrincipal() {
        Schedule s = ScheduleResolver.resolve(interestOnly("IO").build());
        // Billed at 12%: 100,000 × 12% ÷ 12 = 1,000.00 a month. Month 1: 100,000 × 10% ÷ 12 = 833.333 → 833.33
        // interest, 1,000.00 − 833.33 = 166.67 to principal, balance 99,833.33.
        assertThat(s.paymentMinor(0)).isEqualTo(1_000_00);
        assertThat(s.interestMinor(0)).isEqualTo(833_33);
        assertThat(s.principalMinor(0)).isEqualTo(166_67);
        // Month 2: 99,833.33 × 10% ÷ 12 = 831.944 → 831.94; 1,000.00 − 831.94 = 168.06; balance 99,665.27.
        assertThat(s.openingMinor(1)).isEqualTo(99_833_33);
        assertThat(s.interestMinor(1)).isEqualTo(831_94);
        assertThat(s.principalMinor(1)).isEqualTo(168_06);
        // Month 3: 99,665.27 × 10% ÷ 12 = 830.544 → 830.54; 169.46 to principal; balance 99,495.81.
        assertThat(s.interestMinor(2)).isEqualTo(830_54);
        assertThat(s.principalMinor(2)).isEqualTo(169_46);
        assertThat(s.closingMinor(2)).isEqualTo(99_495_81);
        // Continued to month 11 (balances 99,324.94, 99,152.65, 98,978.92, 98,803.74, 98,627.10, 98,448.99,
        // 98,269.40, 98,088.31): month 12 bills the 101,000.00 balloon but owes 98,088.31 + 817.40 interest
        // (98,088.31 × 10% ÷ 12 = 817.403) = 98,905.71. Interest over the year: 9,905.71.
        assertThat(s.size()).isEqualTo(12);
        assertThat(s.openingMinor(11)).isEqualTo(98_088_31);
        assertThat(s.interestMinor(11)).isEqualTo(817_40);
        assertThat(s.paymentMinor(11)).isEqualTo(98_905_71);
        assertThat(s.closingMinor(11)).isZero();
        assertThat(s.totalInterestMinor()).isEqualTo(9_905_71);
        for (int i = 0; i < 11; i++) {
            assertThat(s.paymentMinor(i)).as("row %d billed at the contract rate", i + 1).isEqualTo(1_000_00);
        }
    }

    @Test
    void constantPrincipalNoteBillsItsContractInstallment() {
        // $12,000 over 12 months, 1,000.00 principal a month. The contract schedule bills 1,000.00 + 1% of its own
        // balance: 1,120.00, 1,110.00, 1,100.00, … 1,010.00.
        NoteTerms t = interestOnly("CP").principal("12000.00").amortization(Amortization.CONSTANT_PRINCIPAL).build();
        Schedule s = ScheduleResolver.resolve(t);
        // Month 1: 12,000 × 10% ÷ 12 = 100.00; 1,120.00 − 100.00 = 1,020.00 principal; balance 10,980.00.
        assertThat(s.interestMinor(0)).isEqualTo(100_00);
        assertThat(s.principalMinor(0)).isEqualTo(1_020_00);
        // Month 2: 10,980 × 10% ÷ 12 = 91.50; 1,110.00 − 91.50 = 1,018.50; balance 9,961.50.
        assertThat(s.interestMinor(1)).isEqualTo(91_50);
        assertThat(s.principalMinor(1)).isEqualTo(1_018_50);
        // Month 3: 9,961.50 × 10% ÷ 12 = 83.0125 → 83.01; 1,100.00 − 83.01 = 1,016.99; balance 8,944.51.
        assertThat(s.principalMinor(2)).isEqualTo(1_016_99);
        assertThat(s.closingMinor(2)).isEqualTo(8_944_51);
        // Continued, month 12 opens on 864.62 and owes it with 864.62 × 10% ÷ 12 = 7.205 → 7.21: 871.83, under the
        // 1,010.00 billed.
        assertThat(s.size()).isEqualTo(12);
        assertThat(s.openingMinor(11)).isEqualTo(864_62);
        assertThat(s.paymentMinor(11)).isEqualTo(871_83);
    }

    @Test
    void levelPaymentNoteRetiresEarlyAndTheScheduleEndsThere() {
        // $10,000 at 36% for 60 months: the level payment 10,000 × 3% ÷ (1 − 1.03^−60) = 361.3297 → 361.33.
        // At the 6% cap (0.5% a month) that payment retires the loan in n = −ln(1 − 10,000 × 0.005 ÷ 361.33) ÷
        // ln 1.005 = 29.86 months: 30 rows, the last paying less than 361.33.
        NoteTerms t = interestOnly("LP").principal("10000.00").annualRate("0.36").maxLawfulRate("0.06")
                .maturityDate(LocalDate.of(2029, 1, 1)).amortization(Amortization.LEVEL_PAYMENT).build();
        Schedule s = ScheduleResolver.resolve(t);
        // Month 1: 10,000 × 0.5% = 50.00 interest; 361.33 − 50.00 = 311.33 principal; month 2: 9,688.67 × 0.5% =
        // 48.44, 312.89 principal.
        assertThat(s.paymentMinor(0)).isEqualTo(361_33);
        assertThat(s.interestMinor(0)).isEqualTo(50_00);
        assertThat(s.principalMinor(1)).isEqualTo(312_89);
        assertThat(s.size()).isEqualTo(30);
        assertThat(s.dueEpochDay(29)).isEqualTo(com.notefolio.core.convention.EpochDay.of(LocalDate.of(2026, 7, 1)));
        // The recurrence carried on by hand leaves 310.05 for month 30: 310.05 + 1.55 interest = 311.60.
        assertThat(s.openingMinor(29)).isEqualTo(310_05);
        assertThat(s.paymentMinor(29)).isEqualTo(311_60);
        assertThat(s.closingMinor(29)).isZero();
    }

    @Test
    void capBindingInSomePeriodsOnlyCreditsThoseAndKeepsTheInstallment() {
        // 12% for two months (above the cap), then 8% (under it). Months 1–2 as the interest-only note: 166.67 and
        // 168.06 to principal, balance 99,665.27. Month 3 bills the contract's 100,000 × 8% ÷ 12 = 666.67; the
        // interest on the lower balance is 99,665.27 × 8% ÷ 12 = 664.435 → 664.44, so 2.23 is principal; month 4:
        // 99,663.04 × 8% ÷ 12 = 664.420 → 664.42, 2.25 principal.
        NoteTerms t = interestOnly("STEP").rate(new RateTerms.Stepped(List.of(
                new RateTerms.Step(LocalDate.of(2024, 1, 1), new BigDecimal("0.12")),
                new RateTerms.Step(LocalDate.of(2024, 3, 1), new BigDecimal("0.08"))))).build();
        Schedule s = ScheduleResolver.resolve(t, IndexData.NONE);
        assertThat(s.rate(0)).isEqualByComparingTo("0.10");
        assertThat(s.principalMinor(1)).isEqualTo(168_06);
        assertThat(s.rate(2)).isEqualByComparingTo("0.08");
        assertThat(s.paymentMinor(2)).isEqualTo(666_67);
        assertThat(s.interestMinor(2)).isEqualTo(664_44);
        assertThat(s.principalMinor(2)).isEqualTo(2_23);
        assertThat(s.interestMinor(3)).isEqualTo(664_42);
        assertThat(s.principalMinor(3)).isEqualTo(2_25);
    }

    @Test
    void floatingRateAboveTheCapInOneResetOnly() {
        // SOFR + 2%, 8% to begin, monthly resets from 1 Feb 2024: SOFR 10% on 1 Feb (12%, capped at 10%), 6% on
        // 1 Mar (8%, and 8% again on 1 Apr from the same fixing). $100,000 interest only to 1 May:
        // Jan: billed 100,000 × 8% ÷ 12 = 666.67, interest the same, no principal.
        // Feb: billed 1,000.00 at 12%; 833.33 interest at the cap; 166.67 principal; balance 99,833.33.
        // Mar: billed 666.67; 99,833.33 × 8% ÷ 12 = 665.555… → 665.56; 1.11 principal; balance 99,832.22.
        // Apr (last): 99,832.22 × 8% ÷ 12 = 665.548… → 665.55; pays 99,832.22 + 665.55 = 100,497.77.
        RateTerms floating = RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.08")
                .resets(com.notefolio.core.convention.Frequency.MONTHLY, LocalDate.of(2024, 2, 1)).build();
        IndexData data = IndexData.of(List.of(
                new com.notefolio.core.index.IndexFixing("SOFR", LocalDate.of(2024, 2, 1), new BigDecimal("0.10")),
                new com.notefolio.core.index.IndexFixing("SOFR", LocalDate.of(2024, 3, 1), new BigDecimal("0.06"))));
        Schedule s = ScheduleResolver.resolve(interestOnly("FLT").rate(floating).maturityDate(LocalDate.of(2024, 5, 1))
                .build(), data);
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.principalMinor(0)).isZero();
        assertThat(s.rate(1)).isEqualByComparingTo("0.10");
        assertThat(s.paymentMinor(1)).isEqualTo(1_000_00);
        assertThat(s.principalMinor(1)).isEqualTo(166_67);
        assertThat(s.interestMinor(2)).isEqualTo(665_56);
        assertThat(s.principalMinor(2)).isEqualTo(1_11);
        assertThat(s.interestMinor(3)).isEqualTo(665_55);
        assertThat(s.paymentMinor(3)).isEqualTo(100_497_77);
    }

    @Test
    void capThatNeverBindsLeavesTheOrdinarySchedule() {
        NoteTerms t = interestOnly("UNDER").maxLawfulRate("0.15").build();
        Schedule s = ScheduleResolver.resolve(t);
        // 100,000 × 12% ÷ 12 = 1,000.00 interest and no principal each month, the balloon 101,000.00.
        assertThat(s.size()).isEqualTo(12);
        assertThat(s.interestMinor(0)).isEqualTo(1_000_00);
        assertThat(s.principalMinor(0)).isZero();
        assertThat(s.paymentMinor(11)).isEqualTo(101_000_00);
    }

    @Test
    void refundingClauseIsUnchangedAndAppliedClauseRefundsNothing() {
        // The REFUNDED clause keeps the capped schedule (833.33 a month) and refunds 166.67 a month, as before.
        Schedule refunded = ScheduleResolver.resolve(interestOnly("REF").savingsClause(SavingsClause.REFUNDED).build());
        assertThat(refunded.interestMinor(1)).isEqualTo(833_33);
        assertThat(UsuryRefund.totalMinor(refunded, IndexData.NONE)).isEqualTo(12 * 166_67);
        // Applied to principal, the excess is in the schedule: nothing is refunded.
        Schedule applied = ScheduleResolver.resolve(interestOnly("APP").build());
        assertThat(UsuryRefund.totalMinor(applied, IndexData.NONE)).isZero();
    }

    @Test
    void stillProjectionEqualsTheBaseAndAPayoffPaysTheLowerBalance() {
        Schedule base = ScheduleResolver.resolve(interestOnly("IO").build());
        Schedule still = ScheduleProjectorHolder.still(base);
        for (int i = 0; i < base.size(); i++) {
            assertThat(still.paymentMinor(i)).as("row %d", i + 1).isEqualTo(base.paymentMinor(i));
            assertThat(still.principalMinor(i)).as("row %d", i + 1).isEqualTo(base.principalMinor(i));
        }
        // A payoff on the third due date (2024-04-01), after its payment: the balance the credits left, 99,495.81.
        Scenario payoff = new Scenario("payoff", List.of(DatedPrepayment.payoff("IO", LocalDate.of(2024, 4, 1))),
                null, null, List.of(), 0);
        Schedule p = ScenarioProjector.project(base, payoff, LocalDate.of(2024, 1, 1)).schedule();
        assertThat(p.size()).isEqualTo(3);
        // The row pays its 1,000.00 installment (169.46 of it principal) and the 99,495.81 prepaid: 100,495.81.
        assertThat(p.principalMinor(2)).isEqualTo(169_46);
        assertThat(p.prepaidMinor(2)).isEqualTo(99_495_81);
        assertThat(p.paymentMinor(2)).isEqualTo(100_495_81);
    }

    @Test
    void partialPrepaymentKeepsTheBilledInstallment() {
        Schedule base = ScheduleResolver.resolve(interestOnly("IO").build());
        // 50,000.00 prepaid with the first payment (2024-02-01): month 2 opens on 99,833.33 − 50,000 = 49,833.33,
        // owes 49,833.33 × 10% ÷ 12 = 415.278 → 415.28 and still pays 1,000.00: 584.72 to principal.
        Scenario part = new Scenario("part", List.of(new DatedPrepayment("IO", LocalDate.of(2024, 2, 1),
                new BigDecimal("50000.00"), null)), null, null, List.of(), 0);
        Schedule p = ScenarioProjector.project(base, part, LocalDate.of(2024, 1, 1)).schedule();
        assertThat(p.openingMinor(1)).isEqualTo(49_833_33);
        assertThat(p.interestMinor(1)).isEqualTo(415_28);
        assertThat(p.paymentMinor(1)).isEqualTo(1_000_00);
        assertThat(p.principalMinor(1)).isEqualTo(584_72);
    }

    @Test
    void clauseIsReadFromCsvAndJsonAndRefusedOnAStructuredNote() {
        String header = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,max_lawful_rate,"
                + "savings_clause\n";
        try (PortfolioCsvReader r = PortfolioCsvReader.open("notes.csv", new StringReader(header
                + "C,100000.00,0.12,2024-01-01,2025-01-01,INTEREST_ONLY,0.10,applied_to_principal\n"),
                StatedSchedules.NONE, RateSteps.NONE, null)) {
            NoteTerms t = r.next().terms();
            assertThat(t.savingsClause()).isEqualTo(SavingsClause.APPLIED_TO_PRINCIPAL);
            assertThat(NoteJson.toJson(t)).contains("\"savings_clause\" : \"applied_to_principal\"");
            assertThat(NoteJson.fromJson(NoteJson.toJson(t)).savingsClause())
                    .isEqualTo(SavingsClause.APPLIED_TO_PRINCIPAL);
        }
        assertThatThrownBy(() -> interestOnly("S").maxLawfulRate(null).build())
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("savings_clause");
        assertThatThrownBy(() -> interestOnly("S").structure(new StructureTerms(LocalDate.of(2024, 1, 15), List.of(), null,
                List.of())).build())
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("savings_clause");
    }

    /** The projection of a scenario that changes nothing, from the note's issue. */
    private static final class ScheduleProjectorHolder {
        static Schedule still(Schedule base) {
            return ScenarioProjector.project(base, Scenario.BASE, LocalDate.of(2024, 1, 1)).schedule();
        }
    }
}
