package com.notefolio.core.pricer;

import java.util.Arrays;

/**
 * Excel's XIRR, robust: the rate r &gt; −1 at which dated amounts aᵢ are worth nothing together,
 * Σ aᵢ·(1 + r)^−tᵢ = 0, with tᵢ the ACT/365 years from the earliest date (Excel's and pyxirr's
 * convention; any other origin multiplies the sum by a positive factor and has the same roots). It answers
 * a {@link Result}: the rate and a {@link Status}, never an exception for flows that have no rate.
 *
 * <p><b>Which root.</b> Flows that change sign more than once can have several roots (Descartes' rule
 * of signs, which holds for these sums of exponentials: at most as many roots as sign changes of the
 * amounts in date order) or none. The answer is
 * <ol>
 *   <li>the root Newton's method reaches from the guess, taking plain Newton steps while they stay in
 *       (−1, ∞) ({@link Status#CONVERGED}). This is what Excel's XIRR and pyxirr answer from the same
 *       guess, so a figure checked against either agrees with it; a note's yield starts from its coupon,
 *       so the rate found is the one near what the note pays;</li>
 *   <li>when Newton's method fails (a step leaves (−1, ∞), the sum overflows, 50 steps pass without
 *       converging), the root closest to 0, |r| smallest ({@link Status#BRACKETED}): the least extreme
 *       rate, the one an analyst would read as the return. pyxirr's own fallback (Brent's method on
 *       (−1, 100), then Newton from −1 upwards) gives that root on every one of its samples where it
 *       answers at all; where several roots lie near −1 (−99.9% and −61% a year) the one nearer 0 is the
 *       meaningful one;</li>
 *   <li>{@link Status#NO_ROOT} when no rate in (−1, ∞) balances the flows, {@link Status#NO_SIGN_CHANGE}
 *       when they are all of one sign (or zero), so that none can; the rate is then {@code NaN}.</li>
 * </ol>
 * Two flows have one root, solved exactly: r = (−a₁/a₀)^(1/(t₁−t₀)) − 1.
 *
 * <p><b>The bracketed search.</b> In x = ln(1 + r) the sum is Σ aᵢe^(−tᵢx), split into its positive
 * and negative terms P(x) and N(x), each monotone. On a cell [x₀, x₁] f = P − N has no root when the
 * smaller end value of P exceeds the larger of N (or the reverse): a proof, not a sample, so a root is
 * never missed where the cells say none; cells that cannot be cleared are halved, the half nearer 0
 * first. A cell whose ends differ in sign and whose derivative is cleared the same way holds exactly
 * one root, which Brent's method finds. The search runs outward from r = 0 on both sides and stops
 * once the other side cannot hold a root closer to 0. Beyond bounds computed from the amounts (the
 * earliest flow outweighs all the rest for r large, the last one for r near −1) no root exists; the
 * search also stops at 1 + r = e^−36 (≈ 2·10^−16, where r can no longer be told from −1 in a double)
 * and at r = e^700. Cells narrower than 10⁻⁹ in x that are neither cleared nor bracketed (a root of
 * even multiplicity, where f touches 0 without crossing) count as a root only where |f| ≤ 10⁻¹²·(P + N);
 * a search spends at most 100,000 evaluations (a sum within 10⁻¹² of zero over a wide range would be
 * halved without end), after which cells not yet decided count as holding none. Pairs of roots closer
 * than that, and roots beyond the two stops, are the only ones it can miss.
 *
 * <p>Stateless; the guess of {@link #solve(int[], double[])} is pyxirr's: Σ inflows ÷ −Σ outflows − 1,
 * held to [−0.9, 0.1] (Excel's fixed guess is 0.1).
 */
public final class Xirr {

    /** How an answer was found, or why there is none. */
    public enum Status {
        /** The root Newton's method reached from the guess. */
        CONVERGED,
        /** Newton's method failed from the guess: the root closest to 0, found by bracketing. */
        BRACKETED,
        /** The flows change sign, but no rate in (−1, ∞) balances them. */
        NO_ROOT,
        /** The flows are all of one sign or zero: no rate can balance them. */
        NO_SIGN_CHANGE;

