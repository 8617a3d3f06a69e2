package com.notefolio.core.pricer;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.schedule.Schedule;

/**
 * The discount margin of a note whose rate follows an index: the margin DM over the index projection at
 * which the present value of the note's flows equals its dirty price (Fabozzi, <i>Bond Markets, Analysis
 * and Strategies</i>, "Floating-Rate Securities": discount each projected flow at the reference rate
 * plus a margin; "for a security selling at par, the discount margin is simply the quoted margin").
 *
 * <p><b>Convention.</b> Each period j of the note's resolved schedule due after settlement (the later of
 * the as-of and the issue date) is discounted at the index level for that period I_j plus DM, compounded
 * once a period over the period's own accrual year fraction τ_j (the note's basis: PERIODIC months ÷ 12,
 * ACT/360 days ÷ 360, …): a flow due at the end of period k is worth CF × Π_{j≤k} 1 ÷ (1 + (I_j + DM)·τ_j).
 * The period running on the settlement date counts only the part of τ still to run (pro rata by days),
 * and a flow inside a period (a prepayment) the part of that period up to it. I_j is the index read
 * from the index data on the period's accrual start (the as-of date for the running period): its fixing,
 * or its projection (a forward curve, or the last fixing held flat). Flows after the last period (a late
 * recovery) discount on from there at (1 + I + DM)^−(days ÷ 365) with the last period's I.
 *
 * <p><b>Why not the yield's compounding.</b> {@link NotePricer}'s yield compounds annually on ACT/365
 * days (Excel's XIRR), and its nominal yield at the payment frequency. A floating coupon is (index +
 * spread) × τ per period; discounting at the same per-period rate over the same τ is what makes a note
 * paying its index + m, reset every period and priced at par, have a discount margin of exactly m, the
 * property every definition of the measure starts from. On the XIRR basis the same note's margin would
 * differ from m by the compounding of the coupon within the year (about 6 bp for a quarterly 5% coupon).
 * So the margin is comparable with the quoted spread; the yield stays comparable with fixed-rate notes.
 *
 * <p>The margin is solved by Newton's method from the note's own spread: PV(DM) is decreasing and
 * convex, so the iterates approach the root from below after one step. It is {@code NaN} when no flow
 * is left or the price is not positive. Stateless.
 */
public final class DiscountMargin {

    /** Newton's error squares each step: after a step under 1e-10 the margin is exact to ~1e-20. */
    private static final double TOLERANCE = 1e-10;
    private static final int MAX_NEWTON_STEPS = 60;
    private static final double DAYS_PER_YEAR = 365.0;
    /** 10^{@link IndexData#READER_SCALE}, exact in a double. */
    private static final double TEN_TO_READER_SCALE = Math.pow(10, IndexData.READER_SCALE);

    private DiscountMargin() {
    }

    /**
     * The discount margin of {@code flows} (the resolved schedule, or a scenario's projection of it) at
     * {@code dirtyPrice} in currency units, the periods and index levels taken from {@code periods} (the
     * note's resolved schedule) and {@code indices}; {@code null} when the note's rate follows no index.
     */
    public static Double of(Schedule flows, Schedule periods, java.time.LocalDate asOf, double dirtyPrice,
                            IndexData indices) {
        RateTerms.Floating floating = periods.terms().rate().floatingPart();
        if (floating == null) {
            return null;
        }
        Periods p = new Periods(periods, EpochDay.of(asOf), floating.index(), indices);
        return solve(p, flows, dirtyPrice, floating.spread().doubleValue());
    }

    /** The present value of {@code flows} at margin {@code margin}, as {@link #of} discounts them. */
    public static double presentValue(Schedule flows, Schedule periods, java.time.LocalDate asOf, IndexData indices,
                                      double margin) {
        RateTerms.Floating floating = periods.terms().rate().floatingPart();
        if (floating == null) {
            throw new IllegalArgumentException("note " + periods.noteId() + " follows no index: it has no discount margin");
        }
        double[] out = new double[2];
        new Periods(periods, EpochDay.of(asOf), floating.index(), indices).value(flows, margin, out);
        return out[0];
    }

