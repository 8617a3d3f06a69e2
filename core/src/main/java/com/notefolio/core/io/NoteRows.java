package com.notefolio.core.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rows of a portfolio's companion file — stated schedules, rate steps, draws, stepped installments — read
 * whole and keyed by note id, each note's rows in file order with the physical line each came from, so that a
 * row a note's terms refuse is reported at its line. Held in memory, which grows with those rows only (the notes
 * that have them are few). Immutable; each file's holder names its row type.
 *
 * @param <R> the file's row
 */
public abstract class NoteRows<R> {

    private final String source;
    private final Map<String, List<R>> rowsByNote;

    /** Rows read from {@code source} (the file name used in messages), keyed by note id. */
    protected NoteRows(String source, Map<String, List<R>> rowsByNote) {
        this.source = Objects.requireNonNull(source, "source");
        Map<String, List<R>> copy = new LinkedHashMap<>();
        rowsByNote.forEach((id, rows) -> copy.put(id, List.copyOf(rows)));
        this.rowsByNote = Collections.unmodifiableMap(copy);
    }

    /** The file the rows were read from, as named in messages. */
    public String source() {
        return source;
    }

    /** The note ids that have rows, in the order of their first row. */
    public Set<String> noteIds() {
        return rowsByNote.keySet();
    }

    /** The rows of one note in file order; empty when it has none. */
    public List<R> rowsOf(String noteId) {
        return rowsByNote.getOrDefault(noteId, List.of());
    }

    /** Every note's rows, keyed by note id in the order of their first row. */
    public Map<String, List<R>> byNote() {
        return rowsByNote;
    }

    /** The number of notes that have rows. */
    public int noteCount() {
        return rowsByNote.size();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + source + ", " + rowsByNote.size() + " notes]";
    }
}
