package com.notefolio.core.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An advance or a payment of a credit transaction: an exact amount, more than zero, due on a date. Whether
 * it is an advance or a payment is the list of {@link ClosedEndCredit} that holds it.
 */
public record DatedAmount(LocalDate date, BigDecimal amount) {

    public DatedAmount {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " on " + date
                    + ": an advance or a payment must be more than zero");
        }
    }

    public static DatedAmount of(LocalDate date, String amount) {
        return new DatedAmount(date, new BigDecimal(amount));
    }
}
