package com.notefolio.core.cli;

import com.notefolio.core.io.FlowCsvWriter;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.schedule.ScheduleResolver;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notefolio schedule}: every note's resolved schedule, one CSV row per flow. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Resolve each note's schedule and write one row per flow:",
            "note_id, period, accrual_start, accrual_end, due_date, days, opening_balance, interest,"
                    + " principal, payment, closing_balance."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad input (the message names file, line and column)"})
final class ScheduleCommand implements Callable<Integer> {

    @Mixin
    PortfolioInput input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Flows CSV to write.")
    Path out;

    @Override
    public Integer call() {
        try (PortfolioCsvReader notes = input.open(); FlowCsvWriter writer = FlowCsvWriter.create(out)) {
            long count = ParallelPipeline.run(notes, p -> ScheduleResolver.resolve(p.terms()), writer::write);
            writer.commit();
            System.err.printf("schedule: %,d notes, %,d flows written to %s%n", count, writer.lines(), out);
        }
        return 0;
    }
}
