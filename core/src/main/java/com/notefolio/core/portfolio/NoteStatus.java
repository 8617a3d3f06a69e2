package com.notefolio.core.portfolio;

import com.notefolio.core.note.NoteTerms;
import java.time.LocalDate;

/**
 * Where a note stands on an as-of date, by its document's dates alone, so that an analyst can check a
 * count against the notes' issue and maturity dates: not yet issued (issued after the as-of date),
 * matured (maturing on or before it) or active (issued on or before it and maturing after it). Each
 * note is exactly one of the three, and {@link PortfolioTotals} counts each apart.
 *
 * <p>Why it matters: before its issue date a note's schedule has paid nothing yet, so it counts its whole
 * principal as outstanding, as if it had been lent already; and a matured note, with nothing left to pay,
 * still counts as a note held. Neither is an active loan on that date.
 */
public enum NoteStatus {
    /** Issued after the as-of date: not yet lent, though its principal counts as outstanding. */
    NOT_YET_ISSUED("Not yet issued"),
    /** Issued on or before the as-of date and maturing after it. */
    ACTIVE("Active"),
    /** Maturing on or before the as-of date: nothing left to pay. */
    MATURED("Matured");

    private final String label;

    NoteStatus(String label) {
        this.label = label;
    }

    /** The status in words: "Not yet issued". */
    public String label() {
        return label;
    }

    /** The status of {@code terms} on {@code asOf}. */
    public static NoteStatus of(NoteTerms terms, LocalDate asOf) {
        if (terms.issueDate().isAfter(asOf)) {
            return NOT_YET_ISSUED;
        }
        return terms.maturityDate().isAfter(asOf) ? ACTIVE : MATURED;
    }
}
