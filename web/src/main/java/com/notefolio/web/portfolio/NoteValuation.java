package com.notefolio.web.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the notes browser values its notes at: the as-of date and one flat discount rate for every note, a
 * fraction (0.08 is 8%) compounded annually on actual days / 365, Excel's XNPV basis ({@code FlatRate}).
 * Equal rates make equal values, whatever their scale, so a value can key a cache.
 */
public record NoteValuation(LocalDate asOf, BigDecimal discountRate) {

    public NoteValuation {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(discountRate, "discountRate");
        discountRate = discountRate.signum() == 0 ? BigDecimal.ZERO : discountRate.stripTrailingZeros();
    }
}
