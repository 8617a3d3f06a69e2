package com.notefolio.core.cli;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.FlowCsvWriter;
import com.notefolio.core.io.ReconciliationCsvWriter;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.core.schedule.StatedScheduleReconciliation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notefolio schedule}: every note's resolved schedule, one CSV row per flow. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Resolve each note's schedule and write one row per flow:",
            "note_id, period, accrual_start, accrual_end, due_date, days, opening_balance, interest,"
                    + " principal, payment, closing_balance, rate (the annual rate the period accrued at),"
                    + " rate_source (where a floating note's index values came from: fixing, forward_curve,"
                    + " last_fixing_flat), kind (SCHEDULED, or a structured note's DEFERRAL, CAPITALIZATION,"
                    + " ADVANCE, FORGIVENESS, joined by +), deferred_interest (interest accrued, not yet paid)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad input (the message names file, line and column, or the note and field)"})
final class ScheduleCommand implements Callable<Integer> {

    @Mixin
    PortfolioInput input;

    @Mixin
    IndexInput index;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Flows CSV to write.")
    Path out;

    @Option(names = "--reconciliation", paramLabel = "FILE",
            description = "Also write where STATED notes' tables disagree with their terms (one row a payment).")
    Path reconciliation;

    @Override
    public Integer call() {
        IndexData indices = index.read();
        try (Stream<Position> notes = input.positions(); FlowCsvWriter writer = FlowCsvWriter.create(out);
             ReconciliationCsvWriter recon = reconciliation == null ? null : ReconciliationCsvWriter.create(reconciliation)) {
            long count = ParallelPipeline.run(notes.iterator(), IndexInput.reportingMissingIndex(input.notes,
                    p -> ScheduleResolver.resolve(p.terms(), indices)), s -> {
                writer.write(s);
                if (recon != null && s.terms().amortization() == Amortization.STATED) {
                    recon.write(StatedScheduleReconciliation.of(s));
                }
            });
            writer.commit();
            if (recon != null) {
                recon.commit();
            }
            System.err.printf("schedule: %,d notes, %,d flows written to %s%n", count, writer.lines(), out);
        }
        return 0;
    }
}
