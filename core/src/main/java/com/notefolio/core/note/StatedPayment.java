package com.notefolio.core.note;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/** One dated payment of a note's stated schedule, as the document lists it. */
public record StatedPayment(LocalDate dueDate, MonetaryAmount amount) {

    public StatedPayment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
    }
}
