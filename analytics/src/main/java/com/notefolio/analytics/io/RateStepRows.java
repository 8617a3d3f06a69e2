package com.notefolio.analytics.io;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.RateSteps;
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
 * A rate-steps CSV ({@code --rate-steps}) for a CSV or table portfolio on Spark: read whole on the driver
 * by the core's {@link RateStepCsvReader} (its rules, messages and lines), since stepped notes are few and
 * their steps small, and shipped to the executors as plain data, where each note's row is read by the core
 * with that note's steps only. Parquet portfolios hold their steps in their rows instead.
 */
public final class RateStepRows implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No rate steps: a portfolio read with it has no stepped notes. */
    public static final RateStepRows NONE = new RateStepRows(RateSteps.NONE.source(), Map.of());

    private final String source;
    /** By note id: each step's date, rate (exact decimal text) and line, in file order. */
    private final Map<String, List<Step>> byNote;

    private record Step(LocalDate from, String rate, long line) implements Serializable {
    }

    private RateStepRows(String source, Map<String, List<Step>> byNote) {
        this.source = source;
        this.byNote = byNote;
    }

    /** The steps of {@code file}; a bad row fails with file, line and column, before any Spark work. */
    public static RateStepRows read(Path file) {
        RateSteps steps = RateStepCsvReader.read(file);
        Map<String, List<Step>> byNote = new LinkedHashMap<>();
        for (String id : steps.noteIds()) {
            List<Step> list = new ArrayList<>();
            steps.rowsOf(id).forEach(r -> list.add(new Step(r.from(), r.rate().toPlainString(), r.line())));
            byNote.put(id, list);
        }
        return new RateStepRows(steps.source(), byNote);
    }

    /** The note ids with steps. */
    public Set<String> noteIds() {
        return byNote.keySet();
    }

    /** The steps of one note as the core's reader takes them: that note's rows only, named by their file and lines. */
    RateSteps forNote(String id) {
        List<Step> own = id == null ? null : byNote.get(id);
        if (own == null) {
            return new RateSteps(source, Map.of());
        }
        List<RateSteps.Row> rows = new ArrayList<>(own.size());
        own.forEach(s -> rows.add(new RateSteps.Row(s.from(), new BigDecimal(s.rate()), s.line())));
        return new RateSteps(source, Map.of(id, rows));
    }

    /**
     * Refuses steps of a note the portfolio does not hold, at the first step's line, as the core's reader
     * does for a whole file; {@code notesSource} names the portfolio.
     */
    public void requireClaimed(Set<String> foundIds, String notesSource) {
        for (Map.Entry<String, List<Step>> e : byNote.entrySet()) {
            if (!foundIds.contains(e.getKey())) {
                throw new InputException(InputError.inColumn(source, e.getValue().get(0).line(), RateStepCsvReader.NOTE_ID,
                        e.getKey(), "no note " + e.getKey() + " in " + notesSource + "; rate steps need a stepped note"));
            }
        }
    }
}
