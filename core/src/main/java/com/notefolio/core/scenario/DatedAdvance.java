package com.notefolio.core.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A draw: the holder lends {@code amount} more of one note on a date (a grid note drawing again), raising its
 * balance from that day. Interest on the new balance runs from the date; what the period accrued before it is
 * paid with the period's payment, and a level-payment note's payments re-amortize over the periods left.
 *
 * <p>Checked when built: the note id ({@code note}) is a non-blank name of at most 100 characters, the
 * {@code date} and a positive {@code amount} are given. Whether the note may lend that much (its principal is
 * the most it lends, advances and draws together) on that date is the projection's to check, with the note in
 * hand.
 */
public record DatedAdvance(String noteId, LocalDate date, BigDecimal amount) {

    public DatedAdvance {
        FieldRules rules = new FieldRules();
        rules.name("note", noteId);
        rules.required("date", date);
        rules.required("amount", amount);
        rules.amount("amount", amount, true);
        rules.throwIfAny();
    }
}
