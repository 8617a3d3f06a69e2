package com.notefolio.core.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The accrual bases against published values: the ISDA paper "EMU and market conventions: recent
 * developments" (1998, section on Actual/Actual) for ACT/ACT ISDA, Microsoft's YEARFRAC documentation for
 * 30/360 US (basis 0) and ACT/365 (basis 3), and hand calculations by the rules of ISDA 2006 section 4.16
 * and the SIA Standard Securities Calculation Methods, each worked in a comment.
 */
class DayCountsTest {

    private static long numerator(DayCount basis, String start, String end) {
        return basis.numerator(EpochDay.of(LocalDate.parse(start)), EpochDay.of(LocalDate.parse(end)));
    }

    private static double fraction(DayCount basis, String start, String end) {
        return basis.yearFraction(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Nested
    class ActActIsda {

        private final DayCount basis = DayCounts.ACT_ACT_ISDA;

        @Test
        void denominatorIsTheProductOfBothYearLengths() {
            // numerator / (365 × 366) = leap days / 366 + other days / 365
            assertThat(basis.denominator()).isEqualTo(365L * 366);
        }

        /**
         * ISDA (1998) "EMU and market conventions", Actual/Actual examples, ISDA column. Days falling in a
         * leap year and in a common year, start day counted and end day not; the fraction asserted exactly
         * as leapDays × 365 + otherDays × 366 over 365 × 366, and the published decimal to 1e-12.
         */
        @ParameterizedTest(name = "{0} to {1}: {2}/365 + {3}/366 = {4}")
        @CsvSource({
                // semi-annual regular period spanning a year end: 2003 has 61 days (Nov 1..Dec 31), 2004 has 121
                "2003-11-01, 2004-05-01,  61, 121, 0.497724380567",
                // short first period, all in 1999 (Feb 1 .. Jul 1 = 28+31+30+31+30 = 150)
                "1999-02-01, 1999-07-01, 150,   0, 0.410958904110",
                // long first period: 2002-08-15 .. 2003-07-15 = 139 days in 2002 + 195 in 2003, both common
                "2002-08-15, 2003-07-15, 334,   0, 0.915068493151",
                // short final period in leap year 2000: Jan 30 .. Jun 30 = 2+29+31+30+31+29 = 152
                "2000-01-30, 2000-06-30,   0, 152, 0.415300546448",
                // 1999-07-30 .. 2000-01-30: 155 days in 1999, 29 in 2000
                "1999-07-30, 2000-01-30, 155,  29, 0.503892506924",
                // annual 1999-07-01 .. 2000-07-01: 184 days in 1999, 182 in 2000
                "1999-07-01, 2000-07-01, 184, 182, 1.001377348604",
                // 2003-07-15 .. 2004-01-15: 170 days in 2003, 14 in 2004
                "2003-07-15, 2004-01-15, 170,  14, 0.504004790778",
        })
        void matchesIsdaEmuPaperExamples(String start, String end, long commonDays, long leapDays,
                                         double published) {
            assertThat(numerator(basis, start, end)).isEqualTo(commonDays * 366 + leapDays * 365);
            assertThat(fraction(basis, start, end)).isCloseTo(published, within(1e-12));
        }

        @Test
        void aWholeLeapYearAndAWholeCommonYearAreEachOne() {
            assertThat(numerator(basis, "2024-01-01", "2025-01-01")).isEqualTo(365L * 366);
            assertThat(numerator(basis, "2023-01-01", "2024-01-01")).isEqualTo(365L * 366);
        }

        @Test
        void countsEveryYearOfAMultiYearSpan() {
            // 2019-12-31 .. 2022-01-01: 1 day of 2019, 366 of 2020, 365 of 2021, 0 of 2022 -> 1/365 + 1 + 1
            assertThat(numerator(basis, "2019-12-31", "2022-01-01")).isEqualTo(366L + 366 * 365 + 365 * 366);
            // 1900 is not a leap year, 2000 is: Feb 28 .. Mar 1 is 1 day in 1900 and 2 days in 2000
            assertThat(numerator(basis, "1900-02-28", "1900-03-01")).isEqualTo(366);
            assertThat(numerator(basis, "2000-02-28", "2000-03-01")).isEqualTo(2 * 365);
        }

        @Test
        void anEmptyPeriodIsZero() {
            assertThat(numerator(basis, "2024-02-29", "2024-02-29")).isZero();
        }
    }

    @Nested
    class Thirty360Us {

        private final DayCount basis = DayCounts.THIRTY_360_US;

        @Test
        void matchesMicrosoftYearfracBasisZeroExample() {
            // support.microsoft.com YEARFRAC: YEARFRAC(2012-01-01, 2012-07-30) = 0.58055556 (basis omitted = 0)
            // 30/360: (7 − 1) × 30 + (30 − 1) = 209 days; 209 / 360 = 0.580555…
            assertThat(numerator(basis, "2012-01-01", "2012-07-30")).isEqualTo(209);
            assertThat(fraction(basis, "2012-01-01", "2012-07-30")).isCloseTo(0.58055556, within(5e-9));
        }

        /**
         * Worked by the SIA rule (Standard Securities Calculation Methods, 30/360 with end-of-February,
         * the rule of Excel YEARFRAC basis 0): (1) D1 and D2 both the last day of February: D2 = 30;
         * (2) D1 the last day of February: D1 = 30; (3) D2 = 31 and D1 ≥ 30: D2 = 30; (4) D1 = 31: D1 = 30.
         * days = 360 × (Y2 − Y1) + 30 × (M2 − M1) + (D2 − D1).
         */
        @ParameterizedTest(name = "{0} to {1} = {2} days")
        @CsvSource({
                // D1 = Feb 28 2018 (last of Feb) -> 30 by (2); D2 = 31 and D1 = 30 -> 30 by (3): 30 × 1 + 0
                "2018-02-28, 2018-03-31,  30",
                // both last of February: D2 = 30 (1), D1 = 30 (2): 360 × 1 + 0 + 0
                "2018-02-28, 2019-02-28, 360",
                // leap year: Feb 29 is the last of Feb: D1 = 30; D2 = 31 -> 30: 30 days
                "2016-02-29, 2016-03-31,  30",
                // Feb 28 2016 is NOT the last of Feb (leap year): D1 = 28, D2 = 31 stays (D1 < 30): 30 + 3
                "2016-02-28, 2016-03-31,  33",
                // leap Feb 29 to common Feb 28, both last of Feb: D1 = D2 = 30: 360
                "2016-02-29, 2017-02-28, 360",
                // end date last of Feb but start not: D1 = 31 -> 30 (4); D2 = 28 stays: 30 × 1 + (28 − 30)
                "2018-01-31, 2018-02-28,  28",
                // D1 = 27, D2 = 31 stays because D1 < 30: 30 + 4
                "2018-02-27, 2018-03-31,  34",
                // D1 = 30, D2 = 31 -> 30: 30 × 1
                "2018-04-30, 2018-05-31,  30",
                // D1 = 31 -> 30, D2 = 31 -> 30: 30 × 6
                "2018-01-31, 2018-07-31, 180",
                // D1 = 15, D2 = 31 stays (D1 < 30): 30 × 2 + 16
                "2018-01-15, 2018-03-31,  76",
        })
        void followsTheSiaEndOfMonthRules(String start, String end, long days) {
            assertThat(numerator(basis, start, end)).isEqualTo(days);
            assertThat(basis.denominator()).isEqualTo(360);
        }

        @Test
        void aFullYearIsOneWhateverTheLeapDay() {
            assertThat(numerator(basis, "2024-01-01", "2025-01-01")).isEqualTo(360);
            assertThat(numerator(basis, "2023-03-15", "2024-03-15")).isEqualTo(360);
        }
    }

    @Nested
    class Thirty360European {

        private final DayCount basis = DayCounts.THIRTY_E_360;

        /**
         * ISDA 2006 section 4.16(g), 30E/360: D1 = 31 -> 30; D2 = 31 -> 30; no February rule.
         * days = 360 × (Y2 − Y1) + 30 × (M2 − M1) + (D2 − D1).
         */
        @ParameterizedTest(name = "{0} to {1} = {2} days")
        @CsvSource({
                // D2 = 31 -> 30 even though D1 = 27 (where 30/360 US keeps 31): 30 + 3
                "2018-02-27, 2018-03-31,  33",
                // last of February is NOT adjusted: D1 = 28: 30 + (30 − 28)
                "2018-02-28, 2018-03-31,  32",
                // D1 = 31 -> 30, D2 = 28: 30 × 1 + (28 − 30)
                "2018-01-31, 2018-02-28,  28",
                // leap Feb 29: D1 = 29, D2 = 30: 30 + 1
                "2016-02-29, 2016-03-31,  31",
                // both Feb month ends: 360 × 1 + (28 − 29)
                "2016-02-29, 2017-02-28, 359",
                // 2006-08-31 -> 2007-02-28: D1 = 30: 360 × 1 + 30 × (2 − 8) + (28 − 30) = 178
                "2006-08-31, 2007-02-28, 178",
                // both day 31: 30 × 6
                "2018-01-31, 2018-07-31, 180",
        })
        void countsDay31AsDay30OnBothEnds(String start, String end, long days) {
            assertThat(numerator(basis, start, end)).isEqualTo(days);
            assertThat(basis.denominator()).isEqualTo(360);
        }
    }

    @Nested
    class Actual {

        @Test
        void act365FixedMatchesMicrosoftYearfracBasisThreeExample() {
            // support.microsoft.com YEARFRAC example with basis 3: 2012-01-01 .. 2012-07-30 = 211 days
            // (31+29+31+30+31+30+29); 211 / 365 = 0.57808219
            assertThat(numerator(DayCounts.ACT_365F, "2012-01-01", "2012-07-30")).isEqualTo(211);
            assertThat(fraction(DayCounts.ACT_365F, "2012-01-01", "2012-07-30")).isCloseTo(0.57808219, within(5e-9));
        }

        @Test
        void act365FixedDividesALeapYearBy365() {
            // 366 days / 365: a leap year is more than one year on ACT/365F
            assertThat(numerator(DayCounts.ACT_365F, "2024-01-01", "2025-01-01")).isEqualTo(366);
            assertThat(DayCounts.ACT_365F.denominator()).isEqualTo(365);
        }

        @Test
        void act360CountsActualDaysOver360() {
            // Feb 2024 has 29 days, Feb 2023 28; a common year is 365/360
            assertThat(numerator(DayCounts.ACT_360, "2024-02-01", "2024-03-01")).isEqualTo(29);
            assertThat(numerator(DayCounts.ACT_360, "2023-02-01", "2023-03-01")).isEqualTo(28);
            assertThat(numerator(DayCounts.ACT_360, "2023-01-01", "2024-01-01")).isEqualTo(365);
            assertThat(DayCounts.ACT_360.denominator()).isEqualTo(360);
            assertThat(fraction(DayCounts.ACT_360, "2023-01-01", "2024-01-01")).isCloseTo(365 / 360.0, within(1e-15));
        }
    }

    @Nested
    class Periodic {

        private final DayCount basis = DayCounts.PERIODIC;

        @Test
        void regularMonthIsOneTwelfthWhateverItsDays() {
            assertThat(basis.denominator()).isEqualTo(12);
            assertThat(numerator(basis, "2024-02-15", "2024-03-15")).isEqualTo(1); // 29 days
            assertThat(numerator(basis, "2023-02-15", "2023-03-15")).isEqualTo(1); // 28 days
            assertThat(numerator(basis, "2024-07-15", "2024-08-15")).isEqualTo(1); // 31 days
        }

        @Test
        void monthEndPeriodsAreOneMonthEach() {
            // due dates rolled from a month-end anchor: Jan 31, Feb 29, Mar 31, Apr 30
            assertThat(numerator(basis, "2024-01-31", "2024-02-29")).isEqualTo(1);
            assertThat(numerator(basis, "2024-02-29", "2024-03-31")).isEqualTo(1);
            assertThat(numerator(basis, "2024-03-31", "2024-04-30")).isEqualTo(1);
        }

        @Test
        void quarterIsThreeTwelfthsAndYearIsTwelve() {
            assertThat(numerator(basis, "2024-01-15", "2024-04-15")).isEqualTo(3);
            assertThat(numerator(basis, "2023-11-30", "2024-02-29")).isEqualTo(3);
            assertThat(numerator(basis, "2024-02-29", "2025-02-28")).isEqualTo(12);
        }

        @Test
        void the2003NotesFirstPeriodOneDayShortIsOneMonth() {
            // 2003-08-13 .. 2003-09-12: 30 days of the 31 from Aug 13 to Sep 13, i.e. ≥ half a month
            assertThat(numerator(basis, "2003-08-13", "2003-09-12")).isEqualTo(1);
        }

        @Test
        void aStubOfHalfAMonthOrMoreRoundsUp() {
            // 2023-01-01 .. 2023-02-15: 1 whole month to Feb 1, then 14 of the 28 days to Mar 1 = exactly half -> 2
            assertThat(numerator(basis, "2023-01-01", "2023-02-15")).isEqualTo(2);
            // one day less, 13 of 28 is under half -> 1
            assertThat(numerator(basis, "2023-01-01", "2023-02-14")).isEqualTo(1);
            // leap year: 14 of 29 days (Feb 1 .. Mar 1 2024) is under half -> 1; 15 of 29 is over -> 2
            assertThat(numerator(basis, "2024-01-01", "2024-02-15")).isEqualTo(1);
            assertThat(numerator(basis, "2024-01-01", "2024-02-16")).isEqualTo(2);
        }

        @Test
        void longFirstPeriodCountsItsWholeMonths() {
            // 2024-01-01 .. 2024-03-15: 2 months to Mar 1, then 14 of 31 days: under half -> 2
            assertThat(numerator(basis, "2024-01-01", "2024-03-15")).isEqualTo(2);
            // 2024-01-10 .. 2024-03-31: 2 months to Mar 10, then 21 of 31 days -> 3
            assertThat(numerator(basis, "2024-01-10", "2024-03-31")).isEqualTo(3);
        }

        @Test
        void anyDaysCountAtLeastOneMonthAndNoDaysNone() {
            assertThat(numerator(basis, "2024-01-01", "2024-01-02")).isEqualTo(1);
            assertThat(numerator(basis, "2024-01-01", "2024-01-01")).isZero();
        }
    }

    @Nested
    class Codes {

        @ParameterizedTest
        @ValueSource(strings = {"30/360", "30/360 US", "30U/360", "30US/360", "Bond Basis", "360/360", " 30/360 "})
        void thirty360UsSpellings(String code) {
            assertThat(DayCounts.of(code)).contains(DayCounts.THIRTY_360_US);
        }

        @ParameterizedTest
        @ValueSource(strings = {"30E/360", "Eurobond", "30/360 ICMA", "30e/360"})
        void thirtyE360Spellings(String code) {
            assertThat(DayCounts.of(code)).contains(DayCounts.THIRTY_E_360);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ACT/360", "Actual/360", "act/360", "365/360", "Actual / 360"})
        void act360Spellings(String code) {
            assertThat(DayCounts.of(code)).contains(DayCounts.ACT_360);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ACT/365F", "ACT/365 Fixed", "Actual/365 Fixed", "ACT/365", "Actual/365 (Fixed)"})
        void act365FixedSpellings(String code) {
            assertThat(DayCounts.of(code)).contains(DayCounts.ACT_365F);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ACT/ACT", "ACT/ACT ISDA", "Actual/Actual ISDA", "actual/actual"})
        void actActIsdaSpellings(String code) {
            assertThat(DayCounts.of(code)).contains(DayCounts.ACT_ACT_ISDA);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ACT/ACT ICMA", "30E/360 ISDA", "ACT/364", "", "NL/365"})
        void unknownOrDifferentBasesAreNotGuessed(String code) {
            assertThat(DayCounts.of(code)).isEmpty();
        }

        /** "365/365" is written by lenders for both Actual/365 Fixed and Actual/Actual: refused, naming both. */
        @Test
        void anAmbiguousPhraseIsRefusedNamingItsReadings() {
            assertThat(DayCounts.of("365/365")).isEmpty();
            assertThatThrownBy(() -> DayCounts.parse("365/365")).hasMessage(
                    "is ambiguous: say ACT/365F (actual days ÷ 365, leap years too) or ACT/ACT (days in leap years ÷ 366, ISDA)");
            assertThatThrownBy(() -> DayCounts.parse("Actual/Actual ICMA"))
                    .hasMessageStartingWith("is not a basis Notefolio holds: of the Actual/Actual bases only ACT/ACT ISDA is");
            assertThatThrownBy(() -> DayCounts.parse("NL/365")).hasMessage("is not a known day count: one of "
                    + "PERIODIC, 30/360 (30/360 US, bond basis, 360/360), 30E/360 (Eurobond), ACT/360 (Actual/360, 365/360), "
                    + "ACT/365F (Actual/365 Fixed), ACT/ACT (ISDA)");
            assertThat(DayCounts.parse("365/360")).isSameAs(DayCounts.ACT_360);
            assertThat(DayCounts.parse("30/360")).isSameAs(DayCounts.THIRTY_360_US);
        }

        @Test
        void everyBasisIsFoundByItsOwnCode() {
            assertThat(DayCounts.all()).hasSize(6);
            for (DayCount basis : DayCounts.all()) {
                assertThat(DayCounts.of(basis.code())).as(basis.code()).contains(basis);
                assertThat(basis.toString()).isEqualTo(basis.code());
            }
        }
    }
}
