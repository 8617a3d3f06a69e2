package com.notefolio.web.whatif;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The what-if comparison of a portfolio's notes in one currency: the base case first, then each scenario
 * in the order run, and per scenario the notes whose NPV it changes most.
 */
public record CurrencyComparison(String currency, int fractionDigits, List<CaseFigures> cases,
                                 Map<String, List<NoteChange>> mostChanged) {

    public CurrencyComparison {
        cases = List.copyOf(cases);
        mostChanged = Map.copyOf(mostChanged);
    }

    public CaseFigures base() {
        return cases.get(0);
    }

    /** The scenarios' figures, without the base case. */
    public List<CaseFigures> scenarios() {
        return cases.subList(1, cases.size());
    }

    public List<NoteChange> mostChanged(String scenario) {
        return mostChanged.getOrDefault(scenario, List.of());
    }

    /** An amount of this currency's minor units as a decimal: 12345 → 123.45 for USD. */
    public BigDecimal amount(long minor) {
        return BigDecimal.valueOf(minor, fractionDigits);
    }
}
