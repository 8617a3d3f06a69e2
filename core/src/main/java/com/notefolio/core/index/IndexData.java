package com.notefolio.core.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index data a floating note's schedule is resolved against: the observed fixings of each index and
 * the forward curves that project some of them. The value of an index on a fixing date is the latest
 * fixing on or before that date (an index keeps its last published value until the next, as Prime
 * does); past the index's last fixing it is projected — by the index's {@link ForwardCurve} when there
 * is one, otherwise by the last fixing held flat — and {@link Observation#source()} says which.
 * Index names match exactly, after stripping blanks.
 */
public final class IndexData {

    /** No fixings and no curves: enough for notes whose rates need no index. */
    public static final IndexData NONE = new IndexData(List.of(), List.of());

    private final Map<String, TreeMap<LocalDate, BigDecimal>> fixings = new HashMap<>();
    private final Map<String, ForwardCurve> curves = new HashMap<>();

    private IndexData(Collection<IndexFixing> fixingList, Collection<ForwardCurve> curveList) {
        for (IndexFixing f : fixingList) {
            BigDecimal before = fixings.computeIfAbsent(f.index(), k -> new TreeMap<>()).put(f.date(), f.rate());
            if (before != null && before.compareTo(f.rate()) != 0) {
                throw new IllegalArgumentException("index " + f.index() + ": two fixings on " + f.date() + " ("
                        + before.toPlainString() + " and " + f.rate().toPlainString() + ")");
            }
        }
        for (ForwardCurve c : curveList) {
            if (curves.put(c.index(), c) != null) {
                throw new IllegalArgumentException("index " + c.index() + ": two forward curves");
            }
        }
    }

    /** Fixings, and forward curves (at most one per index). */
    public static IndexData of(Collection<IndexFixing> fixings, Collection<ForwardCurve> curves) {
        return new IndexData(new ArrayList<>(fixings), new ArrayList<>(curves));
    }

    /** Fixings only: every index is held flat at its last fixing beyond it. */
    public static IndexData of(Collection<IndexFixing> fixings) {
        return of(fixings, List.of());
    }

    /** The value of an index read on a fixing date, and where it came from. */
    public record Observation(BigDecimal rate, IndexSource source) {
    }

    /** The value of {@code index} on {@code fixingDate}; fails naming the index and date when there is none. */
    public Observation observe(String index, LocalDate fixingDate) {
        TreeMap<LocalDate, BigDecimal> series = fixings.get(index);
        ForwardCurve curve = curves.get(index);
        if (series != null) {
            Map.Entry<LocalDate, BigDecimal> fixing = series.floorEntry(fixingDate);
            if (fixing != null && !fixingDate.isAfter(series.lastKey())) {
                return new Observation(fixing.getValue(), IndexSource.FIXING);
            }
            if (fixing == null) {
                throw new IllegalArgumentException("index " + index + ": no fixing on or before " + fixingDate
                        + " (the first is on " + series.firstKey() + ")");
            }
            return curve != null ? new Observation(curve.rateOn(fixingDate), IndexSource.FORWARD_CURVE)
                    : new Observation(fixing.getValue(), IndexSource.LAST_FIXING_FLAT);
        }
        if (curve != null) {
            return new Observation(curve.rateOn(fixingDate), IndexSource.FORWARD_CURVE);
        }
        throw new IllegalArgumentException("index " + index + ": no fixings and no forward curve, needed for "
                + fixingDate);
    }

    static BigDecimal checkRate(String what, BigDecimal rate) {
        if (rate == null) {
            throw new IllegalArgumentException(what + " = null: is required");
        }
        BigDecimal r = rate.stripTrailingZeros();
        if (r.abs().compareTo(BigDecimal.ONE) > 0 || r.scale() > 10) {
            throw new IllegalArgumentException(what + " = " + rate.toPlainString()
                    + ": must be a fraction between -1 and 1 of at most 10 decimals");
        }
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
