package com.notefolio.core.note;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * From a date on, the installment a note states for each due date: a principal amount (ACTUS LAX's
 * {@code arrayNextPrincipalRedemptionPayment}, an equipment note's stepped principal) or a whole payment of
 * principal and interest (a payment that steps up each year). It holds until the next step; the last due date
 * still retires the whole balance.
 */
public record InstallmentStep(LocalDate from, MonetaryAmount amount, Kind kind) {

    public InstallmentStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount");
        kind = kind == null ? Kind.PRINCIPAL : kind;
    }

    /** What the stepped amount is. */
    public enum Kind {
        /** The principal repaid on each due date; the interest is paid besides. */
        PRINCIPAL,
        /** The whole payment on each due date: principal is what it leaves after the period's interest. */
        PAYMENT;

        /** The kind by its name in any case ({@code principal}, {@code payment}). */
        public static Kind of(String name) {
            for (Kind k : values()) {
                if (k.name().equalsIgnoreCase(name.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("not one of principal, payment");
        }
    }
}
