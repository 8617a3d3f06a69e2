package com.notefolio.core.payoff;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.LateCharge;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.scenario.PrepaymentCharge;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.InterestAccrual;
import com.notefolio.core.schedule.PeriodInterest;
import com.notefolio.core.schedule.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Quotes the payoff of a resolved schedule on a date. The payments due on or before the date are made (the
 * schedule's convention: a payment due on the date counts as made), unless {@code unpaidFrom} names the first
 * due date left unpaid; then
 *
 * <ul>
 *   <li><b>principal</b> is the balance before that installment (its principal and every later one's is
 *       still owed), otherwise the balance after the last payment made;</li>
 *   <li><b>accrued interest</b> is the schedule's accrued interest on the date
 *       ({@link Schedule#accruedInterestMinor}: the current period's to the day, with any interest a deferral
 *       carries) — with unpaid installments, their scheduled interest plus the current period's accrued on
 *       the unpaid principal;</li>
 *   <li><b>premium</b> is the prepayment premium of the date on the principal ({@link PrepaymentCharge}: flat,
 *       step-down, or yield maintenance on the reference curve; none in the open period);</li>
 *   <li><b>late charges</b> are the note's {@link LateCharge} on each unpaid installment (the schedule's
 *       payment) whose grace ran out before the date;</li>
 *   <li><b>per-diem</b> is one day's interest on the principal at the rate in force on the date, by the note's
 *       day count (ACT/365F for a PERIODIC note, whose interest is by period, not by day), rounded as its
 *       interest is.</li>
 * </ul>
 *
 * A precomputed (add-on) note ({@link Schedule#precomputed()}) is quoted the same way on its schedule, whose
 * balances are its rebated payoffs: the principal is the remaining installments less the rebate of unearned
 * interest as its rebate method computes it on the last due date passed, the accrued interest is what its
 * earning rule earns since (nothing under the Rule of 78s, a period counting as earned once its due date passes;
 * interest at the actuarial rate under the actuarial method), so the total is the remaining installments less
 * the rebate to the date ({@link PayoffQuote#rebateMinor()}); its per-diem is one day's interest of that rule
 * (zero under the Rule of 78s: the quote does not grow between due dates).
 *
 * <p>A quote is refused ({@link IllegalArgumentException} naming the reason) on a date outside the note's life, in
 * its lockout, for a note that may not be prepaid, or for yield maintenance without a reference curve.
 */
public final class PayoffQuoter {

    private PayoffQuoter() {
    }

    /** The payoff of {@code schedule} on {@code date} with every payment made. */
    public static PayoffQuote quote(Schedule schedule, LocalDate date, DiscountCurve reference) {
        return quote(schedule, date, reference, null);
    }

    /**
     * The payoff of {@code schedule} on {@code date}, the installments due from {@code unpaidFrom} on (a due date
     * not after {@code date}; {@code null}: all paid) left unpaid, a yield maintenance premium on {@code reference}.
     */
    public static PayoffQuote quote(Schedule schedule, LocalDate date, DiscountCurve reference, LocalDate unpaidFrom) {
        NoteTerms terms = schedule.terms();
        PrepaymentTerms p = terms.prepayment();
        if (!date.isAfter(terms.issueDate()) || !date.isBefore(terms.maturityDate())) {
            throw new IllegalArgumentException("the payoff date " + date + " is outside the life of note " + terms.id()
                    + " (after " + terms.issueDate() + ", before its maturity " + terms.maturityDate() + ")");
        }
        if (!p.allowed()) {
            throw new IllegalArgumentException("note " + terms.id() + " may not be prepaid (its terms forbid it)");
        }
        if (p.lockoutUntil() != null && date.isBefore(p.lockoutUntil())) {
            throw new IllegalArgumentException("note " + terms.id() + " is locked out until " + p.lockoutUntil());
        }
        if (reference == null && PrepaymentCharge.needsReference(terms)) {
            throw new IllegalArgumentException("note " + terms.id() + " charges yield maintenance on prepayment:"
                    + " give a reference rate or curve");
        }
        int day = EpochDay.of(date);
        int current = schedule.firstDueAfter(day);
        long principal;
        long accrued;
        long lateCharges = 0;
        int unpaid = 0;
        if (unpaidFrom == null) {
            principal = schedule.outstandingMinor(day);
            accrued = schedule.accruedInterestMinor(day);
        } else {
            int first = dueRow(schedule, unpaidFrom);
            if (first >= current) {
                throw new IllegalArgumentException("the first unpaid installment " + unpaidFrom
                        + " is after the payoff date " + date);
            }
            principal = schedule.openingMinor(first);
            accrued = first > 0 ? schedule.deferredInterestMinor(first - 1) : 0;
            LateCharge charge = terms.defaults().lateCharge();
            for (int i = first; i < current; i++) {
                accrued += schedule.interestMinor(i);
                if (schedule.isDueRow(i) && (schedule.flags(i) & FlowKind.DEFERRAL.bit()) == 0) {
                    unpaid++;
                    if (charge != null && schedule.dueEpochDay(i) + charge.graceDays() < day) {
                        lateCharges += charge.chargeMinor(schedule.paymentMinor(i), schedule.scale());
                    }
                }
            }
            int start = schedule.accrualStartEpochDay(current);
            int end = schedule.accrualEndEpochDay(current);
            accrued += schedule.precomputed() != null ? schedule.precomputed().accruedMinor(principal, start, end, day)
                    : PeriodInterest.of(terms).atRate(schedule.rate(current)).accrued(principal, start, end, day);
        }
        BigDecimal rate = schedule.rateOn(day);
        long premium = PrepaymentCharge.premiumMinor(terms, date, principal, rate, reference);
        if (schedule.precomputed() != null) {
            return precomputedQuote(schedule, date, current, principal, accrued, premium, lateCharges, unpaid, rate);
        }
        var basis = terms.accrualBasis() == DayCounts.PERIODIC ? DayCounts.ACT_365F : terms.accrualBasis();
        long perDiem = InterestAccrual.of(rate, basis, terms.interestRounding()).interest(principal, day, day + 1);
        return new PayoffQuote(terms.id(), date, terms.currency(), schedule.scale(), principal, accrued, premium,
                lateCharges, unpaid, perDiem, rate);
    }

    /**
     * A precomputed note's quote: the installments from the first unpaid (or the first not yet due) on, the rebate
     * they leave over principal + accrued interest, and one day of the earning rule's interest as the per-diem.
     */
    private static PayoffQuote precomputedQuote(Schedule schedule, LocalDate date, int current, long principal,
                                                long accrued, long premium, long lateCharges, int unpaid,
                                                BigDecimal rate) {
        NoteTerms terms = schedule.terms();
        var earning = schedule.precomputed();
        int remaining = schedule.size() - current + unpaid;
        long remainingPayments = earning.remainingPaymentsMinor(remaining);
        int start = schedule.accrualStartEpochDay(current);
        long perDiem = earning.accruedMinor(principal, start, schedule.accrualEndEpochDay(current), start + 1);
        return new PayoffQuote(terms.id(), date, terms.currency(), schedule.scale(), principal, accrued, premium,
                lateCharges, unpaid, perDiem, rate, remainingPayments, remainingPayments - principal - accrued);
    }

    private static int dueRow(Schedule s, LocalDate due) {
        int day = EpochDay.of(due);
        for (int i = 0; i < s.size(); i++) {
            if (s.dueEpochDay(i) == day && s.isDueRow(i)) {
                return i;
            }
        }
        throw new IllegalArgumentException(due + " is not a due date of note " + s.noteId());
    }
}