        /** Whether a rate was found. */
        public boolean hasRoot() {
            return this == CONVERGED || this == BRACKETED;
        }
    }

    /** A rate (annual, compounded annually, a fraction; {@code NaN} without a root) and how it was found. */
    public record Result(double rate, Status status) {

        public Result {
            if (status == null || status.hasRoot() == Double.isNaN(rate)) {
                throw new IllegalArgumentException("rate " + rate + " with status " + status);
            }
        }

        static Result none(Status status) {
            return new Result(Double.NaN, status);
        }
    }

    private static final double DAYS_PER_YEAR = 365.0;
    /** pyxirr's limit: a path that has not converged in 50 steps is abandoned for the bracketed search. */
    private static final int MAX_NEWTON_STEPS = 50;
    /** A Newton step this small (relative to max(1, |r|)) ends the search: the next error is its square. */
    private static final double NEWTON_TOLERANCE = 1e-12;
    private static final double X_MIN = -36;
    private static final double X_MAX = 700;
    /** Width of the first cells next to r = 0, in x; each further cell is {@link #CELL_GROWTH} times wider. */
    private static final double FIRST_CELL = 0.05;
    private static final double CELL_GROWTH = 1.25;
    private static final double MIN_CELL = 1e-9;
    /** A bound must win by more than the rounding of a sum of a few thousand terms to clear a cell. */
    private static final double CLEAR_MARGIN = 1 + 1e-12;
    private static final int MAX_BRENT_STEPS = 200;
    /**
     * Evaluations one bracketed search may spend; a sum that stays within 10⁻¹² of zero over a wide range
     * would otherwise be halved without end. Past it, cells not yet decided count as holding no root.
     */
    private static final int MAX_EVALUATIONS = 100_000;

    private Xirr() {
    }

    /** The XIRR of amounts on epoch days, from pyxirr's guess ({@link #defaultGuess}). */
    public static Result solve(int[] epochDays, double[] amounts) {
        return solve(epochDays, amounts, defaultGuess(amounts));
    }

    /** The XIRR of amounts on epoch days, Newton's method starting from {@code guess}. */
    public static Result solve(int[] epochDays, double[] amounts, double guess) {
        if (epochDays.length != amounts.length) {
            throw new IllegalArgumentException(epochDays.length + " dates for " + amounts.length + " amounts");
        }
        int first = Integer.MAX_VALUE;
        for (int d : epochDays) {
            first = Math.min(first, d);
        }
        double[] years = new double[epochDays.length];
        for (int i = 0; i < years.length; i++) {
            years[i] = (epochDays[i] - (long) first) / DAYS_PER_YEAR;
        }
        return solveYears(years, amounts, guess);
    }

    /**
     * The XIRR of amounts at times in years (ACT/365: days ÷ 365 for Excel's convention); the times are
     * taken from the earliest, which is where Newton's path is measured from, as in Excel and pyxirr.
     */
    public static Result solveYears(double[] years, double[] amounts, double guess) {
        if (years.length != amounts.length) {
            throw new IllegalArgumentException(years.length + " times for " + amounts.length + " amounts");
        }
        if (!(guess > -1) || Double.isInfinite(guess)) {
            throw new IllegalArgumentException("guess " + guess + " must be a finite rate above -1");
        }
        double origin = Double.POSITIVE_INFINITY;
        int positive = 0;
        int negative = 0;
        for (int i = 0; i < years.length; i++) {
            if (!Double.isFinite(years[i]) || !Double.isFinite(amounts[i])) {
                throw new IllegalArgumentException("flow " + i + ": time " + years[i] + ", amount " + amounts[i]
                        + " must be finite");
            }
            origin = Math.min(origin, years[i]);
            if (amounts[i] > 0) {
                positive++;
            } else if (amounts[i] < 0) {
                negative++;
            }
        }
        if (positive == 0 || negative == 0) {
            return Result.none(Status.NO_SIGN_CHANGE);
        }
        // Only the non-zero flows count; their times from the earliest date of all, as Excel measures them.
        int n = positive + negative;
        double[] t = new double[n];
        double[] a = new double[n];
        for (int i = 0, k = 0; i < years.length; i++) {
            if (amounts[i] != 0) {
                t[k] = years[i] - origin;
                a[k++] = amounts[i];
            }
        }
        if (n == 2 && t[0] != t[1]) {
            double rate = Math.pow(-a[1] / a[0], 1 / (t[1] - t[0])) - 1;
            if (rate > -1 && Double.isFinite(rate)) {
                return new Result(rate, Status.CONVERGED);
            }
        }
        double rate = newton(t, a, guess);
        if (!Double.isNaN(rate)) {
            return new Result(rate, Status.CONVERGED);
        }
        return new Bracketing(t, a).closestToZero();
    }

