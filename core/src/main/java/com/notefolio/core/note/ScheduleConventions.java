package com.notefolio.core.note;

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
 */
public record ScheduleConventions(Annuity annuity, LastPeriod lastPeriod, EndOfMonth endOfMonth) {

    /** Notefolio's conventions before ACTUS: PMT at rate ÷ periods, a short last stub, month ends kept. */
    public static final ScheduleConventions US_LENDER =
            new ScheduleConventions(Annuity.PERIODIC_RATE, LastPeriod.SHORT, EndOfMonth.MONTH_END);

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
    }

    /** These conventions with another annuity. */
    public ScheduleConventions withAnnuity(Annuity a) {
        return new ScheduleConventions(a, lastPeriod, endOfMonth);
    }

    /** These conventions with another last period. */
    public ScheduleConventions withLastPeriod(LastPeriod l) {
        return new ScheduleConventions(annuity, l, endOfMonth);
    }

    /** These conventions with another end-of-month rule. */
    public ScheduleConventions withEndOfMonth(EndOfMonth e) {
        return new ScheduleConventions(annuity, lastPeriod, e);
    }
}
