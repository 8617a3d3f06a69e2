package com.notefolio.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands as a user runs them through {@code notefolio}: found through the core's command provider
 * SPI, each starting and stopping its own session. Bad input ends with exit code 2 and a message naming
 * the file, line and column.
 */
class AnalyticsCommandsTest {

    @TempDir
    Path dir;

    @Test
    void analyzeOfTheExamplePortfolioWritesEveryResultBesideItsAssumptions() {
        Path out = dir.resolve("results");

        int exit = Main.run("analyze", "--notes", "../examples/notes.csv", "--schedules", "../examples/schedules.csv",
                "--as-of", "2004-01-31", "--curve", "../examples/curve.csv", "--scenarios", "../examples/scenarios.json",
                "--format", "csv", "--master", "local[1]", "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(out.resolve("assumptions.json")).content().contains("\"as_of\" : \"2004-01-31\"", "2003 note: payoff on 2005-03-12");
        for (String result : new String[] {"measures", "totals", "ladder", "ladder-quarterly", "ladder-yearly", "exposure"}) {
            assertThat(out.resolve(result).resolve("_SUCCESS")).as(result).exists();
        }
        // The base case's 2003-note cash by year: 2004 pays eleven monthly 1,500.00 from February
        // (January's is before the as-of date) and 2006 the balloon — rolled up from the monthly ladder.
        List<String> yearly = csvLines(out.resolve("ladder-yearly"));
        assertThat(yearly).anyMatch(l -> l.startsWith("base,USD,2004,2004-12,"));
        assertThat(yearly).anyMatch(l -> l.startsWith("base,USD,2006,2006-12,"));
        assertThat(csvLines(out.resolve("ladder-quarterly"))).anyMatch(l -> l.startsWith("base,USD,2004-Q1,2004-03,"));
    }

    private static List<String> csvLines(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMalformedRowExitsWithCodeTwoNamingFileLineAndColumn() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.csv"), """
                note_id,principal,annual_rate,issue_date,maturity_date,amortization
                A,1000.00,0.05,2020-01-01,2030-01-01,LEVEL_PAYMENT
                B,1000.00,0.05,2020-13-01,2030-01-01,LEVEL_PAYMENT
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = Main.run("analyze", "--notes", notes.toString(), "--as-of", "2024-06-30", "--discount-rate", "0.05",
                    "--master", "local[1]", "--out", dir.resolve("results").toString());
        } finally {
            System.setErr(original);
        }

        assertThat(exit).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notefolio analyze: notes.csv:3: column issue_date: value \"2020-13-01\"");
        assertThat(dir.resolve("results")).doesNotExist();
    }
}
