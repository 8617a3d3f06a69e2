package com.notefolio.core.actus;

/**
 * The side of the contract whose events are stated (ACTUS {@code contractRole}): {@link #RPA} the
 * lender (real position asset: pays the principal out, receives interest and principal) or {@link #RPL}
 * the borrower (real position liability: every payoff and the notional with the opposite sign).
 */
public enum ContractRole {
    RPA(1),
    RPL(-1);

    private final int sign;

    ContractRole(int sign) {
        this.sign = sign;
    }

    /** +1 for the lender's side, −1 for the borrower's: multiplies every payoff and notional. */
    public int sign() {
        return sign;
    }
}
