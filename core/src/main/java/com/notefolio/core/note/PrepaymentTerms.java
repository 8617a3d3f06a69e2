package com.notefolio.core.note;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the note says of paying early: whether it is allowed, the flat penalty as a fraction of the prepaid
 * principal, a lockout date before which no prepayment is accepted (absent when none), a premium that steps
 * down by period or maintains the yield ({@link PrepaymentPremium}; absent when the flat penalty, or none,
 * applies), and an open period: the last {@code openMonths} months before maturity, in which no premium or
 * penalty is due (0: none).
 *
 * <p>Checked when built: a premium and a non-zero flat penalty are not both given (the documents state one
 * rule), and the open period is between 0 and 1200 months. The flat rate's bounds are checked by
 * {@link NoteTerms}, which names the note.
 */
public record PrepaymentTerms(boolean allowed, BigDecimal penaltyRate, LocalDate lockoutUntil,
                              PrepaymentPremium premium, int openMonths) {

    /** Prepayable at any time without penalty, as the 2003 note says. */
    public static final PrepaymentTerms FREELY = new PrepaymentTerms(true, BigDecimal.ZERO, null);

    public PrepaymentTerms {
        penaltyRate = penaltyRate == null ? BigDecimal.ZERO : penaltyRate;
        if (premium != null && penaltyRate.signum() != 0) {
            throw new InvalidTermsException(null, "prepayment_penalty", penaltyRate,
                    "a note states a flat penalty or a premium schedule or yield maintenance, not both");
        }
        if (openMonths < 0 || openMonths > NoteTerms.MAX_PERIODS) {
            throw new InvalidTermsException(null, "prepayment.open_months", openMonths,
                    "must be between 0 and " + NoteTerms.MAX_PERIODS + " months");
        }
    }

    /** A flat penalty (or none) with a lockout: the terms before premiums. */
    public PrepaymentTerms(boolean allowed, BigDecimal penaltyRate, LocalDate lockoutUntil) {
        this(allowed, penaltyRate, lockoutUntil, null, 0);
    }

    /** The first day of the open period of a note maturing on {@code maturity} ({@code null}: no open period). */
    public LocalDate openFrom(LocalDate maturity) {
        return openMonths == 0 ? null : maturity.minusMonths(openMonths);
    }

    /** Whether the premium or penalty is due on {@code date}: not inside the open period. */
    public boolean chargesOn(LocalDate date, LocalDate maturity) {
        LocalDate open = openFrom(maturity);
        return open == null || date.isBefore(open);
    }
}
