package com.notefolio.core.pricer;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.SavingsClause;
import com.notefolio.core.schedule.PeriodInterest;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;

/**
 * The interest a {@link SavingsClause#REFUNDED refunding} savings clause returns to the borrower, per row of the
 * resolved (capped) schedule, in minor units: the interest billed at the contract rate — the rate the period
 * would accrue at without the maximum lawful rate — on the row's opening balance over its accrual period, by the
 * note's basis and rounding, less the capped interest the schedule charges. Zero where the rate is under the
 * cap, and for every row of a note whose clause is {@link SavingsClause#NOT_CHARGED} (nothing above the cap is
 * billed, so nothing is refunded).
 */
public final class UsuryRefund {

    private UsuryRefund() {
    }

    /** The refund of each row of {@code capped}, a schedule resolved under {@code indices}. */
    public static long[] perRowMinor(Schedule capped, IndexData indices) {
        NoteTerms terms = capped.terms();
        long[] refunds = new long[capped.size()];
        if (terms.savingsClause() != SavingsClause.REFUNDED || terms.maxLawfulRate() == null) {
            return refunds;
        }
        Schedule contract = ScheduleResolver.resolve(terms.toBuilder().maxLawfulRate(null)
                .savingsClause(SavingsClause.NOT_CHARGED).build(), indices);
        PeriodInterest periods = PeriodInterest.of(terms);
        for (int i = 0; i < capped.size(); i++) {
            int start = capped.accrualStartEpochDay(i);
            int end = capped.accrualEndEpochDay(i);
            if (start == end || capped.interestMinor(i) == 0 && !capped.isDueRow(i)) {
                continue;
            }
            var contractRate = contract.rateOn(start);
            if (contractRate.compareTo(capped.rate(i)) <= 0) {
                continue;
            }
            long billed = periods.atRate(contractRate).interest(capped.openingMinor(i), start, end);
            refunds[i] = Math.max(0, billed - capped.interestMinor(i));
        }
        return refunds;
    }

    /** The refunds of every row of {@code capped}, summed. */
    public static long totalMinor(Schedule capped, IndexData indices) {
        long total = 0;
        for (long r : perRowMinor(capped, indices)) {
            total += r;
        }
        return total;
    }
}
