package com.notefolio.analytics.cli;

import com.notefolio.analytics.io.NoteDatasetReader;
import com.notefolio.analytics.io.OutputFiles;
import com.notefolio.analytics.io.PortfolioCsvDatasetWriter;
import com.notefolio.analytics.job.PortfolioGeneration;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.IndexCsvWriter;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.portfolio.ShapeMix;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notefolio generate}: a deterministic synthetic portfolio, written by Spark in parallel. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic portfolio (the 2003 note first, then notes of every kind), the same for",
            "a seed, a size and a rate mix on any machine: Parquet (a folder), or .csv in the portfolio CSV format with",
            "the stated schedules in NAME-schedules.csv beside it. With the realistic rate mix (the default) about a",
            "third of the notes float over Prime or SOFR, some step and a few convert; the index data they read is",
            "written beside the notes as NAME-fixings.csv (fixings to --as-of) and NAME-index-curve.csv (the curve",
            "from --as-of), and a CSV portfolio's rate steps as NAME-rate-steps.csv. With --shape-mix structured some",
            "notes are also structured (lead-ins, later disbursements, deferrals, grid notes, stepped principal,",
            "revolving lines, demand notes); a CSV portfolio then has the structure columns, its advances, forgiven",
            "amounts and repayments in NAME-draws.csv and its stepped installments in NAME-installments.csv."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "1:failed", "2:bad usage"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--notes", required = true, paramLabel = "N", description = "Number of notes.")
    long notes;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Portfolio seed (default 42).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "portfolio.parquet (a Parquet folder) or portfolio.csv.")
    Path out;

    @Option(names = "--rate-mix", defaultValue = "realistic", paramLabel = "realistic|fixed",
            description = "The notes' rates: realistic (default: fixed, Prime and SOFR floaters, stepped, conversions)"
                    + " or fixed (every note at one fixed rate, the portfolio of earlier versions, note for note).")
    String rateMix;

    @Option(names = "--shape-mix", defaultValue = "plain", paramLabel = "plain|structured",
            description = "The notes' repayment shapes: plain (default: the shapes of earlier versions, note for note) or"
                    + " structured (some with an interest-only lead-in, a later disbursement, a PPP-style deferral and"
                    + " forgiveness, 2-4 advances, stepped principal, a revolving line or payable on demand).")
    String shapeMix;

    @Option(names = "--as-of", defaultValue = "2024-06-30", paramLabel = "DATE",
            description = "With the realistic mix, the date the index fixings run to and the index curve starts from"
                    + " (default ${DEFAULT-VALUE}); value the portfolio as of this date.")
    LocalDate asOf;

    @Mixin
    SparkOptions spark;

    @Override
    public Integer call() {
        if (notes < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--notes must be at least 1");
        }
        RateMix mix;
        try {
            mix = RateMix.of(rateMix);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--rate-mix: " + e.getMessage());
        }
        ShapeMix shapes;
        try {
            shapes = ShapeMix.of(shapeMix);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--shape-mix: " + e.getMessage());
        }
        long started = System.nanoTime();
        SparkSession session = spark.start();
        try {
            Dataset<NoteRow> rows = PortfolioGeneration.notes(session, notes, seed, spark.partitionsFor(session, notes),
                    mix, shapes);
            boolean rates = mix != RateMix.FIXED_ONLY;
            if (NoteDatasetReader.isCsv(out)) {
                PortfolioCsvDatasetWriter.write(rows, out, rates, shapes == ShapeMix.STRUCTURED);
            } else {
                Path work = OutputFiles.workingFolder(out);
                rows.write().parquet(work.toString());
                OutputFiles.replace(work, out);
            }
            if (rates) {
                PortfolioGenerator generator = PortfolioGenerator.forPortfolio(seed, notes, mix);
                IndexCsvWriter.writeFixings(fixingsBeside(out), generator.fixings(asOf));
                IndexCsvWriter.writeCurves(indexCurveBeside(out), generator.indexCurves(asOf));
            }
        } finally {
            session.stop();
        }
        System.err.printf("generate: %,d notes of portfolio %d (%s rates, %s shapes) written to %s in %.1f s%n", notes,
                seed, mix.label(), shapes.label(), out, (System.nanoTime() - started) / 1e9);
        if (mix != RateMix.FIXED_ONLY) {
            System.err.printf("generate: index data as of %s in %s and %s%s%n", asOf, fixingsBeside(out),
                    indexCurveBeside(out), NoteDatasetReader.isCsv(out)
                            ? "; rate steps in " + PortfolioCsvDatasetWriter.rateStepsBeside(out) : "");
        }
        return 0;
    }

    static Path fixingsBeside(Path notes) {
        return PortfolioCsvDatasetWriter.beside(notes, "fixings");
    }

    static Path indexCurveBeside(Path notes) {
        return PortfolioCsvDatasetWriter.beside(notes, "index-curve");
    }
}
