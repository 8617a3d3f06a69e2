package com.notefolio.web.portfolio;

import java.math.BigDecimal;
import java.util.List;

/**
 * The totals of the notes a filter lets through, one line per currency (amounts of two currencies do not
 * add up): the count and principal summed by the database, and the outstanding principal and NPV the core
 * gives, summed over every note of the set — or, for a set larger than the valuation limit, not computed and
 * {@code unvalued} saying why.
 *
 * @param lines    per currency, by currency code
 * @param unvalued why outstanding and NPV are not totalled; {@code null} when they are
 */
public record NoteTotals(List<Line> lines, String unvalued) {

    /**
     * One currency's totals.
     *
     * @param outstandingMinor the outstanding principal at the as-of date in minor units (exact);
     *                         {@code null} when not valued
     * @param npv              the NPVs summed, in currency units (an estimate); {@code null} when not valued
     * @param failed           notes the core could not value, left out of outstanding and NPV
     */
    public record Line(String currency, long notes, BigDecimal principal, Long outstandingMinor, Double npv,
                       long failed) {
    }

    public NoteTotals {
        lines = List.copyOf(lines);
    }

    public boolean valued() {
        return unvalued == null;
    }
}
