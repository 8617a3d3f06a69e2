package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.BusinessCalendar;
import com.notefolio.core.convention.BusinessDayAdjustment;
import com.notefolio.core.convention.BusinessDayConvention;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.ScheduleConventions;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The roll columns of the portfolio CSV ({@code calendar}, {@code business_day_convention},
 * {@code accrual_dates}, {@code payment_day}) and their note JSON fields read into the terms they state,
 * through the one mapping; each bad value is refused naming file, line, column and reason.
 */
class ScheduleColumnsTest {

    private static final String HEADER = "note_id,principal,annual_rate,issue_date,first_payment_date,maturity_date,"
            + "amortization,day_count,calendar,business_day_convention,accrual_dates,payment_day\n";
    /** Due on the 28th, interest only, $120,000 at 6% ACT/360 ($20.00 a day); 2024's 28ths move as in BusinessDayScheduleTest. */
    private static final String ON_THE_28TH = "BD-28,120000.00,0.06,2024-08-28,2024-09-28,2024-12-28,INTEREST_ONLY,"
            + "ACT/360,";

    private static NoteTerms only(String csv) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(csv),
                StatedSchedules.NONE, RateSteps.NONE, null)) {
            return reader.next().terms();
        }
    }

    private static String firstError(String csv) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(csv),
                StatedSchedules.NONE, RateSteps.NONE, null)) {
            reader.forEachRemaining(p -> { });
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error was reported");
    }

    @Test
    void theColumnsStateTheBusinessDaysAndTheirScheduleMovesTheDates() {
        NoteTerms t = only(HEADER + ON_THE_28TH + "USNY,Modified Following,,\n");
        assertThat(t.conventions().businessDays()).isEqualTo(new BusinessDayAdjustment(BusinessCalendar.of("USNY"),
                BusinessDayConvention.MODIFIED_FOLLOWING, BusinessDayAdjustment.Accrual.ADJUSTED));
        Schedule s = ScheduleResolver.resolve(t);
        assertThat(EpochDay.toDate(s.dueEpochDay(0))).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(s.interestMinor(0)).isEqualTo(66000L); // 33 days × $20.00
        NoteTerms unadjusted = only(HEADER + ON_THE_28TH + "usny,following,unadjusted,\n");
        assertThat(unadjusted.conventions().businessDays().accrual()).isEqualTo(BusinessDayAdjustment.Accrual.UNADJUSTED);
        assertThat(ScheduleResolver.resolve(unadjusted).interestMinor(0)).isEqualTo(62000L); // 31 days × $20.00
    }

    @Test
    void theExampleFileStatesWhatTheFormatSays() {
        Map<String, Schedule> byId = new LinkedHashMap<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(Note2003.EXAMPLES.resolve("notes-business-days.csv"))) {
            reader.forEachRemaining(p -> byId.put(p.terms().id(), ScheduleResolver.resolve(p.terms())));
        }
        // docs/portfolio-format.md, "Business days and the payment day": $20.00 a day.
        assertThat(interest(byId.get("DUE-28-ADJUSTED"))).containsExactly(66000L, 56000L, 64000L, 62000L);
        assertThat(interest(byId.get("DUE-28-UNADJUSTED"))).containsExactly(62000L, 60000L, 62000L, 60000L);
        assertThat(dueDates(byId.get("DUE-28-UNADJUSTED"))).containsExactly(LocalDate.of(2024, 9, 30),
                LocalDate.of(2024, 10, 28), LocalDate.of(2024, 11, 29), LocalDate.of(2024, 12, 30));
        assertThat(dueDates(byId.get("DUE-30TH"))).containsExactly(LocalDate.of(2013, 2, 28), LocalDate.of(2013, 3, 30),
                LocalDate.of(2013, 4, 30), LocalDate.of(2013, 5, 30));
    }

    private static List<Long> interest(Schedule s) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(s.interestMinor(i));
        }
        return out;
    }

    private static List<LocalDate> dueDates(Schedule s) {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(EpochDay.toDate(s.dueEpochDay(i)));
        }
        return out;
    }

    @Test
    void aRowWithoutThemRollsAsBefore() {
        NoteTerms t = only(HEADER + ON_THE_28TH + ",,,\n");
        assertThat(t.conventions()).isEqualTo(ScheduleConventions.US_LENDER);
    }

    @Test
    void thePaymentDayRollsOnItsDay() {
        NoteTerms t = only(HEADER + "PD-30,3000.00,0.10,2013-01-30,2013-02-28,2013-05-30,INTEREST_ONLY,30E/360,,,,30\n");
        assertThat(t.conventions().paymentDay()).isEqualTo(30);
        assertThat(ScheduleResolver.dueDateList(t)).containsExactly(LocalDate.of(2013, 2, 28), LocalDate.of(2013, 3, 30),
                LocalDate.of(2013, 4, 30), LocalDate.of(2013, 5, 30));
    }

    @Test
    void badValuesAreRefusedNamingLineColumnAndReason() {
        assertThat(firstError(HEADER + ON_THE_28TH + "USNY,,,\n")).isEqualTo("notes.csv:2: column calendar: value \"USNY\": "
                + "applies with a business_day_convention that moves dates, and business_day_convention is blank (none)");
        assertThat(firstError(HEADER + ON_THE_28TH + ",following,,\n")).isEqualTo("notes.csv:2: column calendar: value \"\": "
                + "is required with business_day_convention following: the holidays it moves dates off (USNY, NYSE, GBLO, "
                + "EUTA, WEEKENDS…)");
        assertThat(firstError(HEADER + ON_THE_28TH + "NYC,following,,\n")).startsWith("notes.csv:2: column calendar: "
                + "value \"NYC\": 'NYC' is not a business calendar");
        assertThat(firstError(HEADER + ON_THE_28TH + "USNY,next business day,,\n")).startsWith("notes.csv:2: column "
                + "business_day_convention: value \"next business day\": 'next business day' is not a business-day convention");
        assertThat(firstError(HEADER + ON_THE_28TH + "USNY,following,shifted,\n")).startsWith("notes.csv:2: column "
                + "accrual_dates: value \"shifted\": 'shifted' is not an accrual choice");
        assertThat(firstError(HEADER + ON_THE_28TH + "NONE,following,,\n")).startsWith("notes.csv:2: column calendar: "
                + "value \"NONE\": business-day convention following needs a calendar");
        assertThat(firstError(HEADER + ON_THE_28TH + ",,,32\n")).isEqualTo("notes.csv:2: column payment_day: value \"32\": "
                + "must be a day of the month, 1 to 31");
        assertThat(firstError(HEADER + ON_THE_28TH + ",,,30\n")).startsWith("notes.csv:2: column first_payment_date: "
                + "value \"2024-09-28\": is not on the payment day 30");
    }

    @Test
    void theNoteJsonHoldsThemAndReadsBackEqual() {
        NoteTerms t = only(HEADER + ON_THE_28TH + "USNY+GBLO,modified following,unadjusted,28\n");
        String json = NoteJson.toJson(t);
        assertThat(json).contains("\"business_days\"").contains("\"calendar\" : \"USNY+GBLO\"")
                .contains("\"convention\" : \"modified following\"").contains("\"accrual_dates\" : \"unadjusted\"")
                .contains("\"payment_day\" : 28");
        assertThat(NoteJson.fromJson(json)).isEqualTo(t);
        // A note without them writes neither, so older files are unchanged.
        assertThat(NoteJson.toJson(only(HEADER + ON_THE_28TH + ",,,\n"))).doesNotContain("business_days")
                .doesNotContain("payment_day");
        assertThatThrownBy(() -> NoteJson.fromJson(json.replace("USNY+GBLO", "Gotham")))
                .isInstanceOf(InputException.class).hasMessageContaining("business_days.calendar")
                .hasMessageContaining("'Gotham' is not a business calendar");
        assertThatThrownBy(() -> NoteJson.fromJson(json.replace("\"accrual_dates\"", "\"accrual\"")))
                .isInstanceOf(InputException.class).hasMessageContaining("accrual");
    }
}
