package com.notefolio.core.convention;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The accrual bases a note may state. Definitions follow the ISDA 2006 Definitions, section 4.16, and
 * for 30/360 US the SIA Standard Securities Calculation Methods (the rule Excel's {@code YEARFRAC} basis 0
 * implements); {@link #PERIODIC} is the convention of promissory notes such as the 2003 note.
 */
public final class DayCounts {

    /**
     * Interest per regular period = balance × annual rate ÷ periods per year, whatever the days.
     * A period's fraction is its length in whole months ÷ 12, the months counted on the payment
     * calendar and rounded to the nearest whole month (half a month or more counts as one), with at
     * least one month for a period that has any days. So each regular monthly period is exactly 1/12,
     * a quarter 3/12, and a first period one day shorter than a month (the 2003 note: 13 Aug to
     * 12 Sep) is one whole month. Use a day-count basis when stubs must accrue by the day. A note paying
     * weekly, biweekly, four-weekly or semi-monthly has no whole months in a period: its schedule charges
     * rate ÷ 52, 26, 13 or 24 a period ({@code PeriodInterest}), and the terms refuse what would weigh its
     * periods by this fraction (a floating rate, the accrual-fractions annuity).
     */
    public static final DayCount PERIODIC = new Periodic();
    /**
     * 30/360 US (SIA; Excel YEARFRAC basis 0): D1 = 30 if D1 is the last day of February, D2 = 30 if
     * both are the last day of February, D2 = 30 if D2 = 31 and D1 ≥ 30, D1 = 30 if D1 = 31.
     */
    public static final DayCount THIRTY_360_US = new Thirty360("30/360", true);
    /** 30E/360 (Eurobond basis, ISDA 4.16(g)): a day 31 counts as 30 on either end. */
    public static final DayCount THIRTY_E_360 = new Thirty360("30E/360", false);
    /** Actual days ÷ 360. */
    public static final DayCount ACT_360 = new Actual("ACT/360", 360);
    /** Actual days ÷ 365, leap years included. */
    public static final DayCount ACT_365F = new Actual("ACT/365F", 365);
    /**
     * ACT/ACT ISDA: days falling in leap years ÷ 366 + days in other years ÷ 365 (the start day
     * counted, the end day not).
     */
    public static final DayCount ACT_ACT_ISDA = new ActActIsda();

    private static final List<DayCount> ALL =
            List.of(PERIODIC, THIRTY_360_US, THIRTY_E_360, ACT_360, ACT_365F, ACT_ACT_ISDA);

    private DayCounts() {
    }

    public static List<DayCount> all() {
        return ALL;
    }

    /** What {@link #parse} says of a phrase it does not take: the bases and their usual names. */
    public static final String CHOICES = "PERIODIC, 30/360 (30/360 US, bond basis, 360/360), 30E/360 (Eurobond), "
            + "ACT/360 (Actual/360, 365/360), ACT/365F (Actual/365 Fixed), ACT/ACT (ISDA)";

    /**
     * The basis with this code, accepting the usual spellings (30U/360, ACT/365 FIXED, ACT/ACT ISDA…);
     * empty for a phrase that is unknown or ambiguous ({@link #parse} says which).
     */
    public static Optional<DayCount> of(String code) {
        return Optional.ofNullable(lookup(normalized(code)));
    }

    /**
     * The basis a document names, as documents write it: {@code 365/360} and {@code Actual/360} are
     * ACT/360 (actual days over a 360-day year, as US commercial notes say "computed on the basis of a
     * 360-day year for the actual number of days elapsed"), {@code 30/360} is 30/360 US, {@code Actual/365
     * (Fixed)} is ACT/365F.
     *
     * @throws IllegalArgumentException with the reason: an ambiguous phrase ({@code 365/365}, which
     *         lenders use both for actual/365 fixed and for actual/actual) names its readings; an unknown
     *         one lists {@link #CHOICES}
     */
    public static DayCount parse(String code) {
        String c = normalized(code);
        DayCount basis = lookup(c);
        if (basis != null) {
            return basis;
        }
        if (c.equals("365/365") || c.equals("ACT/365ACT")) {
            throw new IllegalArgumentException("is ambiguous: say ACT/365F (actual days ÷ 365, leap years too) or "
                    + "ACT/ACT (days in leap years ÷ 366, ISDA)");
        }
        if (c.startsWith("ACT/ACT")) {
            throw new IllegalArgumentException("is not a basis Notefolio holds: of the Actual/Actual bases only ACT/ACT ISDA is; "
                    + "the day counts are " + CHOICES);
        }
        throw new IllegalArgumentException("is not a known day count: one of " + CHOICES);
    }

    private static String normalized(String code) {
        return code.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace("(", "").replace(")", "")
                .replace("ACTUAL", "ACT");
    }

    private static DayCount lookup(String c) {
        return switch (c) {
            case "PERIODIC" -> PERIODIC;
            case "30/360", "30/360US", "30U/360", "30US/360", "BONDBASIS", "360/360" -> THIRTY_360_US;
            case "30E/360", "EUROBOND", "EUROBONDBASIS", "30/360ICMA" -> THIRTY_E_360;
            case "ACT/360", "365/360" -> ACT_360;
            case "ACT/365F", "ACT/365FIXED", "ACT/365" -> ACT_365F;
            case "ACT/ACT", "ACT/ACTISDA" -> ACT_ACT_ISDA;
            default -> null;
        };
    }

    /** Whole months on the payment calendar, rounded to the nearest month, at least one. */
    private static final class Periodic implements DayCount {
        @Override
        public String code() {
            return "PERIODIC";
        }

        @Override
        public long numerator(int start, int end) {
            return numerator(start, EpochDay.civil(start), end, EpochDay.civil(end));
        }

        @Override
        public long numerator(int start, int startCivil, int end, int endCivil) {
            if (end <= start) {
                return 0;
            }
            int months = (endCivil / 10000 - startCivil / 10000) * 12
                    + (endCivil / 100) % 100 - (startCivil / 100) % 100;
            int endDay = endCivil % 100;
            if (months > 0 && endDay == Math.min(startCivil % 100,
                    EpochDay.lengthOfMonth(endCivil / 10000, (endCivil / 100) % 100))) {
                return months; // the end is the start rolled by whole months: every regular period
            }
            int rolled = EpochDay.plusMonths(startCivil, months, false);
            if (rolled > end) {
                months--;
                rolled = EpochDay.plusMonths(startCivil, months, false);
            }
            int next = EpochDay.plusMonths(startCivil, months + 1, false);
            if (2L * (end - rolled) >= next - rolled) {
                months++;
            }
            return Math.max(1, months);
        }

        @Override
        public long denominator() {
            return 12;
        }

        @Override
        public String toString() {
            return code();
        }
    }

    private static final class Thirty360 implements DayCount {
        private final String code;
        private final boolean us;

        Thirty360(String code, boolean us) {
            this.code = code;
            this.us = us;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public long numerator(int start, int end) {
            return numerator(start, EpochDay.civil(start), end, EpochDay.civil(end));
        }

        @Override
        public long numerator(int start, int s, int end, int e) {
            int d1 = s % 100;
            int d2 = e % 100;
            if (us) {
                boolean startFebEnd = (s / 100) % 100 == 2 && EpochDay.isEndOfMonth(s);
                boolean endFebEnd = (e / 100) % 100 == 2 && EpochDay.isEndOfMonth(e);
                if (startFebEnd && endFebEnd) {
                    d2 = 30;
                }
                if (startFebEnd) {
                    d1 = 30;
                }
                if (d2 == 31 && d1 >= 30) {
                    d2 = 30;
                }
                if (d1 == 31) {
                    d1 = 30;
                }
            } else {
                d1 = Math.min(d1, 30);
                d2 = Math.min(d2, 30);
            }
            return 360L * (e / 10000 - s / 10000) + 30L * ((e / 100) % 100 - (s / 100) % 100) + (d2 - d1);
        }

        @Override
        public long denominator() {
            return 360;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private static final class Actual implements DayCount {
        private final String code;
        private final int daysInYear;

        Actual(String code, int daysInYear) {
            this.code = code;
            this.daysInYear = daysInYear;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public long numerator(int start, int end) {
            return end - start;
        }

        @Override
        public long denominator() {
            return daysInYear;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private static final class ActActIsda implements DayCount {
        @Override
        public String code() {
            return "ACT/ACT";
        }

        @Override
        public long numerator(int start, int end) {
            return numerator(start, EpochDay.civil(start), end, EpochDay.civil(end));
        }

        @Override
        public long numerator(int start, int startCivil, int end, int endCivil) {
            long leapDays = 0;
            long otherDays = 0;
            int day = start;
            int year = startCivil / 10000;
            if (year == endCivil / 10000) {
                return (end - start) * (EpochDay.isLeapYear(year) ? 365L : 366L);
            }
            while (day < end) {
                int yearEnd = Math.min(end, EpochDay.of(year + 1, 1, 1));
                if (EpochDay.isLeapYear(year)) {
                    leapDays += yearEnd - day;
                } else {
                    otherDays += yearEnd - day;
                }
                day = yearEnd;
                year++;
            }
            return leapDays * 365 + otherDays * 366;
        }

        @Override
        public long denominator() {
            return 365L * 366;
        }

        @Override
        public String toString() {
            return code();
        }
    }
}
