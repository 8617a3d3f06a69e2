package com.notefolio.core.schedule;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PeriodicFee;
import java.math.RoundingMode;

/**
 * The {@link PeriodicFee} a note charges with each installment, in minor units: the flat amount, plus the fee
 * rate on the installment's opening balance over its accrual period by the note's period rule ({@link
 * PeriodInterest} at the fee's rate: its basis, odd-days rule and interest rounding), rounded once. The fee is
 * in the schedule's fee column ({@link Schedule#feeMinor}) and part of the row's payment; it never changes the
 * balance. The resolver charges it on the schedule's balance, a scenario on the balance it projects.
 */
public final class PeriodicFees {

    private final long flatMinor;
    /** The period rule at the fee's rate, or {@code null} for a flat fee only. */
    private final PeriodInterest rate;

    private PeriodicFees(NoteTerms terms, PeriodicFee fee) {
        this.flatMinor = fee.amount() == null ? 0
                : fee.amount().setScale(terms.currencyDigits(), RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        this.rate = fee.annualRate() == null ? null : PeriodInterest.of(terms).atRate(fee.annualRate());
    }

    /** The fee rule of {@code terms}, or {@code null} when the note charges no periodic fee. */
    public static PeriodicFees of(NoteTerms terms) {
        return terms.periodicFee() == null ? null : new PeriodicFees(terms, terms.periodicFee());
    }

    /** The fee of an installment whose period accrues from {@code start} to {@code end} (epoch days) on {@code balance}. */
    public long feeMinor(long balance, int start, int end) {
        long onBalance = rate == null || start == end || balance <= 0 ? 0 : rate.interest(balance, start, end);
        return Math.addExact(flatMinor, onBalance);
    }

    /** {@code s} with each row's fee in its fee column and added to its payment. */
    static Schedule charged(Schedule s, PeriodicFees fees) {
        int n = s.size();
        int[] start = new int[n];
        int[] due = new int[n];
        int[] accrualEnd = s.hasUnadjustedAccrual() ? new int[n] : null;
        long[] opening = new long[n];
        long[] interest = new long[n];
        long[] principal = new long[n];
        long[] payment = new long[n];
        long[] rate = new long[n];
        long[] fee = new long[n];
        for (int i = 0; i < n; i++) {
            start[i] = s.accrualStartEpochDay(i);
            due[i] = s.dueEpochDay(i);
            if (accrualEnd != null) {
                accrualEnd[i] = s.accrualEndEpochDay(i);
            }
            opening[i] = s.openingMinor(i);
            interest[i] = s.interestMinor(i);
            principal[i] = s.principalMinor(i);
            rate[i] = s.rateUnscaled(i);
            fee[i] = fees.feeMinor(opening[i], start[i], s.accrualEndEpochDay(i));
            payment[i] = Math.addExact(s.paymentMinor(i), fee[i]);
        }
        return new Schedule(s.terms(), start, accrualEnd, due, opening, interest, principal, payment, rate,
                s.indexSourceBits(), s.rateChanges(), null, null, fee);
    }
}
