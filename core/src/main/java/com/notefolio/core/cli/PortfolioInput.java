package com.notefolio.core.cli;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.io.StatedSchedules;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The portfolio options every command that reads notes shares: {@code --notes} and {@code --schedules}. */
public final class PortfolioInput {

    @Option(names = "--notes", required = true, paramLabel = "FILE",
            description = "Portfolio CSV, one note a row (docs/portfolio-format.md).")
    public Path notes;

    @Option(names = "--schedules", paramLabel = "FILE",
            description = "Stated schedules CSV (note_id, due_date, payment) for STATED notes.")
    public Path schedules;

    /** Opens the portfolio; bad input fails with file, line and column. */
    public PortfolioCsvReader open() {
        requireReadable(notes);
        StatedSchedules stated = schedules == null ? StatedSchedules.NONE
                : StatedScheduleCsvReader.read(requireReadable(schedules));
        return PortfolioCsvReader.open(notes, stated);
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
