package com.notefolio.core.convention;

import java.time.LocalDate;

/**
 * How often a note pays: how its due dates roll from the first payment date, and the number of regular
 * periods a year. {@link #AT_MATURITY} has a single period from the issue date to maturity.
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
 * <p>The schedule's other conventions apply unchanged to every roll: a business-day adjustment moves
 * each rolled date alone (never carried into the next), a maturity off the roll ends a short last period
 * or, with a long last period, joins the period before it. A payment day is a day of the month, which a
 * roll by 7, 14 or 28 days cannot keep, so the terms refuse it with those three; with SEMI_MONTHLY it is
 * the pair's anchor day {@code d}. Annual prepayment and default speeds convert over 12 ÷ periods a year
 * months a period (a week is 12/52 of a month).
 */
public enum Frequency {
    MONTHLY(1, 0, 12),
    /** Every two months (ACTUS {@code P2M}; "bi-monthly" in the sense of every other month). */
    BIMONTHLY(2, 0, 6),
    QUARTERLY(3, 0, 4),
    SEMI_ANNUAL(6, 0, 2),
    ANNUAL(12, 0, 1),
    /** Every 7 days from the first payment date, 52 a year. */
    WEEKLY(0, 7, 52),
    /** Every 14 days from the first payment date, 26 a year (not "twice a month": see {@link #SEMI_MONTHLY}). */
    BIWEEKLY(0, 14, 26),
    /** Every 28 days from the first payment date, 13 a year. */
    FOUR_WEEKLY(0, 28, 13),
    /** Twice a month on two days fifteen apart, 24 a year. */
    SEMI_MONTHLY(0, 0, 24),
    AT_MATURITY(0, 0, 1);

    private final int months;
    private final int days;
    private final int periodsPerYear;

    Frequency(int months, int days, int periodsPerYear) {
        this.months = months;
        this.days = days;
        this.periodsPerYear = periodsPerYear;
    }

    /**
     * The regular period in whole months; zero for {@link #AT_MATURITY} and for frequencies that do not
     * roll by whole months ({@link #rollsByMonths()} is false), whose callers use {@link #rollCivil}.
     */
    public int months() {
        return months;
    }

    /** The regular period in days for {@link #WEEKLY}, {@link #BIWEEKLY}, {@link #FOUR_WEEKLY}; zero otherwise. */
    public int days() {
        return days;
    }

    /** Regular periods a year: 12, 6, 4, 2, 1, 52, 26, 13, 24; for {@link #AT_MATURITY} 1, so a nominal yield is annual. */
    public int periodsPerYear() {
        return periodsPerYear;
    }

    public boolean isRegular() {
        return this != AT_MATURITY;
    }

    /** Whether due dates roll by whole months (the month-based frequencies; false for weekly and semi-monthly cadences). */
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
     * least one — the day-based counterpart of the PERIODIC basis's "whole months, rounded".
     */
    public int periodsIn(int periodDays) {
        return Math.max(1, (int) ((2L * periodDays * periodsPerYear + 365) / 730));
    }
}
