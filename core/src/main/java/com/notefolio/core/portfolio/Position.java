package com.notefolio.core.portfolio;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.Schedule;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A note held in a portfolio: its terms and the clean price it is carried at (excluding accrued
 * interest; an amount or a percentage of the outstanding principal, see {@link Price}), or {@code null}
 * when none is given and the outstanding principal (par) is meant.
 */
public record Position(NoteTerms terms, Price price) {

    public Position {
        Objects.requireNonNull(terms, "terms");
        if (price != null && price.amount() != null && !price.amount().getCurrency().equals(terms.currency())) {
            throw new IllegalArgumentException("note " + terms.id() + ": price is in "
                    + price.amount().getCurrency().getCurrencyCode() + ", the note in "
                    + terms.currency().getCurrencyCode());
        }
    }

    /** A position carried at an amount ({@code null}: at par). */
    public Position(NoteTerms terms, MonetaryAmount price) {
        this(terms, price == null ? null : Price.of(price));
    }

    public static Position atPar(NoteTerms terms) {
        return new Position(terms, (Price) null);
    }

    /**
     * The clean price as an amount for the note's resolved {@code schedule} valued on {@code asOf}, or
     * {@code null} at par: what the note pricer takes.
     */
    public MonetaryAmount priceAt(Schedule schedule, LocalDate asOf) {
        return price == null ? null : price.amountAt(schedule, asOf);
    }
}
