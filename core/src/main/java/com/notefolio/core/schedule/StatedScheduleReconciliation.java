package com.notefolio.core.schedule;

import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.StatedPayment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Where a STATED note's table of dated payments disagrees with what its terms (principal, rate, accrual
 * basis, rounding) make due, row by row against the resolved schedule. A table agrees when every stated
 * payment covers the interest the terms charge, the last stated payment is exactly the remaining balance
 * plus its interest, and no payment is stated after the principal is retired. The 2003 note's table
 * agrees: 28 payments of $1,500.00, each the month's interest, and $151,500.00 at maturity.
 *
 * <p>Each {@link Discrepancy} gives the stated payment, the payment per the terms and the difference
 * stated − terms, so a negative difference is a payment short of what the terms need.
 */
public final class StatedScheduleReconciliation {

    /** Why a stated payment disagrees with the terms. */
    public enum Reason {
        /** The stated payment is less than the period's interest; the terms' figure is that interest. */
        SHORTFALL("the stated payment does not cover the interest the terms charge"),
        /** The last stated payment is not the balance plus interest that the terms leave due. */
        FINAL_PAYMENT("the final stated payment differs from the balance plus interest"),
        /** The stated payment exceeds the balance plus interest: it retires the note before the table ends. */
        OVERPAYMENT("the stated payment exceeds the balance plus interest and retires the principal early"),
        /** A payment stated after the principal is retired; the terms make nothing due. */
        AFTER_RETIREMENT("a payment is stated after the principal is retired");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** One stated payment that disagrees with the terms; {@code difference} = stated − per the terms. */
    public record Discrepancy(LocalDate dueDate, MonetaryAmount statedPayment, MonetaryAmount termsPayment,
                              MonetaryAmount difference, Reason reason) {

        public Discrepancy {
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final Schedule schedule;
    private final List<Discrepancy> discrepancies;

    private StatedScheduleReconciliation(Schedule schedule, List<Discrepancy> discrepancies) {
        this.schedule = schedule;
        this.discrepancies = List.copyOf(discrepancies);
    }

    /** Reconciles the stated table of a STATED note with its resolved schedule. */
    public static StatedScheduleReconciliation of(Schedule schedule) {
        NoteTerms terms = schedule.terms();
        if (terms.amortization() != Amortization.STATED) {
            throw new IllegalArgumentException("note " + terms.id() + " is " + terms.amortization()
                    + ", not STATED: it has no stated table to reconcile");
        }
        List<StatedPayment> table = terms.statedSchedule();
        int scale = schedule.scale();
        int rows = schedule.size();
        List<Discrepancy> found = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            long stated = NoteTerms.decimal(table.get(i).amount()).movePointRight(scale).longValueExact();
            LocalDate due = table.get(i).dueDate();
            if (i < rows - 1) {
                long interest = schedule.interestMinor(i);
                if (stated < interest) {
                    found.add(discrepancy(schedule, due, stated, interest, Reason.SHORTFALL));
                }
            } else {
                long owed = schedule.paymentMinor(i);
                if (stated != owed) {
                    Reason reason = rows < table.size() ? Reason.OVERPAYMENT : Reason.FINAL_PAYMENT;
                    found.add(discrepancy(schedule, due, stated, owed, reason));
                }
            }
        }
        for (int i = rows; i < table.size(); i++) {
            long stated = NoteTerms.decimal(table.get(i).amount()).movePointRight(scale).longValueExact();
            found.add(discrepancy(schedule, table.get(i).dueDate(), stated, 0, Reason.AFTER_RETIREMENT));
        }
        return new StatedScheduleReconciliation(schedule, found);
    }

    /** Resolves the terms of a STATED note and reconciles its table. */
    public static StatedScheduleReconciliation of(NoteTerms terms) {
        return of(ScheduleResolver.resolve(terms));
    }

    private static Discrepancy discrepancy(Schedule s, LocalDate due, long stated, long perTerms, Reason reason) {
        return new Discrepancy(due, s.money(stated), s.money(perTerms), s.money(stated - perTerms), reason);
    }

    /** The resolved schedule the table was compared with. */
    public Schedule schedule() {
        return schedule;
    }

    /** The disagreements in due-date order; empty when the table agrees with the terms. */
    public List<Discrepancy> discrepancies() {
        return discrepancies;
    }

    /** Whether every stated payment is what the terms make due. */
    public boolean agrees() {
        return discrepancies.isEmpty();
    }

    @Override
    public String toString() {
        return "StatedScheduleReconciliation[" + schedule.noteId() + ", " + discrepancies.size() + " discrepancies]";
    }
}
