package com.notefolio.core.note;

import com.notefolio.core.convention.BusinessDayAdjustment;

/**
 * How a note's schedule is rolled and its level payment computed where conventions differ between US
 * lenders (the default, {@link #US_LENDER}, which is what Notefolio has always done) and the ACTUS
 * standard for financial contracts (the choices an ACTUS contract's terms state). Three independent
 * choices, each a small enum so an impossible value cannot be written:
 *
 * <ul>
 *   <li>{@link Annuity}: a computed level payment from the periodic rate (annual rate ÷ periods a year,
 *       Excel's {@code PMT} and US lenders' practice) or from each period's own year fraction on the
 *       note's accrual basis (the ACTUS annuity function, so a 31-day month weighs more than February);</li>
 *   <li>{@link LastPeriod}: when the maturity is not on the roll, a short last period after the last
 *       regular due date ({@link LastPeriod#SHORT}, ACTUS stub {@code L0}) or that stub joined to the period
 *       before it into one long last period ({@link LastPeriod#LONG}, ACTUS stub {@code L1});</li>
 *   <li>{@link EndOfMonth}: when the first due date is a month end, every due date is a month end
 *       ({@link EndOfMonth#MONTH_END}, ACTUS {@code EOM}) or each is that day of its month, capped at the
 *       month's length ({@link EndOfMonth#SAME_DAY}, ACTUS {@code SD}: 30 April rolls to 30 May).</li>
 * </ul>
 *
 * <p>And the {@link BusinessDayAdjustment}: how a due date on a holiday or a weekend moves, on which
 * calendar, and whether the interest follows it (default: nothing moves); and the {@code paymentDay}, the
 * day of the month the note is payable on ("on the 30th day of each month": 1 to 31, capped at each
 * month's length, so the first due date may be 28 February and the next 30 March), 0 for the first due
 * date's own day (the default).
 */
public record ScheduleConventions(Annuity annuity, LastPeriod lastPeriod, EndOfMonth endOfMonth,
                                  BusinessDayAdjustment businessDays, int paymentDay) {

    /**
     * Notefolio's conventions before ACTUS: PMT at rate ÷ periods, a short last stub, month ends kept, no
     * business-day adjustment.
     */
    public static final ScheduleConventions US_LENDER =
            new ScheduleConventions(Annuity.PERIODIC_RATE, LastPeriod.SHORT, EndOfMonth.MONTH_END);

    /** These three conventions, no business-day adjustment, the first due date's day. */
    public ScheduleConventions(Annuity annuity, LastPeriod lastPeriod, EndOfMonth endOfMonth) {
        this(annuity, lastPeriod, endOfMonth, BusinessDayAdjustment.NONE, 0);
    }

    /** How a computed level payment weighs the periods. */
    public enum Annuity {
        /** PMT = P × r ÷ (1 − (1 + r)^−n) with r = annual rate ÷ periods a year. */
        PERIODIC_RATE,
        /**
         * The payment A that retires the balance when each period j grows it by (1 + rate × Yⱼ), Yⱼ the
         * period's year fraction on the accrual basis: A = P × ∏ⱼ(1 + rYⱼ) ÷ Σₖ ∏ⱼ₍ⱼ₎ₖ₎(1 + rYⱼ) — the
         * ACTUS technical specification's annuity amount function.
         */
        ACCRUAL_FRACTIONS
    }

    /** The last period when the maturity is off the roll. */
    public enum LastPeriod {
        SHORT,
        LONG
    }

    /** Rolling from a month-end first due date. */
    public enum EndOfMonth {
        MONTH_END,
        SAME_DAY
    }

    public ScheduleConventions {
        if (annuity == null || lastPeriod == null || endOfMonth == null) {
            throw new InvalidTermsException(null, annuity == null ? "annuity" : lastPeriod == null ? "last_period" : "end_of_month",
                    null, "is required");
        }
        if (businessDays == null) {
            throw new InvalidTermsException(null, "business_day_convention", null, "is required");
        }
        if (paymentDay < 0 || paymentDay > 31) {
            throw new InvalidTermsException(null, "payment_day", paymentDay, "must be a day of the month, 1 to 31 (or 0 for "
                    + "the first payment date's day)");
        }
    }

    /** These conventions with another annuity. */
    public ScheduleConventions withAnnuity(Annuity a) {
        return new ScheduleConventions(a, lastPeriod, endOfMonth, businessDays, paymentDay);
    }

    /** These conventions with another last period. */
    public ScheduleConventions withLastPeriod(LastPeriod l) {
        return new ScheduleConventions(annuity, l, endOfMonth, businessDays, paymentDay);
    }

    /** These conventions with another end-of-month rule. */
    public ScheduleConventions withEndOfMonth(EndOfMonth e) {
        return new ScheduleConventions(annuity, lastPeriod, e, businessDays, paymentDay);
    }

    /** These conventions with another business-day adjustment. */
    public ScheduleConventions withBusinessDays(BusinessDayAdjustment b) {
        return new ScheduleConventions(annuity, lastPeriod, endOfMonth, b, paymentDay);
    }

    /** These conventions with another payment day (0 for the first due date's). */
    public ScheduleConventions withPaymentDay(int day) {
        return new ScheduleConventions(annuity, lastPeriod, endOfMonth, businessDays, day);
    }

    /**
     * The day of the month due dates roll on from a first due date {@code first}: the payment day, or the
     * first due date's own day.
     */
    public int rollDay(java.time.LocalDate first) {
        return paymentDay == 0 ? first.getDayOfMonth() : paymentDay;
    }
}
