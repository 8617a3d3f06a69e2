package com.notefolio.core.note;

/** How a note repays its principal. */
public enum Amortization {
    /** Interest every period, all principal as a balloon with the last payment (the 2003 note). */
    INTEREST_ONLY,
    /** A level payment (annuity) of interest and principal, optionally over a longer amortization term with a balloon. */
    LEVEL_PAYMENT,
    /** The same principal every period, plus interest on the falling balance. */
    CONSTANT_PRINCIPAL,
    /** A single payment of all interest and principal at maturity. */
    BULLET,
    /** A stated table of dated payments, split into interest and principal by the terms. */
    STATED
}
