package com.notefolio.core.note;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period with no payments: every due date on or before {@link #through()} pays nothing, neither
 * principal nor interest, and the interest that accrues meanwhile is treated as the note says
 * ({@link DeferredInterest}). The amortization starts with the first due date after it, on the balance
 * then, over the periods the term has left — the SBA Paycheck Protection Program note of 2020 (a deferral
 * of six to ten months, then equal installments to maturity), a PIK note's capitalization period
 * (ACTUS {@code capitalizationEndDate}), a student loan's in-school deferment.
 *
 * <p>A {@code through} date between two due dates ends the deferral on that day: interest accrued to it is
 * capitalized there (ACTUS's IPCI event at the capitalization end date), and the next period accrues from it.
 */
public record Deferral(LocalDate through, DeferredInterest interest) {

    public Deferral {
        Objects.requireNonNull(through, "through");
        interest = interest == null ? DeferredInterest.CAPITALIZE : interest;
    }

    /** What happens to the interest accrued during a deferral. */
    public enum DeferredInterest {
        /** Added to the balance on each deferred due date (paid in kind): later interest accrues on it. */
        CAPITALIZE,
        /** Carried without interest on it and paid in full with the first payment after the deferral. */
        PAY_AT_FIRST,
        /**
         * Carried without interest on it and spread in equal parts over the payments after the deferral, on
         * top of the regular payment (the carried interest ÷ the payments, rounded down to the minor unit, the
         * last payment taking the residue): the SBA's equal installments of principal and deferred interest.
         */
        SPREAD;

        /** The treatment in words, for a note's terms on a screen. */
        public String words() {
            return switch (this) {
                case CAPITALIZE -> "capitalized into the balance";
                case PAY_AT_FIRST -> "paid with the first payment after the deferral";
                case SPREAD -> "spread evenly over the payments after the deferral";
            };
        }
    }
}