    private static double solve(Periods p, Schedule flows, double dirty, double guess) {
        if (flows.firstDueAfter(p.settlement) == flows.size() || !(dirty > 0)) {
            return Double.NaN;
        }
        double[] out = new double[2];
        double m = Math.max(guess, p.lowestMargin + 1e-6);
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            p.value(flows, m, out);
            double f = out[0] - dirty;
            if (out[1] == 0) {
                return Double.NaN;
            }
            double next = m - f / out[1];
            if (!(next > p.lowestMargin)) {
                next = (m + p.lowestMargin) / 2;
            }
            if (Math.abs(next - m) <= TOLERANCE) {
                return next;
            }
            m = next;
        }
        return m;
    }

    /** The note's periods after settlement: where each ends, its year fraction to run and its index level. */
    private static final class Periods {
        final int settlement;
        final int[] start;
        final int[] end;
        final double[] tau;
        final double[] index;
        /** Every 1 + (I + DM)·τ must stay positive: DM above this. */
        final double lowestMargin;

        Periods(Schedule s, int asOf, String indexName, IndexData indices) {
            settlement = Math.max(asOf, s.accrualStartEpochDay(0));
            int first = s.firstDueAfter(settlement);
            int n = s.size() - first;
            start = new int[n];
            end = new int[n];
            tau = new double[n];
            index = new double[n];
            DayCount basis = s.terms().accrualBasis();
            IndexData.Reader reader = indices.reader(indexName);
            double lowest = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                int i = first + k;
                int from = s.accrualStartEpochDay(i);
                int to = s.dueEpochDay(i);
                int runFrom = Math.max(from, settlement);
                double whole = to > from ? (double) basis.numerator(from, to) / basis.denominator() : 0;
                start[k] = runFrom;
                end[k] = to;
                tau[k] = to > from ? whole * (to - runFrom) / (to - from) : 0;
                try {
                    // The same double as the level's decimal: both are the correctly rounded quotient.
                    index[k] = reader != null ? reader.unscaled(runFrom) / TEN_TO_READER_SCALE
                            : indices.observe(indexName, runFrom).rate().doubleValue();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("note " + s.noteId() + ": the discount margin needs the index for "
                            + EpochDay.toDate(runFrom) + ": " + e.getMessage(), e);
                }
                if (tau[k] > 0) {
                    lowest = Math.max(lowest, -1 / tau[k] - index[k]);
                }
            }
            lowestMargin = Math.max(lowest, n == 0 ? -1 : -1 - index[n - 1]);
        }

        /** Fills {@code out} with PV(margin) and dPV/dmargin. */
        void value(Schedule flows, double margin, double[] out) {
            double unit = Math.pow(10, -flows.scale());
            double pv = 0;
            double slope = 0;
            int k = 0;
            // The discount factor to the start of period k, and Σ of d log DF / d margin to there.
            double df = 1;
            double dlog = 0;
            for (int i = flows.firstDueAfter(settlement); i < flows.size(); i++) {
                int due = flows.dueEpochDay(i);
                while (k < end.length && end[k] < due) {
                    double g = 1 + (index[k] + margin) * tau[k];
                    df /= g;
                    dlog -= tau[k] / g;
                    k++;
                }
                double f;
                double d;
                if (k < end.length) {
                    // Inside period k, or at its end: the part of its fraction run by the due date.
                    double part = end[k] > start[k] ? tau[k] * (due - start[k]) / (end[k] - start[k]) : 0;
                    double g = 1 + (index[k] + margin) * part;
                    f = df / g;
                    d = dlog - part / g;
                } else {
                    int last = end.length == 0 ? settlement : end[end.length - 1];
                    double rate = (end.length == 0 ? 0 : index[end.length - 1]) + margin;
                    double t = (due - last) / DAYS_PER_YEAR;
                    f = df * Math.pow(1 + rate, -t);
                    d = dlog - t / (1 + rate);
                }
                double v = flows.paymentMinor(i) * unit * f;
                pv += v;
                slope += v * d;
            }
            out[0] = pv;
            out[1] = slope;
        }
    }
}
