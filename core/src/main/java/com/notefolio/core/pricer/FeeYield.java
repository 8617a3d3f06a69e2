package com.notefolio.core.pricer;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.Schedule;

/**
 * The yield including fees: the lender's annual yield over the note's whole life (Excel's XIRR basis, as
 * {@link NotePricer}'s yield: ACT/365, compounded annually) from what it actually advanced — the opening balance
 * on the funding day (the disbursement date, or the note's date) less the closing fees the borrower paid, which
 * are prepaid finance charges whether paid in cash or withheld from the proceeds — to every payment of the
 * schedule, its commitment fees included, a later advance an outflow on its date. It is the effective interest
 * rate of US GAAP's ASC 310-20 (net loan fees deferred and recognized over the life of the loan), on the
 * schedule's actual dates; the yield of a note without fees is its par yield from issue.
 *
 * <p>Unlike {@link NoteMeasures#yield()}, it does not depend on the as-of date or the price: it is a term of the
 * loan as made. No root (a schedule that never pays back what it lent) gives a status without a rate.
 */
public final class FeeYield {

    private FeeYield() {
    }

    /** The yield including fees of the note {@code schedule} resolves. */
    public static Xirr.Result of(Schedule schedule) {
        NoteTerms terms = schedule.terms();
        int n = schedule.size();
        int[] days = new int[n + 1];
        double[] amounts = new double[n + 1];
        long opening = n == 0 ? 0 : schedule.openingMinor(0);
        long fees = terms.closingFeesMinor(opening);
        days[0] = EpochDay.of(terms.structure().accrualStart(terms.issueDate()));
        amounts[0] = -(double) (opening - fees);
        for (int i = 0; i < n; i++) {
            days[i + 1] = schedule.dueEpochDay(i);
            amounts[i + 1] = schedule.paymentMinor(i);
        }
        return Xirr.solve(days, amounts, NotePricer.effectiveCoupon(schedule, days[0]));
    }
}
