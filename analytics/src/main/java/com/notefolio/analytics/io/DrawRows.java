package com.notefolio.analytics.io;

import com.notefolio.core.io.DrawCsvReader;
import com.notefolio.core.io.Draws;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A draws CSV ({@code --draws}: advances and forgiven amounts) for a CSV or table portfolio on Spark: read
 * whole on the driver by the core's {@link DrawCsvReader} (its rules, messages and lines), since structured
 * notes are few and their draws short, and shipped to the executors as plain data, where each note's row is
 * read by the core with that note's draws only. Parquet portfolios hold their draws in their rows instead.
 */
public final class DrawRows implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No draws. */
    public static final DrawRows NONE = new DrawRows(Draws.NONE.source(), Map.of());

    private final String source;
    /** By note id: each draw's date, amount (exact decimal text), kind and line, in file order. */
    private final Map<String, List<Draw>> byNote;

    private record Draw(LocalDate date, String amount, Draws.Kind kind, long line) implements Serializable {
    }

    private DrawRows(String source, Map<String, List<Draw>> byNote) {
        this.source = source;
        this.byNote = byNote;
    }

    /** The draws of {@code file}; a bad row fails with file, line and column, before any Spark work. */
    public static DrawRows read(Path file) {
        Draws draws = DrawCsvReader.read(file);
        Map<String, List<Draw>> byNote = new LinkedHashMap<>();
        for (String id : draws.noteIds()) {
            List<Draw> list = new ArrayList<>();
            draws.rowsOf(id).forEach(r -> list.add(new Draw(r.date(), r.amount().toPlainString(), r.kind(), r.line())));
            byNote.put(id, list);
        }
        return new DrawRows(draws.source(), byNote);
    }

    /** The note ids with draws. */
    public Set<String> noteIds() {
        return byNote.keySet();
    }

    /** The draws of one note as the core's reader takes them: that note's rows only, named by their file and lines. */
    Draws forNote(String id) {
        List<Draw> own = id == null ? null : byNote.get(id);
        if (own == null) {
            return new Draws(source, Map.of());
        }
        List<Draws.Row> rows = new ArrayList<>(own.size());
        own.forEach(d -> rows.add(new Draws.Row(d.date(), new BigDecimal(d.amount()), d.kind(), d.line())));
        return new Draws(source, Map.of(id, rows));
    }

    /**
     * Refuses draws of a note the portfolio does not hold, at the first draw's line, as the core's reader
     * does for a whole file; {@code notesSource} names the portfolio.
     */
    public void requireClaimed(Set<String> foundIds, String notesSource) {
        for (Map.Entry<String, List<Draw>> e : byNote.entrySet()) {
            if (!foundIds.contains(e.getKey())) {
                throw new InputException(InputError.inColumn(source, e.getValue().get(0).line(), DrawCsvReader.NOTE_ID,
                        e.getKey(), "no note " + e.getKey() + " in " + notesSource + "; draws need a note to advance or forgive"));
            }
        }
    }
}
