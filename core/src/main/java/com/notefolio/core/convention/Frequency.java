package com.notefolio.core.convention;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a note pays (or its rate resets): how its due dates roll from the first payment date, and the
 * number of regular periods a year. {@link #AT_MATURITY} has a single period from the issue date to maturity.
 *
 * <p>Month-based frequencies roll by whole months from the first payment date (a day-31 anchor gives
 * Jan 31, Feb 28, Mar 31). The day-based ones of consumer and equipment notes roll by a fixed number of
 * days from it — {@link #WEEKLY} 7, {@link #BIWEEKLY} 14, {@link #FOUR_WEEKLY} 28 — so their periods a
 * year (52, 26, 13) are the lenders' nominal count, not 365 ÷ days. {@link #SEMI_MONTHLY} pays twice a
 * month on a pair of days fifteen apart: the first payment date's day {@code d} and {@code d + 15} when
 * {@code d ≤ 15} (the 1st and 16th, the 15th and 30th), else {@code d − 15} and {@code d}; a day past a
 * month's length is that month's last day. For every regular frequency a level payment and a PERIODIC
 * period's interest use rate ÷ {@link #periodsPerYear()}, as US consumer lenders and Excel's PMT do.
 *
 * <p>A <em>cycle of N days</em> ({@link #ofDays}, ACTUS's {@code P27D}) rolls by N days from the first
 * payment date like the weekly ones, and has 365 ÷ N periods a year, a fraction — Regulation Z Appendix J's
 * count for a period of days (a day is 1/365 of a year, (b)(5)(iv); a single payment's term of N days is a
 * unit-period of 365 ÷ N a year, (b)(5)(vii)), and ACTUS's year of a cycle {@code PnD}, whose interest
 * accrues by the contract's day count over the cycle's actual days. So a
 * PERIODIC day cycle's period is N/365 of a year (rate × N ÷ 365), its level payment's periodic rate is
 * rate × N ÷ 365, and its annual prepayment and default speeds convert over 12 × N ÷ 365 months. A cycle of
 * 7, 14 or 28 days is {@link #WEEKLY}, {@link #BIWEEKLY}, {@link #FOUR_WEEKLY} (52, 26, 13 a year, as the
 * lenders count them and as Appendix J's table of unit-periods does), so every cadence has one value and
 * {@code ==} compares frequencies.
 *
 * <p>Why a value class and not an enum with a separate {@code cycleDays} term: an enum constant cannot
 * carry its N, and a term beside the frequency would have to be threaded through every caller that asks
 * the frequency for its periods a year, its roll or its days (the resolver, the accrual, the level payment,
 * the pricer, the scenario speeds, the rate resets) and written as a second column in every file format. As
 * a value, {@code terms.frequency()} stays the one answer: the named frequencies are the same constants
 * ({@code Frequency.MONTHLY}), the day cycles are interned ({@code ofDays(27) == ofDays(27)}), and
 * {@link #name()} is what every format writes ({@code MONTHLY}, {@code P27D}), read back by {@link #parse}.
 * The periods a year are held as the exact ratio {@link #periodsPerYearNumerator()} ÷
 * {@link #periodsPerYearDenominator()} (12 ÷ 1, 365 ÷ 27) so exact interest stays in integers; the named
 * frequencies have denominator 1 and give the figures they gave as an enum.
 *
 * <p>The schedule's other conventions apply unchanged to every roll: a business-day adjustment moves
 * each rolled date alone (never carried into the next), a maturity off the roll ends a short last period
 * or, with a long last period, joins the period before it. A payment day is a day of the month, which a
 * roll by days cannot keep, so the terms refuse it with the day-based frequencies; with SEMI_MONTHLY it is
 * the pair's anchor day {@code d}. Annual prepayment and default speeds convert over 12 ÷ periods a year
 * months a period (a week is 12/52 of a month).
 */
public final class Frequency {

    /** The longest cycle of days: a year and a day (longer cycles are stated in months, ACTUS {@code P1Y}). */
    public static final int MAX_CYCLE_DAYS = 366;

    public static final Frequency MONTHLY = new Frequency("MONTHLY", 1, 0, 12, 1);
    /** Every two months (ACTUS {@code P2M}; "bi-monthly" in the sense of every other month). */
    public static final Frequency BIMONTHLY = new Frequency("BIMONTHLY", 2, 0, 6, 1);
    public static final Frequency QUARTERLY = new Frequency("QUARTERLY", 3, 0, 4, 1);
    public static final Frequency SEMI_ANNUAL = new Frequency("SEMI_ANNUAL", 6, 0, 2, 1);
    public static final Frequency ANNUAL = new Frequency("ANNUAL", 12, 0, 1, 1);
    /** Every 7 days from the first payment date, 52 a year. */
    public static final Frequency WEEKLY = new Frequency("WEEKLY", 0, 7, 52, 1);
    /** Every 14 days from the first payment date, 26 a year (not "twice a month": see {@link #SEMI_MONTHLY}). */
    public static final Frequency BIWEEKLY = new Frequency("BIWEEKLY", 0, 14, 26, 1);
    /** Every 28 days from the first payment date, 13 a year. */
    public static final Frequency FOUR_WEEKLY = new Frequency("FOUR_WEEKLY", 0, 28, 13, 1);
    /** Twice a month on two days fifteen apart, 24 a year. */
    public static final Frequency SEMI_MONTHLY = new Frequency("SEMI_MONTHLY", 0, 0, 24, 1);
    public static final Frequency AT_MATURITY = new Frequency("AT_MATURITY", 0, 0, 1, 1);

    private static final List<Frequency> NAMED = List.of(MONTHLY, BIMONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL, WEEKLY,
            BIWEEKLY, FOUR_WEEKLY, SEMI_MONTHLY, AT_MATURITY);

    /** Every cycle of days, built once, so that a cycle is one object whoever asks for it. */
    private static final Frequency[] CYCLES = new Frequency[MAX_CYCLE_DAYS + 1];

    static {
        for (int n = 1; n <= MAX_CYCLE_DAYS; n++) {
            CYCLES[n] = n == 7 ? WEEKLY : n == 14 ? BIWEEKLY : n == 28 ? FOUR_WEEKLY
                    : new Frequency("P" + n + "D", 0, n, 365, n);
        }
    }

    /** ACTUS's cycles, {@code P27D}, {@code P2W}, {@code P3M}, {@code P1Y}. */
    private static final Pattern ISO_CYCLE = Pattern.compile("P(\\d{1,4})([DWMY])");
    /** The same in words: {@code 27 days}, {@code every 27 days}, {@code 27-day}, {@code 2 weeks}. */
    private static final Pattern WORDS_CYCLE = Pattern.compile("(?:EVERY_)?(\\d{1,4})_?(DAY|DAYS|WEEK|WEEKS)");

    private final String name;
    private final int months;
    private final int days;
    private final int perYearNumerator;
    private final int perYearDenominator;

    private Frequency(String name, int months, int days, int perYearNumerator, int perYearDenominator) {
        this.name = name;
        this.months = months;
        this.days = days;
        this.perYearNumerator = perYearNumerator;
        this.perYearDenominator = perYearDenominator;
    }

    /**
     * The cycle of {@code days} days (1 to {@link #MAX_CYCLE_DAYS}): {@link #WEEKLY}, {@link #BIWEEKLY} or
     * {@link #FOUR_WEEKLY} for 7, 14, 28, else the cycle named {@code P<days>D}.
     *
     * @throws IllegalArgumentException when {@code days} is out of range
     */
    public static Frequency ofDays(int days) {
        if (days < 1 || days > MAX_CYCLE_DAYS) {
            throw new IllegalArgumentException("a cycle of days must be from 1 to " + MAX_CYCLE_DAYS + " days, not " + days);
        }
        return CYCLES[days];
    }

    /** The named frequencies (not the cycles of days), in their order of declaration. */
    public static List<Frequency> values() {
        return NAMED;
    }

    /**
     * The frequency a file states: a name in any case, spaces and hyphens read as underscores
     * ({@code semi-annual} is SEMI_ANNUAL), a cycle as ACTUS writes it ({@code P27D}, {@code P2W}; {@code P3M}
     * and {@code P1Y} are QUARTERLY and ANNUAL), or a cycle of days or weeks in words ({@code 27 days},
     * {@code every 27 days}, {@code 2 weeks}).
     *
     * @throws IllegalArgumentException naming what is accepted, when the text is none of these
     */
    public static Frequency parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Frequency f : NAMED) {
            if (f.name.equals(key)) {
                return f;
            }
        }
        Matcher m = ISO_CYCLE.matcher(key);
        if (!m.matches()) {
            m = WORDS_CYCLE.matcher(key);
        }
        if (m.matches() && (m.group(2).equals("M") || m.group(2).equals("Y"))) {
            int months = Integer.parseInt(m.group(1)) * (m.group(2).equals("Y") ? 12 : 1);
            for (Frequency f : NAMED) {
                if (months > 0 && f.months == months) {
                    return f;
                }
            }
            throw new IllegalArgumentException("a cycle of " + months + " months is none of MONTHLY, BIMONTHLY, "
                    + "QUARTERLY, SEMI_ANNUAL, ANNUAL");
        }
        if (m.matches()) {
            int count = Integer.parseInt(m.group(1));
            int days = m.group(2).startsWith("W") ? count * 7 : count;
            if (days >= 1 && days <= MAX_CYCLE_DAYS) {
                return CYCLES[days];
            }
            throw new IllegalArgumentException("a cycle of days must be from 1 to " + MAX_CYCLE_DAYS + " days");
        }
        throw new IllegalArgumentException("not one of " + String.join(", ", NAMED.stream().map(Frequency::name).toList())
                + ", or a cycle of days such as P27D (27 days)");
    }

    /** The name every format writes: the constant's ({@code MONTHLY}) or the cycle's ({@code P27D}). */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * The regular period in whole months; zero for {@link #AT_MATURITY} and for frequencies that do not
     * roll by whole months ({@link #rollsByMonths()} is false), whose callers use {@link #rollCivil}.
     */
    public int months() {
        return months;
    }

    /** The regular period in days for {@link #WEEKLY}, {@link #BIWEEKLY}, {@link #FOUR_WEEKLY} and a cycle of days; zero otherwise. */
    public int days() {
        return days;
    }

    /** Whether this is a cycle of days other than the three named weekly ones ({@code P27D}: 365 ÷ N a year). */
    public boolean isDayCycle() {
        return perYearDenominator > 1;
    }

    /**
     * Regular periods a year: 12, 6, 4, 2, 1, 52, 26, 13, 24; 365 ÷ N for a cycle of N days; for
     * {@link #AT_MATURITY} 1, so a nominal yield is annual. Exact for the named frequencies; for exact
     * arithmetic use {@link #periodsPerYearNumerator()} ÷ {@link #periodsPerYearDenominator()}.
     */
    public double periodsPerYear() {
        return perYearDenominator == 1 ? perYearNumerator : (double) perYearNumerator / perYearDenominator;
    }

    /** The numerator of the periods a year: the count of a named frequency, 365 for a cycle of days. */
    public int periodsPerYearNumerator() {
        return perYearNumerator;
    }

    /** The denominator of the periods a year: 1 for a named frequency, N for a cycle of N days. */
    public int periodsPerYearDenominator() {
        return perYearDenominator;
    }

    /** The periods a year as written in a formula or message: {@code 12}, or {@code 365/27} for a cycle. */
    public String periodsPerYearText() {
        return perYearDenominator == 1 ? Integer.toString(perYearNumerator) : perYearNumerator + "/" + perYearDenominator;
    }

    public boolean isRegular() {
        return this != AT_MATURITY;
    }

    /** Whether due dates roll by whole months (the month-based frequencies; false for day and semi-monthly cadences). */
    public boolean rollsByMonths() {
        return months > 0;
    }

    /**
     * The {@code k}-th due date rolled from the anchor (k = 0 is the anchor, negative k before it), both
     * packed civil dates ({@link EpochDay#civil(int)}). Always from the anchor, never from the previous
     * date, so a capped day (Feb 28 of a day-30 roll) does not drift. With {@code endOfMonth} a
     * month-based roll gives month ends, and a semi-monthly one gives the month's end as its later day.
     */
    public int rollCivil(int anchorCivil, int k, boolean endOfMonth) {
        if (months > 0) {
            return EpochDay.plusMonthsCivil(anchorCivil, k * months, endOfMonth);
        }
        if (days > 0) {
            return EpochDay.civil(EpochDay.ofCivil(anchorCivil) + k * days);
        }
        if (this == SEMI_MONTHLY) {
            int d = anchorCivil % 100;
            int early = d <= 15 ? d : d - 15;
            int position = (d <= 15 ? 0 : 1) + k; // even: the early day of a month, odd: the later one
            int shifted = EpochDay.plusMonthsCivil(anchorCivil / 100 * 100 + 1, Math.floorDiv(position, 2), false);
            int year = shifted / 10000;
            int month = (shifted / 100) % 100;
            int length = EpochDay.lengthOfMonth(year, month);
            boolean later = Math.floorMod(position, 2) == 1;
            int day = later && endOfMonth ? length : Math.min(later ? early + 15 : early, length);
            return year * 10000 + month * 100 + day;
        }
        throw new IllegalStateException(this + " has no regular roll");
    }

    /** {@link #rollCivil} on a {@link LocalDate}, without month-end rolling. */
    public LocalDate plusPeriods(LocalDate anchor, int k) {
        int c = rollCivil(EpochDay.civil(anchor), k, false);
        return LocalDate.of(c / 10000, (c / 100) % 100, c % 100);
    }

    /**
     * The whole regular periods an irregular (first or last) period of {@code periodDays} days counts as
     * for a frequency that does not roll by months: days × periods a year ÷ 365, rounded half up, at
     * least one — the day-based counterpart of the PERIODIC basis's "whole months, rounded" (for a cycle
     * of N days, days ÷ N rounded).
     */
    public int periodsIn(int periodDays) {
        long p = perYearNumerator;
        long q = perYearDenominator;
        return Math.max(1, (int) ((2L * periodDays * p + 365 * q) / (730 * q)));
    }
}
