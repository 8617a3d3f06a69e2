package com.notefolio.web.portfolio;

import java.time.LocalDate;

/**
 * What the notes browser asks for: each field null or blank when not filtered. {@code borrower} matches
 * a part of the name, ignoring case; {@code text} a part of the note id, borrower, lender or collateral;
 * the others match exactly. Maturity bounds are inclusive.
 */
public record NoteFilter(String borrower, String sector, String region, String rating, String amortization,
                         LocalDate maturityFrom, LocalDate maturityTo, String text) {

    public static final NoteFilter ALL = new NoteFilter(null, null, null, null, null, null, null, null);

    public NoteFilter withBorrower(String value) {
        return new NoteFilter(value, sector, region, rating, amortization, maturityFrom, maturityTo, text);
    }

    public NoteFilter withSector(String value) {
        return new NoteFilter(borrower, value, region, rating, amortization, maturityFrom, maturityTo, text);
    }

    public NoteFilter withRegion(String value) {
        return new NoteFilter(borrower, sector, value, rating, amortization, maturityFrom, maturityTo, text);
    }

    public NoteFilter withRating(String value) {
        return new NoteFilter(borrower, sector, region, value, amortization, maturityFrom, maturityTo, text);
    }

    public NoteFilter withAmortization(String value) {
        return new NoteFilter(borrower, sector, region, rating, value, maturityFrom, maturityTo, text);
    }

    public NoteFilter withMaturity(LocalDate from, LocalDate to) {
        return new NoteFilter(borrower, sector, region, rating, amortization, from, to, text);
    }

    public NoteFilter withText(String value) {
        return new NoteFilter(borrower, sector, region, rating, amortization, maturityFrom, maturityTo, value);
    }
}
