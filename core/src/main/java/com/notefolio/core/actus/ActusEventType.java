package com.notefolio.core.actus;

/**
 * The ACTUS event types a Notefolio note produces, declared in the order ACTUS sequences events that
 * fall on one day (so a principal redemption precedes the interest payment of its date, and a reset
 * follows it): initial exchange, principal increase, principal redemption, exercise of a demand, interest payment, interest capitalization, rate reset fixed in the terms,
 * rate reset from the index, principal payment fixing (an annuity's payment recomputed), purchase,
 * termination, maturity, settlement.
 */
public enum ActusEventType {
    /** Initial exchange: the principal paid out on the issue date. */
    IED,
    /** Principal increase: the holder lends more (a LAX increase segment), the notional grows. */
    PI,
    /** Principal redemption: a scheduled repayment before maturity. */
    PR,
    /** Exercise: the demand of a call-money contract (CLM), observed; the settlement follows after the notice. */
    XD,
    /** Interest payment. */
    IP,
    /** Interest capitalization: the interest accrued joins the notional, no cash (a deferral that capitalizes). */
    IPCI,
    /** Rate reset to a rate stated in the terms ({@code nextResetRate}). */
    RRF,
    /** Rate reset from the index. */
    RR,
    /** Principal payment fixing: an annuity's payment set anew, with no cash. */
    PRF,
    /** Purchase: the holder buys the contract at its price plus the interest accrued; its events start here. */
    PRD,
    /** Termination: the contract is sold or ended at its price plus the interest accrued; no event follows. */
    TD,
    /** Maturity: the remaining principal repaid. */
    MD,
    /** Settlement of an exercised demand (CLM): the remaining principal repaid, in place of a maturity. */
    STD
}
