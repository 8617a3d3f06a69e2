package com.notefolio.core.io;

/**
 * One problem found in an input file: where it is (the file name, the physical line counted from 1, and
 * the CSV column or the JSON field), the value found there and the reason it is refused. Any part of the
 * location may be absent: {@code line} 0 when unknown, {@code column} and {@code field} {@code null}.
 *
 * <p>{@link #message()} reads like {@code notes.csv:17: column annual_rate: value "abc": not a number}
 * or, for JSON, {@code note.json: field default.cure_days: value "-1": must be between 0 and 3650 days}.
 */
public record InputError(String source, long line, String column, String field, String value, String reason) {

    /** Longer values are cut in messages, so that one bad row cannot produce a page of text. */
    private static final int MAX_VALUE_CHARS = 80;

    public InputError {
        source = source == null || source.isBlank() ? "input" : source;
        reason = reason == null ? "invalid" : reason;
    }

    /** A problem in a CSV cell, or in a whole row when {@code column} is {@code null}. */
    public static InputError inColumn(String source, long line, String column, String value, String reason) {
        return new InputError(source, line, column, null, value, reason);
    }

    /** A problem at a JSON field path such as {@code default.cure_days} or {@code stated_schedule[3].payment}. */
    public static InputError inField(String source, String field, String value, String reason) {
        return new InputError(source, 0, null, field, value, reason);
    }

    /** The one-line message: {@code file:line: column c: value "v": reason}, absent parts left out. */
    public String message() {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (column != null) {
            s.append("column ").append(column).append(": ");
        }
        if (field != null) {
            s.append("field ").append(field).append(": ");
        }
        if (value != null) {
            s.append("value \"").append(printable(value)).append("\": ");
        }
        return s.append(reason).toString();
    }

    private static String printable(String value) {
        String v = value.length() > MAX_VALUE_CHARS ? value.substring(0, MAX_VALUE_CHARS) + "…" : value;
        return v.replace("\r", "\\r").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return message();
    }
}
