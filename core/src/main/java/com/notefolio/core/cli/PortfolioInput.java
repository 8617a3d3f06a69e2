package com.notefolio.core.cli;

import com.notefolio.core.io.DrawCsvReader;
import com.notefolio.core.io.Draws;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InstallmentCsvReader;
import com.notefolio.core.io.Installments;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.portfolio.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The portfolio options every command that reads notes shares: {@code --notes}, {@code --schedules},
 * {@code --rate-steps}, {@code --draws} and {@code --installments}. The notes are a portfolio CSV, or a note JSON file (one note or
 * an array of notes, {@link NoteJson}) when the name ends in {@code .json}.
 */
public final class PortfolioInput {

    @Option(names = "--notes", required = true, paramLabel = "FILE",
            description = "Portfolio CSV, one note a row, or a note JSON file (*.json: one note or an array of notes)"
                    + " (docs/portfolio-format.md).")
    public Path notes;

    @Option(names = "--schedules", paramLabel = "FILE",
            description = "Stated schedules CSV (note_id, due_date, payment) for STATED notes of a portfolio CSV.")
    public Path schedules;

    @Option(names = "--rate-steps", paramLabel = "FILE",
            description = "Rate steps CSV (note_id, from, rate) for stepped notes of a portfolio CSV.")
    public Path rateSteps;

    @Option(names = "--draws", paramLabel = "FILE",
            description = "Draws CSV (note_id, date, amount, kind: advance or forgiveness) for grid notes' advances"
                    + " and forgiven amounts of a portfolio CSV.")
    public Path draws;

    @Option(names = "--installments", paramLabel = "FILE",
            description = "Installments CSV (note_id, from, amount, kind: principal or payment) for notes whose"
                    + " principal or payment steps by date, of a portfolio CSV.")
    public Path installments;

    /**
     * The notes as positions, in file order; close the stream when done. Bad input fails with the file and
     * the line and column (CSV), or the note and field (JSON: the whole file is read and checked here, before
     * the caller writes anything). A JSON note carries its own stated schedule, rate steps, draws and
     * installments, so {@code --schedules}, {@code --rate-steps}, {@code --draws} and {@code --installments} are refused with it rather than ignored.
     * JSON notes carry no price: they are held at par.
     */
    public Stream<Position> positions() {
        requireReadable(notes);
        if (isNoteJson(notes)) {
            refuseWithJson("--schedules", schedules, "stated_schedule");
            refuseWithJson("--rate-steps", rateSteps, "rate (kind stepped, with its steps)");
            refuseWithJson("--draws", draws, "advances and forgiveness");
            refuseWithJson("--installments", installments, "installments");
            return NoteJson.readAll(notes).stream().map(Position::atPar);
        }
        StatedSchedules stated = schedules == null ? StatedSchedules.NONE
                : StatedScheduleCsvReader.read(requireReadable(schedules));
        RateSteps steps = rateSteps == null ? RateSteps.NONE : RateStepCsvReader.read(requireReadable(rateSteps));
        Draws dated = draws == null ? Draws.NONE : DrawCsvReader.read(requireReadable(draws));
        Installments stepped = installments == null ? Installments.NONE
                : InstallmentCsvReader.read(requireReadable(installments));
        return PortfolioCsvReader.open(notes, stated, steps, dated, stepped, null).stream();
    }

    /** Whether {@code file} is read as note JSON: its name ends in {@code .json} (any case). */
    public static boolean isNoteJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Where a note's field is, for a message about the note as a whole: the CSV column {@code csvColumn} of
     * the notes file, or the JSON field {@code jsonField} of a note JSON file (line unknown in both).
     */
    public static InputError noteError(Path notes, String csvColumn, String jsonField, String value, String reason) {
        String source = notes.getFileName().toString();
        return isNoteJson(notes) ? InputError.inField(source, jsonField, value, reason)
                : InputError.inColumn(source, 0, csvColumn, value, reason);
    }

    private void refuseWithJson(String option, Path given, String field) {
        if (given != null) {
            throw new InputException(InputError.inColumn(notes.getFileName().toString(), 0, null, null,
                    option + " " + given + " cannot be used with a note JSON file: each JSON note states its own "
                            + field + "; give " + option + " only with a portfolio CSV"));
        }
    }

    /** A missing or unreadable input file is bad input (exit 2), reported before anything is written. */
    public static Path requireReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputException(InputError.inColumn(file.toString(), 0, null, null,
                    Files.exists(file) ? "is not a readable file" : "no such file"));
        }
        return file;
    }
}
