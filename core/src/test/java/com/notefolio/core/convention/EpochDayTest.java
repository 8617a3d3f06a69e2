package com.notefolio.core.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The epoch-day arithmetic agrees with {@link LocalDate}, the reference, over years 1600–2600. */
class EpochDayTest {

    private static final int FIRST = Math.toIntExact(LocalDate.of(1600, 1, 1).toEpochDay());
    private static final int LAST = Math.toIntExact(LocalDate.of(2600, 12, 31).toEpochDay());

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(FIRST, LAST).map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(LocalDate.of(1600, 2, 29), LocalDate.of(1700, 2, 28), LocalDate.of(1970, 1, 1),
                        LocalDate.of(2000, 2, 29), LocalDate.of(2100, 2, 28), LocalDate.of(2024, 1, 31)));
    }

    private static int packed(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    @Property(tries = 5000)
    void ofAndCivilAgreeWithLocalDate(@ForAll("dates") LocalDate date) {
        int epochDay = EpochDay.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        assertThat(epochDay).isEqualTo(date.toEpochDay());
        assertThat(EpochDay.of(date)).isEqualTo(epochDay);
        assertThat(EpochDay.civil(epochDay)).isEqualTo(packed(date));
        assertThat(EpochDay.year(epochDay)).isEqualTo(date.getYear());
        assertThat(EpochDay.toDate(epochDay)).isEqualTo(date);
    }

    /**
     * EpochDay.of(LocalDate) computes by civil arithmetic up to ±5,000,000 years and by LocalDate beyond: the
     * same day on both sides of the switch, and past an int's days (after year 5,881,580) the ArithmeticException of old.
     */
    @Test
    void ofLocalDateAgreesAtTheEdgesOfItsArithmetic() {
        for (LocalDate d : new LocalDate[] {LocalDate.of(5_000_000, 12, 31), LocalDate.of(5_000_001, 1, 1),
            LocalDate.of(-5_000_000, 1, 1), LocalDate.of(-5_000_001, 12, 31), LocalDate.of(-5_000_000, 2, 29)}) {
            assertThat(EpochDay.of(d)).as(d.toString()).isEqualTo(d.toEpochDay());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EpochDay.of(LocalDate.of(5_882_000, 1, 1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Property(tries = 2000)
    void lengthOfMonthAndLeapYearAgreeWithYearMonth(@ForAll @IntRange(min = 1600, max = 2600) int year,
                                                    @ForAll @IntRange(min = 1, max = 12) int month) {
        assertThat(EpochDay.lengthOfMonth(year, month)).isEqualTo(YearMonth.of(year, month).lengthOfMonth());
        assertThat(EpochDay.isLeapYear(year)).isEqualTo(java.time.Year.isLeap(year));
        int lastDay = packed(YearMonth.of(year, month).atEndOfMonth());
        assertThat(EpochDay.isEndOfMonth(lastDay)).isTrue();
        assertThat(EpochDay.isEndOfMonth(lastDay - 1)).isFalse();
    }

    @Property(tries = 5000)
    void plusMonthsFromTheAnchorAgreesWithLocalDate(@ForAll("dates") LocalDate anchor,
                                                    @ForAll @IntRange(min = -1200, max = 1200) int months) {
        // LocalDate.plusMonths also rolls from the anchor and clips the day to the month's length
        LocalDate expected = anchor.plusMonths(months);
        assertThat(EpochDay.plusMonths(packed(anchor), months, false)).isEqualTo(expected.toEpochDay());
        LocalDate endOfMonth = YearMonth.from(expected).atEndOfMonth();
        assertThat(EpochDay.plusMonths(packed(anchor), months, true)).isEqualTo(endOfMonth.toEpochDay());
    }

    @Test
    void dayThirtyOneAnchorRollsToFebruaryEndAndBackToThirtyOne() {
        int anchor = 20240131;
        assertThat(EpochDay.toDate(EpochDay.plusMonths(anchor, 1, false))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(EpochDay.toDate(EpochDay.plusMonths(anchor, 2, false))).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(EpochDay.toDate(EpochDay.plusMonths(anchor, 3, false))).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(EpochDay.toDate(EpochDay.plusMonths(anchor, 13, false))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(EpochDay.toDate(EpochDay.plusMonths(anchor, 14, false))).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void endOfMonthAnchorFromFebruaryGivesEveryMonthEnd() {
        int anchor = 20230228;
        assertThat(EpochDay.toDate(EpochDay.plusMonths(anchor, 1, true))).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(EpochDay.toDate(EpochDay.plusMonths(anchor, 2, true))).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(EpochDay.toDate(EpochDay.plusMonths(anchor, 12, true))).isEqualTo(LocalDate.of(2024, 2, 29));
        // without the end-of-month flag Feb 28 stays day 28
        assertThat(EpochDay.toDate(EpochDay.plusMonths(anchor, 1, false))).isEqualTo(LocalDate.of(2023, 3, 28));
    }

    @Test
    void centuryLeapRules() {
        assertThat(EpochDay.isLeapYear(1600)).isTrue();
        assertThat(EpochDay.isLeapYear(1700)).isFalse();
        assertThat(EpochDay.isLeapYear(1900)).isFalse();
        assertThat(EpochDay.isLeapYear(2000)).isTrue();
        assertThat(EpochDay.isLeapYear(2024)).isTrue();
        assertThat(EpochDay.isLeapYear(2100)).isFalse();
        assertThat(EpochDay.of(1970, 1, 1)).isZero();
        assertThat(EpochDay.of(1969, 12, 31)).isEqualTo(-1);
    }
}
