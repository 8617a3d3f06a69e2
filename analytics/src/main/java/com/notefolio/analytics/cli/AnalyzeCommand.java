package com.notefolio.analytics.cli;

import com.notefolio.analytics.io.ResultFormat;
import com.notefolio.analytics.io.NoteSource;
import com.notefolio.analytics.job.AnalyzeJob;
import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.job.ProgressReporter;
import com.notefolio.core.cli.Discounting;
import com.notefolio.core.cli.IndexInput;
import com.notefolio.core.cli.PortfolioInput;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.scenario.ScenarioSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notefolio analyze}: a portfolio valued on Spark, with totals, ladder, exposure and a scenario grid. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyze a portfolio on Spark as of a date: every note's measures (under every scenario),",
            "portfolio totals, the monthly cash-flow ladder, exposure by borrower, lender, sector, region, rating,",
            "maturity and security with concentration, and with --scenarios the same per scenario with deltas to",
            "the base case; exposure by rate kind and by index, and the floating share in the totals. Floating rates are",
            "set from --fixings and --index-curve. Writes measures/, totals/, ladder/, exposure/ and assumptions.json",
            "into --out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad input (the message names file, line and column)"})
final class AnalyzeCommand implements Callable<Integer> {

    // Text, not a Path: a Path would collapse a URL's "//" (jdbc:postgresql://host/db) to one slash.
    @Option(names = "--notes", required = true, paramLabel = "PATH",
            description = "Portfolio: a .csv in the portfolio CSV format, a Parquet folder from generate, or a JDBC"
                    + " URL (jdbc:postgresql://…, jdbc:h2:…) with --table.")
    String notes;

    @Option(names = "--table", paramLabel = "NAME",
            description = "With a jdbc: --notes, the table of notes; its columns are the portfolio CSV's."
                    + " Credentials from NOTEFOLIO_JDBC_USER and NOTEFOLIO_JDBC_PASSWORD.")
    String table;

    @Option(names = "--schedules", paramLabel = "FILE", description = "Stated schedules CSV for STATED notes of a CSV portfolio.")
    Path schedules;

    @Option(names = "--rate-steps", paramLabel = "FILE",
            description = "Rate steps CSV (note_id, from, rate) for stepped notes of a CSV or table portfolio"
                    + " (a Parquet portfolio holds them in its rows).")
    Path rateSteps;

    @Option(names = "--draws", paramLabel = "FILE",
            description = "Draws CSV (note_id, date, amount, kind: advance or forgiveness) for grid notes' advances and"
                    + " forgiven amounts of a CSV or table portfolio (a Parquet portfolio holds them in its rows).")
    Path draws;

    @Option(names = "--installments", paramLabel = "FILE",
            description = "Installments CSV (note_id, from, amount, kind: principal or payment) for notes whose"
                    + " principal or payment steps by date, of a CSV or table portfolio (a Parquet portfolio holds"
                    + " them in its rows).")
    Path installments;

    @Mixin
    IndexInput index;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "Valuation date (ISO).")
    LocalDate asOf;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Discounting discounting;

    @Option(names = "--scenarios", paramLabel = "FILE", description = "Scenario set JSON (docs/scenarios.md).")
    Path scenarios;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Results folder (replaced when the run ends).")
    Path out;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "parquet|csv",
            description = "Format of the result datasets (default parquet).")
    String format;

    @Option(names = "--skip-bad-rows", description = "Skip rows the core refuses and list them in bad-rows/, instead of stopping at the first.")
    boolean skipBadRows;

    @Mixin
    SparkOptions spark;

    @Override
    public Integer call() {
        ResultFormat resultFormat = ResultFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        ScenarioSet set = scenarios == null ? null : ScenarioJson.read(PortfolioInput.requireReadable(scenarios));
        // The index files are read (and refused, with their lines) before Spark starts.
        Assumptions assumptions = Assumptions.of(asOf, discounting.resolve(), set)
                .withIndexData(index.fixings(), index.curves());
        long started = System.nanoTime();
        SparkSession session = spark.start();
        try {
            double sessionSeconds = (System.nanoTime() - started) / 1e9;
            LongAccumulator done = session.sparkContext().longAccumulator("notes");
            session.sparkContext().addSparkListener(new ProgressReporter("analyze", done, System.err));
            long jobStarted = System.nanoTime();
            AnalyzeJob.Outcome outcome = AnalyzeJob.run(session,
                    new AnalyzeJob.Request(NoteSource.of(notes), schedules, table, rateSteps, draws, index.describe(), assumptions, out,
                            resultFormat, skipBadRows, spark.partitionsFor(session, 0), installments), done);
            double jobSeconds = (System.nanoTime() - jobStarted) / 1e9;
            System.err.printf("analyze: %,d notes × %d cases as of %s written to %s; session start %.1f s, job %.1f s"
                            + " (%,.0f notes/s)%s%n", outcome.notes(), assumptions.caseNames().size(), asOf, out,
                    sessionSeconds, jobSeconds, outcome.notes() / jobSeconds,
                    outcome.skipped() > 0 ? "; " + outcome.skipped() + " bad rows skipped, listed in bad-rows/" : "");
            StringBuilder phases = new StringBuilder("analyze: phases");
            outcome.phaseSeconds().forEach((name, s) -> phases.append(String.format(" | %s %.1f s (%,.0f notes/s)", name, s,
                    outcome.notes() / s)));
            System.err.println(phases);
        } finally {
            session.stop();
        }
        return 0;
    }
}
