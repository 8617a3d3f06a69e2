package com.notefolio.analytics.cli;

import com.notefolio.analytics.io.NoteDatasetReader;
import com.notefolio.analytics.io.OutputFiles;
import com.notefolio.analytics.io.PortfolioCsvDatasetWriter;
import com.notefolio.analytics.job.PortfolioGeneration;
import com.notefolio.analytics.row.NoteRow;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notefolio generate}: a deterministic synthetic portfolio, written by Spark in parallel. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic portfolio (the 2003 note first, then notes of every kind), the same for",
            "a seed and a size on any machine: Parquet (a folder), or .csv in the portfolio CSV format with the",
            "stated schedules in NAME-schedules.csv beside it."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "1:failed", "2:bad usage"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--notes", required = true, paramLabel = "N", description = "Number of notes.")
    long notes;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Portfolio seed (default 42).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "portfolio.parquet (a Parquet folder) or portfolio.csv.")
    Path out;

    @Mixin
    SparkOptions spark;

    @Override
    public Integer call() {
        if (notes < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--notes must be at least 1");
        }
        long started = System.nanoTime();
        SparkSession session = spark.start();
        try {
            Dataset<NoteRow> rows = PortfolioGeneration.notes(session, notes, seed, spark.partitionsFor(session, notes));
            if (NoteDatasetReader.isCsv(out)) {
                PortfolioCsvDatasetWriter.write(rows, out);
            } else {
                Path work = OutputFiles.workingFolder(out);
                rows.write().parquet(work.toString());
                OutputFiles.replace(work, out);
            }
        } finally {
            session.stop();
        }
        System.err.printf("generate: %,d notes of portfolio %d written to %s in %.1f s%n", notes, seed, out,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
