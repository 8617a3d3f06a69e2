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
 * instead of throwing. Converged when the step is below 10^-15, far below the 5 × 10^-7 a unit-period that
 * a hundredth of a percent is at 12 a year.
 */
public final class ActuarialApr {

    private static final double HIGHEST_RATE = 1e4;
    private static final double TOLERANCE = 1e-15;
    private static final int MAX_ITERATIONS = 500;

    private ActuarialApr() {
    }

    /** The APR in the unit-period Appendix J (b)(4) gives the transaction. */
    public static AprSolution solve(ClosedEndCredit credit) {
        return solve(credit, UnitPeriodRule.of(credit));
    }

    /** The APR in the unit-period {@code unitPeriod}. */
    public static AprSolution solve(ClosedEndCredit credit, UnitPeriod unitPeriod) {
        Equation equation = Equation.of(credit, unitPeriod);
        double zero = equation.residual(0);
        if (zero == 0) {
            return AprSolution.solved(unitPeriod, 0);
        }
        double lo;
        double hi;
        if (zero < 0) {
            // More is paid than advanced: the root is a positive rate, where discounting brings the payments down.
            lo = 0;
            hi = 0.01;
            while (equation.residual(hi) < 0) {
                lo = hi;
                hi *= 2;
                if (hi > HIGHEST_RATE || Double.isNaN(equation.residual(hi))) {
                    return AprSolution.noRoot(unitPeriod);
                }
            }
        } else {
            hi = 0;
            lo = -0.5;
            int halvings = 1;
            while (equation.residual(lo) > 0) {
                hi = lo;
                lo = -1 + Math.pow(0.5, ++halvings);
                if (halvings > 60 || lo <= -1) {
                    return AprSolution.noRoot(unitPeriod);
                }
            }
        }
        return AprSolution.solved(unitPeriod, root(equation, lo, hi));
    }

    /** The root inside [lo, hi], where residual(lo) ≤ 0 ≤ residual(hi) or the reverse. */
    private static double root(Equation equation, double lo, double hi) {
        double fLo = equation.residual(lo);
        if (fLo == 0) {
            return lo;
        }
        // Orient so that residual(below) < 0 < residual(above).
        double below = fLo < 0 ? lo : hi;
        double above = fLo < 0 ? hi : lo;
        double x = 0.5 * (lo + hi);
        double previousStep = Math.abs(hi - lo);
        double step = previousStep;
        double[] value = new double[2];
        equation.evaluate(x, value);
        for (int n = 0; n < MAX_ITERATIONS; n++) {
            double f = value[0];
            double df = value[1];
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
            equation.evaluate(x, value);
            if (value[0] == 0) {
                return x;
            }
            if (value[0] < 0) {
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
            double sum = 0;
            for (int k = 0; k < amount.length; k++) {
                sum += amount[k] / ((1 + fraction[k] * i) * Math.pow(1 + i, units[k]));
            }
            return sum;
        }

        /** residual(i) into value[0], its derivative into value[1]. */
        void evaluate(double i, double[] value) {
            double sum = 0;
            double slope = 0;
            for (int k = 0; k < amount.length; k++) {
                double simple = 1 + fraction[k] * i;
                double pv = amount[k] / (simple * Math.pow(1 + i, units[k]));
                sum += pv;
                slope -= pv * (fraction[k] / simple + units[k] / (1 + i));
            }
            value[0] = sum;
            value[1] = slope;
        }
    }
}
