package com.notefolio.core.convention;

import com.opengamma.strata.basics.ReferenceData;
import com.opengamma.strata.basics.date.HolidayCalendar;
import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.HolidayCalendarIds;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The business days of a place, by the name a note or a market uses for it: {@code USNY} (New York
 * banks, the US Federal Reserve's holidays), {@code NYSE}, {@code USGS} (US government securities,
 * SIFMA), {@code GBLO} (London), {@code EUTA} (TARGET), … or several joined with {@code +}
 * ({@code USNY+GBLO}: a business day in both), {@link #WEEKENDS} (Saturday and Sunday only) and
 * {@link #NONE} (every day a business day). The holiday rules are OpenGamma Strata's, which are kept
 * up to date with the published schedules; we never write holiday rules by hand. Immutable; one
 * instance per name.
 */
public final class BusinessCalendar {

    /** The names a file may give, besides combinations with {@code +}. */
    public static final List<String> NAMES = List.of("NONE", "WEEKENDS", "USNY", "NYFD", "NYSE", "USGS", "GBLO",
            "EUTA", "FRPA", "DEFR", "CHZU", "JPTO", "AUSY", "CATO", "CAMO");

    /** Every day is a business day: adjustment changes nothing. */
    public static final BusinessCalendar NONE = new BusinessCalendar("NONE", HolidayCalendarIds.NO_HOLIDAYS.resolve(ReferenceData.minimal()));
    /** Saturdays and Sundays are not business days; no other holidays. */
    public static final BusinessCalendar WEEKENDS = new BusinessCalendar("WEEKENDS", HolidayCalendarIds.SAT_SUN.resolve(ReferenceData.minimal()));

    private static final Map<String, BusinessCalendar> BY_NAME = new ConcurrentHashMap<>(Map.of("NONE", NONE, "WEEKENDS", WEEKENDS));

    /** The first and last years whose holidays the calendars hold (Strata's global calendars). */
    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2099;

    private final String name;
    private final HolidayCalendar holidays;
    private final boolean hasHolidays;

    private BusinessCalendar(String name, HolidayCalendar holidays) {
        this.name = name;
        this.holidays = holidays;
        this.hasHolidays = !name.equals("NONE") && !name.equals("WEEKENDS");
    }

    /**
     * The calendar of this name (case and blanks ignored: {@code usny + gblo} is {@code USNY+GBLO}).
     *
     * @throws IllegalArgumentException naming the value and the names known, for a name that is not one
     */
    public static BusinessCalendar of(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a business calendar needs a name: one of " + String.join(", ", NAMES)
                    + ", or several joined with +");
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        BusinessCalendar known = BY_NAME.get(key);
        if (known != null) {
            return known;
        }
        for (String part : key.split("\\+", -1)) {
            if (!NAMES.contains(part) || part.equals("NONE") || part.equals("WEEKENDS")) {
                throw new IllegalArgumentException("'" + name.strip() + "' is not a business calendar: "
                        + (part.isEmpty() ? "an empty name" : "'" + part + "' is not one of ")
                        + String.join(", ", NAMES) + " (or several joined with +, as USNY+GBLO)");
            }
        }
        HolidayCalendar resolved = HolidayCalendarId.of(key).resolve(ReferenceData.standard());
        return BY_NAME.computeIfAbsent(key, k -> new BusinessCalendar(k, resolved));
    }

    /** The calendar's name, as {@link #of} takes it. */
    public String name() {
        return name;
    }

    /**
     * Whether {@code date} is a business day.
     *
     * @throws IllegalArgumentException for a date outside the years whose holidays are known
     *         ({@link #FIRST_YEAR} to {@link #LAST_YEAR}), naming the date and the calendar
     */
    public boolean isBusinessDay(LocalDate date) {
        return within(date, () -> holidays.isBusinessDay(date));
    }

    /** The first business day after {@code date}. */
    public LocalDate next(LocalDate date) {
        return within(date, () -> holidays.next(date));
    }

    /** The last business day before {@code date}. */
    public LocalDate previous(LocalDate date) {
        return within(date, () -> holidays.previous(date));
    }

    /**
     * The business day {@code days} business days before {@code date} (a fixing "two business days
     * before the reset"); {@code date} itself for 0.
     */
    public LocalDate minusBusinessDays(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("business days back = " + days + ": must not be negative");
        }
        LocalDate d = date;
        for (int i = 0; i < days; i++) {
            d = previous(d);
        }
        return d;
    }

    /** The Strata calendar, for {@link BusinessDayConvention}'s moves. */
    HolidayCalendar holidays() {
        return holidays;
    }

    /**
     * {@code lookup}'s answer for {@code date}, refused for a date outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}
     * on a calendar with holidays: beyond the years it was generated for, Strata answers as if there were
     * no holidays at all (2100 has no weekday holiday in USNY), which would shift nothing without a word.
     */
    <T> T within(LocalDate date, Supplier<T> lookup) {
        if (hasHolidays && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw new IllegalArgumentException(date + " is outside the years whose holidays calendar " + name
                    + " knows (" + FIRST_YEAR + " to " + LAST_YEAR + ")");
        }
        return lookup.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
