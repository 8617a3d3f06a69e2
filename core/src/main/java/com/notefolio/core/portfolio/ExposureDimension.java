package com.notefolio.core.portfolio;

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
    SECURED
}
