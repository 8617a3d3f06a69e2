package com.notefolio.core.disclosure;

import java.util.List;

/**
 * The annual percentage rate of a closed-end credit by the actuarial method of Appendix J to 12 CFR 1026
 * (Regulation Z, § 1026.22(a)(1)).
 *
 * <p>Definition ((a)(2), (b)(1), (b)(8)): at the end of each unit-period, or fraction of one, the unpaid
 * balance grows by the finance charge earned and falls by the payment. Equivalently, the unit-period rate
 * i is the root of the general equation
 * <pre>
 *   Σ_k A_k / ((1 + e_k·i)(1 + i)^q_k)  =  Σ_j P_j / ((1 + f_j·i)(1 + i)^t_j)
 * </pre>
 * where A_k are the advances and P_j the payments, q_k and t_j the full unit-periods and e_k and f_j the
 * fractions of a unit-period from the beginning of the term to each ({@link UnitPeriod#timeBetween},
 * (b)(5)). The fraction earns simple interest (the factor 1 + f·i, (b)(6)) and comes first, since full
 * unit-periods are measured back from the later date. The APR is w × i, w the unit-periods in a year
 * ((b)(1)); the unit-period is the one of (b)(4) ({@link UnitPeriodRule}) unless the caller names one.
 *
 * <p>Solving: Newton's method on the equation's residual, kept inside a bracket on which the residual
 * changes sign and falling back to bisection whenever a Newton step would leave it or shrink it too
 * slowly, so it converges wherever a root is bracketed. The bracket is searched from i = 0 outward (up to
 * 10^4 a unit-period, down towards −1); when there is none the result says {@link AprSolution.Status#NO_ROOT}
 * instead of throwing. Converged when the step is below 10^-14, far below the 5 × 10^-7 a unit-period that
 * a hundredth of a percent is at 12 a year.
 */
public final class ActuarialApr {

    private static final double HIGHEST_RATE = 1e4;
    private static final double TOLERANCE = 1e-14;
    private static final int MAX_ITERATIONS = 500;

    private ActuarialApr() {
    }

    /** The APR in the unit-period Appendix J (b)(4) gives the transaction. */
    public static AprSolution solve(ClosedEndCredit credit) {
        return solve(credit, UnitPeriodRule.of(credit));
    }

    /** The APR in the unit-period {@code unitPeriod}. */
    public static AprSolution solve(ClosedEndCredit credit, UnitPeriod unitPeriod) {
        return solve(Equation.of(credit, unitPeriod), unitPeriod);
    }

    /**
     * The APR of the general equation given term by term: {@code amount} (advances positive, payments
     * negative), {@code units} and {@code fraction} from the beginning of the term in {@code unitPeriod}.
     * For {@link NoteDisclosure}'s fast path, which measures a schedule's times without building dates.
     */
    static AprSolution solve(double[] amount, int[] units, double[] fraction, UnitPeriod unitPeriod) {
        return solve(new Equation(amount, units, fraction), unitPeriod);
    }

    private static AprSolution solve(Equation equation, UnitPeriod unitPeriod) {
        double zero = equation.residual(0);
        if (zero == 0) {
            return AprSolution.solved(unitPeriod, 0);
        }
        // More paid than advanced: the root is usually a positive rate, where discounting brings the payments
        // down; less paid, a negative one. The other side is searched too, for transactions whose advances
        // come after payments.
        double[] bracket = zero < 0 ? above(equation, zero) : below(equation, zero);
        if (bracket == null) {
            bracket = zero < 0 ? below(equation, zero) : above(equation, zero);
        }
        return bracket == null ? AprSolution.noRoot(unitPeriod)
                : AprSolution.solved(unitPeriod, root(equation, bracket));
    }

    /**
     * {lo, residual(lo), hi, residual(hi)} from 0 up to {@link #HIGHEST_RATE} across which the residual
     * changes sign, or {@code null}.
     */
    private static double[] above(Equation equation, double zero) {
        double lo = 0;
        double fLo = zero;
        double hi = 0.01;
        while (hi <= HIGHEST_RATE) {
            double f = equation.residual(hi);
            if (Double.isNaN(f)) {
                return null;
            }
            if (Math.signum(f) != Math.signum(zero)) {
                return new double[] {lo, fLo, hi, f};
            }
            lo = hi;
            fLo = f;
            hi *= 2;
        }
        return null;
    }

