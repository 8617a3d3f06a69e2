package com.notefolio.core.scenario;

/**
 * How a partial prepayment changes the rest of a note's schedule. An interest-only note (and a stated
 * table without amortization) pays lower interest on the lower balance and a smaller balloon either way.
 */
public enum PrepaymentMode {
    /** Same payment (level-payment notes) or same principal installments (others): the note pays off earlier. */
    REDUCE_TERM,
    /** Same term: the remaining scheduled principal is scaled down with the balance (a level payment is re-amortized). */
    REDUCE_PAYMENT
}
