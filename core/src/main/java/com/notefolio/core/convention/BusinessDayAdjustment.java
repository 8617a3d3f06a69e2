package com.notefolio.core.convention;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How a note's due dates that fall on a day that is not a business day are moved, and whether its
 * interest follows them: the calendar, the {@link BusinessDayConvention} and the {@link Accrual} order.
 *
 * <p>A US promissory note commonly says "if a payment falls due on a day that is not a business day, it
 * is due on the next business day, and interest accrues to that day": following, with
 * {@link Accrual#ADJUSTED adjusted} accrual periods (ACTUS's shift-then-calculate, {@code SCF}). A bond
 * or a loan on "unadjusted" periods moves only the payment and computes every period's interest on the
 * rolled dates (ACTUS's calculate-then-shift, {@code CSF}). {@link #NONE} moves nothing, as Notefolio did
 * before business days.
 *
 * <p>The roll is never moved: each due date is rolled from the first due date by the frequency and
 * shifted alone, so a shift in one month does not carry into the next (ISDA 2006 §4.12; ACTUS).
 */
public record BusinessDayAdjustment(BusinessCalendar calendar, BusinessDayConvention convention, Accrual accrual) {

    /** No date is moved. */
    public static final BusinessDayAdjustment NONE =
            new BusinessDayAdjustment(BusinessCalendar.NONE, BusinessDayConvention.NONE, Accrual.ADJUSTED);

    /** Which dates a period's interest is computed over when its due date moves. */
    public enum Accrual {
        /** Over the moved dates: interest runs to the day the payment is made (ACTUS shift-then-calculate). */
        ADJUSTED,
        /** Over the rolled dates: only the payment moves (ACTUS calculate-then-shift). */
        UNADJUSTED;

        /**
         * The order a file names: {@code adjusted} or {@code unadjusted} (case ignored).
         *
         * @throws IllegalArgumentException naming the value and the choices
         */
        public static Accrual of(String text) {
            String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
            return switch (t) {
                case "ADJUSTED" -> ADJUSTED;
                case "UNADJUSTED" -> UNADJUSTED;
                default -> throw new IllegalArgumentException("'" + text + "' is not an accrual choice: adjusted (interest "
                        + "to the moved due date) or unadjusted (interest to the rolled date, only the payment moves)");
            };
        }
    }

    public BusinessDayAdjustment {
        if (calendar == null || convention == null || accrual == null) {
            throw new IllegalArgumentException("a business-day adjustment needs a calendar, a convention and an accrual "
                    + "choice; " + (calendar == null ? "calendar" : convention == null ? "convention" : "accrual")
                    + " is missing");
        }
        if (convention != BusinessDayConvention.NONE && calendar == BusinessCalendar.NONE) {
            throw new IllegalArgumentException("business-day convention " + convention.words()
                    + " needs a calendar that has non-business days (WEEKENDS, USNY, …), not NONE");
        }
    }

    /** Whether this adjustment can move a date. */
    public boolean movesDates() {
        return convention != BusinessDayConvention.NONE;
    }

    /** {@code date} moved to a business day by the convention; a business day is not moved. */
    public LocalDate adjust(LocalDate date) {
        return movesDates() ? convention.adjust(date, calendar) : date;
    }

    /** The epoch day {@code epochDay} moved to a business day. */
    public int adjust(int epochDay) {
        return movesDates() ? EpochDay.of(convention.adjust(EpochDay.toDate(epochDay), calendar)) : epochDay;
    }

    /** In words, as a note would state it: "modified following on USNY, interest to the moved date". */
    public String words() {
        if (!movesDates()) {
            return "no business-day adjustment";
        }
        return convention.words() + " on " + calendar.name() + (accrual == Accrual.ADJUSTED
                ? ", interest to the moved date" : ", interest to the rolled date");
    }
}
