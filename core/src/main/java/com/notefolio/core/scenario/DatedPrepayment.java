package com.notefolio.core.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A prepayment of one note on a date: a partial prepayment of {@code amount} of principal, applied by
 * {@code mode}, or a full payoff when {@code amount} is {@code null} (payoff = outstanding principal +
 * accrued interest + any penalty). On a due date the prepayment follows that date's scheduled payment;
 * between due dates, the interest accrued on the prepaid principal is paid with it.
 *
 * <p>Checked when built: the note id ({@code note}) is a non-blank name of at most 100 characters, the
 * {@code date} is given, and a partial {@code amount} is more than zero. Whether the note allows it on
 * that date and holds that much is the projection's to check, with the note in hand.
 */
public record DatedPrepayment(String noteId, LocalDate date, BigDecimal amount, PrepaymentMode mode) {

    public DatedPrepayment {
        FieldRules rules = new FieldRules();
        rules.name("note", noteId);
        rules.required("date", date);
        rules.amount("amount", amount, true);
        rules.throwIfAny();
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
