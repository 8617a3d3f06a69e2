package com.notefolio.core.actus;

import com.notefolio.core.note.Amortization;

/** The ACTUS contract types Notefolio represents, each with the amortization of the note it becomes. */
public enum ActusContractType {
    /** Principal at maturity: interest-only with a balloon (a bullet when it pays no interest before). */
    PAM(Amortization.INTEREST_ONLY),
    /** Annuity: a level payment of interest and principal, re-amortized when the rate resets. */
    ANN(Amortization.LEVEL_PAYMENT),
    /** Linear amortizer: constant principal plus the interest. */
    LAM(Amortization.CONSTANT_PRINCIPAL),
    /** Negative amortizer: the payment is kept at resets; principal is what the interest leaves of it. */
    NAM(Amortization.LEVEL_PAYMENT);

    private final Amortization amortization;

    ActusContractType(Amortization amortization) {
        this.amortization = amortization;
    }

    public Amortization amortization() {
        return amortization;
    }
}
