package com.notefolio.core.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stated payment schedules read from a schedules CSV: for each note id, its dated payments in file
 * order, each with the physical line it came from so that a payment the note's terms refuse can be
 * reported at its line. Held in memory, which grows with the stated rows only (stated schedules are few;
 * computed notes have none). Immutable.
 */
public final class StatedSchedules extends NoteRows<StatedSchedules.Row> {

    /** No stated schedules: a portfolio read against it must have no STATED notes. */
    public static final StatedSchedules NONE = new StatedSchedules("schedules.csv", Map.of());

    /** One row of the schedules file: a payment of the note due on a date, and where it was read. */
    public record Row(LocalDate dueDate, BigDecimal payment, long line) {
        public Row {
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(payment, "payment");
        }
    }

    /** Schedules read from {@code source} (the file name used in messages), keyed by note id. */
    public StatedSchedules(String source, Map<String, List<Row>> rowsByNote) {
        super(source, rowsByNote);
    }
}
