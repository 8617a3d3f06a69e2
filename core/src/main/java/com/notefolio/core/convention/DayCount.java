package com.notefolio.core.convention;

import java.time.LocalDate;

/**
 * An accrual basis: the fraction of a year between two dates, as an exact rational
 * {@code numerator ÷ denominator()} so that interest = balance × rate × fraction is rounded once.
 * Named constants and their definitions are in {@link DayCounts}.
 */
public interface DayCount {

    /** The code used in files and on screen, such as {@code 30/360} or {@code ACT/365F}. */
    String code();

    /** The numerator of the year fraction from {@code start} to {@code end} (epoch days, start ≤ end). */
    long numerator(int startEpochDay, int endEpochDay);

    /**
     * The same numerator when the caller also has both dates as packed civil dates ({@link EpochDay#civil(int)}),
     * which spares the calendar bases two date conversions per period in a schedule's loop.
     */
    default long numerator(int startEpochDay, int startCivil, int endEpochDay, int endCivil) {
        return numerator(startEpochDay, endEpochDay);
    }

    /** The denominator of every year fraction of this basis. */
    long denominator();

    /** The year fraction as a {@code double}, for display and time weights, not for amounts. */
    default double yearFraction(LocalDate start, LocalDate end) {
        return (double) numerator(EpochDay.of(start), EpochDay.of(end)) / denominator();
    }
}
