package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.Deferral.DeferredInterest;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.StructureTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Schedules of notes funded or relieved besides their payments ({@link StructureTerms}), worked by hand:
 * an SBA Paycheck Protection Program note's deferral (capitalized, spread, paid at once), forgiveness, a
 * disbursement after the note's date, and a grid note of three advances.
 *
 * <p>Every figure was worked outside the program, row by row in exact decimals with half-up rounding to the
 * cent (the notes' interest and payment rules), from the formulas written beside each assertion.
 */
class StructuredScheduleTest {

    private static final LocalDate PPP_DATE = LocalDate.of(2020, 5, 4);

    /**
     * A PPP note of 2020: $20,000 at 1% on 30/360, disbursed on its date, 24 monthly payments due on the 4th
     * from 4 June 2020 to 4 May 2022, the first six (4 June to 4 November 2020) deferred.
     */
    private static NoteTerms ppp(DeferredInterest rule, List<DatedAmount> forgiveness) {
        return NoteTerms.builder("ppp").borrower("Main Street Bakery LLC").principal("20000.00").annualRate("0.01")
                .issueDate(PPP_DATE).firstPaymentDate(LocalDate.of(2020, 6, 4)).maturityDate(LocalDate.of(2022, 5, 4))
                .amortization(Amortization.LEVEL_PAYMENT).accrualBasis(DayCounts.THIRTY_360_US)
                .structure(new StructureTerms(null, List.of(), new Deferral(LocalDate.of(2020, 11, 4), rule), forgiveness))
                .build();
    }

    private static DatedAmount usd(int year, int month, int day, String amount) {
        return new DatedAmount(LocalDate.of(year, month, day), Money.of(new BigDecimal(amount), "USD"));
    }

    @Test
    void pppDeferralSpreadsTheDeferredInterestOverEighteenEqualInstallments() {
        // Deferred: 6 × 20,000 × 1% ÷ 12 = 6 × 16.666… → 6 × $16.67 = $100.02, carried without interest.
        // Then the level payment of $20,000 at 1% ÷ 12 over the 18 periods left: PMT = $1,119.93,
        // plus 10,002¢ ÷ 18 = 555¢ (rounded down) of deferred interest: $1,125.48 a month; the last part
        // takes the residue 10,002 − 17 × 555 = 567¢. First installment: interest 16.67 + 5.55, principal
        // 1,119.93 − 16.67 = 1,103.26. Last: balance 1,118.96 + interest 0.93 + 5.67 = $1,125.56.
        Schedule s = ScheduleResolver.resolve(ppp(DeferredInterest.SPREAD, List.of()));

        assertThat(s.size()).isEqualTo(24);
        for (int i = 0; i < 6; i++) {
            assertThat(s.paymentMinor(i)).as("deferred payment %d", i + 1).isZero();
            assertThat(s.principalMinor(i)).isZero();
            assertThat(s.flags(i)).isEqualTo(FlowKind.DEFERRAL.bit());
            assertThat(s.deferredInterestMinor(i)).isEqualTo(16_67L * (i + 1));
        }
        assertThat(s.interestMinor(6)).isEqualTo(16_67 + 5_55);
        assertThat(s.principalMinor(6)).isEqualTo(1_103_26);
        assertThat(s.paymentMinor(6)).isEqualTo(1_125_48);
        for (int i = 7; i < 23; i++) {
            assertThat(s.paymentMinor(i)).as("installment %d", i + 1).isEqualTo(1_125_48);
        }
        assertThat(s.principalMinor(23)).isEqualTo(1_118_96);
        assertThat(s.interestMinor(23)).isEqualTo(93 + 5_67);
        assertThat(s.paymentMinor(23)).isEqualTo(1_125_56);
        assertThat(s.deferredInterestMinor(23)).isZero();
        assertThat(s.closingMinor(23)).isZero();
    }

    @Test
    void pppDeferralCapitalizedGrowsTheBalanceThenAmortizesIt() {
        // Capitalized monthly, each month's interest on the grown balance: 16.67, 16.68, ... → $20,100.21 on
        // 4 November 2020; then PMT($20,100.21, 1% ÷ 12, 18) = $1,125.54; first interest 20,100.21 × 1% ÷ 12
        // = 16.750… → $16.75; last interest $0.94, payment $1,125.54.
        Schedule s = ScheduleResolver.resolve(ppp(DeferredInterest.CAPITALIZE, List.of()));

        assertThat(s.interestMinor(0)).isEqualTo(16_67);
        assertThat(s.principalMinor(0)).isEqualTo(-16_67);
        assertThat(s.paymentMinor(0)).isZero();
        assertThat(s.interestMinor(1)).isEqualTo(16_68);
        assertThat(s.flags(0)).isEqualTo(FlowKind.DEFERRAL.bit() | FlowKind.CAPITALIZATION.bit());
        assertThat(s.openingMinor(6)).isEqualTo(20_100_21);
        assertThat(s.interestMinor(6)).isEqualTo(16_75);
        assertThat(s.paymentMinor(6)).isEqualTo(1_125_54);
        assertThat(s.interestMinor(23)).isEqualTo(94);
        assertThat(s.paymentMinor(23)).isEqualTo(1_125_54);
        assertThat(s.deferredInterestMinor(5)).isZero();
    }

    @Test
    void pppDeferralPaidAtOnceAddsAllOfItToTheFirstPayment() {
        Schedule s = ScheduleResolver.resolve(ppp(DeferredInterest.PAY_AT_FIRST, List.of()));

        assertThat(s.paymentMinor(6)).isEqualTo(1_119_93 + 100_02);
        assertThat(s.interestMinor(6)).isEqualTo(16_67 + 100_02);
        assertThat(s.paymentMinor(7)).isEqualTo(1_119_93);
        assertThat(s.deferredInterestMinor(6)).isZero();
    }

    @Test
    void forgivenessInsideTheDeferralLowersTheBalanceOnItsDayAndTheInstallmentsAfter() {
        // $15,000 forgiven on 15 October 2020, remitted by the SBA: a row of its own paying the holder
        // $15,000. The period 4 Oct - 4 Nov splits: 11 days (30/360) on 20,000 = 6.111 → $6.11, then 19 days
        // on 5,000 = 2.638 → $2.64. Deferred: 5 × 16.67 + 6.11 + 2.64 = $92.10. Installments: PMT($5,000, 1% ÷ 12,
        // 18) = $279.98 plus 9,210¢ ÷ 18 = 511¢; the last part 9,210 − 17 × 511 = 523¢.
        Schedule s = ScheduleResolver.resolve(ppp(DeferredInterest.SPREAD, List.of(usd(2020, 10, 15, "15000.00"))));

        assertThat(s.size()).isEqualTo(25);
        int forgiven = 5;
        assertThat(EpochDay.toDate(s.dueEpochDay(forgiven))).isEqualTo(LocalDate.of(2020, 10, 15));
        assertThat(s.flags(forgiven)).isEqualTo(FlowKind.FORGIVENESS.bit());
        assertThat(s.paymentMinor(forgiven)).isEqualTo(15_000_00);
        assertThat(s.principalMinor(forgiven)).isEqualTo(15_000_00);
        assertThat(s.closingMinor(forgiven)).isEqualTo(5_000_00);
        assertThat(s.deferredInterestMinor(forgiven)).isEqualTo(5 * 16_67 + 6_11);
        assertThat(s.deferredInterestMinor(forgiven + 1)).isEqualTo(92_10);
        assertThat(s.paymentMinor(forgiven + 2)).isEqualTo(279_98 + 5_11);
        assertThat(s.principalMinor(24)).isEqualTo(279_80);
        assertThat(s.interestMinor(24)).isEqualTo(23 + 5_23);
        assertThat(s.closingMinor(24)).isZero();
    }

    @Test
    void gridNoteOfThreeAdvancesAccruesEachFromItsDay() {
        // Up to $300,000 at 6% ACT/360, interest only monthly on the 1st, due 1 July 2024: $100,000 lent on
        // 1 January, $50,000 on 15 February, $75,000 on 10 April.
        // 1 Feb: 100,000 × 6% × 31/360 = 516.67. 1 Mar: 14 days on 100,000 = 233.33, then 15 days on 150,000 =
        // 375.00: 608.33. 1 Apr: 31 days on 150,000 = 775.00. 1 May: 9 days on 150,000 = 225.00 and 21 days on
        // 225,000 = 787.50: 1,012.50. 1 Jun: 31 days on 225,000 = 1,162.50. 1 Jul: 30 days = 1,125.00 + 225,000.
        NoteTerms terms = NoteTerms.builder("grid").borrower("Harbor Freight Lines").principal("300000.00")
                .annualRate("0.06").issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2024, 7, 1))
                .amortization(Amortization.INTEREST_ONLY).accrualBasis(DayCounts.ACT_360)
                .structure(new StructureTerms(null, List.of(usd(2024, 1, 1, "100000.00"), usd(2024, 2, 15, "50000.00"),
                        usd(2024, 4, 10, "75000.00")), null, List.of()))
                .build();
        Schedule s = ScheduleResolver.resolve(terms);

        assertThat(s.size()).isEqualTo(8);
        assertThat(s.openingMinor(0)).isEqualTo(100_000_00);
        long[] payments = {516_67, -50_000_00, 608_33, 775_00, -75_000_00, 1_012_50, 1_162_50, 226_125_00};
        for (int i = 0; i < payments.length; i++) {
            assertThat(s.paymentMinor(i)).as("row %d", i + 1).isEqualTo(payments[i]);
        }
        assertThat(s.flags(1)).isEqualTo(FlowKind.ADVANCE.bit());
        assertThat(s.principalMinor(1)).isEqualTo(-50_000_00);
        assertThat(s.deferredInterestMinor(1)).isEqualTo(233_33);
        assertThat(s.interestMinor(1)).isZero();
        assertThat(EpochDay.toDate(s.accrualStartEpochDay(2))).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(s.openingMinor(7)).isEqualTo(225_000_00);
        // Accrued on 20 February: 233.33 carried from the advance's row, and 5 days on 150,000 = 125.00.
        assertThat(s.accruedInterestMinor(EpochDay.of(LocalDate.of(2024, 2, 20)))).isEqualTo(233_33 + 125_00);
    }

    @Test
    void interestRunsFromTheDisbursementDate() {
        // Dated 1 January 2024, disbursed 10 January: the first period accrues 22 days, 100,000 × 6% × 22/360 = 366.67.
        NoteTerms terms = NoteTerms.builder("late").borrower("B").principal("100000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2024, 4, 1))
                .amortization(Amortization.INTEREST_ONLY).accrualBasis(DayCounts.ACT_360)
                .structure(new StructureTerms(LocalDate.of(2024, 1, 10), List.of(), null, List.of())).build();
        Schedule s = ScheduleResolver.resolve(terms);

        assertThat(EpochDay.toDate(s.accrualStartEpochDay(0))).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(s.interestMinor(0)).isEqualTo(366_67);
        assertThat(s.interestMinor(1)).isEqualTo(483_33); // 29 days of February 2024
    }

    @Test
    void revolvingLineChargesInterestOnTheDrawnBalanceAndAFeeOnTheUndrawn() {
        // A $100,000 line at 8% ACT/360, interest only monthly on the 1st to 1 July 2024, a 0.5% fee on the
        // undrawn commitment: $40,000 drawn on 1 Jan, $15,000 repaid 10 Feb, $45,000 drawn 15 Mar, $70,000 repaid
        // 20 May. Each part of a period on its own balance, rounded half up:
        //   1 Feb: interest 40,000 × 8% × 31/360 = 275.56; fee 60,000 × 0.5% × 31/360 = 25.83
        //   1 Mar: 9 days on 40,000 = 80.00 + 20 days on 25,000 = 111.11 → 191.11; fee 7.50 + 20.83 = 28.33
        //   1 Apr: 14 days on 25,000 = 77.78 + 17 days on 70,000 = 264.44 → 342.22; fee 14.58 + 7.08 = 21.66
        //   1 May: 30 days on 70,000 = 466.67; fee 12.50
        //   1 Jun: 19 days on 70,000 = 295.56 + nothing drawn; fee 7.92 + 12 days on 100,000 = 16.67 → 24.59
        //   1 Jul: no interest, nothing to repay; the fee of 30 days on 100,000 = 41.67 is the last payment.
        NoteTerms terms = NoteTerms.builder("line").borrower("B").principal("100000.00").annualRate("0.08")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2024, 7, 1))
                .amortization(Amortization.INTEREST_ONLY).accrualBasis(DayCounts.ACT_360)
                .structure(new StructureTerms(null, List.of(usd(2024, 1, 1, "40000.00"), usd(2024, 3, 15, "45000.00")),
                        null, List.of()).revolving(List.of(usd(2024, 2, 10, "15000.00"), usd(2024, 5, 20, "70000.00")),
                        new BigDecimal("0.005")))
                .build();
        Schedule s = ScheduleResolver.resolve(terms);

        long[] interest = {275_56, 0, 191_11, 0, 342_22, 466_67, 0, 295_56, 0};
        long[] fees = {25_83, 0, 28_33, 0, 21_66, 12_50, 0, 24_59, 41_67};
        long[] payments = {301_39, 15_000_00, 219_44, -45_000_00, 363_88, 479_17, 70_000_00, 320_15, 41_67};
        assertThat(s.size()).isEqualTo(9);
        for (int i = 0; i < 9; i++) {
            assertThat(s.interestMinor(i)).as("interest of row %d", i + 1).isEqualTo(interest[i]);
            assertThat(s.feeMinor(i)).as("fee of row %d", i + 1).isEqualTo(fees[i]);
            assertThat(s.paymentMinor(i)).as("payment of row %d", i + 1).isEqualTo(payments[i]);
        }
        assertThat(s.flags(1)).isEqualTo(FlowKind.REPAYMENT.bit());
        assertThat(s.closingMinor(6)).isZero();
        assertThat(s.closingMinor(8)).isZero();

        // Drawing $70,000 on 15 March after repaying only $1,000 would take the balance to $109,000.
        var over = catchThrowableOfType(() -> ScheduleResolver.resolve(terms.toBuilder().structure(new StructureTerms(null,
                List.of(usd(2024, 1, 1, "40000.00"), usd(2024, 3, 15, "70000.00")), null, List.of())
                .revolving(List.of(usd(2024, 2, 10, "1000.00")), null)).build()), InvalidTermsException.class);
        assertThat(over.field()).isEqualTo("advances");
        assertThat(over.rule()).contains("above the commitment");
    }

    @Test
    void steppedPrincipalRepaysEachStepsAmountUntilTheNext() {
        // An equipment note: $120,000 at 8% 30/360, 12 monthly payments from 1 Feb 2024; principal $5,000 a month
        // for six months, then $15,000. Interest: 120,000 × 8% ÷ 12 = 800.00 first; 90,000 × 8% ÷ 12 = 600.00 in
        // the seventh; last 15,000 × 8% ÷ 12 = 100.00, payment 15,100.00.
        NoteTerms terms = NoteTerms.builder("equip").borrower("B").principal("120000.00").annualRate("0.08")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2025, 1, 1))
                .amortization(Amortization.CONSTANT_PRINCIPAL).accrualBasis(DayCounts.THIRTY_360_US)
                .structure(StructureTerms.NONE.withInstallments(List.of(
                        new InstallmentStep(LocalDate.of(2024, 2, 1), Money.of(new BigDecimal("5000.00"), "USD"), null),
                        new InstallmentStep(LocalDate.of(2024, 8, 1), Money.of(new BigDecimal("15000.00"), "USD"), null))))
                .build();
        Schedule s = ScheduleResolver.resolve(terms);

        assertThat(s.size()).isEqualTo(12);
        assertThat(s.principalMinor(0)).isEqualTo(5_000_00);
        assertThat(s.interestMinor(0)).isEqualTo(800_00);
        assertThat(s.principalMinor(5)).isEqualTo(5_000_00);
        assertThat(s.principalMinor(6)).isEqualTo(15_000_00);
        assertThat(s.interestMinor(6)).isEqualTo(600_00);
        assertThat(s.paymentMinor(11)).isEqualTo(15_100_00);
        assertThat(s.closingMinor(11)).isZero();
    }

    @Test
    void steppedPaymentsPayEachStepsAmountAndTheLastRetiresTheRest() {
        // $10,000 at 12% (1% a month) over 24 months: $300 a month, then $600 from the 13th payment. Worked row by row:
        // the 12th payment leaves 7,463.51; the 13th pays 74.64 interest and 525.36 principal; the 24th opens at
        // 1,386.72 and pays it with 13.87 interest: 1,400.59.
        NoteTerms terms = NoteTerms.builder("step-up").borrower("B").principal("10000.00").annualRate("0.12")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2026, 1, 1))
                .amortization(Amortization.LEVEL_PAYMENT)
                .structure(StructureTerms.NONE.withInstallments(List.of(
                        new InstallmentStep(LocalDate.of(2024, 2, 1), Money.of(new BigDecimal("300.00"), "USD"),
                                InstallmentStep.Kind.PAYMENT),
                        new InstallmentStep(LocalDate.of(2025, 2, 1), Money.of(new BigDecimal("600.00"), "USD"),
                                InstallmentStep.Kind.PAYMENT))))
                .build();
        Schedule s = ScheduleResolver.resolve(terms);

        assertThat(s.paymentMinor(0)).isEqualTo(300_00);
        assertThat(s.principalMinor(0)).isEqualTo(200_00);
        assertThat(s.closingMinor(11)).isEqualTo(7_463_51);
        assertThat(s.interestMinor(12)).isEqualTo(74_64);
        assertThat(s.principalMinor(12)).isEqualTo(525_36);
        assertThat(s.openingMinor(23)).isEqualTo(1_386_72);
        assertThat(s.paymentMinor(23)).isEqualTo(1_400_59);
    }

    @Test
    void structuresThatCannotHoldAreRefusedNamingTheField() {
        var advanceOnPeriodic = catchThrowableOfType(() -> ScheduleResolver.resolve(NoteTerms.builder("p").borrower("B")
                .principal("1000.00").annualRate("0.06").issueDate(LocalDate.of(2024, 1, 1))
                .maturityDate(LocalDate.of(2024, 7, 1)).amortization(Amortization.INTEREST_ONLY)
                .structure(new StructureTerms(null, List.of(usd(2024, 1, 1, "500.00"), usd(2024, 2, 15, "500.00")),
                        null, List.of())).build()), InvalidTermsException.class);
        assertThat(advanceOnPeriodic.field()).isEqualTo("advances");
        assertThat(advanceOnPeriodic.rule()).contains("PERIODIC basis counts no days");

        var tooMuch = catchThrowableOfType(() -> NoteTerms.builder("g").borrower("B").principal("1000.00")
                .annualRate("0.06").issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2024, 7, 1))
                .amortization(Amortization.INTEREST_ONLY)
                .structure(new StructureTerms(null, List.of(usd(2024, 1, 1, "800.00"), usd(2024, 3, 1, "300.00")),
                        null, List.of())).build(), InvalidTermsException.class);
        assertThat(tooMuch.field()).isEqualTo("advances");
        assertThat(tooMuch.rule()).contains("more than the note's principal 1000.00");

        var firstLate = catchThrowableOfType(() -> NoteTerms.builder("g").borrower("B").principal("1000.00")
                .annualRate("0.06").issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2024, 7, 1))
                .amortization(Amortization.INTEREST_ONLY)
                .structure(new StructureTerms(null, List.of(usd(2024, 2, 1, "800.00")), null, List.of())).build(),
                InvalidTermsException.class);
        assertThat(firstLate.field()).isEqualTo("advances[1].date");

        var lateDeferral = catchThrowableOfType(() -> ppp(DeferredInterest.SPREAD, List.of()).toBuilder()
                .structure(new StructureTerms(null, List.of(), new Deferral(LocalDate.of(2022, 5, 4), null), List.of()))
                .build(), InvalidTermsException.class);
        assertThat(lateDeferral.field()).isEqualTo("deferral_through");

        var disbursedLate = catchThrowableOfType(() -> ppp(DeferredInterest.SPREAD, List.of()).toBuilder()
                .structure(new StructureTerms(LocalDate.of(2020, 6, 4), List.of(), null, List.of())).build(),
                InvalidTermsException.class);
        assertThat(disbursedLate.field()).isEqualTo("disbursement_date");
    }
}
