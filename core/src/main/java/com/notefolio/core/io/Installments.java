package com.notefolio.core.io;

import com.notefolio.core.note.InstallmentStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stepped installments read from an installments CSV ({@code note_id, from, amount, kind}): for each
 * note id, from each date on, the principal (or the whole payment) of each due date, in file order, each
 * with the physical line it came from so that a step the note's terms refuse is reported at its line. Held
 * in memory, which grows with the step rows only (stepped notes are few and their steps short). Immutable.
 */
public final class Installments extends NoteRows<Installments.Row> {

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

    /** Steps read from {@code source} (the file name used in messages), keyed by note id. */
    public Installments(String source, Map<String, List<Row>> rowsByNote) {
        super(source, rowsByNote);
    }
}
