package com.notefolio.core.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A closed-end credit transaction as Appendix J to 12 CFR 1026 sees it: the beginning of its term
 * ((b)(2): consummation, or the later date from which the finance charge is earned), the advances of the
 * amount financed and the payments, each dated. The term ends on the last payment or advance.
 *
 * <p>Amount financed = the sum of the advances; total of payments = the sum of the payments; finance
 * charge = total of payments − amount financed (a transaction without fees paid separately, whose whole
 * cost is in the payments).
 */
public record ClosedEndCredit(LocalDate termStart, List<DatedAmount> advances, List<DatedAmount> payments) {

    public ClosedEndCredit {
        Objects.requireNonNull(termStart, "termStart");
        advances = List.copyOf(advances);
        payments = List.copyOf(payments);
        if (advances.isEmpty()) {
            throw new IllegalArgumentException("a credit transaction needs an advance");
        }
        if (payments.isEmpty()) {
            throw new IllegalArgumentException("a credit transaction needs at least one payment");
        }
        for (DatedAmount a : advances) {
            requireInTerm(termStart, a, "advance");
        }
        for (DatedAmount p : payments) {
            requireInTerm(termStart, p, "payment");
        }
    }

    /** One advance of {@code amount} on {@code date}, where the term begins, repaid by {@code payments}. */
    public static ClosedEndCredit singleAdvance(LocalDate date, BigDecimal amount, List<DatedAmount> payments) {
        return new ClosedEndCredit(date, List.of(new DatedAmount(date, amount)), payments);
    }

    public BigDecimal amountFinanced() {
        return sum(advances);
    }

    public BigDecimal totalOfPayments() {
        return sum(payments);
    }

    /** Total of payments − amount financed. */
    public BigDecimal financeCharge() {
        return totalOfPayments().subtract(amountFinanced());
    }

    /** One advance and one payment: the unit-period is then the term ((b)(4)(ii)). */
    public boolean singleAdvanceSinglePayment() {
        return advances.size() == 1 && payments.size() == 1;
    }

    /**
     * Whether the payments are a series on the last day of each month, so that months are measured from
     * last day to last day ((b)(3)(iv)).
     */
    public boolean monthEndSeries() {
        if (payments.size() < 2) {
            return false;
        }
        for (DatedAmount p : payments) {
            if (!UnitPeriod.isMonthEnd(p.date())) {
                return false;
            }
        }
        return true;
    }

    private static void requireInTerm(LocalDate termStart, DatedAmount a, String what) {
        if (a.date().isBefore(termStart)) {
            throw new IllegalArgumentException("the " + what + " of " + a.amount().toPlainString() + " on "
                    + a.date() + " is before the term begins on " + termStart);
        }
    }

    private static BigDecimal sum(List<DatedAmount> amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (DatedAmount a : amounts) {
            sum = sum.add(a.amount());
        }
        return sum;
    }
}
