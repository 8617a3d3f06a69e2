/**
 * Payoff quotes: what a borrower pays to retire a note on a date — principal outstanding, accrued interest,
 * the prepayment premium of that date, the late charges on installments left unpaid — and the per-diem
 * interest that moves the quote from one day to the next ({@link com.notefolio.core.payoff.PayoffQuote}, made
 * by {@link com.notefolio.core.payoff.PayoffQuoter} from a resolved schedule).
 */
package com.notefolio.core.payoff;
