package com.notefolio.core.index;

import com.notefolio.core.convention.EpochDay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The index data a floating note's schedule is resolved against: the observed fixings of each index and
 * the forward curves that project some of them. The value of an index on a fixing date is the latest
 * fixing on or before that date (an index keeps its last published value until the next, as Prime
 * does); past the index's last fixing it is projected — by the index's {@link ForwardCurve} when there
 * is one, otherwise by the last fixing held flat — and {@link Observation#source()} says which.
 * Index names match exactly, after stripping blanks.
 *
 * <p>For scenarios and sensitivities the data can be moved: {@link #shifted} moves every index in
 * parallel, but only where it is not yet known on an as-of date — values read on a date after it, from a
 * fixing dated after it or a projection (a forward curve, or the last fixing held flat). A value read on
 * or before the as-of date never moves, whatever its source: a reset that read its index then (the
 * current period's coupon, or a reset whose lookback date has passed) is set, even where the data lacks
 * the fixing and a projection stands in for it. Nor does a fixing observed on or before the as-of date
 * where it is read later. {@link #withProjection} replaces one index's projection with another curve (an
 * index path).
 *
 * <p>Reads are the inner loop of a floating note's resolution (one per reset, three resolutions per note
 * for its effective duration), so each index's fixings and curve are also held as sorted epoch-day
 * arrays ({@link Series}, {@link Projection}) and looked up by binary search on the day; the maps stay the
 * record of the data as given.
 */
public final class IndexData {

    /** No fixings and no curves: enough for notes whose rates need no index. */
    public static final IndexData NONE = new IndexData(List.of(), List.of());

    private final Map<String, TreeMap<LocalDate, BigDecimal>> fixings = new HashMap<>();
    private final Map<String, ForwardCurve> curves = new HashMap<>();
    /** {@link #fixings} by epoch day, for reading. */
    private final Map<String, Series> series = new HashMap<>();
    /** {@link #curves} by epoch day, for reading. */
    private final Map<String, Projection> projections = new HashMap<>();
    /**
     * The projections an index path replaced, by index: read on or before the path's as-of date, the index
     * reads what it read before the path (that is history); after it, the path.
     */
    private final Map<String, Replaced> replaced = new HashMap<>();
    /** A parallel move of what is not yet known on {@link #shiftAsOf}: fixings after it and every projection. */
    private final BigDecimal shift;
    private final LocalDate shiftAsOf;
    /** {@link #shiftAsOf} as an epoch day; {@link Integer#MAX_VALUE} when the data is not shifted. */
    private final int shiftAsOfDay;
    /** {@link #shift} unscaled at {@link #READER_SCALE}; {@link Long#MIN_VALUE} when it has more decimals. */
    private final long shiftUnscaled;
    /** Whether this data gives no {@link Reader}, so that resolvers read it through {@link #observe} only. */
    private final boolean decimalReads;

    /** A projection replaced on the epoch day {@code asOfDay}: the curve it was ({@code null}: the last fixing held flat). */
    private record Replaced(int asOfDay, Projection before) {
    }

    /** One index's fixings in date order: epoch days and rates. */
    private record Series(int[] days, BigDecimal[] rates, long[] unscaled) {
        static Series of(TreeMap<LocalDate, BigDecimal> byDate) {
            int[] days = new int[byDate.size()];
            BigDecimal[] rates = new BigDecimal[days.length];
            int i = 0;
            for (Map.Entry<LocalDate, BigDecimal> e : byDate.entrySet()) {
                days[i] = EpochDay.of(e.getKey());
                rates[i++] = e.getValue();
            }
            return new Series(days, rates, unscaledLevels(rates));
        }

        /** The index of the latest fixing on or before {@code day}, or −1. */
        int floor(int day) {
            int lo = 0;
            int hi = days.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return hi;
        }

        int lastDay() {
            return days[days.length - 1];
        }
    }

    /**
     * A forward curve by epoch day: the day each point takes effect (its base date plus its tenor's months)
     * and its rate, {@link ForwardCurve#rateOn} without a date computed per read.
     */
    private record Projection(int[] from, BigDecimal[] rates, long[] unscaled) {
        static Projection of(ForwardCurve curve) {
            if (curve == null) {
                return null;
            }
            int[] from = new int[curve.points().size()];
            BigDecimal[] rates = new BigDecimal[from.length];
            for (int i = 0; i < from.length; i++) {
                ForwardCurve.Point p = curve.points().get(i);
                from[i] = EpochDay.of(curve.baseDate().plusMonths(p.tenorMonths()));
                rates[i] = p.rate();
            }
            return new Projection(from, rates, unscaledLevels(rates));
        }

        /** The rate of the longest tenor in effect on {@code day}, else the first point's: as {@link ForwardCurve#rateOn}. */
        BigDecimal rateOn(int day) {
            return rates[point(day)];
        }

        int point(int day) {
            int i = 0;
            while (i + 1 < from.length && from[i + 1] <= day) {
                i++;
            }
            return from[i] <= day ? i : 0;
        }
    }

    /** Index levels (at most {@link #READER_SCALE} decimals, as {@link #checkRate} admits them) unscaled. */
    private static long[] unscaledLevels(BigDecimal[] rates) {
        long[] out = new long[rates.length];
        for (int i = 0; i < rates.length; i++) {
            out[i] = rates[i].setScale(READER_SCALE, java.math.RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        }
        return out;
    }

    /** The decimals of a {@link Reader}'s values: those an index level may have. */
    public static final int READER_SCALE = 10;

    /**
     * One index of this data read by epoch day, for a resolver that reads it at every reset: the index's
     * fixings and projection looked up by name once, each value given unscaled at {@link #READER_SCALE}
     * decimals, exactly {@link #observe}'s, and its source kept until the next read. Not for sharing
     * between threads.
     */
    public final class Reader {
        private final String index;
        private final Series fixed;
        private final Projection curve;
        private final Replaced path;
        private IndexSource source;
        /** Where the last read found its fixing and its curve point: reads come in date order, so most start there. */
        private int fixingHint;
        private int pointHint;

        private Reader(String index) {
            this.index = index;
            this.fixed = series.get(index);
            this.curve = projections.get(index);
            this.path = replaced.isEmpty() ? null : replaced.get(index);
        }

        /** The value of the index read on {@code fixingDay}, unscaled; fails as {@link #observe} does. */
        public long unscaled(int fixingDay) {
            Projection projection = path != null && fixingDay <= path.asOfDay() ? path.before() : curve;
            long value;
            int fixing = -1;
            if (fixed != null) {
                int[] days = fixed.days();
                int h = fixingHint;
                if (days[h] <= fixingDay) {
                    // On from the last read's fixing: a few fixings on at most, the reads being in date order.
                    while (h + 1 < days.length && days[h + 1] <= fixingDay && h - fixingHint < 4) {
                        h++;
                    }
                    fixing = h + 1 == days.length || days[h + 1] > fixingDay ? h : fixed.floor(fixingDay);
                } else {
                    fixing = fixed.floor(fixingDay);
                }
                fixingHint = Math.max(fixing, 0);
                if (fixing >= 0 && fixingDay <= fixed.lastDay()) {
                    source = IndexSource.FIXING;
                    value = fixed.unscaled()[fixing];
                } else if (fixing < 0) {
                    throw new IllegalArgumentException("index " + index + ": no fixing on or before "
                            + EpochDay.toDate(fixingDay) + " (the first is on " + EpochDay.toDate(fixed.days()[0]) + ")");
                } else if (projection != null) {
                    source = IndexSource.FORWARD_CURVE;
                    value = projection.unscaled()[point(projection, fixingDay)];
                } else {
                    source = IndexSource.LAST_FIXING_FLAT;
                    value = fixed.unscaled()[fixing];
                }
            } else if (projection != null) {
                source = IndexSource.FORWARD_CURVE;
                value = projection.unscaled()[point(projection, fixingDay)];
            } else {
                throw new IllegalArgumentException("index " + index + ": no fixings and no forward curve, needed for "
                        + EpochDay.toDate(fixingDay));
            }
            boolean known = shiftUnscaled == 0 || fixingDay <= shiftAsOfDay
                    || source == IndexSource.FIXING && fixed.days()[fixing] <= shiftAsOfDay;
            return known ? value : value + shiftUnscaled;
        }

        /** {@link Projection#point}, from the last read's point when it is in effect on {@code day}. */
        private int point(Projection projection, int day) {
            int[] from = projection.from();
            int i = pointHint < from.length && from[pointHint] <= day ? pointHint : 0;
            while (i + 1 < from.length && from[i + 1] <= day) {
                i++;
            }
            pointHint = i;
            return from[i] <= day ? i : 0;
        }

        /** Where the last value read came from. */
        public IndexSource source() {
            return source;
        }
    }

    /**
     * A {@link Reader} of {@code index}; {@code null} when this data's shift has more than
     * {@link #READER_SCALE} decimals, so its values would not be exact at that scale (then {@link #observe}).
     */
    public Reader reader(String index) {
        return shiftUnscaled == Long.MIN_VALUE || decimalReads ? null : new Reader(index);
    }

    /**
     * The same data giving no {@link Reader} (nor does data shifted or moved from it): every value is read
     * through {@link #observe} as a decimal and a reset's rate is taken in decimals — the general path, which
     * the tests hold the readers' path equal to.
     */
    public IndexData decimalReads() {
        return new IndexData(this, shift, shiftAsOf, true);
    }

    private IndexData(IndexData from, BigDecimal shift, LocalDate shiftAsOf) {
        this(from, shift, shiftAsOf, from.decimalReads);
    }

    private IndexData(IndexData from, BigDecimal shift, LocalDate shiftAsOf, boolean decimalReads) {
        this.decimalReads = decimalReads;
        fixings.putAll(from.fixings);
        curves.putAll(from.curves);
        series.putAll(from.series);
        projections.putAll(from.projections);
        replaced.putAll(from.replaced);
        this.shift = shift;
        this.shiftAsOf = shiftAsOf;
        this.shiftAsOfDay = shiftAsOf == null ? Integer.MAX_VALUE : EpochDay.of(shiftAsOf);
        BigDecimal s = shift.stripTrailingZeros();
        this.shiftUnscaled = s.scale() > READER_SCALE || s.abs().compareTo(BigDecimal.TEN) > 0 ? Long.MIN_VALUE
                : shift.setScale(READER_SCALE, java.math.RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

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
            projections.put(c.index(), Projection.of(c));
        }
        fixings.forEach((index, byDate) -> series.put(index, Series.of(byDate)));
        shift = BigDecimal.ZERO;
        shiftAsOf = null;
        shiftAsOfDay = Integer.MAX_VALUE;
        shiftUnscaled = 0;
        decimalReads = false;
    }

    /**
     * This data with every index moved by {@code rateShift} (a fraction: 0.0025 is 25 bp) wherever it is
     * not known on {@code asOf}: a value read on a date after {@code asOf} from a fixing dated after
     * {@code asOf}, a forward curve, or the last fixing held flat past the last fixing. What is read on or
     * before {@code asOf} stays as it was, whatever its source — a fixing, or a projection standing in for
     * a fixing the data lacks — so the flows, balances and coupons up to the as-of date, the coupon running
     * on it and every later reset whose lookback date is on or before it are those of the unshifted data
     * (moving them would rewrite the note's history: a level payment re-amortized at a past reset would
     * change the balance outstanding on the as-of date). Fixings dated on or before {@code asOf} stay as
     * observed also where they are read later (an index keeps its last published value until the next).
     * Shifts of the same as-of date add up; the rates a reset reads may so leave the fixings' range, and
     * the reset's own caps, floors and bounds then apply.
     */
    public IndexData shifted(LocalDate asOf, BigDecimal rateShift) {
        if (asOf == null || rateShift == null) {
            throw new IllegalArgumentException("index data shift: as-of date = " + asOf + ", shift = " + rateShift
                    + ": both are required");
        }
        if (shiftAsOf != null && !shiftAsOf.equals(asOf)) {
            throw new IllegalArgumentException("index data shift: as-of date = " + asOf + ": the data is already "
                    + "shifted as of " + shiftAsOf + "; shift it as of one date");
        }
        if (rateShift.signum() == 0) {
            return this;
        }
        return new IndexData(this, shift.add(rateShift), asOf);
    }

    /**
     * This data with {@code projection} as the projection of its index for what is read after {@code asOf},
     * in place of the index's forward curve or its last fixing held flat (an index path). What is read on or
     * before {@code asOf} reads as before, as {@link #shifted} leaves it: a reset already set stays set. The
     * index's fixings stay, and a shift of this data applies to the new projection too.
     */
    public IndexData withProjection(ForwardCurve projection, LocalDate asOf) {
        if (asOf == null) {
            throw new IllegalArgumentException("index path of " + projection.index() + ": the as-of date is required");
        }
        IndexData out = new IndexData(this, shift, shiftAsOf);
        // The projection in force before any path: a second path of the index replaces the first's future only.
        Replaced earlier = replaced.get(projection.index());
        out.replaced.put(projection.index(), earlier != null ? earlier
                : new Replaced(EpochDay.of(asOf), projections.get(projection.index())));
        out.curves.put(projection.index(), projection);
        out.projections.put(projection.index(), Projection.of(projection));
        return out;
    }

    /** Fixings, and forward curves (at most one per index). */
    public static IndexData of(Collection<IndexFixing> fixings, Collection<ForwardCurve> curves) {
        return new IndexData(new ArrayList<>(fixings), new ArrayList<>(curves));
    }

    /** Fixings only: every index is held flat at its last fixing beyond it. */
    public static IndexData of(Collection<IndexFixing> fixings) {
        return of(fixings, List.of());
    }

    /** Whether this data has no fixings and no curves. */
    public boolean isEmpty() {
        return fixings.isEmpty() && curves.isEmpty();
    }

    /**
     * The names of the indices this data has fixings or a forward curve for, in alphabetical order: for a
     * record of the data an output was computed from (the workbooks' Index sheets, assumptions.csv).
     */
    public SortedSet<String> indices() {
        TreeSet<String> names = new TreeSet<>(fixings.keySet());
        names.addAll(curves.keySet());
        return Collections.unmodifiableSortedSet(names);
    }

    /** The observed fixings of {@code index} in date order, as given (unshifted); empty when it has none. */
    public List<IndexFixing> fixings(String index) {
        TreeMap<LocalDate, BigDecimal> series = fixings.get(index);
        if (series == null) {
            return List.of();
        }
        List<IndexFixing> out = new ArrayList<>(series.size());
        series.forEach((date, rate) -> out.add(new IndexFixing(index, date, rate)));
        return Collections.unmodifiableList(out);
    }

    /**
     * The forward curve projecting {@code index} past its last fixing (as given, unshifted), or empty: then
     * the index is held flat at its last fixing ({@link IndexSource#LAST_FIXING_FLAT}).
     */
    public Optional<ForwardCurve> forwardCurve(String index) {
        return Optional.ofNullable(curves.get(index));
    }

    /** The value of an index read on a fixing date, and where it came from. */
    public record Observation(BigDecimal rate, IndexSource source) {
    }

    /** The value of {@code index} on {@code fixingDate}; fails naming the index and date when there is none. */
    public Observation observe(String index, LocalDate fixingDate) {
        return observe(index, EpochDay.of(fixingDate));
    }

    /** The value of {@code index} on the epoch day {@code fixingDay}, as {@link #observe(String, LocalDate)}. */
    public Observation observe(String index, int fixingDay) {
        Series s = series.get(index);
        Observation unshifted = observeUnshifted(index, s, fixingDay);
        if (shift.signum() == 0) {
            return unshifted;
        }
        // Read on or before the as-of date (from a fixing or a projection alike), or read later from a fixing
        // observed by then: known on the as-of date, so not moved.
        boolean known = fixingDay <= shiftAsOfDay || unshifted.source() == IndexSource.FIXING
                && s.days()[s.floor(fixingDay)] <= shiftAsOfDay;
        return known ? unshifted : new Observation(unshifted.rate().add(shift), unshifted.source());
    }

    private Observation observeUnshifted(String index, Series s, int fixingDay) {
        Replaced path = replaced.isEmpty() ? null : replaced.get(index);
        Projection curve = path != null && fixingDay <= path.asOfDay() ? path.before() : projections.get(index);
        if (s != null) {
            int fixing = s.floor(fixingDay);
            if (fixing >= 0 && fixingDay <= s.lastDay()) {
                return new Observation(s.rates()[fixing], IndexSource.FIXING);
            }
            if (fixing < 0) {
                throw new IllegalArgumentException("index " + index + ": no fixing on or before " + EpochDay.toDate(fixingDay)
                        + " (the first is on " + EpochDay.toDate(s.days()[0]) + ")");
            }
            return curve != null ? new Observation(curve.rateOn(fixingDay), IndexSource.FORWARD_CURVE)
                    : new Observation(s.rates()[fixing], IndexSource.LAST_FIXING_FLAT);
        }
        if (curve != null) {
            return new Observation(curve.rateOn(fixingDay), IndexSource.FORWARD_CURVE);
        }
        throw new IllegalArgumentException("index " + index + ": no fixings and no forward curve, needed for "
                + EpochDay.toDate(fixingDay));
    }

    static BigDecimal checkRate(String what, BigDecimal rate) {
        if (rate == null) {
            throw new IllegalArgumentException(what + " = null: is required");
        }
        String problem = rateProblem(rate);
        if (problem != null) {
            throw new IllegalArgumentException(what + " = " + rate.toPlainString() + ": " + problem);
        }
        return normalRate(rate);
    }

    /** Why {@code rate} cannot be an index level (a fixing, a projected rate), or {@code null} when it can. */
    public static String rateProblem(BigDecimal rate) {
        BigDecimal r = rate.stripTrailingZeros();
        return r.abs().compareTo(BigDecimal.ONE) > 0 || r.scale() > 10
                ? "must be a fraction between -1 and 1 of at most 10 decimals" : null;
    }

    /** An index level without trailing zeros, so that levels compare equal by value. */
    public static BigDecimal normalRate(BigDecimal rate) {
        BigDecimal r = rate.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
