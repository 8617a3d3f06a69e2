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
    NAM(Amortization.LEVEL_PAYMENT),
    /**
     * Exotic linear amortizer: interest-only, with the principal of each decrease segment stepped from its
     * anchor ({@link com.notefolio.core.note.InstallmentStep}) and each increase an advance.
     */
    LAX(Amortization.INTEREST_ONLY),
    /**
     * Call money: a demand note whose interest is capitalized on its cycle and paid, with the principal, at
     * the maturity or the demand.
     */
    CLM(Amortization.INTEREST_ONLY),
    /**
     * Undefined maturity profile: a balance whose interest is capitalized on its cycle, with no stated
     * repayment; valued to an assumed demand date.
     */
    UMP(Amortization.INTEREST_ONLY);

    private final Amortization amortization;

    ActusContractType(Amortization amortization) {
        this.amortization = amortization;
    }

    public Amortization amortization() {
        return amortization;
    }

    /** Whether the type states principal redemptions (PR) before maturity: ANN, LAM, NAM and LAX do. */
    public boolean redeemsPrincipal() {
        return this == ANN || this == LAM || this == NAM || this == LAX;
    }

    /** Whether the interest of every cycle date before the maturity is capitalized (IPCI), as CLM and UMP do. */
    public boolean capitalizesInterest() {
        return this == CLM || this == UMP;
    }
}
