package com.notefolio.core.note;

import javax.money.MonetaryAmount;

/** Whether the note is secured, by what, and the collateral's stated value (absent when unknown). */
public record SecurityTerms(boolean secured, String collateral, MonetaryAmount collateralValue) {

    public static final SecurityTerms UNSECURED = new SecurityTerms(false, null, null);

    public SecurityTerms {
        collateral = collateral == null || collateral.isBlank() ? null : collateral.strip();
    }
}
