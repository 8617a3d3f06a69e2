package com.notefolio.core.note;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/** An amount on a date that a note's terms state: an advance of a grid note, or an amount forgiven. */
public record DatedAmount(LocalDate date, MonetaryAmount amount) {

    public DatedAmount {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
