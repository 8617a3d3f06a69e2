package com.notefolio.core.cli;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.io.StatedSchedules;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The portfolio options every command that reads notes shares: {@code --notes}, {@code --schedules} and
 * {@code --rate-steps}.
 */
public final class PortfolioInput {

    @Option(names = "--notes", required = true, paramLabel = "FILE",
            description = "Portfolio CSV, one note a row (docs/portfolio-format.md).")
    public Path notes;

    @Option(names = "--schedules", paramLabel = "FILE",
            description = "Stated schedules CSV (note_id, due_date, payment) for STATED notes.")
    public Path schedules;

    @Option(names = "--rate-steps", paramLabel = "FILE",
            description = "Rate steps CSV (note_id, from, rate) for notes of rate_kind stepped.")
    public Path rateSteps;

    /** Opens the portfolio; bad input fails with file, line and column. */
    public PortfolioCsvReader open() {
        requireReadable(notes);
        StatedSchedules stated = schedules == null ? StatedSchedules.NONE
                : StatedScheduleCsvReader.read(requireReadable(schedules));
        RateSteps steps = rateSteps == null ? RateSteps.NONE : RateStepCsvReader.read(requireReadable(rateSteps));
        return PortfolioCsvReader.open(notes, stated, steps, null);
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
