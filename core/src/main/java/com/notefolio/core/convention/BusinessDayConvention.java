package com.notefolio.core.convention;

import com.opengamma.strata.basics.date.BusinessDayConventions;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What happens to a date that falls on a day that is not a business day, as the ISDA 2006 Definitions
 * (section 4.12) and ACTUS's {@code businessDayConvention} define the moves: to the next business day
 * ({@link #FOLLOWING}), the previous one ({@link #PRECEDING}), or the next unless that is in another
 * calendar month, then the previous ({@link #MODIFIED_FOLLOWING}; {@link #MODIFIED_PRECEDING} the
 * mirror), or not at all ({@link #NONE}). The moves are Strata's {@code BusinessDayConventions}, over
 * the holidays of a {@link BusinessCalendar}.
 */
public enum BusinessDayConvention {
    NONE("no adjustment"),
    FOLLOWING("following"),
    MODIFIED_FOLLOWING("modified following"),
    PRECEDING("preceding"),
    MODIFIED_PRECEDING("modified preceding");

    private final String words;

    BusinessDayConvention(String words) {
        this.words = words;
    }

    /** The convention in words, as a note writes it ("modified following"). */
    public String words() {
        return words;
    }

    /** {@code date} moved by this convention on {@code calendar}; a business day is never moved. */
    public LocalDate adjust(LocalDate date, BusinessCalendar calendar) {
        com.opengamma.strata.basics.date.BusinessDayConvention move = switch (this) {
            case NONE -> BusinessDayConventions.NO_ADJUST;
            case FOLLOWING -> BusinessDayConventions.FOLLOWING;
            case MODIFIED_FOLLOWING -> BusinessDayConventions.MODIFIED_FOLLOWING;
            case PRECEDING -> BusinessDayConventions.PRECEDING;
            case MODIFIED_PRECEDING -> BusinessDayConventions.MODIFIED_PRECEDING;
        };
        return calendar.within(date, () -> move.adjust(date, calendar.holidays()));
    }

    /**
     * The convention a file names, in words or as the constant ({@code Modified Following},
     * {@code modified-following}, {@code MODIFIED_FOLLOWING}, {@code ModFollowing}).
     *
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static BusinessDayConvention of(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        return switch (t) {
            case "NONE", "NOADJUSTMENT", "UNADJUSTED" -> NONE;
            case "FOLLOWING", "F" -> FOLLOWING;
            case "MODIFIEDFOLLOWING", "MODFOLLOWING", "MF" -> MODIFIED_FOLLOWING;
            case "PRECEDING", "P" -> PRECEDING;
            case "MODIFIEDPRECEDING", "MODPRECEDING", "MP" -> MODIFIED_PRECEDING;
            default -> throw new IllegalArgumentException("'" + text + "' is not a business-day convention: one of none, "
                    + "following, modified following, preceding, modified preceding");
        };
    }
}
