package com.notefolio.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The core commands end to end, in process, on the example portfolio and on bad input. */
class CommandLineTest {

    private static final Path EXAMPLES = findExamples();

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Path findExamples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("examples");
    }

    @Test
    void scheduleWritesThe2003NoteExactly() throws IOException {
        Path out = dir.resolve("flows.csv");
        assertThat(run("schedule", "--notes", EXAMPLES.resolve("notes.csv").toString(),
                "--schedules", EXAMPLES.resolve("schedules.csv").toString(), "--out", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("note_id,period,accrual_start,accrual_end,due_date,days,opening_balance,"
                + "interest,principal,payment,closing_balance,rate,rate_source,kind,deferred_interest,fee");
        assertThat(lines).contains(
                "INFINITE-2003,1,2003-08-13,2003-09-12,2003-09-12,30,150000.00,1500.00,0.00,1500.00,150000.00,0.12,,SCHEDULED,0.00,0.00",
                "INFINITE-2003,29,2005-12-12,2006-01-12,2006-01-12,31,150000.00,1500.00,150000.00,151500.00,0.00,0.12,,SCHEDULED,0.00,0.00");
    }

    @Test
    void reconciliationListsWhereAStatedTableDisagreesWithItsTerms() throws IOException {
        // The 2003 table with its balloon stated 100.00 short: 151,400.00 against 150,000 + 1,500 interest.
        Path schedules = dir.resolve("schedules.csv");
        List<String> rows = Files.readAllLines(EXAMPLES.resolve("schedules.csv")).stream()
                .map(l -> l.equals("INFINITE-2003,2006-01-12,151500.00") ? "INFINITE-2003,2006-01-12,151400.00" : l)
                .toList();
        Files.write(schedules, rows);
        Path recon = dir.resolve("recon.csv");
        assertThat(run("schedule", "--notes", EXAMPLES.resolve("notes.csv").toString(), "--schedules",
                schedules.toString(), "--out", dir.resolve("flows.csv").toString(), "--reconciliation",
                recon.toString())).isZero();
        assertThat(Files.readAllLines(recon)).containsExactly(
                "note_id,due_date,stated_payment,terms_payment,difference,reason",
                "INFINITE-2003,2006-01-12,151400.00,151500.00,-100.00,"
                        + "the final stated payment differs from the balance plus interest");
    }

    @Test
    void valueWritesOneRowPerNote() throws IOException {
        Path out = dir.resolve("measures.csv");
        assertThat(run("value", "--notes", EXAMPLES.resolve("notes.csv").toString(),
                "--schedules", EXAMPLES.resolve("schedules.csv").toString(), "--as-of", "2004-06-27",
                "--discount-rate", "12%", "--out", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);
        long notes = Files.readAllLines(EXAMPLES.resolve("notes.csv")).stream().skip(1).filter(l -> !l.isBlank()).count();
        assertThat(lines).hasSize((int) notes + 1);
        // As of 2004-06-27, 15 of the 30 days to 2004-07-12 have run: 750.00 accrued on 150,000 at 12%.
        assertThat(lines).anyMatch(l -> l.startsWith("INFINITE-2003,2004-06-27,150000.00,750.00,150000.00,"));
    }

    @Test
    void valueFlagsAStalePriceInItsWarningsColumn() throws IOException {
        Path out = dir.resolve("measures.csv");
        assertThat(run("value", "--notes", EXAMPLES.resolve("notes.csv").toString(),
                "--schedules", EXAMPLES.resolve("schedules.csv").toString(), "--as-of", "2022-06-30",
                "--discount-rate", "0.10", "--out", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);

        assertThat(lines.get(0)).endsWith(",dv01,warnings,discount_margin,effective_duration,apr,amount_financed,"
                + "finance_charge,total_of_payments,yield_with_fees");
        // CP-HARBOR-2020 is carried at 118,500.00 with 62,000.00 left (120,000.00 − 29 × 2,000.00).
        assertThat(lines).filteredOn(l -> l.startsWith("CP-HARBOR-2020,")).singleElement().asString()
                .startsWith("CP-HARBOR-2020,2022-06-30,62000.00,")
                .contains(",\"price 118500.00 is 191.1% of the outstanding principal 62000.00 as of 2022-06-30, more than"
                        + " 50% away: a stale price? (give it as a percentage, such as 98.5%)\",,,");
        // The 2003 note (at par) has none; as a fixed note, no discount margin or effective duration either.
        // Its box: 150,000.00 advanced 2003-08-13, 28 payments of 1,500.00 and 151,500.00 (193,500.00 in all,
        // 43,500.00 of finance charge), interest only at 1% a month, every payment a whole number of months and
        // a 30-day first period (30/30 of a month at simple interest) after the advance: APR 12% exactly.
        assertThat(lines).filteredOn(l -> l.startsWith("INFINITE-2003,")).singleElement().asString()
                .contains(",,,,0.12,150000.00,43500.00,193500.00,");
    }

    @Test
    void scenarioReproducesThe2003PrepaymentExample() throws IOException {
        Path out = dir.resolve("results.csv");
        Path flows = dir.resolve("scenario-flows.csv");
        assertThat(run("scenario", "--notes", EXAMPLES.resolve("notes.csv").toString(),
                "--schedules", EXAMPLES.resolve("schedules.csv").toString(),
                "--scenarios", EXAMPLES.resolve("scenarios.json").toString(), "--as-of", "2004-01-01",
                "--discount-rate", "0.10", "--out", out.toString(), "--flows", flows.toString())).isZero();
        List<String> results = Files.readAllLines(out);
        assertThat(results).anyMatch(l -> l.startsWith("INFINITE-2003,base,2004-01-01,"));
        // The acceleration example: claim 150,000 + 1,500 + 887.67 default interest + 5,000 costs.
        assertThat(results).anyMatch(l -> l.startsWith("INFINITE-2003,\"2003 note: accelerated")
                && l.endsWith(",2004-07-30,157387.67,120000.00"));
        List<String> rows = Files.readAllLines(flows).stream()
                .filter(l -> l.startsWith("INFINITE-2003,2003 note: prepay 50k on 2004-06-12,")).toList();
        assertThat(rows).anyMatch(l -> l.contains(",2004-06-12,") && l.contains("SCHEDULED+PREPAYMENT")
                && l.endsWith(",150000.00,1500.00,0.00,50000.00,0.00,0.00,0.00,51500.00,100000.00,0.00,0.00"));
        assertThat(rows).anyMatch(l -> l.contains(",2004-07-12,") && l.endsWith(",1000.00,100000.00,0.00,0.00"));
        assertThat(rows.get(rows.size() - 1)).contains(",2006-01-12,").endsWith(",101000.00,0.00,0.00,0.00");
    }

    @Test
    void badInputExitsWithTwoNamesTheLineAndWritesNothing() throws IOException {
        Path notes = dir.resolve("bad.csv");
        Files.writeString(notes, "note_id,principal,annual_rate,issue_date,maturity_date,amortization\n"
                + "A,1000.00,0.05,2024-01-01,2027-01-01,LEVEL_PAYMENT\n"
                + "B,1000.00,five,2024-01-01,2027-01-01,LEVEL_PAYMENT\n");
        Path out = dir.resolve("measures.csv");
        assertThat(run("value", "--notes", notes.toString(), "--as-of", "2024-06-30", "--discount-rate", "0.07",
                "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.csv:3: column annual_rate: value \"five\"");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.csv");
        }
    }

    @Test
    void invalidScenarioExitsWithTwoNamingTheScenario() throws IOException {
        Path scenarios = dir.resolve("s.json");
        Files.writeString(scenarios, "{\"name\":\"x\",\"scenarios\":[{\"name\":\"too much\",\"prepayments\":["
                + "{\"note\":\"INFINITE-2003\",\"date\":\"2004-06-12\",\"amount\":\"200000.00\"}]}]}");
        Path out = dir.resolve("r.csv");
        assertThat(run("scenario", "--notes", EXAMPLES.resolve("notes.csv").toString(),
                "--schedules", EXAMPLES.resolve("schedules.csv").toString(), "--scenarios", scenarios.toString(),
                "--as-of", "2004-01-01", "--discount-rate", "0.10", "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("scenario \"too much\": prepayments.amount")
                .contains("exceeds the balance then, 150000.00");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingInputFileIsBadInput() {
        Path out = dir.resolve("m.csv");
        assertThat(run("value", "--notes", dir.resolve("nope.csv").toString(), "--as-of", "2024-06-30",
                "--discount-rate", "0.07", "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.csv: no such file");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("value", "--notes", "x.csv", "--as-of", "2024-13-01", "--discount-rate", "0.07",
                "--out", "y.csv")).isEqualTo(2);
        assertThat(run("schedule", "--help")).isZero();
    }
}
