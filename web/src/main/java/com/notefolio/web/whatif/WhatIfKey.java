package com.notefolio.web.whatif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a portfolio what-if result depends on: the portfolio, its revision (bumped by every import, so a
 * result of older notes never matches), the as-of date, the flat discount rate (a fraction; 0.08 and
 * 0.080 are the same key) and the scenarios as the core's scenario JSON.
 */
public record WhatIfKey(long portfolioId, long revision, LocalDate asOf, BigDecimal discountRate, String scenariosJson) {

    public WhatIfKey {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(scenariosJson, "scenariosJson");
        discountRate = discountRate.stripTrailingZeros();
    }
}
