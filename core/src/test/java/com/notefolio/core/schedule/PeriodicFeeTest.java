package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.disclosure.NoteDisclosure;
import com.notefolio.core.disclosure.TruthInLendingDisclosure;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PeriodicFee;
import com.notefolio.core.note.SavingsClause;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioProjector;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fee charged with each installment, worked by hand: a flat amount per installment plus a rate on the opening
 * balance by the note's period rule (PERIODIC: balance × rate ÷ 12, rounded half-up to the cent), in the
 * schedule's fee column and part of the payment, never of the balance.
 */
class PeriodicFeeTest {

    private static NoteTerms.Builder interestOnly(String id, PeriodicFee fee) {
        return NoteTerms.builder(id).borrower("B").principal("100000.00").annualRate("0.12")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2025, 1, 1))
                .amortization(Amortization.INTEREST_ONLY).periodicFee(fee);
    }

    @Test
    void flatAndRateFeesArePaidWithEachInstallment() {
        Schedule s = ScheduleResolver.resolve(interestOnly("IO", PeriodicFee.of("10.00", "0.005")).build());
        // 10.00 + 100,000 × 0.5% ÷ 12 = 10.00 + 41.666… → 41.67 = 51.67 a month; the interest 1,000.00 is unchanged.
        assertThat(s.size()).isEqualTo(12);
        for (int i = 0; i < 12; i++) {
            assertThat(s.feeMinor(i)).as("row %d", i + 1).isEqualTo(51_67);
            assertThat(s.interestMinor(i)).isEqualTo(1_000_00);
        }
        assertThat(s.paymentMinor(0)).isEqualTo(1_051_67);
        // The balloon: 100,000.00 + 1,000.00 + 51.67.
        assertThat(s.paymentMinor(11)).isEqualTo(101_051_67);
        assertThat(s.closingMinor(11)).isZero();
    }

    @Test
    void aRateFeeFollowsTheBalanceDown() {
        // $12,000 constant principal over 12 months, 1% a year servicing: 12,000 × 1% ÷ 12 = 10.00, then
        // 11,000 → 9.1666… → 9.17, 10,000 → 8.333… → 8.33, …, the last month on 1,000 → 0.833… → 0.83.
        NoteTerms t = interestOnly("CP", PeriodicFee.of(null, "0.01")).principal("12000.00")
                .amortization(Amortization.CONSTANT_PRINCIPAL).build();
        Schedule s = ScheduleResolver.resolve(t);
        assertThat(s.feeMinor(0)).isEqualTo(10_00);
        assertThat(s.feeMinor(1)).isEqualTo(9_17);
        assertThat(s.feeMinor(2)).isEqualTo(8_33);
        assertThat(s.feeMinor(11)).isEqualTo(83);
        // Month 1 pays 1,000.00 principal + 120.00 interest + 10.00 fee.
        assertThat(s.paymentMinor(0)).isEqualTo(1_130_00);
    }

    @Test
    void theFeeIsPartOfTheFinanceCharge() {
        // 12 CFR 1026.4(b)(2): a service or carrying charge is a finance charge. $1,000 at 10% ACT/365F repaid at
        // once after 365 days (1,100.00) with 20.00 charged with the installment: 1,120.00 paid, finance charge
        // 120.00, APR over the one-year unit period 120 ÷ 1,000 = 12.00%.
        NoteTerms.Builder b = NoteTerms.builder("single").borrower("B").principal("1000.00").annualRate("0.10")
                .issueDate(LocalDate.of(2025, 1, 1)).maturityDate(LocalDate.of(2026, 1, 1))
                .frequency(Frequency.AT_MATURITY).amortization(Amortization.BULLET).accrualBasis(DayCounts.ACT_365F);
        TruthInLendingDisclosure flat = NoteDisclosure.of(ScheduleResolver.resolve(
                b.periodicFee(PeriodicFee.of("20.00", null)).build())).orElseThrow();
        assertThat(flat.amountFinanced()).isEqualByComparingTo("1000.00");
        assertThat(flat.totalOfPayments()).isEqualByComparingTo("1120.00");
        assertThat(flat.financeCharge()).isEqualByComparingTo("120.00");
        assertThat(flat.apr().percentHundredths()).isEqualByComparingTo("12.00");
        // A 1% servicing rate on the same basis: 1,000 × 1% × 365/365 = 10.00; APR 110 ÷ 1,000 = 11.00%.
        TruthInLendingDisclosure rate = NoteDisclosure.of(ScheduleResolver.resolve(
                b.periodicFee(PeriodicFee.of(null, "0.01")).build())).orElseThrow();
        assertThat(rate.financeCharge()).isEqualByComparingTo("110.00");
        assertThat(rate.apr().percentHundredths()).isEqualByComparingTo("11.00");
    }

    @Test
    void theProjectionChargesTheFeeOnItsOwnBalance() {
        Schedule base = ScheduleResolver.resolve(interestOnly("IO", PeriodicFee.of("10.00", "0.005")).build());
        Schedule still = ScenarioProjector.project(base, Scenario.BASE, LocalDate.of(2024, 1, 1)).schedule();
        for (int i = 0; i < base.size(); i++) {
            assertThat(still.feeMinor(i)).as("row %d", i + 1).isEqualTo(base.feeMinor(i));
            assertThat(still.paymentMinor(i)).as("row %d", i + 1).isEqualTo(base.paymentMinor(i));
        }
        // 50,000.00 prepaid with the first payment: month 2 opens on 50,000.00, owes 500.00 interest and a fee of
        // 10.00 + 50,000 × 0.5% ÷ 12 = 10.00 + 20.833… → 20.83 = 30.83: 530.83 paid.
        Scenario part = new Scenario("part", List.of(new DatedPrepayment("IO", LocalDate.of(2024, 2, 1),
                new BigDecimal("50000.00"), null)), null, null, List.of(), 0);
        Schedule p = ScenarioProjector.project(base, part, LocalDate.of(2024, 1, 1)).schedule();
        assertThat(p.feeMinor(0)).isEqualTo(51_67);
        assertThat(p.feeMinor(1)).isEqualTo(30_83);
        assertThat(p.paymentMinor(1)).isEqualTo(530_83);
    }

    @Test
    void aLevelPaymentKeepsItsInstallmentUnderAProjectionWithAFee() {
        // The projection re-charges the fee: the level payment it keeps is the base's less its fee.
        NoteTerms t = interestOnly("LP", PeriodicFee.of("5.00", null)).principal("10000.00")
                .amortization(Amortization.LEVEL_PAYMENT).build();
        Schedule base = ScheduleResolver.resolve(t);
        Schedule still = ScenarioProjector.project(base, Scenario.BASE, LocalDate.of(2024, 1, 1)).schedule();
        // 10,000 at 1% a month over 12: 888.4879 → 888.49, plus the 5.00 fee.
        assertThat(base.paymentMinor(0)).isEqualTo(893_49);
        for (int i = 0; i < base.size(); i++) {
            assertThat(still.principalMinor(i)).as("row %d", i + 1).isEqualTo(base.principalMinor(i));
            assertThat(still.paymentMinor(i)).as("row %d", i + 1).isEqualTo(base.paymentMinor(i));
        }
    }

    @Test
    void feeWithASavingsClauseAppliedToPrincipalIsChargedBesideTheInstallment() {
        // The excess credit is worked on the installment without the fee: 1,000.00 billed, 833.33 interest, 166.67
        // principal (ExcessToPrincipalTest), and the 25.00 fee besides: 1,025.00 paid.
        Schedule s = ScheduleResolver.resolve(interestOnly("UC", PeriodicFee.of("25.00", null)).maxLawfulRate("0.10")
                .savingsClause(SavingsClause.APPLIED_TO_PRINCIPAL).build());
        assertThat(s.principalMinor(0)).isEqualTo(166_67);
        assertThat(s.feeMinor(0)).isEqualTo(25_00);
        assertThat(s.paymentMinor(0)).isEqualTo(1_025_00);
    }

    @Test
    void feeIsReadFromCsvAndJsonAndValidated() {
        String header = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,periodic_fee_amount,"
                + "periodic_fee_rate\n";
        try (PortfolioCsvReader r = PortfolioCsvReader.open("notes.csv", new StringReader(header
                + "F,100000.00,0.12,2024-01-01,2025-01-01,INTEREST_ONLY,10.00,0.5%\n"), StatedSchedules.NONE,
                RateSteps.NONE, null)) {
            NoteTerms t = r.next().terms();
            assertThat(t.periodicFee()).isEqualTo(new PeriodicFee(new BigDecimal("10.00"), new BigDecimal("0.005")));
            assertThat(NoteJson.fromJson(NoteJson.toJson(t))).isEqualTo(t);
        }
        try (PortfolioCsvReader r = PortfolioCsvReader.open("notes.csv", new StringReader(header
                + "F,100000.00,0.12,2024-01-01,2025-01-01,INTEREST_ONLY,-1.00,\n"), StatedSchedules.NONE,
                RateSteps.NONE, null)) {
            assertThatThrownBy(r::next).isInstanceOf(InputException.class)
                    .hasMessageContaining("notes.csv:2: column periodic_fee_amount")
                    .hasMessageContaining("must not be negative");
        }
        assertThatThrownBy(() -> interestOnly("M", PeriodicFee.of("10.005", null)).build())
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("periodic_fee_amount");
        assertThatThrownBy(() -> PeriodicFee.of(null, "1.5")).isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("periodic_fee_rate");
        assertThatThrownBy(() -> PeriodicFee.of("0", "0")).isInstanceOf(InvalidTermsException.class);
        assertThatThrownBy(() -> interestOnly("S", PeriodicFee.of("10.00", null)).structure(new StructureTerms(
                LocalDate.of(2024, 1, 15), List.of(), null, List.of())).build())
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("periodic_fee_amount");
    }
}
