package com.notefolio.core.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * One row of a schedule: the period number (from 1), accrual start and end, due date, days accrued, the
 * opening balance, interest, scheduled principal, prepaid principal, defaulted principal, recovery,
 * penalty, payment and closing balance, what kinds of flow the row carries, and the annual rate it accrued at. On every row payment =
 * interest + principal + prepaid + recovery + penalty and closing = opening − principal − prepaid −
 * defaulted, exactly; a resolved (not scenario) schedule has only scheduled interest and principal.
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
        MonetaryAmount prepaid,
        MonetaryAmount defaulted,
        MonetaryAmount recovery,
        MonetaryAmount penalty,
        MonetaryAmount payment,
        MonetaryAmount closingBalance,
        Set<FlowKind> kinds,
        BigDecimal rate) {

    public SchedulePeriod {
        kinds = Set.copyOf(kinds);
    }
}
