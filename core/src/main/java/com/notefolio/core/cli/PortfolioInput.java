package com.notefolio.core.cli;

import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.io.StatedSchedules;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The portfolio options every command that reads notes shares: {@code --notes} and {@code --schedules}. */
final class PortfolioInput {

    @Option(names = "--notes", required = true, paramLabel = "FILE",
            description = "Portfolio CSV, one note a row (docs/portfolio-format.md).")
    Path notes;

    @Option(names = "--schedules", paramLabel = "FILE",
            description = "Stated schedules CSV (note_id, due_date, payment) for STATED notes.")
    Path schedules;

    /** Opens the portfolio; bad input fails with file, line and column. */
    PortfolioCsvReader open() {
        StatedSchedules stated = schedules == null ? null : StatedScheduleCsvReader.read(schedules);
        return PortfolioCsvReader.open(notes, stated);
    }
}
