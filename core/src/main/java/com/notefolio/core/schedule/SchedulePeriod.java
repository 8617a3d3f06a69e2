package com.notefolio.core.schedule;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One row of a resolved schedule: the period number (from 1), accrual start and end, due date, days
 * accrued, and the opening balance, interest, principal, payment and closing balance. On every row
 * interest + principal = payment and opening − principal = closing, exactly.
 */
public record SchedulePeriod(
        int number,
        LocalDate accrualStart,
        LocalDate accrualEnd,
        LocalDate dueDate,
        int days,
        MonetaryAmount openingBalance,
        MonetaryAmount interest,
        MonetaryAmount principal,
        MonetaryAmount payment,
        MonetaryAmount closingBalance) {
}
