package com.notefolio.core.portfolio;

import com.notefolio.core.note.NoteTerms;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A note held in a portfolio: its terms and the clean price it is carried at (excluding accrued
 * interest), or {@code null} when none is given and the outstanding principal (par) is meant.
 */
public record Position(NoteTerms terms, MonetaryAmount price) {

    public Position {
        Objects.requireNonNull(terms, "terms");
        if (price != null && !price.getCurrency().equals(terms.currency())) {
            throw new IllegalArgumentException("note " + terms.id() + ": price is in "
                    + price.getCurrency().getCurrencyCode() + ", the note in " + terms.currency().getCurrencyCode());
        }
    }

    public static Position atPar(NoteTerms terms) {
        return new Position(terms, null);
    }
}
