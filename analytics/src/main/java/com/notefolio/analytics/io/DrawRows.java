package com.notefolio.analytics.io;

import com.notefolio.core.io.DrawCsvReader;
import com.notefolio.core.io.Draws;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.InstallmentCsvReader;
import com.notefolio.core.io.Installments;
import com.notefolio.core.note.InstallmentStep;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dated rows of structured notes for a CSV or table portfolio on Spark: a draws CSV ({@code --draws}:
 * advances and forgiven amounts) and an installments CSV ({@code --installments}: stepped installments),
 * each read whole on the driver by the core's reader ({@link DrawCsvReader}, {@link InstallmentCsvReader}:
 * their rules, messages and lines), since structured notes are few and their rows short, and shipped to the
 * executors as plain data, where each note's row is read by the core with that note's rows only. Parquet
 * portfolios hold them in their rows instead.
 */
public final class DrawRows implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No draws. */
    public static final DrawRows NONE = new DrawRows(Draws.NONE.source(), Map.of(), Installments.NONE.source(),
            Map.of());

    private final String source;
    /** By note id: each draw's date, amount (exact decimal text), kind and line, in file order. */
    private final Map<String, List<Draw>> byNote;
    private final String installmentsSource;
    /** By note id: each step's date, amount (exact decimal text), kind and line, in file order. */
    private final Map<String, List<Step>> stepsByNote;

    private record Draw(LocalDate date, String amount, Draws.Kind kind, long line) implements Serializable {
    }

    private record Step(LocalDate from, String amount, InstallmentStep.Kind kind, long line) implements Serializable {
    }

    private DrawRows(String source, Map<String, List<Draw>> byNote, String installmentsSource,
                     Map<String, List<Step>> stepsByNote) {
        this.source = source;
        this.byNote = byNote;
        this.installmentsSource = installmentsSource;
        this.stepsByNote = stepsByNote;
    }

    /** The draws of {@code file}; a bad row fails with file, line and column, before any Spark work. */
    public static DrawRows read(Path file) {
        return read(file, null);
    }

    /**
     * The draws of {@code drawsFile} and the stepped installments of {@code installmentsFile}, either null for
     * none ({@link #NONE} when both are); a bad row fails with file, line and column, before any Spark work.
     */
    public static DrawRows read(Path drawsFile, Path installmentsFile) {
        if (drawsFile == null && installmentsFile == null) {
            return NONE;
        }
        Draws draws = drawsFile == null ? Draws.NONE : DrawCsvReader.read(drawsFile);
        Map<String, List<Draw>> byNote = new LinkedHashMap<>();
        for (String id : draws.noteIds()) {
            List<Draw> list = new ArrayList<>();
            draws.rowsOf(id).forEach(r -> list.add(new Draw(r.date(), r.amount().toPlainString(), r.kind(), r.line())));
            byNote.put(id, list);
        }
        Installments steps = installmentsFile == null ? Installments.NONE : InstallmentCsvReader.read(installmentsFile);
        Map<String, List<Step>> stepsByNote = new LinkedHashMap<>();
        for (String id : steps.noteIds()) {
            List<Step> list = new ArrayList<>();
            steps.rowsOf(id).forEach(r -> list.add(new Step(r.from(), r.amount().toPlainString(), r.kind(), r.line())));
            stepsByNote.put(id, list);
        }
        return new DrawRows(draws.source(), byNote, steps.source(), stepsByNote);
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

    /** The stepped installments of one note as the core's reader takes them: that note's rows only. */
    Installments installmentsFor(String id) {
        List<Step> own = id == null ? null : stepsByNote.get(id);
        if (own == null) {
            return new Installments(installmentsSource, Map.of());
        }
        List<Installments.Row> rows = new ArrayList<>(own.size());
        own.forEach(s -> rows.add(new Installments.Row(s.from(), new BigDecimal(s.amount()), s.kind(), s.line())));
        return new Installments(installmentsSource, Map.of(id, rows));
    }

    /** The note ids with draws or stepped installments. */
    public Set<String> claimedIds() {
        Set<String> ids = new LinkedHashSet<>(byNote.keySet());
        ids.addAll(stepsByNote.keySet());
        return ids;
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
        for (Map.Entry<String, List<Step>> e : stepsByNote.entrySet()) {
            if (!foundIds.contains(e.getKey())) {
                throw new InputException(InputError.inColumn(installmentsSource, e.getValue().get(0).line(),
                        InstallmentCsvReader.NOTE_ID, e.getKey(),
                        "no note " + e.getKey() + " in " + notesSource + "; installments need a note to step"));
            }
        }
    }
}
