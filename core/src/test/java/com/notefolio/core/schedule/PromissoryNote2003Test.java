package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The note the product was modelled on (shared/seed/promissory-note-2003.txt), computed and stated. */
class PromissoryNote2003Test {

    static NoteTerms.Builder note2003() {
        return NoteTerms.builder("INFINITE-2003")
                .borrower("Infinite Group, Inc.")
                .lender("Carle C. Conway")
                .principal("150000.00")
                .annualRate("0.12")
                .issueDate(LocalDate.of(2003, 8, 13))
                .firstPaymentDate(LocalDate.of(2003, 9, 12))
                .maturityDate(LocalDate.of(2006, 1, 12))
                .amortization(Amortization.INTEREST_ONLY);
    }

    @Test
    void interestOnlyNoteEndsWithBalloon() {
        Schedule s = ScheduleResolver.resolve(note2003().build());

        assertThat(s.size()).isEqualTo(29);
        for (int i = 0; i < 28; i++) {
            assertThat(s.paymentMinor(i)).as("payment %d", i + 1).isEqualTo(1_500_00);
            assertThat(s.interestMinor(i)).isEqualTo(1_500_00);
            assertThat(s.principalMinor(i)).isZero();
        }
        assertThat(s.period(28).dueDate()).isEqualTo(LocalDate.of(2006, 1, 12));
        assertThat(s.paymentMinor(28)).isEqualTo(151_500_00);
        assertThat(s.closingMinor(28)).isZero();
        assertThat(s.period(0).dueDate()).isEqualTo(LocalDate.of(2003, 9, 12));
        assertThat(s.period(0).accrualStart()).isEqualTo(LocalDate.of(2003, 8, 13));
        assertThat(s.period(28).payment().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("151500.00");
    }
}
