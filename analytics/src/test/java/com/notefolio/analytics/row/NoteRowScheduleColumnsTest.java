package com.notefolio.analytics.row;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.BusinessCalendar;
import com.notefolio.core.convention.BusinessDayAdjustment;
import com.notefolio.core.convention.BusinessDayConvention;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.ScheduleConventions;
import com.notefolio.core.portfolio.Position;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A note's business days and payment day cross the Spark row and come back equal, through the one mapping. */
class NoteRowScheduleColumnsTest {

    private static NoteTerms terms(ScheduleConventions conventions) {
        return NoteTerms.builder("BD").borrower("B").principal("100000").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 30)).firstPaymentDate(LocalDate.of(2024, 2, 29))
                .maturityDate(LocalDate.of(2026, 1, 30)).amortization(Amortization.LEVEL_PAYMENT)
                .conventions(conventions).build();
    }

    @Test
    void businessDaysAndThePaymentDayComeBackEqual() {
        ScheduleConventions moved = ScheduleConventions.US_LENDER.withPaymentDay(30).withBusinessDays(
                new BusinessDayAdjustment(BusinessCalendar.of("USNY+GBLO"), BusinessDayConvention.MODIFIED_FOLLOWING,
                        BusinessDayAdjustment.Accrual.UNADJUSTED));
        NoteTerms t = terms(moved);
        NoteRow row = NoteRow.of(Position.atPar(t));
        assertThat(row.getCalendar()).isEqualTo("USNY+GBLO");
        assertThat(row.getBusinessDayConvention()).isEqualTo("modified following");
        assertThat(row.getAccrualDates()).isEqualTo("unadjusted");
        assertThat(row.getPaymentDay()).isEqualTo(30);
        assertThat(row.toPosition().terms()).isEqualTo(t);
        assertThat(row.toPosition().terms().conventions()).isEqualTo(moved);
    }

    @Test
    void aNoteWithoutThemLeavesTheColumnsBlank() {
        NoteRow row = NoteRow.of(Position.atPar(terms(ScheduleConventions.US_LENDER)));
        assertThat(row.getCalendar()).isNull();
        assertThat(row.getBusinessDayConvention()).isNull();
        assertThat(row.getAccrualDates()).isNull();
        assertThat(row.getPaymentDay()).isNull();
    }
}
