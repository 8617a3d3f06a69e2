package com.notefolio.core.schedule;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.ScheduleConventions;
import java.time.LocalDate;

/**
 * The due rows of a note whose principal is repaid on a cycle of its own ({@link NoteTerms#principalFrequency()}):
 * the union of its interest due dates (rolled from the first payment date by the frequency) and its principal
 * dates (rolled from {@link NoteTerms#principalCycleAnchor()} by the principal frequency, each from the anchor,
 * before maturity, then maturity), in order, each date once, with which of the two each row pays. A date on both
 * cycles pays both; a principal-only date retires principal and carries the interest accrued to it (on the balance
 * before it) to the next interest date; an interest-only date pays interest and no principal. Maturity is on both.
 */
final class PrincipalCycle {

    final int rows;
    final int[] due;
    final int[] dueCivil;
    /** Whether each row's date is an interest due date: it pays the interest accrued since the last one. */
    final boolean[] paysInterest;
    /** Whether each row's date is a principal date: it retires the installment in force. */
    final boolean[] paysPrincipal;
    /** The principal dates on or after each row, so a constant principal divides by the dates left. */
    final int[] principalFrom;

    private PrincipalCycle(int rows, int[] due, int[] dueCivil, boolean[] paysInterest, boolean[] paysPrincipal,
                           int[] principalFrom) {
        this.rows = rows;
        this.due = due;
        this.dueCivil = dueCivil;
        this.paysInterest = paysInterest;
        this.paysPrincipal = paysPrincipal;
        this.principalFrom = principalFrom;
    }

    /** The rows of {@code terms} from its {@code n} interest due dates (civil and epoch, increasing, the last maturity). */
    static PrincipalCycle of(NoteTerms terms, int[] interestCivil, int[] interestEpoch, int n) {
        LocalDate anchor = terms.principalCycleAnchor();
        int maturity = interestEpoch[n - 1];
        boolean monthEnd = anchor.getDayOfMonth() == anchor.lengthOfMonth()
                && terms.conventions().endOfMonth() == ScheduleConventions.EndOfMonth.MONTH_END;
        int anchorCivil = EpochDay.civil(anchor);
        int step = terms.principalFrequency().months();
        // Principal dates before maturity: at most one a month over the term.
        int capacity = n + (int) Math.max(0, java.time.temporal.ChronoUnit.MONTHS.between(anchor,
                terms.maturityDate())) / step + 2;
        int[] due = new int[capacity];
        int[] civil = new int[capacity];
        boolean[] interest = new boolean[capacity];
        boolean[] principal = new boolean[capacity];
        int rows = 0;
        int i = 0;
        int k = 0;
        int nextCivil = anchorCivil;
        int next = EpochDay.ofCivil(nextCivil);
        while (i < n) {
            if (next < maturity && next < interestEpoch[i]) {
                due[rows] = next;
                civil[rows] = nextCivil;
                principal[rows++] = true;
            } else {
                boolean both = next == interestEpoch[i] || interestEpoch[i] == maturity;
                due[rows] = interestEpoch[i];
                civil[rows] = interestCivil[i];
                interest[rows] = true;
                principal[rows++] = both;
                i++;
                if (!both) {
                    continue;
                }
            }
            nextCivil = EpochDay.plusMonthsCivil(anchorCivil, ++k * step, monthEnd);
            next = EpochDay.ofCivil(nextCivil);
        }
        int[] from = new int[rows + 1];
        for (int r = rows - 1; r >= 0; r--) {
            from[r] = from[r + 1] + (principal[r] ? 1 : 0);
        }
        return new PrincipalCycle(rows, java.util.Arrays.copyOf(due, rows), java.util.Arrays.copyOf(civil, rows),
                java.util.Arrays.copyOf(interest, rows), java.util.Arrays.copyOf(principal, rows), from);
    }
}
