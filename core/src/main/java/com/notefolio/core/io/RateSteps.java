package com.notefolio.core.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rate steps read from a rate-steps CSV ({@code note_id, from, rate}): for each note id, the dates its
 * stepped rate changes on and the rate from each, in file order, each with the physical line it came from
 * so that a step the note's terms refuse is reported at its line. Held in memory, which grows with the
 * step rows only (stepped notes are few). Immutable.
 */
public final class RateSteps extends NoteRows<RateSteps.Row> {

    /** No rate steps: a portfolio read against it must have no stepped notes. */
    public static final RateSteps NONE = new RateSteps("rate-steps.csv", Map.of());

    /** One row of the rate-steps file: from {@code from} on, the note accrues at {@code rate}; where it was read. */
    public record Row(LocalDate from, BigDecimal rate, long line) {
        public Row {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(rate, "rate");
        }
    }

    /** Steps read from {@code source} (the file name used in messages), keyed by note id. */
    public RateSteps(String source, Map<String, List<Row>> rowsByNote) {
        super(source, rowsByNote);
    }
}
