package com.notefolio.web.note;

import com.notefolio.core.payoff.PayoffQuote;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A note's payoff on a date as the note screen shows it: the core's {@link PayoffQuote}, or the reason the core
 * refused to quote (a date outside the note's life, a lockout, a note that may not be prepaid), worded for the
 * analyst so that the date field can show it — exactly one of the two.
 */
public record NotePayoff(LocalDate date, PayoffQuote quote, String refusal) {

    public NotePayoff {
        Objects.requireNonNull(date, "date");
        if ((quote == null) == (refusal == null)) {
            throw new IllegalArgumentException("a payoff is a quote or a refusal, exactly one");
        }
    }

    /** The quote; empty when refused. */
    public Optional<PayoffQuote> quoted() {
        return Optional.ofNullable(quote);
    }
}
