package com.notefolio.web.portfolio;

import java.time.LocalDate;

/**
 * What the notes browser asks for: each field null or blank when not filtered. {@code borrower} matches
 * a part of the name, ignoring case (what an analyst types); {@code exactBorrower} the whole name as
 * stored (what a dashboard drill-down sends, so "Borrower 1" never brings in "Borrower 11");
 * {@code text} a part of the note id, borrower, lender or collateral; the others match exactly.
 * Maturity bounds are inclusive.
 */
public record NoteFilter(String borrower, String sector, String region, String rating, String amortization,
                         LocalDate maturityFrom, LocalDate maturityTo, String text, String exactBorrower,
                         String currency) {

    public static final NoteFilter ALL = new NoteFilter(null, null, null, null, null, null, null, null);

    /** A filter of what an analyst types and picks (no exact borrower, every currency). */
    public NoteFilter(String borrower, String sector, String region, String rating, String amortization,
                      LocalDate maturityFrom, LocalDate maturityTo, String text) {
        this(borrower, sector, region, rating, amortization, maturityFrom, maturityTo, text, null, null);
    }

    public NoteFilter withBorrower(String value) {
        return new NoteFilter(value, sector, region, rating, amortization, maturityFrom, maturityTo, text,
                exactBorrower, currency);
    }

    public NoteFilter withSector(String value) {
        return new NoteFilter(borrower, value, region, rating, amortization, maturityFrom, maturityTo, text,
                exactBorrower, currency);
    }

    public NoteFilter withRegion(String value) {
        return new NoteFilter(borrower, sector, value, rating, amortization, maturityFrom, maturityTo, text,
                exactBorrower, currency);
    }

    public NoteFilter withRating(String value) {
        return new NoteFilter(borrower, sector, region, value, amortization, maturityFrom, maturityTo, text,
                exactBorrower, currency);
    }

    public NoteFilter withAmortization(String value) {
        return new NoteFilter(borrower, sector, region, rating, value, maturityFrom, maturityTo, text,
                exactBorrower, currency);
    }

    public NoteFilter withMaturity(LocalDate from, LocalDate to) {
        return new NoteFilter(borrower, sector, region, rating, amortization, from, to, text, exactBorrower, currency);
    }

    public NoteFilter withText(String value) {
        return new NoteFilter(borrower, sector, region, rating, amortization, maturityFrom, maturityTo, value,
                exactBorrower, currency);
    }

    public NoteFilter withExactBorrower(String value) {
        return new NoteFilter(borrower, sector, region, rating, amortization, maturityFrom, maturityTo, text, value,
                currency);
    }

    public NoteFilter withCurrency(String value) {
        return new NoteFilter(borrower, sector, region, rating, amortization, maturityFrom, maturityTo, text,
                exactBorrower, value);
    }
}
