package com.notefolio.core.actus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A purchase or a termination of an ACTUS contract ({@code purchaseDate} with {@code priceAtPurchaseDate},
 * {@code terminationDate} with {@code priceAtTerminationDate}): the day of the event, the clean price paid
 * (as ACTUS states it, without the accrued interest; it may be negative) and the day interest is accrued to
 * — the event's day, or the next one for an event at 23:59:59, which ACTUS accrues to the end of its day.
 */
public record ActusTrade(LocalDate date, BigDecimal price, LocalDate accruedTo) {

    public ActusTrade {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(accruedTo, "accruedTo");
        if (accruedTo.isBefore(date) || accruedTo.isAfter(date.plusDays(1))) {
            throw new IllegalArgumentException("interest is accrued to the trade's day or the next, not " + accruedTo);
        }
    }
}
