package com.notefolio.core.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stated payment schedules read from a schedules CSV: for each note id, its dated payments in file
 * order, each with the physical line it came from so that a payment the note's terms refuse can be
 * reported at its line. Held in memory, which grows with the stated rows only (stated schedules are few;
 * computed notes have none). Immutable.
 */
public final class StatedSchedules {

    /** No stated schedules: a portfolio read against it must have no STATED notes. */
    public static final StatedSchedules NONE = new StatedSchedules("schedules.csv", Map.of());

    /** One row of the schedules file: a payment of the note due on a date, and where it was read. */
    public record Row(LocalDate dueDate, BigDecimal payment, long line) {
        public Row {
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(payment, "payment");
        }
    }

    private final String source;
    private final Map<String, List<Row>> rowsByNote;

    /** Schedules read from {@code source} (the file name used in messages), keyed by note id. */
    public StatedSchedules(String source, Map<String, List<Row>> rowsByNote) {
        this.source = Objects.requireNonNull(source, "source");
        Map<String, List<Row>> copy = new LinkedHashMap<>();
        rowsByNote.forEach((id, rows) -> copy.put(id, List.copyOf(rows)));
        this.rowsByNote = Collections.unmodifiableMap(copy);
    }

    /** The file the schedules were read from, as named in messages. */
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

    /** Every note's rows, keyed by note id in the order of their first row. */
    public Map<String, List<Row>> byNote() {
        return rowsByNote;
    }

    public int noteCount() {
        return rowsByNote.size();
    }

    @Override
    public String toString() {
        return "StatedSchedules[" + source + ", " + rowsByNote.size() + " notes]";
    }
}
