package com.notefolio.web.portfolio;

import com.notefolio.core.index.IndexData;
import com.notefolio.web.security.Role;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes browser's engine figures: each note of the page shown priced by the core's
 * {@code PositionPricer} (floating notes on the portfolio's index data), and the totals of a filtered set.
 * A page costs one read of its rows and a few milliseconds of pricing, so nothing is cached; the portfolio
 * is never valued whole for one page.
 *
 * <p>Totals value every note of the filtered set, streamed from the database, up to {@link #VALUED_LIMIT}
 * notes: the core values some 50–100k notes a second here and reading the rows costs about as much again,
 * so the limit keeps a filter change around a second. Measured on H2 here: 10,001 generated notes totalled
 * in about 0.4 s once warm (1.2–1.8 s for the first calls of a JVM), two sectors of them (603 notes) in
 * 30–60 ms. Past it the count and principal are still summed by the database and the
 * engine totals are left out with the reason.
 */
@Service
@Secured(Role.ANALYST_AUTHORITY)
public class NoteValues {

    /** The most notes whose outstanding principal and NPV a filter change totals. */
    public static final int VALUED_LIMIT = 25_000;

    private final NoteStore notes;
    private final IndexDataStore indexData;
    private final int valuedLimit;

    @Autowired
    public NoteValues(NoteStore notes, IndexDataStore indexData) {
        this(notes, indexData, VALUED_LIMIT);
    }

    /** With another limit: tests see the limit without storing 25,000 notes. */
    NoteValues(NoteStore notes, IndexDataStore indexData, int valuedLimit) {
        this.notes = notes;
        this.indexData = indexData;
        this.valuedLimit = valuedLimit;
    }

    /** The figures of the given rows of a portfolio (its page shown), by row id. */
    @Transactional(readOnly = true)
    public Map<Long, NoteValue> page(long portfolioId, Collection<Long> ids, NoteValuation valuation) {
        IndexData indices = indexData.load(portfolioId).indexData();
        Map<Long, NoteValue> values = new LinkedHashMap<>();
        notes.positions(portfolioId, ids).forEach((id, position) -> values.put(id, NoteValue.of(position, valuation,
                indices)));
        return values;
    }

    /** The totals of the notes {@code filter} lets through, valued at {@code valuation} when there are not too many. */
    @Transactional(readOnly = true)
    public NoteTotals totals(long portfolioId, NoteFilter filter, NoteValuation valuation) {
        List<PortfolioListing.CurrencyTotal> counted = notes.totals(portfolioId, filter);
        long count = counted.stream().mapToLong(PortfolioListing.CurrencyTotal::notes).sum();
        if (count > valuedLimit) {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
            return new NoteTotals(counted.stream().map(c -> new NoteTotals.Line(c.currency(), c.notes(), c.principal(),
                    null, null, 0)).toList(), "outstanding and NPV are totalled for at most " + n.format(valuedLimit)
                    + " notes and " + n.format(count) + " match: narrow the filter");
        }
        IndexData indices = indexData.load(portfolioId).indexData();
        Map<String, long[]> outstanding = new HashMap<>();
        Map<String, double[]> npv = new HashMap<>();
        Map<String, long[]> failed = new HashMap<>();
        notes.positions(portfolioId, filter, position -> {
            String currency = position.terms().currency().getCurrencyCode();
            NoteValue value = NoteValue.of(position, valuation, indices);
            if (value.measures() == null) {
                failed.computeIfAbsent(currency, k -> new long[1])[0]++;
            } else {
                outstanding.computeIfAbsent(currency, k -> new long[1])[0] += value.measures().outstandingPrincipalMinor();
                npv.computeIfAbsent(currency, k -> new double[1])[0] += value.measures().npv();
            }
        });
        return new NoteTotals(counted.stream().map(c -> new NoteTotals.Line(c.currency(), c.notes(), c.principal(),
                outstanding.getOrDefault(c.currency(), new long[1])[0], npv.getOrDefault(c.currency(), new double[1])[0],
                failed.getOrDefault(c.currency(), new long[1])[0])).toList(), null);
    }
}
