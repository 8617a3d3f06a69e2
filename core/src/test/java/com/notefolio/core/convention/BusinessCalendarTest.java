package com.notefolio.core.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holiday calendars against the published schedules — the US Federal Reserve's holidays for 2024 (New
 * York banks, USNY) and the UK government's bank holidays for England and Wales in 2024 (London,
 * GBLO) — and the business-day conventions on hand-worked dates of 2024.
 */
class BusinessCalendarTest {

    private static final BusinessCalendar USNY = BusinessCalendar.of("USNY");

    /** The weekdays of 2024 that {@code calendar} does not count as business days. */
    private static List<LocalDate> weekdayHolidays(BusinessCalendar calendar) {
        List<LocalDate> holidays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !calendar.isBusinessDay(d)) {
                holidays.add(d);
            }
        }
        return holidays;
    }

    @Test
    void newYorkIn2024HasTheFederalReservesElevenHolidays() {
        // federalreserve.gov, "Federal Reserve Bank Services holidays", 2024: New Year's Day, Birthday of
        // Martin Luther King Jr., Washington's Birthday, Memorial Day, Juneteenth, Independence Day, Labor
        // Day, Columbus Day, Veterans Day, Thanksgiving Day, Christmas Day.
        assertThat(weekdayHolidays(USNY)).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 15),
                LocalDate.of(2024, 2, 19), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 6, 19), LocalDate.of(2024, 7, 4),
                LocalDate.of(2024, 9, 2), LocalDate.of(2024, 10, 14), LocalDate.of(2024, 11, 11),
                LocalDate.of(2024, 11, 28), LocalDate.of(2024, 12, 25));
        assertThat(USNY.isBusinessDay(LocalDate.of(2024, 6, 1))).as("a Saturday").isFalse();
    }

    @Test
    void londonIn2024HasTheEightBankHolidaysOfEnglandAndWales() {
        // gov.uk/bank-holidays, England and Wales 2024: 1 January, Good Friday 29 March, Easter Monday
        // 1 April, early May 6 May, spring 27 May, summer 26 August, Christmas 25 and Boxing Day 26 December.
        assertThat(weekdayHolidays(BusinessCalendar.of("gblo"))).containsExactly(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 27),
                LocalDate.of(2024, 8, 26), LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26));
    }

    @Test
    void aJoinedCalendarIsClosedWhenEitherPlaceIs() {
        BusinessCalendar both = BusinessCalendar.of("USNY + GBLO");
        assertThat(both.name()).isEqualTo("USNY+GBLO");
        assertThat(both.isBusinessDay(LocalDate.of(2024, 3, 29))).as("Good Friday, London only").isFalse();
        assertThat(both.isBusinessDay(LocalDate.of(2024, 7, 4))).as("Independence Day, New York only").isFalse();
        assertThat(both.isBusinessDay(LocalDate.of(2024, 7, 5))).isTrue();
        assertThat(BusinessCalendar.of("USNY+GBLO")).isSameAs(both);
    }

    @Test
    void weekendsAndNoneCalendars() {
        assertThat(BusinessCalendar.WEEKENDS.isBusinessDay(LocalDate.of(2024, 12, 25))).isTrue();
        assertThat(BusinessCalendar.WEEKENDS.isBusinessDay(LocalDate.of(2024, 12, 28))).isFalse();
        assertThat(BusinessCalendar.NONE.isBusinessDay(LocalDate.of(2024, 12, 28))).isTrue();
        assertThat(BusinessCalendar.of("weekends")).isSameAs(BusinessCalendar.WEEKENDS);
    }

    /** The conventions on the dates a note "due on the 28th" and a month-end note meet in 2024, on USNY. */
    @Test
    void conventionsMoveOnlyDaysThatAreNotBusinessDays() {
        LocalDate sat28Sep = LocalDate.of(2024, 9, 28);
        assertThat(BusinessDayConvention.FOLLOWING.adjust(sat28Sep, USNY)).isEqualTo("2024-09-30");
        assertThat(BusinessDayConvention.MODIFIED_FOLLOWING.adjust(sat28Sep, USNY)).isEqualTo("2024-09-30");
        assertThat(BusinessDayConvention.PRECEDING.adjust(sat28Sep, USNY)).isEqualTo("2024-09-27");
        assertThat(BusinessDayConvention.NONE.adjust(sat28Sep, USNY)).isEqualTo(sat28Sep);

        // Saturday 31 August: Sunday, then Labor Day Monday 2 September, so following is Tuesday 3
        // September; that is in another month, so modified following goes back to Friday 30 August.
        LocalDate sat31Aug = LocalDate.of(2024, 8, 31);
        assertThat(BusinessDayConvention.FOLLOWING.adjust(sat31Aug, USNY)).isEqualTo("2024-09-03");
        assertThat(BusinessDayConvention.MODIFIED_FOLLOWING.adjust(sat31Aug, USNY)).isEqualTo("2024-08-30");

        // Sunday 1 September: preceding is Friday 30 August, in another month, so modified preceding
        // goes forward past Labor Day to Tuesday 3 September.
        LocalDate sun1Sep = LocalDate.of(2024, 9, 1);
        assertThat(BusinessDayConvention.PRECEDING.adjust(sun1Sep, USNY)).isEqualTo("2024-08-30");
        assertThat(BusinessDayConvention.MODIFIED_PRECEDING.adjust(sun1Sep, USNY)).isEqualTo("2024-09-03");

        LocalDate thu4Jul = LocalDate.of(2024, 7, 4);
        assertThat(BusinessDayConvention.PRECEDING.adjust(thu4Jul, USNY)).isEqualTo("2024-07-03");
        assertThat(BusinessDayConvention.FOLLOWING.adjust(LocalDate.of(2024, 7, 3), USNY)).isEqualTo("2024-07-03");
    }

    @Test
    void twoBusinessDaysBeforeAResetSkipWeekendsAndHolidays() {
        // Reset on Tuesday 2 July 2024: Monday 1 July, Friday 28 June.
        assertThat(USNY.minusBusinessDays(LocalDate.of(2024, 7, 2), 2)).isEqualTo("2024-06-28");
        // Reset on Friday 5 July 2024: Wednesday 3 July (4 July is a holiday), then Tuesday 2 July.
        assertThat(USNY.minusBusinessDays(LocalDate.of(2024, 7, 5), 2)).isEqualTo("2024-07-02");
        assertThat(USNY.minusBusinessDays(LocalDate.of(2024, 7, 5), 0)).isEqualTo("2024-07-05");
    }

    @Test
    void namesAreReadAsDocumentsWriteThemAndUnknownOnesAreRefusedWithTheChoices() {
        assertThat(BusinessDayConvention.of("Modified Following")).isEqualTo(BusinessDayConvention.MODIFIED_FOLLOWING);
        assertThat(BusinessDayConvention.of("modified-preceding")).isEqualTo(BusinessDayConvention.MODIFIED_PRECEDING);
        assertThat(BusinessDayConvention.of("FOLLOWING")).isEqualTo(BusinessDayConvention.FOLLOWING);
        assertThatThrownBy(() -> BusinessDayConvention.of("nearest"))
                .hasMessage("'nearest' is not a business-day convention: one of none, following, modified following, "
                        + "preceding, modified preceding");
        assertThatThrownBy(() -> BusinessCalendar.of("USNY+XXXX"))
                .hasMessageStartingWith("'USNY+XXXX' is not a business calendar: 'XXXX' is not one of NONE, WEEKENDS, USNY");
        assertThatThrownBy(() -> BusinessCalendar.of(" "))
                .hasMessageStartingWith("a business calendar needs a name: one of NONE, WEEKENDS, USNY");
    }

    /**
     * Strata's calendars are generated for 1950–2099 and answer "no holiday" beyond: Christmas 2099 (a
     * Friday) is a holiday, and 2100 would silently have none, so a date of 2100 is refused instead.
     */
    @Test
    void aDateBeyondTheKnownHolidaysIsRefusedNamingTheDateAndTheCalendar() {
        assertThat(USNY.isBusinessDay(LocalDate.of(2099, 12, 25))).isFalse();
        assertThatThrownBy(() -> USNY.isBusinessDay(LocalDate.of(2100, 1, 4)))
                .hasMessage("2100-01-04 is outside the years whose holidays calendar USNY knows (1950 to 2099)");
        assertThatThrownBy(() -> BusinessDayConvention.FOLLOWING.adjust(LocalDate.of(1949, 12, 31), USNY))
                .hasMessageStartingWith("1949-12-31 is outside");
        assertThat(BusinessCalendar.WEEKENDS.isBusinessDay(LocalDate.of(2100, 1, 4))).as("no holidays to miss").isTrue();
    }
}
