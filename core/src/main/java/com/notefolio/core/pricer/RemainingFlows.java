package com.notefolio.core.pricer;

import com.notefolio.core.schedule.Schedule;

/**
 * The flows of a schedule due strictly after an as-of date, in currency units, with their days from the
 * as-of date: the one input every measure discounts.
 *
 * <p>Discounting at a flat annually compounded rate is the hot loop of valuation and of the yield
 * search. Instead of one {@code pow} per flow it multiplies the factors of the gaps between due dates,
 * which take few distinct values (28–31 days for monthly notes), so each evaluation costs a handful of
 * {@code exp} calls and one multiplication per flow. It is tested equal (1e-12 relative) to the
 * per-flow {@code (1 + r)^−t} of {@link DiscountCurve#discountFactor}.
 */
final class RemainingFlows {

    private static final double DAYS_PER_YEAR = 365.0;
    private static final int MAX_DISTINCT_GAPS = 8;

    private final int count;
    private final int[] days;
    /** Each flow's time t = days ÷ 365 and t·(t + 1), computed once for every evaluation of the yield search. */
    private final double[] years;
    private final double[] yearsTimesNext;
    private final double[] amount;
    /** Days from the as-of date to the first flow, then each gap's index into {@link #gapDays}. */
    private final byte[] gapIndex;
    private final int[] gapDays;
    private final int distinctGaps;
    private final double weightedAverageLife;
    /** Whether a flow is negative (an advance, a draw): the yield may then have several roots or none. */
    private final boolean negativeFlow;

    RemainingFlows(Schedule schedule, int asOf) {
        int first = schedule.firstDueAfter(asOf);
        count = schedule.size() - first;
        days = new int[count];
        years = new double[count];
        yearsTimesNext = new double[count];
        amount = new double[count];
        gapIndex = new byte[count];
        gapDays = new int[MAX_DISTINCT_GAPS];
        double unit = Math.pow(10, -schedule.scale());
        int distinct = 0;
        boolean tooMany = false;
        double principalTimes = 0;
        double principalTotal = 0;
        boolean negative = false;
        for (int k = 0; k < count; k++) {
            int i = first + k;
            days[k] = schedule.dueEpochDay(i) - asOf;
            double t = days[k] / DAYS_PER_YEAR;
            years[k] = t;
            yearsTimesNext[k] = t * (t + 1);
            amount[k] = schedule.paymentMinor(i) * unit;
            negative |= amount[k] < 0;
            double repaid = (schedule.principalMinor(i) + schedule.prepaidMinor(i) + schedule.recoveryMinor(i)) * unit;
            principalTimes += days[k] * repaid;
            principalTotal += repaid;
            if (k > 0 && !tooMany) {
                int gap = days[k] - days[k - 1];
                int g = 0;
                while (g < distinct && gapDays[g] != gap) {
                    g++;
                }
                if (g == distinct) {
                    if (distinct == MAX_DISTINCT_GAPS) {
                        tooMany = true;
                        continue;
                    }
                    gapDays[distinct++] = gap;
                }
                gapIndex[k] = (byte) g;
            }
        }
        negativeFlow = negative;
        distinctGaps = tooMany ? -1 : distinct;
        weightedAverageLife = principalTotal == 0 ? Double.NaN : principalTimes / DAYS_PER_YEAR / principalTotal;
    }

    /** Σ t·principal ÷ Σ principal over these flows; NaN when they repay no principal. */
    double weightedAverageLife() {
        return weightedAverageLife;
    }

    int count() {
        return count;
    }

    /** Whether any of these flows is negative: the holder pays (a grid note's advance, a line's draw). */
    boolean hasNegativeFlow() {
        return negativeFlow;
    }

    /**
     * The XIRR of paying {@code dirtyPrice} on the as-of date for these flows, by {@link Xirr} from
     * {@code guess}: the robust solver, for flows of both signs.
     */
    Xirr.Result xirr(double dirtyPrice, double guess) {
        double[] years = new double[count + 1];
        double[] amounts = new double[count + 1];
        amounts[0] = -dirtyPrice;
        for (int k = 0; k < count; k++) {
            years[k + 1] = days[k] / DAYS_PER_YEAR;
            amounts[k + 1] = amount[k];
        }
        return Xirr.solveYears(years, amounts, guess);
    }

    /**
     * Discounts at a flat annually compounded {@code rate} and fills {@code sums} with
     * Σ CF·DF, Σ t·CF·DF and Σ t·(t+1)·CF·DF — the value and the moments durations and convexity need.
     */
    void discountFlat(double rate, double[] sums) {
        double pv = 0;
        double tpv = 0;
        double ttpv = 0;
        if (count > 0) {
            // log(1 + r) rather than log1p: the intrinsic is many times faster, and its absolute error
            // (~1e-16) moves a discount factor by t·1e-16 relative, far below what a PV can mean.
            double logDiscountPerDay = -Math.log(1 + rate) / DAYS_PER_YEAR;
            double[] factor = new double[Math.max(distinctGaps, 0)];
            for (int g = 0; g < distinctGaps; g++) {
                factor[g] = Math.exp(logDiscountPerDay * gapDays[g]);
            }
            double df = Math.exp(logDiscountPerDay * days[0]);
            for (int k = 0; k < count; k++) {
                if (k > 0) {
                    df = distinctGaps >= 0 ? df * factor[gapIndex[k]] : Math.exp(logDiscountPerDay * days[k]);
                }
                double v = amount[k] * df;
                pv += v;
                tpv += years[k] * v;
                ttpv += yearsTimesNext[k] * v;
            }
        }
        sums[0] = pv;
        sums[1] = tpv;
        sums[2] = ttpv;
    }

    /** Σ CF·DF on any curve, and in {@code sums[1]} the value lost per unit parallel shift, Σ t/(1+z)·CF·DF. */
    void discount(DiscountCurve curve, double[] sums) {
        if (curve instanceof FlatRate flat) {
            discountFlat(flat.rate(), sums);
            sums[1] /= 1 + flat.rate();
            return;
        }
        double pv = 0;
        double sensitivity = 0;
        for (int k = 0; k < count; k++) {
            double t = days[k] / DAYS_PER_YEAR;
            double z = curve.zeroRate(t);
            double v = amount[k] * Math.pow(1 + z, -t);
            pv += v;
            sensitivity += t / (1 + z) * v;
        }
        sums[0] = pv;
        sums[1] = sensitivity;
    }
}
