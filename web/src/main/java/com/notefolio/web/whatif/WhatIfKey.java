package com.notefolio.web.whatif;

import com.notefolio.web.discount.DiscountInput;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a portfolio what-if result depends on: the portfolio, its revision (bumped by every import, so a
 * result of older notes never matches), the as-of date, how to discount (a flat rate or a zero curve;
 * 0.08 and 0.080 are the same key, {@link DiscountInput}) and the scenarios as the core's scenario JSON.
 */
public record WhatIfKey(long portfolioId, long revision, LocalDate asOf, DiscountInput discount, String scenariosJson) {

    public WhatIfKey {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(scenariosJson, "scenariosJson");
        Objects.requireNonNull(discount, "discount");
    }
}
