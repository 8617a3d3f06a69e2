package com.notefolio.core.io;

import com.notefolio.core.note.InstallmentStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stepped installments read from an installments CSV ({@code note_id, from, amount, kind}): for each
 * note id, from each date on, the principal (or the whole payment) of each due date, in file order, each
 * with the physical line it came from so that a step the note's terms refuse is reported at its line. Held
 * in memory, which grows with the step rows only (stepped notes are few and their steps short). Immutable.
 */
public final class Installments {

    /** No steps: every note of a portfolio read against it is repaid by its amortization alone. */
    public static final Installments NONE = new Installments("installments.csv", Map.of());

    /** One row of the installments file: from {@code from}, {@code amount} of {@code kind}; where it was read. */
    public record Row(LocalDate from, BigDecimal amount, InstallmentStep.Kind kind, long line) {
        public Row {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final String source;
    private final Map<String, List<Row>> rowsByNote;

    /** Steps read from {@code source} (the file name used in messages), keyed by note id. */
    public Installments(String source, Map<String, List<Row>> rowsByNote) {
        this.source = Objects.requireNonNull(source, "source");
        Map<String, List<Row>> copy = new LinkedHashMap<>();
        rowsByNote.forEach((id, rows) -> copy.put(id, List.copyOf(rows)));
        this.rowsByNote = Collections.unmodifiableMap(copy);
    }

    /** The file the steps were read from, as named in messages. */
    public String source() {
        return source;
    }

    /** The note ids that have rows, in the order of their first row. */
    public Set<String> noteIds() {
        return rowsByNote.keySet();
    }

    /** The rows of one note in file order; empty when it has none. */
    public List<Row> rowsOf(String noteId) {
        return rowsByNote.getOrDefault(noteId, List.of());
    }

    @Override
    public String toString() {
        return "Installments[" + source + ", " + rowsByNote.size() + " notes]";
    }
}
