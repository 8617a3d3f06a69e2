package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.BusinessCalendar;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A SOFR note's lookback counted in business days: "the rate five U.S. Government Securities Business
 * Days before the reset". The reset is Monday 8 July 2024; SIFMA's 2024 calendar closes the bond market
 * on Thursday 4 July (Friday 5 July is open), so five USGS business days back are 5, 3, 2, 1 July and
 * Friday 28 June; five calendar days back is Wednesday 3 July.
 */
class LookbackCalendarTest {

    private static final IndexData SOFR = IndexData.of(List.of(
            new IndexFixing("SOFR", LocalDate.of(2024, 6, 28), new BigDecimal("0.0533")),
            new IndexFixing("SOFR", LocalDate.of(2024, 7, 1), new BigDecimal("0.0535")),
            new IndexFixing("SOFR", LocalDate.of(2024, 7, 2), new BigDecimal("0.0536")),
            new IndexFixing("SOFR", LocalDate.of(2024, 7, 3), new BigDecimal("0.0540")),
            new IndexFixing("SOFR", LocalDate.of(2024, 7, 5), new BigDecimal("0.0531"))));

    private static NoteTerms note(RateTerms.Floating rate) {
        return NoteTerms.builder("SOFR-LB").borrower("B").principal("100000.00").rate(rate)
                .issueDate(LocalDate.of(2024, 6, 8)).firstPaymentDate(LocalDate.of(2024, 7, 8))
                .maturityDate(LocalDate.of(2024, 9, 8)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_360).build();
    }

    private static RateTerms.Floating.Builder floating() {
        return RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.07")
                .resets(Frequency.MONTHLY, LocalDate.of(2024, 7, 8));
    }

    @Test
    void businessDaysOfTheCalendarAreCountedBack() {
        RateTerms.Floating usgs = floating().lookbackBusinessDays(5, BusinessCalendar.of("USGS")).build();
        assertThat(usgs.readDate(LocalDate.of(2024, 7, 8))).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(usgs.lookbackWords()).isEqualTo("5 USGS business days");
        // The second period (from the 8 July reset) accrues at 5.33% + 2% = 7.33%.
        Schedule s = ScheduleResolver.resolve(note(usgs), SOFR);
        assertThat(s.rate(1)).isEqualByComparingTo("0.0733");
        // 100,000 × 7.33% × 31/360 (8 July – 8 August) = 631.1944… → 631.19.
        assertThat(s.interestMinor(1)).isEqualTo(63119L);
    }

    @Test
    void calendarDaysAreCountedWithoutACalendar() {
        RateTerms.Floating days = floating().lookbackDays(5).build();
        assertThat(days.readDate(LocalDate.of(2024, 7, 8))).isEqualTo(LocalDate.of(2024, 7, 3));
        assertThat(days.lookbackWords()).isEqualTo("5 calendar days");
        assertThat(ScheduleResolver.resolve(note(days), SOFR).rate(1)).isEqualByComparingTo("0.074");
    }

    @Test
    void aLookbackCalendarWithoutDaysIsRefusedAndTheJsonHoldsIt() {
        assertThatThrownBy(() -> floating().lookbackBusinessDays(0, BusinessCalendar.of("USGS")).build())
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("lookback_calendar");
        NoteTerms t = note(floating().lookbackBusinessDays(5, BusinessCalendar.of("USGS")).build());
        String json = NoteJson.toJson(t);
        assertThat(json).contains("\"lookback_calendar\" : \"USGS\"");
        assertThat(NoteJson.fromJson(json)).isEqualTo(t);
    }
}
