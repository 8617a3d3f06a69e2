package com.notefolio.web.portfolio;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.note.RateTerms;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The index data stored with a portfolio, as its files gave it: the observed fixings (fixings CSV) and the
 * forward curves (index-curve CSV). Kept as the lists, not only as the core's {@link IndexData}, so the
 * screens can say which indexes and dates a portfolio holds and the store can write them back.
 */
public record PortfolioIndexData(List<IndexFixing> fixings, List<ForwardCurve> curves) {

    /** No index data: what a portfolio of fixed and stepped notes has. */
    public static final PortfolioIndexData NONE = new PortfolioIndexData(List.of(), List.of());

    public PortfolioIndexData {
        fixings = List.copyOf(fixings);
        curves = List.copyOf(curves);
        // Builds the core's value once so that duplicates (two fixings of a day, two curves of an index) are
        // refused here, with the core's message, rather than when a note is priced.
        IndexData.of(fixings, curves);
    }

    /** The core's index data, for resolving and pricing. */
    public IndexData indexData() {
        return fixings.isEmpty() && curves.isEmpty() ? IndexData.NONE : IndexData.of(fixings, curves);
    }

    /** The indexes with a fixing or a curve, by name. */
    public Set<String> indexes() {
        Set<String> names = new TreeSet<>();
        fixings.forEach(f -> names.add(f.index()));
        curves.forEach(c -> names.add(c.index()));
        return names;
    }

    /** The indexes {@code rate} reads at some time of its life: a floating rate's, either side of a conversion. */
    public static Set<String> indexesRead(RateTerms rate) {
        Set<String> read = new TreeSet<>();
        if (rate instanceof RateTerms.Floating f) {
            read.add(f.index());
        } else if (rate instanceof RateTerms.Conversion c) {
            read.addAll(indexesRead(c.before()));
            read.addAll(indexesRead(c.after()));
        }
        return read;
    }

    /** The indexes {@code rate} reads that this data has neither fixings nor a curve for, by name. */
    public Set<String> missingFor(RateTerms rate) {
        Set<String> missing = indexesRead(rate);
        missing.removeAll(indexes());
        return missing;
    }

    public boolean isEmpty() {
        return fixings.isEmpty() && curves.isEmpty();
    }
}
