package com.notefolio.web.note;

import com.notefolio.core.schedule.FlowKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of a note's schedule as the note screen shows it: exact amounts at the currency's scale
 * (taken from the schedule's minor units, never through a {@code double}); {@code balance} is the
 * closing balance after the row's principal; {@code rate} the annual rate the row accrued at, an exact
 * fraction (a floating note's reset rate, a stepped note's step); {@code kinds} what the row is (a
 * scheduled payment, a deferred one, capitalized interest, an advance, a forgiven amount);
 * {@code deferredInterest} the interest accrued and not yet paid after the row; {@code fee} the fee paid with
 * the row (a revolving line's commitment fee), part of its payment.
 */
public record ScheduleRow(int period, LocalDate dueDate, BigDecimal payment, BigDecimal interest,
                          BigDecimal principal, BigDecimal balance, BigDecimal rate, Set<FlowKind> kinds,
                          BigDecimal deferredInterest, BigDecimal fee) {

    public ScheduleRow {
        kinds = Set.copyOf(kinds);
    }

    /** Whether the row is only a scheduled payment, as every row of a note without a structure is. */
    public boolean plain() {
        return kinds.equals(Set.of(FlowKind.SCHEDULED));
    }
}
