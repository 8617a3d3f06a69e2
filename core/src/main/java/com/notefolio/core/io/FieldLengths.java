package com.notefolio.core.io;

import java.util.Map;

/**
 * The longest text each field of the CSV formats may hold: the widths of the database columns that store
 * them (web's {@code V1__schema.sql}: borrower 1,000, sector 200, …), so that a file the command line reads
 * is also one the application can store, and an overlong field is refused at its line and column instead
 * of failing as a database error. Fields of numbers, dates and names of conventions hold
 * {@value #OTHER} characters at most.
 */
final class FieldLengths {

    /** Any field not listed: numbers, dates, codes and convention names. */
    static final int OTHER = 100;

    private static final Map<String, Integer> MAX = Map.ofEntries(
            Map.entry(PortfolioCsvReader.NOTE_ID, 100),
            Map.entry(PortfolioCsvReader.BORROWER, 1000),
            Map.entry(PortfolioCsvReader.BORROWER_ADDRESS, 2000),
            Map.entry(PortfolioCsvReader.LENDER, 1000),
            Map.entry(PortfolioCsvReader.LENDER_ADDRESS, 2000),
            Map.entry(PortfolioCsvReader.SECTOR, 200),
            Map.entry(PortfolioCsvReader.REGION, 200),
            Map.entry(PortfolioCsvReader.RATING, 50),
            Map.entry(PortfolioCsvReader.COLLATERAL, 2000),
            Map.entry(PortfolioCsvReader.GOVERNING_LAW, 1000));

    private FieldLengths() {
    }

    static int maxLength(String column) {
        return MAX.getOrDefault(column, OTHER);
    }
}
