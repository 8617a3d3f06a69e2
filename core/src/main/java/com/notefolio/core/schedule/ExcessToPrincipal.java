package com.notefolio.core.schedule;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.SavingsClause;
import java.util.Arrays;

/**
 * The schedule of a note whose savings clause applies the interest above the maximum lawful rate to principal
 * ({@link SavingsClause#APPLIED_TO_PRINCIPAL}). Two schedules of the same terms are resolved first: the
 * <i>contract</i> schedule, as if no cap applied (what the note bills), and the <i>capped</i> one (the rate each
 * period may lawfully accrue at: the lesser of its contract rate and the cap). Then, row by row on the balance
 * this schedule leaves:
 *
 * <ul>
 *   <li><b>interest</b> = the opening balance at the row's capped rate over its accrual period, by the note's
 *       basis and interest rounding (a period whose floating rate resets inside it, at each part's rate);</li>
 *   <li><b>payment</b> = the contract schedule's payment of that due date — the installment billed at the
 *       contract rate: an interest-only note's contract interest on the original principal, a level-payment
 *       note's payment at the contract rate (re-amortized at the contract rates where its terms re-amortize),
 *       a constant-principal note's installment plus the contract interest on the contract schedule's
 *       balance, a stated payment as stated;</li>
 *   <li><b>principal</b> = payment − interest: the scheduled principal plus the excess credited to it. Where
 *       the cap does not bind the installment still holds, so the interest a lower balance saves is principal
 *       too (a level payment's convention);</li>
 *   <li>the <b>last</b> row (maturity), or the first whose payment would retire the balance, pays exactly the
 *       balance plus its interest, and the schedule <b>ends there</b>: the note retires early when the
 *       credits have paid it down before maturity.</li>
 * </ul>
 *
 * <p>Where the cap never binds (a fixed rate at or under it), this is the note's ordinary schedule. Structured
 * notes are refused by the terms; a precomputed note takes no maximum lawful rate.
 */
final class ExcessToPrincipal {

    private ExcessToPrincipal() {
    }

    static Schedule resolve(NoteTerms terms, IndexData indices) {
        // The installments billed are the note's before any periodic fee, which the resolver adds to these rows.
        NoteTerms cappedTerms = terms.toBuilder().savingsClause(SavingsClause.NOT_CHARGED).periodicFee(null).build();
        Schedule capped = ScheduleResolver.resolve(cappedTerms, indices);
        Schedule contract = ScheduleResolver.resolve(cappedTerms.toBuilder().maxLawfulRate(null).build(), indices);
        int n = capped.size();
        int[] start = new int[n];
        int[] due = new int[n];
        int[] accrualEnd = capped.hasUnadjustedAccrual() ? new int[n] : null;
        long[] opening = new long[n];
        long[] interest = new long[n];
        long[] principal = new long[n];
        long[] payment = new long[n];
        long[] rate = new long[n];
        PeriodInterest periods = PeriodInterest.of(terms);
        long periodsRate = PeriodRates.unscaled(terms.annualRate());
        long balance = capped.openingMinor(0);
        int rows = n;
        for (int i = 0; i < n; i++) {
            start[i] = capped.accrualStartEpochDay(i);
            due[i] = capped.dueEpochDay(i);
            int end = capped.accrualEndEpochDay(i);
            if (accrualEnd != null) {
                accrualEnd[i] = end;
            }
            rate[i] = capped.rateUnscaled(i);
            if (rate[i] != periodsRate) {
                periodsRate = rate[i];
                periods = periods.atRate(PeriodRates.decimal(periodsRate));
            }
            opening[i] = balance;
            interest[i] = start[i] == end ? 0 : capped.rateChangesWithin(i)
                    ? capped.interestAcrossChangesMinor(i, balance, end) : periods.interest(balance, start[i], end);
            // The contract schedule has the capped one's due dates; it may end sooner only on a payment that retires it.
            long billed = i < contract.size() ? contract.paymentMinor(i) : 0;
            long retired = billed - interest[i];
            boolean last = i == n - 1 || retired >= balance;
            if (last) {
                retired = balance;
            }
            principal[i] = retired;
            payment[i] = Math.addExact(interest[i], retired);
            balance -= retired;
            if (last) {
                rows = i + 1;
                break;
            }
        }
        RateChanges changes = capped.rateChanges();
        if (rows < n) {
            start = Arrays.copyOf(start, rows);
            due = Arrays.copyOf(due, rows);
            accrualEnd = accrualEnd == null ? null : Arrays.copyOf(accrualEnd, rows);
            opening = Arrays.copyOf(opening, rows);
            interest = Arrays.copyOf(interest, rows);
            principal = Arrays.copyOf(principal, rows);
            payment = Arrays.copyOf(payment, rows);
            rate = Arrays.copyOf(rate, rows);
            changes = changes == null ? null : changes.firstRows(rows);
        }
        return new Schedule(terms, start, accrualEnd, due, opening, interest, principal, payment, rate,
                capped.indexSourceBits(), changes);
    }
}
