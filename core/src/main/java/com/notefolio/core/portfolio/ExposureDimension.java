package com.notefolio.core.portfolio;

import com.notefolio.core.note.RateKind;

/** What exposure is grouped by. */
public enum ExposureDimension {
    BORROWER,
    LENDER,
    SECTOR,
    REGION,
    RATING,
    /** Years from the as-of date to maturity: matured, under 1, 1–3, 3–5, 5–10, 10 and more. */
    MATURITY_BUCKET,
    /** Secured or unsecured, with collateral coverage. */
    SECURED,
    /** The kind of the rate, by its {@link RateKind#label()}: Fixed, Stepped, Floating, Fixed to floating, Floating to fixed. */
    RATE_KIND,
    /** The index the rate reads ({@code SOFR}, {@code PRIME}), {@link RateKind#indexOf}; "Fixed" for notes without one. */
    INDEX
}
