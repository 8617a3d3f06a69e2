package com.notefolio.core.note;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the note says of paying early: whether it is allowed, the penalty as a fraction of the prepaid
 * principal, and a lockout date before which no prepayment is accepted (absent when none).
 */
public record PrepaymentTerms(boolean allowed, BigDecimal penaltyRate, LocalDate lockoutUntil) {

    /** Prepayable at any time without penalty, as the 2003 note says. */
    public static final PrepaymentTerms FREELY = new PrepaymentTerms(true, BigDecimal.ZERO, null);

    public PrepaymentTerms {
        penaltyRate = penaltyRate == null ? BigDecimal.ZERO : penaltyRate;
    }
}