    /** The same from 0 down towards −1, or {@code null}. */
    private static double[] below(Equation equation, double zero) {
        double hi = 0;
        double fHi = zero;
        for (int halvings = 1; halvings <= 60; halvings++) {
            double lo = -1 + Math.pow(0.5, halvings);
            double f = equation.residual(lo);
            if (Double.isNaN(f)) {
                return null;
            }
            if (Math.signum(f) != Math.signum(zero)) {
                return new double[] {lo, f, hi, fHi};
            }
            hi = lo;
            fHi = f;
        }
        return null;
    }

    /** The root inside a bracket {lo, residual(lo), hi, residual(hi)} whose residuals differ in sign. */
    private static double root(Equation equation, double[] bracket) {
        double lo = bracket[0];
        double hi = bracket[2];
        if (bracket[1] == 0) {
            return lo;
        }
        if (bracket[3] == 0) {
            return hi;
        }
        // Orient so that residual(below) < 0 < residual(above).
        double below = bracket[1] < 0 ? lo : hi;
        double above = bracket[1] < 0 ? hi : lo;
        // Start where the chord between the bracket's ends crosses zero: near the root for a smooth residual.
        double x = lo - bracket[1] * (hi - lo) / (bracket[3] - bracket[1]);
        double previousStep = Math.abs(hi - lo);
        double step = previousStep;
        double[] slope = new double[1];
        double f = equation.evaluate(x, slope);
        for (int n = 0; n < MAX_ITERATIONS && f != 0; n++) {
            double df = slope[0];
            boolean newtonLeaves = df == 0 || ((x - above) * df - f) * ((x - below) * df - f) > 0;
            boolean newtonSlow = Math.abs(2 * f) > Math.abs(previousStep * df);
            previousStep = step;
            if (newtonLeaves || newtonSlow) {
                step = 0.5 * (above - below);
                x = below + step;
            } else {
                step = f / df;
                x -= step;
            }
            if (Math.abs(step) < TOLERANCE) {
                return x;
            }
            f = equation.evaluate(x, slope);
            if (f < 0) {
                below = x;
            } else {
                above = x;
            }
        }
        return x;
    }

    /**
     * The general equation as residual(i) = Σ advances discounted − Σ payments discounted, with its
     * derivative. Amounts are doubles here: a rate is an estimate, and the residual's scale is that of
     * the amounts.
     */
    private record Equation(double[] amount, int[] units, double[] fraction) {

        static Equation of(ClosedEndCredit credit, UnitPeriod unitPeriod) {
            List<DatedAmount> advances = credit.advances();
            List<DatedAmount> payments = credit.payments();
            int n = advances.size() + payments.size();
            double[] amount = new double[n];
            int[] units = new int[n];
            double[] fraction = new double[n];
            boolean monthEnd = credit.monthEndSeries();
            for (int k = 0; k < n; k++) {
                boolean advance = k < advances.size();
                DatedAmount a = advance ? advances.get(k) : payments.get(k - advances.size());
                UnitPeriodTime time = unitPeriod.timeBetween(credit.termStart(), a.date(), monthEnd);
                amount[k] = advance ? a.amount().doubleValue() : -a.amount().doubleValue();
                units[k] = time.units();
                fraction[k] = time.fraction();
            }
            return new Equation(amount, units, fraction);
        }

        double residual(double i) {
            return evaluate(i, null);
        }

        /**
         * residual(i), and its derivative into slope[0] when {@code slope} is given. Discount factors are
         * built by multiplication — v^t from v^(t−1) when t rises by one, as a schedule's payments do, and
         * 1/(1 + f·i) once for each run of equal fractions — so a 360-payment note costs no division a term.
         */
        double evaluate(double i, double[] slope) {
            double v = 1 / (1 + i);
            double vt = 1;
            int t = 0;
            double f = 0;
            double simple = 1;
            double sum = 0;
            double derivative = 0;
            for (int k = 0; k < amount.length; k++) {
                if (units[k] != t) {
                    vt = units[k] == t + 1 ? vt * v : Math.pow(v, units[k]);
                    t = units[k];
                }
                if (fraction[k] != f) {
                    f = fraction[k];
                    simple = 1 / (1 + f * i);
                }
                double pv = amount[k] * vt * simple;
                sum += pv;
                derivative -= pv * (f * simple + t * v);
            }
            if (slope != null) {
                slope[0] = derivative;
            }
            return sum;
        }
    }
}
