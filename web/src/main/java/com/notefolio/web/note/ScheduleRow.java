package com.notefolio.web.note;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a note's schedule as the note screen shows it: exact amounts at the currency's scale
 * (taken from the schedule's minor units, never through a {@code double}); {@code balance} is the
 * closing balance after the row's principal; {@code rate} the annual rate the row accrued at, an exact
 * fraction (a floating note's reset rate, a stepped note's step).
 */
public record ScheduleRow(int period, LocalDate dueDate, BigDecimal payment, BigDecimal interest,
                          BigDecimal principal, BigDecimal balance, BigDecimal rate) {
}
