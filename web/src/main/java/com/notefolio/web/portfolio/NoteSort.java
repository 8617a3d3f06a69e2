package com.notefolio.web.portfolio;

import java.util.Map;

/**
 * A sort order of the notes browser, done by the database: a property of {@link NoteListing} and a
 * direction. Only the listed properties sort; anything else is refused, so no text from the browser
 * reaches the SQL.
 */
public record NoteSort(String property, boolean descending) {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("line", "line"), Map.entry("noteId", "note_id"), Map.entry("borrower", "borrower"),
            Map.entry("sector", "sector"), Map.entry("region", "region"), Map.entry("rating", "rating"),
            Map.entry("amortization", "amortization"), Map.entry("currency", "currency"),
            Map.entry("principal", "principal"), Map.entry("annualRate", "annual_rate"),
            Map.entry("issueDate", "issue_date"), Map.entry("maturityDate", "maturity_date"));

    /** File order. */
    public static final NoteSort FILE_ORDER = new NoteSort("line", false);

    public NoteSort {
        if (!COLUMNS.containsKey(property)) {
            throw new IllegalArgumentException("cannot sort notes by " + property);
        }
    }

    String sql() {
        return COLUMNS.get(property) + (descending ? " desc" : " asc");
    }
}
