package com.notefolio.core.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A prepayment of one note on a date: a partial prepayment of {@code amount} of principal, applied by
 * {@code mode}, or a full payoff when {@code amount} is {@code null} (payoff = outstanding principal +
 * accrued interest + any penalty). On a due date the prepayment follows that date's scheduled payment;
 * between due dates, the interest accrued on the prepaid principal is paid with it.
 */
public record DatedPrepayment(String noteId, LocalDate date, BigDecimal amount, PrepaymentMode mode) {

    public DatedPrepayment {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(date, "date");
        // A payoff leaves nothing to re-amortize: its mode is always REDUCE_TERM.
        mode = mode == null || amount == null ? PrepaymentMode.REDUCE_TERM : mode;
    }

    public static DatedPrepayment payoff(String noteId, LocalDate date) {
        return new DatedPrepayment(noteId, date, null, PrepaymentMode.REDUCE_TERM);
    }

    public boolean isPayoff() {
        return amount == null;
    }
}
