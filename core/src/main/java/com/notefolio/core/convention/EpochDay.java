package com.notefolio.core.convention;

import java.time.LocalDate;

/**
 * Dates as days since 1970-01-01 in the proleptic Gregorian calendar, the form a schedule stores.
 * The same numbering as {@link LocalDate#toEpochDay()}; these functions exist so the schedule's inner
 * loops roll and split dates without allocating a {@code LocalDate} per period. The civil-date
 * conversions are Howard Hinnant's algorithms ("chrono-compatible low-level date algorithms").
 */
public final class EpochDay {

    private EpochDay() {
    }

    public static int of(LocalDate date) {
        // The civil-date arithmetic below is cheaper than LocalDate.toEpochDay and gives the same day; it stays
        // inside an int to ±5,000,000 years, and beyond them LocalDate's conversion fails as it always did.
        int year = date.getYear();
        return year >= -5_000_000 && year <= 5_000_000 ? of(year, date.getMonthValue(), date.getDayOfMonth())
                : Math.toIntExact(date.toEpochDay());
    }

    public static LocalDate toDate(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    /** The epoch day of a valid civil date. */
    public static int of(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400; // floor division, cheaper than Math.floorDiv
        int yoe = y - era * 400;
        int mp = (month + 9) % 12;
        int doy = (153 * mp + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** The civil date of an epoch day packed as {@code year * 10000 + month * 100 + day}. */
    public static int civil(int epochDay) {
        int z = epochDay + 719468;
        int era = (z >= 0 ? z : z - 146096) / 146097;
        int doe = z - era * 146097;
        int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int mp = (5 * doy + 2) / 153;
        int day = doy - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return year * 10000 + month * 100 + day;
    }

    /** The civil date of a {@link LocalDate}, packed as {@link #civil(int)} packs it. */
    public static int civil(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** The epoch day of a packed civil date. */
    public static int ofCivil(int civil) {
        return of(civil / 10000, (civil / 100) % 100, civil % 100);
    }

    public static int year(int epochDay) {
        return civil(epochDay) / 10000;
    }

    public static boolean isLeapYear(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    public static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * The date {@code months} after an anchor date, rolled from the anchor (not from the previous
     * date) so that a day 31 anchor gives Jan 31, Feb 28/29, Mar 31. With {@code endOfMonth}, every
     * rolled date is the last day of its month.
     */
    public static int plusMonths(int anchorCivil, int months, boolean endOfMonth) {
        return ofCivil(plusMonthsCivil(anchorCivil, months, endOfMonth));
    }

    /** {@link #plusMonths} giving the packed civil date. */
    public static int plusMonthsCivil(int anchorCivil, int months, boolean endOfMonth) {
        int year = anchorCivil / 10000;
        int month0 = (anchorCivil / 100) % 100 - 1 + months;
        year += Math.floorDiv(month0, 12);
        int month = Math.floorMod(month0, 12) + 1;
        int length = lengthOfMonth(year, month);
        int day = endOfMonth ? length : Math.min(anchorCivil % 100, length);
        return year * 10000 + month * 100 + day;
    }

    public static boolean isEndOfMonth(int civil) {
        return civil % 100 == lengthOfMonth(civil / 10000, (civil / 100) % 100);
    }
}
