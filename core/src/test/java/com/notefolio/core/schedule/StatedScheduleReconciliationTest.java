package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.StatedScheduleReconciliation.Discrepancy;
import com.notefolio.core.schedule.StatedScheduleReconciliation.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** Stated payment tables reconciled with their terms; the 2003 note's table is shared/seed/promissory-note-2003.txt. */
class StatedScheduleReconciliationTest {

    private static final LocalDate MATURITY = LocalDate.of(2006, 1, 12);

    /** The 2003 note as its document states it: $1,500.00 on the 12th from Sep 2003 to Dec 2005, then the final payment. */
    private static NoteTerms.Builder stated2003(String finalPayment) {
        NoteTerms.Builder b = PromissoryNote2003Test.note2003().amortization(Amortization.STATED);
        for (int i = 0; i < 28; i++) {
            b.addStatedPayment(LocalDate.of(2003, 9, 12).plusMonths(i), new BigDecimal("1500.00"));
        }
        return b.addStatedPayment(MATURITY, new BigDecimal(finalPayment));
    }

    private static BigDecimal number(MonetaryAmount amount) {
        return NoteTerms.decimal(amount);
    }

    @Test
    void the2003NotesStatedTableAgreesWithItsTerms() {
        StatedScheduleReconciliation r = StatedScheduleReconciliation.of(ScheduleResolver.resolve(
                stated2003("151500.00").build()));

        assertThat(r.agrees()).isTrue();
        assertThat(r.discrepancies()).isEmpty();
        assertThat(r.schedule().size()).isEqualTo(29);
    }

    @Test
    void finalPaymentHundredShortIsReportedOnTheMaturityDate() {
        // 12% ÷ 12 of $150,000 is $1,500.00 a month, so the balance stays $150,000 and the terms make
        // $150,000 + $1,500 = $151,500.00 due on 2006-01-12; the table says $151,400.00
        StatedScheduleReconciliation r = StatedScheduleReconciliation.of(stated2003("151400.00").build());

        assertThat(r.agrees()).isFalse();
        assertThat(r.discrepancies()).hasSize(1);
        Discrepancy d = r.discrepancies().get(0);
        assertThat(d.dueDate()).isEqualTo(MATURITY);
        assertThat(d.reason()).isEqualTo(Reason.FINAL_PAYMENT);
        assertThat(number(d.statedPayment())).isEqualByComparingTo("151400.00");
        assertThat(number(d.termsPayment())).isEqualByComparingTo("151500.00");
        assertThat(number(d.difference())).isEqualByComparingTo("-100.00");
        assertThat(d.difference().getCurrency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void paymentBelowTheInterestIsAShortfallThatCarriesThrough() {
        // Nov 2003 pays $1,000.00 of the $1,500.00 interest: a $500.00 shortfall that the terms add to the
        // balance ($150,500). Dec 2003 then charges 150,500 × 1% = $1,505.00 ($5.00 short, balance 150,505),
        // Jan 2004 150,505 × 1% = $1,505.05 ($5.05 short): the excess over $150,000 grows 1% a month,
        // B_k = 150,000 + 500 × 1.01^k, so every month to Dec 2005 (25) falls short and maturity owes
        // B_25 × 1.01 = 151,500 + 500 × 1.01^26 = $152,147.63 (closed form, unrounded; cent-rounded
        // interest month by month may differ by a few cents: tolerance 0.05), against $151,500.00 stated.
        NoteTerms.Builder b = PromissoryNote2003Test.note2003().amortization(Amortization.STATED);
        for (int i = 0; i < 28; i++) {
            LocalDate due = LocalDate.of(2003, 9, 12).plusMonths(i);
            b.addStatedPayment(due, new BigDecimal(i == 2 ? "1000.00" : "1500.00"));
        }
        b.addStatedPayment(MATURITY, new BigDecimal("151500.00"));

        List<Discrepancy> found = StatedScheduleReconciliation.of(b.build()).discrepancies();

        assertThat(found).hasSize(1 + 25 + 1);
        Discrepancy first = found.get(0);
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2003, 11, 12));
        assertThat(first.reason()).isEqualTo(Reason.SHORTFALL);
        assertThat(number(first.termsPayment())).isEqualByComparingTo("1500.00");
        assertThat(number(first.difference())).isEqualByComparingTo("-500.00");
        assertThat(number(found.get(1).termsPayment())).isEqualByComparingTo("1505.00");
        assertThat(number(found.get(1).difference())).isEqualByComparingTo("-5.00");
        assertThat(number(found.get(2).termsPayment())).isEqualByComparingTo("1505.05");
        assertThat(number(found.get(2).difference())).isEqualByComparingTo("-5.05");
        for (int k = 1; k < 26; k++) {
            assertThat(found.get(k).reason()).isEqualTo(Reason.SHORTFALL);
            assertThat(found.get(k).dueDate()).isEqualTo(LocalDate.of(2003, 12, 12).plusMonths(k - 1));
            assertThat(number(found.get(k).statedPayment())).isEqualByComparingTo("1500.00");
        }
        Discrepancy last = found.get(26);
        assertThat(last.dueDate()).isEqualTo(MATURITY);
        assertThat(last.reason()).isEqualTo(Reason.FINAL_PAYMENT);
        assertThat(number(last.termsPayment())).isCloseTo(new BigDecimal("152147.63"),
                org.assertj.core.api.Assertions.within(new BigDecimal("0.05")));
        assertThat(number(last.difference())).isEqualByComparingTo(
                new BigDecimal("151500.00").subtract(number(last.termsPayment())));
    }

    @Test
    void paymentsStatedAfterTheBalanceIsRetiredAreReported() {
        // $1,000.00 at 12%: Feb 1 pays the $10.00 interest; Mar 1 owes $1,000 + $10 = $1,010.00 but $1,100.00
        // is stated (+$90.00), retiring the note; the $50.00 stated for Apr 1 is owed by nobody.
        NoteTerms terms = NoteTerms.builder("overpaid")
                .borrower("Borrower")
                .principal("1000.00")
                .annualRate("0.12")
                .issueDate(LocalDate.of(2024, 1, 1))
                .maturityDate(LocalDate.of(2024, 4, 1))
                .amortization(Amortization.STATED)
                .addStatedPayment(LocalDate.of(2024, 2, 1), new BigDecimal("10.00"))
                .addStatedPayment(LocalDate.of(2024, 3, 1), new BigDecimal("1100.00"))
                .addStatedPayment(LocalDate.of(2024, 4, 1), new BigDecimal("50.00"))
                .build();

        StatedScheduleReconciliation r = StatedScheduleReconciliation.of(terms);

        assertThat(r.schedule().size()).isEqualTo(2);
        assertThat(r.discrepancies()).extracting(Discrepancy::dueDate, Discrepancy::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 1), Reason.OVERPAYMENT),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 4, 1), Reason.AFTER_RETIREMENT));
        assertThat(number(r.discrepancies().get(0).termsPayment())).isEqualByComparingTo("1010.00");
        assertThat(number(r.discrepancies().get(0).difference())).isEqualByComparingTo("90.00");
        assertThat(number(r.discrepancies().get(1).termsPayment())).isEqualByComparingTo("0");
        assertThat(number(r.discrepancies().get(1).difference())).isEqualByComparingTo("50.00");
    }

    @Test
    void onlyAStatedNoteHasATableToReconcile() {
        Schedule interestOnly = ScheduleResolver.resolve(PromissoryNote2003Test.note2003().build());

        assertThatThrownBy(() -> StatedScheduleReconciliation.of(interestOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INTEREST_ONLY");
    }
}
