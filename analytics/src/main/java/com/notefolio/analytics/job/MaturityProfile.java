package com.notefolio.analytics.job;

import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.NoteMeasures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Outstanding principal by the year each note matures, per currency: the maturity profile of a
 * portfolio as of a date. The outstanding principal is the core's measure of the note at that date, so
 * the profile of a currency adds up to its {@code PortfolioTotals.outstandingMinor()}. Filled per
 * partition and merged like the core's aggregate; not thread-safe.
 */
public final class MaturityProfile {

    /** One year of the profile: notes maturing in it and their outstanding principal in minor units. */
    public record Year(String currency, int year, long notes, long outstandingMinor) {
    }

    /** Currency code → maturity year → {notes, outstanding}. Codes, not units: they travel through Kryo. */
    private final Map<String, TreeMap<Integer, long[]>> byCurrency = new HashMap<>();

    /** Adds one note: its position (for currency and maturity) and its measures at the as-of date. */
    public MaturityProfile add(Position position, NoteMeasures measures) {
        add(position.terms().currency().getCurrencyCode(), position.terms().maturityDate().getYear(), 1,
                measures.outstandingPrincipalMinor());
        return this;
    }

    /** Adds everything of {@code other} to this profile and returns it. */
    public MaturityProfile merge(MaturityProfile other) {
        other.byCurrency.forEach((currency, years) ->
                years.forEach((year, v) -> add(currency, year, v[0], v[1])));
        return this;
    }

    /** The years, by currency code then year. */
    public List<Year> years() {
        List<Year> out = new ArrayList<>();
        new TreeMap<>(byCurrency).forEach((currency, years) ->
                years.forEach((year, v) -> out.add(new Year(currency, year, v[0], v[1]))));
        return List.copyOf(out);
    }

    private void add(String currency, int year, long notes, long outstanding) {
        long[] v = byCurrency.computeIfAbsent(currency, c -> new TreeMap<>()).computeIfAbsent(year, y -> new long[2]);
        v[0] += notes;
        v[1] += outstanding;
    }
}
