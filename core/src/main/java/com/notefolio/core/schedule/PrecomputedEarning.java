package com.notefolio.core.schedule;

import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrecomputedInterest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * How a precomputed (add-on) note earns its finance charge: the charge, the n installments, and for each count of
 * installments paid the balance that a payoff on that due date retires (the remaining installments less the
 * rebate of the interest not yet earned). The schedule's rows split each installment by this rule, so a row's
 * closing balance is exactly the payoff on its due date, and {@link #rebateMinor(int)} is the rebate.
 *
 * <p><b>Amounts and rounding points</b>, in the currency's minor units:
 * <ol>
 *   <li>finance charge FC = principal × add-on rate × n ÷ periods a year, rounded once by the note's interest
 *       rounding ({@link PrecomputedInterest});</li>
 *   <li>total of payments = principal + FC; installment = total ÷ n rounded by the note's payment rounding, the
 *       last installment the total less the n − 1 others (it absorbs the remainder);</li>
 *   <li>the rebate with r installments not yet due, rounded by the note's interest rounding:
 *       <ul>
 *         <li>{@link PrecomputedInterest#RULE_OF_78S}: FC × r(r+1) ÷ (n(n+1)), rounded once. Installment k earns the
 *             difference of two consecutive rebates, FC × (n − k + 1) ÷ (n(n+1)/2) before rounding, so its earned
 *             interest is never rounded by itself and the earned interest sums to FC exactly;</li>
 *         <li>{@link PrecomputedInterest#ACTUARIAL}: the remaining installments less their present value at the
 *             actuarial rate i per installment period — the i at which the n installments' present value is the
 *             principal, each installment one whole period from the one before (the first too, whatever the
 *             days from the issue date) — the present value rounded once; installment k earns its payment less
 *             the fall of that rounded balance.</li>
 *       </ul></li>
 * </ol>
 * The balance after k installments is the total of the installments after the kth less the rebate with n − k left;
 * it is the principal before the first and zero after the last.
 *
 * <p><b>Between due dates</b> ({@link #accruedMinor}): under the Rule of 78s an installment period counts as earned
 * only once its due date has passed (the rebate is that of the installments not yet due, the common rule of the
 * state statutes), so nothing accrues between due dates and a payoff then retires the balance after the last
 * installment; under the actuarial method the period earns interest on that balance at the actuarial rate for the
 * days elapsed of the period's days (simple interest within the period, the unit-period fraction of Regulation Z's
 * Appendix J), rounded by the note's interest rounding.
 */
public final class PrecomputedEarning {

    /** Digits of the actuarial rate's arithmetic: its present values are exact far below the minor unit. */
    private static final MathContext PRECISION = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-32");

    private final PrecomputedInterest method;
    private final RoundingRule interestRounding;
    private final long financeCharge;
    private final long[] installment;
    /** {@code balance[k]}: the payoff on the kth due date after its installment; {@code balance[0]} the principal. */
    private final long[] balance;
    /** The actuarial rate per installment period; zero under the Rule of 78s, which has no rate. */
    private final BigDecimal periodRate;

    private PrecomputedEarning(PrecomputedInterest method, RoundingRule interestRounding, long financeCharge,
                               long[] installment, long[] balance, BigDecimal periodRate) {
        this.method = method;
        this.interestRounding = interestRounding;
        this.financeCharge = financeCharge;
        this.installment = installment;
        this.balance = balance;
        this.periodRate = periodRate;
    }

    /** The earning of {@code terms}' precomputed interest over {@code n} installments. */
    static PrecomputedEarning of(NoteTerms terms, int n) {
        int scale = terms.currencyDigits();
        long principal = NoteTerms.decimal(terms.principal()).movePointRight(scale).longValueExact();
        RoundingRule rounding = terms.interestRounding();
        // n installments are n ÷ periods a year years: × N ÷ 365 of a year each on a cycle of N days
        long fc = new BigDecimal(principal).multiply(terms.annualRate()).multiply(BigDecimal.valueOf(n))
                .multiply(BigDecimal.valueOf(terms.frequency().periodsPerYearDenominator()))
                .divide(BigDecimal.valueOf(terms.frequency().periodsPerYearNumerator()), 0, rounding.mode())
                .longValueExact();
        long total = Math.addExact(principal, fc);
        long level = terms.paymentRounding().divide(total, n);
        long last = total - level * (n - 1);
        if (level <= 0 || last <= 0) {
            throw new InvalidTermsException(terms.id(), "precomputed_interest", terms.precomputed().code(),
                    "the total of payments " + BigDecimal.valueOf(total, scale).toPlainString()
                            + " cannot be paid in " + n + " installments of at least one minor unit");
        }
        long[] installment = new long[n];
        Arrays.fill(installment, level);
        installment[n - 1] = last;
        long[] balance = new long[n + 1];
        BigDecimal periodRate = BigDecimal.ZERO;
        if (terms.precomputed() == PrecomputedInterest.RULE_OF_78S) {
            long remaining = total;
            for (int k = 0; k <= n; k++) {
                balance[k] = remaining - rule78Rebate(rounding, fc, n - k, n);
                remaining -= k < n ? installment[k] : 0;
            }
        } else {
            periodRate = fc == 0 ? BigDecimal.ZERO : actuarialRate(installment, principal, fc);
            BigDecimal[] pv = presentValues(installment, periodRate);
            for (int k = 0; k <= n; k++) {
                balance[k] = pv[k].setScale(0, rounding.mode()).longValueExact();
            }
            balance[0] = principal; // the rate makes the present value the principal, far below a minor unit
            balance[n] = 0;
        }
        return new PrecomputedEarning(terms.precomputed(), rounding, fc, installment, balance, periodRate);
    }

    /** FC × r(r+1) ÷ (n(n+1)), rounded once: the Rule of 78s rebate with {@code r} of {@code n} installments left. */
    private static long rule78Rebate(RoundingRule rounding, long fc, int r, int n) {
        return rounding.multiplyDivide(fc, r, r + 1L, (long) n * (n + 1));
    }

    /**
     * The present values at {@code rate} a period of the installments from k on (k from 0, n for none), valued
     * one period before installment k — on the due date after k installments, the issue for k = 0:
     * pv[k] = (pv[k+1] + installment[k]) ÷ (1 + i), each at 40 digits.
     */
    private static BigDecimal[] presentValues(long[] installment, BigDecimal rate) {
        int n = installment.length;
        BigDecimal factor = BigDecimal.ONE.add(rate);
        BigDecimal[] pv = new BigDecimal[n + 1];
        pv[n] = BigDecimal.ZERO;
        for (int k = n - 1; k >= 0; k--) {
            pv[k] = pv[k + 1].add(BigDecimal.valueOf(installment[k])).divide(factor, PRECISION);
        }
        return pv;
    }

    /**
     * The rate per period at which the installments' present value is the principal (their internal rate of
     * return), by Newton's method from the constant-ratio estimate 2 × FC ÷ (principal × (n + 1)), to 32 digits.
     */
    private static BigDecimal actuarialRate(long[] installment, long principal, long fc) {
        int n = installment.length;
        BigDecimal target = BigDecimal.valueOf(principal);
        BigDecimal rate = BigDecimal.valueOf(2 * (double) fc / ((double) principal * (n + 1)));
        for (int iteration = 0; iteration < 200; iteration++) {
            BigDecimal factor = BigDecimal.ONE.add(rate);
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal slope = BigDecimal.ZERO;
            for (int k = n - 1; k >= 0; k--) {
                // V_k = (V_{k+1} + c_k) ÷ (1 + i); dV_k/di = (dV_{k+1}/di − V_k) ÷ (1 + i).
                value = value.add(BigDecimal.valueOf(installment[k])).divide(factor, PRECISION);
                slope = slope.subtract(value).divide(factor, PRECISION);
            }
            BigDecimal step = value.subtract(target).divide(slope, PRECISION);
            rate = rate.subtract(step, PRECISION);
            if (step.abs().compareTo(TOLERANCE) < 0) {
                return rate;
            }
        }
        throw new ArithmeticException("the actuarial rate of " + n + " installments does not converge");
    }

    public PrecomputedInterest method() {
        return method;
    }

    /** The finance charge fixed when the note was made, in minor units. */
    public long financeChargeMinor() {
        return financeCharge;
    }

    /** The number of installments, n. */
    public int installments() {
        return installment.length;
    }

    /** Installment {@code k} (from 1), in minor units. */
    public long installmentMinor(int k) {
        return installment[k - 1];
    }

    /** Principal + finance charge: the sum of the installments. */
    public long totalOfPaymentsMinor() {
        return balance[0] + financeCharge;
    }

    /**
     * The actuarial rate per installment period as a fraction (0.01204… a month), at 40 significant digits; zero
     * under the Rule of 78s.
     */
    public BigDecimal actuarialPeriodRate() {
        return periodRate;
    }

    /** The sum of the last {@code remaining} installments, in minor units. */
    public long remainingPaymentsMinor(int remaining) {
        long sum = 0;
        for (int k = installment.length - remaining; k < installment.length; k++) {
            sum += installment[k];
        }
        return sum;
    }

    /** The rebate of unearned interest with {@code remaining} installments not yet due (0 to n), in minor units. */
    public long rebateMinor(int remaining) {
        if (method == PrecomputedInterest.RULE_OF_78S) {
            return rule78Rebate(interestRounding, financeCharge, remaining, installment.length);
        }
        return remainingPaymentsMinor(remaining) - payoffMinor(remaining);
    }

    /** The payoff on the due date after which {@code remaining} installments are left: their sum less the rebate. */
    public long payoffMinor(int remaining) {
        return balance[installment.length - remaining];
    }

    /**
     * Interest the period from {@code start} to {@code end} (epoch days) has earned on {@code opening} by
     * {@code day}: none under the Rule of 78s (a period is earned when its due date passes); under the actuarial
     * method opening × i × (day − start) ÷ (end − start), rounded by the note's interest rounding, the whole
     * period's at or after its end.
     */
    public long accruedMinor(long opening, int start, int end, int day) {
        if (method == PrecomputedInterest.RULE_OF_78S || day <= start || end <= start) {
            return 0;
        }
        int elapsed = Math.min(day, end) - start;
        return BigDecimal.valueOf(opening).multiply(periodRate).multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(end - start), 0, interestRounding.mode()).longValueExact();
    }

    /**
     * The resolved schedule of a precomputed note on the resolver's dates (accrual starts, accrual ends when a
     * business day moved only the payment, due dates): row k pays installment k, its principal the fall of the
     * balance, its interest the rest.
     */
    static Schedule resolve(NoteTerms terms, int[] start, int[] accrualEnd, int[] due) {
        int n = due.length;
        PrecomputedEarning earning = of(terms, n);
        long[] opening = new long[n];
        long[] interest = new long[n];
        long[] principal = new long[n];
        long[] payment = new long[n];
        for (int k = 0; k < n; k++) {
            opening[k] = earning.balance[k];
            principal[k] = earning.balance[k] - earning.balance[k + 1];
            payment[k] = earning.installment[k];
            interest[k] = payment[k] - principal[k];
        }
        return new Schedule(terms, start, accrualEnd, due, opening, interest, principal, payment, earning);
    }
}
