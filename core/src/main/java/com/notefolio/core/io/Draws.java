package com.notefolio.core.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The dated amounts read from a draws CSV ({@code note_id, date, amount, kind}): for each note id, the
 * advances of a grid note and the amounts forgiven, in file order, each with the physical line it came
 * from so that an amount the note's terms refuse is reported at its line. Held in memory, which grows with
 * the draw rows only (structured notes are few and their draws short). Immutable.
 */
public final class Draws extends NoteRows<Draws.Row> {

    /** No draws: every note of a portfolio read against it is funded on its date and forgiven nothing. */
    public static final Draws NONE = new Draws("draws.csv", Map.of());

    /**
     * What a dated amount does to the note's balance, as the {@code kind} column names it (any case). The
     * one mapping from the file's word to a kind; the terms each kind becomes are {@link PositionColumns}'s.
     */
    public enum Kind {
        /** Money lent on the date: the balance grows and accrues from it (the column's default). */
        ADVANCE,
        /** An amount forgiven on the date: it leaves the balance, paid on the borrower's behalf. */
        FORGIVENESS,
        /** A revolving line's repayment on the date: the borrower pays the balance down, to draw it again. */
        REPAYMENT;

        /** The word the {@code kind} column writes. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind a {@code kind} cell names (any case); blank is {@link #ADVANCE}. */
        public static Kind of(String text) {
            if (text == null || text.isBlank()) {
                return ADVANCE;
            }
            for (Kind k : values()) {
                if (k.code().equalsIgnoreCase(text.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("not a kind of draw (advance, forgiveness, repayment)");
        }
    }

    /** One row of the draws file: {@code amount} of {@code kind} on {@code date}; where it was read. */
    public record Row(LocalDate date, BigDecimal amount, Kind kind, long line) {
        public Row {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Draws read from {@code source} (the file name used in messages), keyed by note id. */
    public Draws(String source, Map<String, List<Row>> rowsByNote) {
        super(source, rowsByNote);
    }
}
