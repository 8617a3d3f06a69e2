package com.notefolio.web.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the notes browser asks for: each field null, blank or empty when not filtered. {@code borrower}
 * matches a part of the name, ignoring case (what an analyst types); {@code exactBorrower} the whole name
 * as stored (what a dashboard drill-down sends, so "Borrower 1" never brings in "Borrower 11");
 * {@code text} a part of the note id, borrower, lender or collateral. Sectors, regions, ratings,
 * amortizations and currencies each hold the values a note may have, matched exactly: Energy or Retail,
 * any of them (an empty list does not filter). Maturity bounds are inclusive.
 */
public record NoteFilter(String borrower, List<String> sectors, List<String> regions, List<String> ratings,
                         List<String> amortizations, LocalDate maturityFrom, LocalDate maturityTo, String text,
                         String exactBorrower, List<String> currencies) {

    public static final NoteFilter ALL = new NoteFilter(null, null, null, null, null, null, null, null);

    public NoteFilter {
        sectors = values(sectors);
        regions = values(regions);
        ratings = values(ratings);
        amortizations = values(amortizations);
        currencies = values(currencies);
    }

    /** A filter of one value (or none) per choice, as an analyst picks (no exact borrower, every currency). */
    public NoteFilter(String borrower, String sector, String region, String rating, String amortization,
                      LocalDate maturityFrom, LocalDate maturityTo, String text) {
        this(borrower, one(sector), one(region), one(rating), one(amortization), maturityFrom, maturityTo, text, null,
                null);
    }

    public NoteFilter withBorrower(String value) {
        return new NoteFilter(value, sectors, regions, ratings, amortizations, maturityFrom, maturityTo, text,
                exactBorrower, currencies);
    }

    public NoteFilter withSector(String value) {
        return withSectors(one(value));
    }

    public NoteFilter withSectors(List<String> values) {
        return new NoteFilter(borrower, values, regions, ratings, amortizations, maturityFrom, maturityTo, text,
                exactBorrower, currencies);
    }

    public NoteFilter withRegion(String value) {
        return withRegions(one(value));
    }

    public NoteFilter withRegions(List<String> values) {
        return new NoteFilter(borrower, sectors, values, ratings, amortizations, maturityFrom, maturityTo, text,
                exactBorrower, currencies);
    }

    public NoteFilter withRating(String value) {
        return withRatings(one(value));
    }

    public NoteFilter withRatings(List<String> values) {
        return new NoteFilter(borrower, sectors, regions, values, amortizations, maturityFrom, maturityTo, text,
                exactBorrower, currencies);
    }

    public NoteFilter withAmortization(String value) {
        return withAmortizations(one(value));
    }

    public NoteFilter withAmortizations(List<String> values) {
        return new NoteFilter(borrower, sectors, regions, ratings, values, maturityFrom, maturityTo, text,
                exactBorrower, currencies);
    }

    public NoteFilter withMaturity(LocalDate from, LocalDate to) {
        return new NoteFilter(borrower, sectors, regions, ratings, amortizations, from, to, text, exactBorrower,
                currencies);
    }

    public NoteFilter withText(String value) {
        return new NoteFilter(borrower, sectors, regions, ratings, amortizations, maturityFrom, maturityTo, value,
                exactBorrower, currencies);
    }

    public NoteFilter withExactBorrower(String value) {
        return new NoteFilter(borrower, sectors, regions, ratings, amortizations, maturityFrom, maturityTo, text, value,
                currencies);
    }

    public NoteFilter withCurrency(String value) {
        return withCurrencies(one(value));
    }

    public NoteFilter withCurrencies(List<String> values) {
        return new NoteFilter(borrower, sectors, regions, ratings, amortizations, maturityFrom, maturityTo, text,
                exactBorrower, values);
    }

    /** The one sector filtered on (a drill-down names one); {@code null} for none or several. */
    public String sector() {
        return only(sectors);
    }

    /** The one region filtered on; {@code null} for none or several. */
    public String region() {
        return only(regions);
    }

    /** The one currency filtered on; {@code null} for none or several. */
    public String currency() {
        return only(currencies);
    }

    private static String only(List<String> values) {
        return values.size() == 1 ? values.get(0) : null;
    }

    private static List<String> one(String value) {
        return value == null ? List.of() : List.of(value);
    }

    /** The values that filter, trimmed, each once, in the order given (blank ones say nothing). */
    private static List<String> values(List<String> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(given.size());
        for (String v : given) {
            if (v != null && !v.isBlank() && !out.contains(v.strip())) {
                out.add(v.strip());
            }
        }
        return List.copyOf(out);
    }
}