    /** pyxirr's guess: Σ inflows ÷ −Σ outflows − 1 (the whole-life return), held to [−0.9, 0.1]. */
    public static double defaultGuess(double[] amounts) {
        double in = 0;
        double out = 0;
        for (double x : amounts) {
            if (x > 0) {
                in += x;
            } else {
                out += x;
            }
        }
        double guess = in / -out - 1;
        return Double.isNaN(guess) ? 0.1 : Math.max(-0.9, Math.min(0.1, guess));
    }

    /**
     * Plain Newton steps on Σ aᵢ(1 + r)^−tᵢ from {@code guess}: the root reached, or NaN when a step
     * leaves (−1, ∞), a sum is not finite, the slope vanishes or 50 steps pass.
     */
    static double newton(double[] t, double[] a, double guess) {
        double r = guess;
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            double log = Math.log1p(r);
            double f = 0;
            double tf = 0;
            for (int i = 0; i < t.length; i++) {
                double v = a[i] * Math.exp(-t[i] * log);
                f += v;
                tf += t[i] * v;
            }
            if (f == 0) {
                return r;
            }
            double slope = -tf / (1 + r);
            if (!Double.isFinite(f) || !Double.isFinite(slope) || slope == 0) {
                return Double.NaN;
            }
            double delta = f / slope;
            double next = r - delta;
            if (!(next > -1) || Double.isInfinite(next)) {
                return Double.NaN;
            }
            if (Math.abs(delta) <= NEWTON_TOLERANCE * Math.max(1, Math.abs(r))) {
                return next;
            }
            r = next;
        }
        return Double.NaN;
    }

    /**
     * The flows merged by time and sorted, with the scaled sums the bracketed search clears cells with:
     * for x ≥ 0 each term aᵢe^(−(tᵢ − t_first)x), for x &lt; 0 each aᵢe^((t_last − tᵢ)x) — f times a
     * positive factor, so the same roots, and every exponential at most 1: nothing overflows on either side.
     */
    private static final class Bracketing {
        private final double[] t;
        private final double[] a;
        private final int n;
        private final double xLow;
        private final double xHigh;
        private int evaluations;

        Bracketing(double[] times, double[] amounts) {
            Integer[] order = new Integer[times.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (i, j) -> Double.compare(times[i], times[j]));
            double[] mt = new double[times.length];
            double[] ma = new double[times.length];
            int m = 0;
            for (int i : order) {
                if (m > 0 && mt[m - 1] == times[i]) {
                    ma[m - 1] += amounts[i];
                } else {
                    mt[m] = times[i];
                    ma[m++] = amounts[i];
                }
            }
            int k = 0;
            for (int i = 0; i < m; i++) {
                if (ma[i] != 0) {
                    mt[k] = mt[i];
                    ma[k++] = ma[i];
                }
            }
            n = k;
            t = mt;
            a = ma;
            if (n < 2) {
                xLow = 0;
                xHigh = 0;
                return;
            }
            // For x > xHigh the first flow outweighs the others: |Σ_{i>0} aᵢe^(−(tᵢ−t₀)x)| ≤ R·e^(−τx) < |a₀|,
            // τ the first gap. For x < xLow the last flow outweighs the others the same way.
            double restAfterFirst = 0;
            double restBeforeLast = 0;
            for (int i = 1; i < n; i++) {
                restAfterFirst += Math.abs(a[i]);
                restBeforeLast += Math.abs(a[i - 1]);
            }
            double high = Math.log(restAfterFirst / Math.abs(a[0])) / (t[1] - t[0]);
            double low = Math.log(Math.abs(a[n - 1]) / restBeforeLast) / (t[n - 1] - t[n - 2]);
            xHigh = Math.min(X_MAX, Math.max(0, high));
            xLow = Math.max(X_MIN, Math.min(0, low));
        }

        /** The root with the smallest |r|, or why there is none. */
        Result closestToZero() {
            if (n < 2) {
                // One date (or none) left after merging: Σ a·(1 + r)^−t is zero for every rate or for none.
                return Result.none(n == 0 ? Status.NO_SIGN_CHANGE : Status.NO_ROOT);
            }
            double best = Double.NaN;
            double[] rightValue = eval(0, false);
            if (rightValue[0] == rightValue[1]) {
                return new Result(0, Status.BRACKETED);
            }
            // The two sides scale f differently (see the class comment), so each has its own value at 0.
            double[] leftValue = eval(0, true);
            // Two cursors walk out from x = 0; the next cell taken is the one whose inner end is nearer r = 0.
            double rightFrom = 0;
            double rightWidth = FIRST_CELL;
            double leftFrom = 0;
            double leftWidth = FIRST_CELL;
            while (true) {
                boolean rightOpen = rightFrom < xHigh;
                boolean leftOpen = leftFrom > xLow;
                double rightNear = Math.expm1(rightFrom);
                double leftNear = -Math.expm1(leftFrom);
                if (!Double.isNaN(best)) {
                    rightOpen &= rightNear < Math.abs(best);
                    leftOpen &= leftNear < Math.abs(best);
                }
                if (!rightOpen && !leftOpen) {
                    break;
                }
                if (rightOpen && (!leftOpen || rightNear <= leftNear)) {
                    double to = Math.min(xHigh, rightFrom + rightWidth);
                    double[] toValue = eval(to, false);
                    double x = search(rightFrom, rightValue, to, toValue, false);
                    if (!Double.isNaN(x) && (Double.isNaN(best) || Math.abs(Math.expm1(x)) < Math.abs(best))) {
                        best = Math.expm1(x);
                    }
                    rightFrom = to;
                    rightValue = toValue;
                    rightWidth *= CELL_GROWTH;
                } else {
                    double to = Math.max(xLow, leftFrom - leftWidth);
                    double[] toValue = eval(to, true);
                    double x = search(leftFrom, leftValue, to, toValue, true);
                    if (!Double.isNaN(x) && (Double.isNaN(best) || Math.abs(Math.expm1(x)) < Math.abs(best))) {
                        best = Math.expm1(x);
                    }
                    leftFrom = to;
                    leftValue = toValue;
                    leftWidth *= CELL_GROWTH;
                }
            }
            return Double.isNaN(best) || !(best > -1) ? Result.none(Status.NO_ROOT) : new Result(best, Status.BRACKETED);
        }

        /**
         * The root in the cell from {@code near} (the end nearer x = 0) to {@code far} that is closest to
         * 0, or NaN when the cell has none; the ends' values are {@link #eval}'s on the cell's side of 0.
         */
        private double search(double near, double[] nearValue, double far, double[] farValue, boolean left) {
            if (cleared(nearValue[0], nearValue[1], farValue[0], farValue[1])) {
                return Double.NaN;
            }
            boolean crosses = Math.signum(nearValue[0] - nearValue[1]) != Math.signum(farValue[0] - farValue[1]);
            if (crosses && cleared(nearValue[2], nearValue[3], farValue[2], farValue[3])) {
                return brent(near, nearValue[0] - nearValue[1], far, farValue[0] - farValue[1], left);
            }
            double mid = (near + far) / 2;
            if (Math.abs(far - near) <= MIN_CELL * Math.max(1, Math.abs(mid)) || evaluations > MAX_EVALUATIONS) {
                if (crosses) {
                    return brent(near, nearValue[0] - nearValue[1], far, farValue[0] - farValue[1], left);
                }
                double[] m = eval(mid, left);
                return Math.abs(m[0] - m[1]) <= 1e-12 * (m[0] + m[1]) ? mid : Double.NaN;
            }
            double[] midValue = eval(mid, left);
            double x = search(near, nearValue, mid, midValue, left);
            return Double.isNaN(x) ? search(mid, midValue, far, farValue, left) : x;
        }

        /** Whether two monotone positive parts P, N with these end values cannot meet between the ends. */
        private static boolean cleared(double p0, double n0, double p1, double n1) {
            return Math.min(p0, p1) > Math.max(n0, n1) * CLEAR_MARGIN
                    || Math.min(n0, n1) > Math.max(p0, p1) * CLEAR_MARGIN;
        }

        /**
         * At x: the scaled sum's positive and negative parts P and N, and those of its derivative in x
         * (each term's coefficient times its exponent's factor), all as positive magnitudes; {@code left}
         * for the scaling of x &lt; 0 (exact at 0 too, where the two scalings' derivatives differ).
         */
        private double[] eval(double x, boolean left) {
            evaluations++;
            double p = 0;
            double q = 0;
            double dp = 0;
            double dq = 0;
            for (int i = 0; i < n; i++) {
                double s = left ? t[n - 1] - t[i] : -(t[i] - t[0]);
                double v = a[i] * Math.exp(s * x);
                double d = s * v;
                if (v > 0) {
                    p += v;
                } else {
                    q -= v;
                }
                if (d > 0) {
                    dp += d;
                } else {
                    dq -= d;
                }
            }
            return new double[] {p, q, dp, dq};
        }

        /** f = P − N at x, scaled as {@link #eval} scales it. */
        private double value(double x, boolean left) {
            double[] v = eval(x, left);
            return v[0] - v[1];
        }

        /** Brent's method (Brent 1973, as in Numerical Recipes' zbrent) on a bracket [x1, x2] of f. */
        private double brent(double x1, double f1, double x2, double f2, boolean left) {
            double b = x2;
            double fb = f2;
            double c = x1;
            double fc = f1;
            double aa = x1;
            double fa = f1;
            double d = b - aa;
            double e = d;
            for (int iter = 0; iter < MAX_BRENT_STEPS; iter++) {
                if (Math.signum(fb) == Math.signum(fc)) {
                    c = aa;
                    fc = fa;
                    d = b - aa;
                    e = d;
                }
                if (Math.abs(fc) < Math.abs(fb)) {
                    aa = b;
                    b = c;
                    c = aa;
                    fa = fb;
                    fb = fc;
                    fc = fa;
                }
                double tol = 2 * Math.ulp(1.0) * Math.abs(b) + 1e-18;
                double xm = (c - b) / 2;
                if (Math.abs(xm) <= tol || fb == 0) {
                    return b;
                }
                if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
                    double s = fb / fa;
                    double p;
                    double q;
                    if (aa == c) {
                        p = 2 * xm * s;
                        q = 1 - s;
                    } else {
                        double qq = fa / fc;
                        double r = fb / fc;
                        p = s * (2 * xm * qq * (qq - r) - (b - aa) * (r - 1));
                        q = (qq - 1) * (r - 1) * (s - 1);
                    }
                    if (p > 0) {
                        q = -q;
                    }
                    p = Math.abs(p);
                    if (2 * p < Math.min(3 * xm * q - Math.abs(tol * q), Math.abs(e * q))) {
                        e = d;
                        d = p / q;
                    } else {
                        d = xm;
                        e = d;
                    }
                } else {
                    d = xm;
                    e = d;
                }
                aa = b;
                fa = fb;
                b += Math.abs(d) > tol ? d : Math.copySign(tol, xm);
                fb = value(b, left);
            }
            return b;
        }
    }
}
