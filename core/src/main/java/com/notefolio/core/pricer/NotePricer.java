package com.notefolio.core.pricer;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.Schedule;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * Measures of one note from its resolved schedule, as of a date. Stateless; the definitions:
 *
 * <ul>
 *   <li><b>Flows</b>: the payments due strictly after the as-of date (one due on it counts as made);
 *       time {@code t} = actual days from the as-of date ÷ 365. A note not yet issued on the as-of date
 *       settles on its issue date: its yield, WAL, durations and convexity are timed from then.</li>
 *   <li><b>Outstanding principal</b>: the balance after every payment due on or before the as-of date.
 *       <b>Accrued interest</b>: see {@link Schedule#accruedInterestMinor(int)}.</li>
 *   <li><b>Price</b>: clean (without accrued interest); by default the outstanding principal (par). The
 *       buyer pays the dirty price = price + accrued interest.</li>
 *   <li><b>NPV</b> = Σ CF·(1 + z(t))^−t on the discount curve; with a flat rate this is Excel's
 *       {@code XNPV(rate, flows, dates)} with the as-of date as the first date and no flow on it.</li>
 *   <li><b>Yield</b>: the rate y with Σ CF·(1 + y)^−t = dirty price — Excel's {@code XIRR} of
 *       (−dirty price on the as-of date, then the flows). Flows of both signs (advances, draws) can have
 *       several such rates or none: the yield is then the one Newton's method reaches from the coupon, else
 *       the one closest to 0, else NaN ({@link Xirr} says why; the measures carry its status).
 *       <b>Nominal yield</b>: the same, compounded
 *       m times a year at the payment frequency: m·((1 + y)^(1/m) − 1).</li>
 *   <li><b>WAL</b> = Σ t·principal ÷ Σ principal over the principal still to be received: scheduled,
 *       prepaid and (in a default scenario) recovered.</li>
 *   <li><b>Macaulay duration</b> = Σ t·CF·v ÷ Σ CF·v with v = (1 + y)^−t at the yield;
 *       <b>modified duration</b> = Macaulay ÷ (1 + y); <b>convexity</b> = Σ t(t+1)·CF·v ÷ ((1 + y)²·Σ CF·v)
 *       (Fabozzi, <i>Bond Markets, Analysis and Strategies</i>, ch. 4, for annual compounding).</li>
 *   <li><b>DV01</b> = the NPV gained when every discount rate falls one basis point, to first order:
 *       10⁻⁴·Σ t/(1 + z)·CF·(1 + z)^−t.</li>
 * </ul>
 */
public final class NotePricer {

    /** Newton's error squares each step: after a step under 1e-10 the yield is exact to ~1e-20. */
    private static final double YIELD_TOLERANCE = 1e-10;
    private static final int MAX_NEWTON_STEPS = 60;

    private NotePricer() {
    }

    /** All measures at once, sharing the discounting work. {@code price} null means par. */
    public static NoteMeasures measures(Schedule schedule, LocalDate asOf, MonetaryAmount price, DiscountCurve curve) {
        return measures(schedule, asOf, price, curve, Double.NaN);
    }

    /**
     * All measures, starting the yield search from {@code yieldGuess} (NaN: the note's coupon) — a
     * scenario starts from its base case's yield, a few Newton steps closer.
     */
    public static NoteMeasures measures(Schedule schedule, LocalDate asOf, MonetaryAmount price, DiscountCurve curve,
                                        double yieldGuess) {
        int day = EpochDay.of(asOf);
        RemainingFlows flows = new RemainingFlows(schedule, day);
        RemainingFlows fromSettlement = settlementFlows(schedule, day, flows);
        long outstanding = schedule.outstandingMinor(day);
        long accrued = schedule.accruedInterestMinor(day);
        long priceMinor = price == null ? outstanding : minorUnits(price, schedule.scale());
        double dirty = (priceMinor + accrued) * Math.pow(10, -schedule.scale());

        double[] sums = new double[3];
        flows.discount(curve, sums);
        double npv = sums[0];
        double dv01 = sums[1] * 1e-4;

        Xirr.Result solved = solveYield(fromSettlement, dirty,
                Double.isNaN(yieldGuess) ? effectiveCoupon(schedule, day) : yieldGuess, sums);
        double y = solved.rate();
        double macaulay = Double.NaN;
        double modified = Double.NaN;
        double convexity = Double.NaN;
        if (!Double.isNaN(y)) {
            // sums hold the last Newton evaluation, at a rate within 1e-10 of y (or, from the robust
            // solver, the flows discounted at y): the moments there differ from those at y by ~1e-10
            // relative, well inside what a duration can mean.
            macaulay = sums[1] / sums[0];
            modified = macaulay / (1 + y);
            convexity = sums[2] / ((1 + y) * (1 + y) * sums[0]);
        }
        double m = schedule.terms().frequency().periodsPerYear();
        double nominal = Double.isNaN(y) ? Double.NaN : m * Math.expm1(Math.log1p(y) / m);
        return new NoteMeasures(schedule.noteId(), asOf, schedule.terms().currency(), outstanding, accrued,
                priceMinor, npv, y, nominal, fromSettlement.weightedAverageLife(), macaulay, modified, convexity, dv01,
                null, Double.NaN, solved.status());
    }

    /**
     * The measures of the same flows on another curve: only NPV and DV01 depend on the curve; the yield,
     * WAL, durations and convexity are those of the price and stay as {@code measures} has them.
     */
    public static NoteMeasures onCurve(NoteMeasures measures, Schedule schedule, DiscountCurve curve) {
        double[] sums = new double[3];
        new RemainingFlows(schedule, EpochDay.of(measures.asOf())).discount(curve, sums);
        return new NoteMeasures(measures.noteId(), measures.asOf(), measures.currency(),
                measures.outstandingPrincipalMinor(), measures.accruedInterestMinor(), measures.priceMinor(), sums[0],
                measures.yield(), measures.yieldNominal(), measures.walYears(), measures.macaulayDuration(),
                measures.modifiedDuration(), measures.convexity(), sums[1] * 1e-4, null, Double.NaN,
                measures.yieldStatus());
    }

    /** A price in whole minor units: it is settled in cents, so finer digits round half-even. */
    private static long minorUnits(MonetaryAmount price, int scale) {
        return NoteTerms.decimal(price).setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /** The NPV of the flows due after {@code asOf}; see the class definition. */
    public static double presentValue(Schedule schedule, LocalDate asOf, DiscountCurve curve) {
        double[] sums = new double[3];
        new RemainingFlows(schedule, EpochDay.of(asOf)).discount(curve, sums);
        return sums[0];
    }

    /** The yield (XIRR basis) at a clean price; NaN when no flow is left. */
    public static double yield(Schedule schedule, LocalDate asOf, MonetaryAmount cleanPrice) {
        int day = EpochDay.of(asOf);
        double dirty = (minorUnits(cleanPrice, schedule.scale()) + schedule.accruedInterestMinor(day))
                * Math.pow(10, -schedule.scale());
        RemainingFlows flows = new RemainingFlows(schedule, day);
        return solveYield(settlementFlows(schedule, day, flows), dirty, effectiveCoupon(schedule, day), new double[3])
                .rate();
    }

    /** Weighted average life in years of the principal due after {@code asOf}; NaN when none is. */
    public static double weightedAverageLife(Schedule schedule, LocalDate asOf) {
        int day = EpochDay.of(asOf);
        return settlementFlows(schedule, day, new RemainingFlows(schedule, day)).weightedAverageLife();
    }

    /**
     * The flows timed from settlement, the later of the as-of date and the issue date: a note not yet
     * issued is bought when it is funded, so its yield, WAL and durations run from its issue date (its NPV
     * still discounts to the as-of date).
     */
    private static RemainingFlows settlementFlows(Schedule schedule, int asOf, RemainingFlows fromAsOf) {
        int issue = schedule.accrualStartEpochDay(0);
        return asOf >= issue ? fromAsOf : new RemainingFlows(schedule, issue);
    }

    /**
     * The rate of the first period due after {@code asOf} (a fixed note's one rate) compounded at the note's
     * frequency: the yield at par, and so Newton's starting point.
     */
    static double effectiveCoupon(Schedule schedule, int asOf) {
        double m = schedule.terms().frequency().periodsPerYear();
        int i = Math.min(schedule.firstDueAfter(asOf), schedule.size() - 1);
        double rate = i < 0 ? schedule.terms().annualRate().doubleValue() : schedule.rate(i).doubleValue();
        return Math.pow(1 + rate / m, m) - 1;
    }

    /**
     * The yield and how it was found; {@code sums} left holding the flows discounted at (or within 1e-10
     * of) it. No flows: NaN, {@link Xirr.Status#NO_SIGN_CHANGE}.
     *
     * <p>The common case, a positive price for flows none of which is negative, has exactly one root
     * (one sign change), and takes the fast path of {@link #newtonYield}, which discounts with the
     * gap factors of {@link RemainingFlows#discountFlat} and leaves the moments the durations need.
     * Flows of both signs after the price (a grid note's advances, a revolving line's draws, a scenario's
     * draws) can have several roots or none: they go to {@link Xirr} from the same guess, whose root is the
     * one Newton's method reaches from it (from the coupon: the rate near what the note pays), else the
     * root closest to 0, else NaN with {@link Xirr.Status#NO_ROOT}, which the position's warnings name.
     * The two paths are tested equal (1e-12 relative) on generated portfolios.
     */
    static Xirr.Result solveYield(RemainingFlows flows, double dirtyPrice, double guess, double[] sums) {
        if (flows.count() == 0) {
            return new Xirr.Result(Double.NaN, Xirr.Status.NO_SIGN_CHANGE);
        }
        if (dirtyPrice > 0 && !flows.hasNegativeFlow()) {
            double y = newtonYield(flows, dirtyPrice, guess, sums);
            if (!Double.isNaN(y)) {
                return new Xirr.Result(y, Xirr.Status.CONVERGED);
            }
        }
        Xirr.Result solved = flows.xirr(dirtyPrice, guess > -1 && Double.isFinite(guess) ? guess : 0.1);
        if (solved.status().hasRoot()) {
            flows.discountFlat(solved.rate(), sums);
        }
        return solved;
    }

    /**
     * Newton's method on f(y) = Σ CF·(1+y)^−t − dirty, which is convex and decreasing for positive flows,
     * so from any start the iterates approach the single root from below after at most one step; a step
     * that would leave (−1, ∞) is halved instead. NaN only when the slope vanishes.
     */
    static double newtonYield(RemainingFlows flows, double dirtyPrice, double guess, double[] sums) {
        double y = guess;
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            flows.discountFlat(y, sums);
            double f = sums[0] - dirtyPrice;
            double slope = -sums[1] / (1 + y);
            if (slope == 0) {
                return Double.NaN;
            }
            double next = y - f / slope;
            if (!(next > -1)) {
                next = (y - 1) / 2;
            }
            if (Math.abs(next - y) <= YIELD_TOLERANCE) {
                return next;
            }
            y = next;
        }
        return y;
    }
}
