package com.notefolio.core.disclosure;

import com.notefolio.core.convention.EpochDay;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The unit-period of Appendix J to 12 CFR 1026: the interval of time the APR's compounding counts in, and
 * how the time between two dates is measured in it.
 *
 * <ul>
 *   <li>{@link Kind#MONTH} of 1 to 11 months. For one month, (b)(5)(ii): the full unit-periods are the
 *       months measured back from the later date, the fraction the days from the earlier date forward to
 *       the first full unit-period divided by 30; 12 a year. For 2 to 11 months, (b)(5)(iii): 30 days for
 *       each full month measured back plus the remaining days, divided by 30 × the months of the
 *       unit-period; 12 ÷ months a year.</li>
 *   <li>{@link Kind#SEMIMONTH}, (b)(5)(iii): the same days (30 a full month plus the remaining days),
 *       divided by 15; 24 a year.</li>
 *   <li>{@link Kind#WEEK} of 1 to 52 weeks and {@link Kind#DAY}, (b)(5)(iv): the days between the dates
 *       divided by the days of the unit-period; 52 ÷ weeks a year, 365 for a day. A unit-period of more
 *       than one day is the term of a single advance, single payment transaction not a whole number of
 *       months (b)(4)(ii), (b)(5)(vii): 365 ÷ its days a year.</li>
 *   <li>{@link Kind#YEAR}, (b)(5)(v): the full years (12 months each) measured back from the later date,
 *       and the remainder as months ÷ 12 when it is a whole number of months, otherwise as days ÷ 365.</li>
 * </ul>
 *
 * Months are measured per (b)(3)(iv): from a date to the same date of another month, from last day to last
 * day when the payments fall on the last day of each month, and on the last day of February for dates on
 * the 29th or 30th ({@link LocalDate#minusMonths} keeps the day or takes the month's last).
 */
public record UnitPeriod(Kind kind, int count) {

    /** The intervals Appendix J (b)(3)(iii) calls standard, and a term in days (b)(4)(ii). */
    public enum Kind { DAY, WEEK, SEMIMONTH, MONTH, YEAR }

    public UnitPeriod {
        Objects.requireNonNull(kind, "kind");
        int max = switch (kind) {
            case DAY -> 365;
            case WEEK -> 52;
            case MONTH -> 11;
            case SEMIMONTH, YEAR -> 1;
        };
        if (count < 1 || count > max) {
            throw new IllegalArgumentException("a unit-period of " + count + " " + kind.name().toLowerCase()
                    + (count == 1 ? "" : "s") + " is not one: the count must be 1 to " + max
                    + (kind == Kind.MONTH ? " (12 months is a year)" : ""));
        }
    }

    public static UnitPeriod days(int days) {
        return new UnitPeriod(Kind.DAY, days);
    }

    public static UnitPeriod weeks(int weeks) {
        return new UnitPeriod(Kind.WEEK, weeks);
    }

    public static UnitPeriod semimonth() {
        return new UnitPeriod(Kind.SEMIMONTH, 1);
    }

    /** {@code months} of 1 to 11; 12 months is {@link #year()}. */
    public static UnitPeriod months(int months) {
        return months == 12 ? year() : new UnitPeriod(Kind.MONTH, months);
    }

    public static UnitPeriod year() {
        return new UnitPeriod(Kind.YEAR, 1);
    }

    /** The unit-periods in a year, w of the general equation ((b)(5)(ii) to (vii)). */
    public double perYear() {
        return switch (kind) {
            case DAY -> 365.0 / count;
            case WEEK -> 52.0 / count;
            case SEMIMONTH -> 24;
            case MONTH -> 12.0 / count;
            case YEAR -> 1;
        };
    }

    /**
     * A length in days, only to compare unit-periods with one another and with an average period under
     * (b)(4)(i)(B): a month is 365/12 days here, a semimonth 365/24.
     */
    double nominalDays() {
        return switch (kind) {
            case DAY -> count;
            case WEEK -> 7.0 * count;
            case SEMIMONTH -> 365.0 / 24;
            case MONTH -> 365.0 * count / 12;
            case YEAR -> 365;
        };
    }

    /**
     * The time from {@code from} (the beginning of the term) to {@code to} in this unit-period, per (b)(5);
     * {@code monthEnd} when the transaction's payments fall on the last day of each month ((b)(3)(iv)).
     */
    public UnitPeriodTime timeBetween(LocalDate from, LocalDate to, boolean monthEnd) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before the beginning of the term " + from);
        }
        return switch (kind) {
            case DAY, WEEK -> {
                int unit = kind == Kind.DAY ? count : 7 * count;
                int days = days(from, to);
                yield new UnitPeriodTime(days / unit, days % unit, unit);
            }
            case MONTH -> {
                int months = monthsBack(from, to, monthEnd);
                int remaining = days(from, to, months, monthEnd);
                if (count == 1) {
                    yield new UnitPeriodTime(months, remaining, 30);
                }
                int days = 30 * months + remaining;
                yield new UnitPeriodTime(days / (30 * count), days % (30 * count), 30 * count);
            }
            case SEMIMONTH -> {
                int months = monthsBack(from, to, monthEnd);
                int days = 30 * months + days(from, to, months, monthEnd);
                yield new UnitPeriodTime(days / 15, days % 15, 15);
            }
            case YEAR -> {
                int months = monthsBack(from, to, monthEnd);
                int years = months / 12;
                LocalDate yearsBack = back(to, 12 * years, monthEnd);
                int remainingMonths = months % 12;
                if (back(to, months, monthEnd).equals(from)) {
                    yield new UnitPeriodTime(years, remainingMonths, 12);
                }
                yield new UnitPeriodTime(years, days(from, yearsBack), 365);
            }
        };
    }

    /** How many whole months, measured back from {@code to}, fit after {@code from}. */
    static int monthsBack(LocalDate from, LocalDate to, boolean monthEnd) {
        int months = monthsApart(from, to);
        if (to.getDayOfMonth() <= 28 && !(monthEnd && isMonthEnd(to))) {
            // Measuring back keeps the day of the month: a full month more only once the day is reached.
            return Math.max(0, to.getDayOfMonth() < from.getDayOfMonth() ? months - 1 : months);
        }
        while (months > 0 && back(to, months, monthEnd).isBefore(from)) {
            months--;
        }
        return Math.max(0, months);
    }

    /** The months between the two dates' months, days ignored. */
    static int monthsApart(LocalDate from, LocalDate to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }

    /** {@code date} less {@code months} months, last day to last day in a month-end series. */
    static LocalDate back(LocalDate date, int months, boolean monthEnd) {
        LocalDate back = date.minusMonths(months);
        return monthEnd && isMonthEnd(date) ? back.withDayOfMonth(back.lengthOfMonth()) : back;
    }

    static boolean isMonthEnd(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth();
    }

    /**
     * The days from {@code from} to {@code to} less {@code months} months: the fraction's days. Done on
     * epoch days when measuring back keeps the day of the month (every note paying on the 1st to the 28th),
     * since a schedule asks this once a payment.
     */
    private static int days(LocalDate from, LocalDate to, int months, boolean monthEnd) {
        if (to.getDayOfMonth() <= 28 && !(monthEnd && isMonthEnd(to))) {
            int month = to.getYear() * 12 + to.getMonthValue() - 1 - months;
            return EpochDay.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, to.getDayOfMonth())
                    - (int) from.toEpochDay();
        }
        return days(from, back(to, months, monthEnd));
    }

    private static int days(LocalDate from, LocalDate to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
    }

    /** As the {@code apr} command writes it: {@code month}, {@code 3months}, {@code semimonth}, {@code 2weeks}, {@code 255days}, {@code year}. */
    @Override
    public String toString() {
        String unit = kind.name().toLowerCase();
        return count == 1 ? unit : count + unit + "s";
    }
}
