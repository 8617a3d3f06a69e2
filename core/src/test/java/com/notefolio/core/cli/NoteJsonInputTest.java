package com.notefolio.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --notes} given a note JSON file (issue 14): schedule, value and scenario read one note or an array
 * of notes, give what the same notes give through their portfolio CSV lines, and refuse bad input naming the
 * file, the note and the field.
 */
class NoteJsonInputTest {

    private static final Path EXAMPLES = findExamples();
    private static final Path NOTE_2003 = EXAMPLES.resolve("promissory-note-2003.json");

    /** The Rhein bullet of examples/notes.csv, written here by hand as note JSON (defaults left out). */
    private static final String RHEIN_JSON = """
            {"id": "BULLET-RHEIN-2022",
             "borrower": {"name": "Rhein Logistik GmbH", "address": "Hafenstraße 5, 47119 Duisburg"},
             "lender": {"name": "Notefolio Fund I"}, "sector": "Logistics", "region": "DE", "rating": "BBB",
             "currency": "EUR", "principal": "250000.00", "annual_rate": "0.05", "issue_date": "2022-03-01",
             "maturity_date": "2027-03-01", "frequency": "AT_MATURITY", "amortization": "BULLET", "accrual_basis": "ACT/365F",
             "prepayment": {"allowed": false}, "default": {"cure_days": 30, "accelerates": true},
             "security": {"secured": false}, "governing_law": "Germany"}""";

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

    /** The example portfolio CSV cut to the notes {@code ids}, in that order, with their stated schedules. */
    private Path[] csvOf(String... ids) throws IOException {
        List<String> notes = Files.readAllLines(EXAMPLES.resolve("notes.csv"));
        List<String> schedules = Files.readAllLines(EXAMPLES.resolve("schedules.csv"));
        Path csv = dir.resolve("cut-notes.csv");
        Path stated = dir.resolve("cut-schedules.csv");
        Files.write(csv, Stream.concat(Stream.of(notes.get(0)),
                Stream.of(ids).flatMap(id -> notes.stream().filter(l -> l.startsWith(id + ",")))).toList());
        Files.write(stated, Stream.concat(Stream.of(schedules.get(0)),
                schedules.stream().filter(l -> Stream.of(ids).anyMatch(id -> l.startsWith(id + ",")))).toList());
        return new Path[] {csv, stated};
    }

    private Path arrayOf2003AndRhein() throws IOException {
        Path json = dir.resolve("two-notes.json");
        Files.writeString(json, "[\n" + Files.readString(NOTE_2003).strip() + ",\n" + RHEIN_JSON + "\n]\n");
        return json;
    }

    @Test
    void scheduleOfThe2003NoteJsonIsTheHandWorkedScheduleAndThatOfItsCsvLine() throws IOException {
        Path fromJson = dir.resolve("json-flows.csv");
        assertThat(run("schedule", "--notes", NOTE_2003.toString(), "--out", fromJson.toString())).isZero();
        Path[] csv = csvOf("INFINITE-2003");
        Path fromCsv = dir.resolve("csv-flows.csv");
        assertThat(run("schedule", "--notes", csv[0].toString(), "--schedules", csv[1].toString(),
                "--out", fromCsv.toString())).isZero();

        List<String> rows = Files.readAllLines(fromJson);
        assertThat(rows).isEqualTo(Files.readAllLines(fromCsv));
        // By hand: $150,000 at 12% ÷ 12 is $1,500.00 interest a month, 28 interest-only payments, then the
        // $150,000 principal with the last $1,500.00 of interest: a $151,500.00 balloon on 2006-01-12.
        List<String[]> flows = rows.stream().skip(1).map(l -> l.split(",")).toList();
        assertThat(flows).hasSize(29);
        for (String[] f : flows.subList(0, 28)) {
            assertThat(List.of(f[7], f[8], f[9], f[10])).containsExactly("1500.00", "0.00", "1500.00", "150000.00");
        }
        assertThat(flows.get(28)).contains("2006-01-12", "150000.00", "151500.00", "0.00");
        assertThat(flows.get(28)[9]).isEqualTo("151500.00");
        assertThat(flows.stream().map(f -> new BigDecimal(f[9])).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("193500.00");
    }

    @Test
    void anArrayOfNotesGivesItsNotesInFileOrderAsTheirCsvLinesDo() throws IOException {
        Path fromJson = dir.resolve("json-flows.csv");
        assertThat(run("schedule", "--notes", arrayOf2003AndRhein().toString(), "--out", fromJson.toString())).isZero();
        Path[] csv = csvOf("INFINITE-2003", "BULLET-RHEIN-2022");
        Path fromCsv = dir.resolve("csv-flows.csv");
        assertThat(run("schedule", "--notes", csv[0].toString(), "--schedules", csv[1].toString(),
                "--out", fromCsv.toString())).isZero();

        List<String> rows = Files.readAllLines(fromJson);
        assertThat(rows).isEqualTo(Files.readAllLines(fromCsv));
        assertThat(rows).filteredOn(l -> l.startsWith("INFINITE-2003,")).hasSize(29);
        // By hand: the bullet pays once, at maturity, 1,826 days of ACT/365F (2024 is a leap year) on €250,000 at
        // 5%: 250000 × 0.05 × 1826/365 = 62,534.2466 → 62,534.25 interest with the €250,000.
        assertThat(rows).filteredOn(l -> l.startsWith("BULLET-RHEIN-2022,")).containsExactly(
                "BULLET-RHEIN-2022,1,2022-03-01,2027-03-01,2027-03-01,1826,250000.00,62534.25,250000.00,312534.25,0.00,0.05,,SCHEDULED,0.00,0.00");
    }

    @Test
    void valueOfTheJsonNotesIsTheValueOfTheirCsvLines() throws IOException {
        Path fromJson = dir.resolve("json-measures.csv");
        assertThat(run("value", "--notes", arrayOf2003AndRhein().toString(), "--as-of", "2004-06-27",
                "--discount-rate", "12%", "--out", fromJson.toString())).isZero();
        Path[] csv = csvOf("INFINITE-2003", "BULLET-RHEIN-2022");
        Path fromCsv = dir.resolve("csv-measures.csv");
        assertThat(run("value", "--notes", csv[0].toString(), "--schedules", csv[1].toString(), "--as-of", "2004-06-27",
                "--discount-rate", "12%", "--out", fromCsv.toString())).isZero();

        List<String> rows = Files.readAllLines(fromJson);
        assertThat(rows).hasSize(3).isEqualTo(Files.readAllLines(fromCsv));
        // By hand: on 2004-06-27, 15 of the 30 days to 2004-07-12 have run: 750.00 accrued on 150,000 at 12%;
        // at par, and at a 12% discount rate, the price is the outstanding principal.
        assertThat(rows.get(1)).startsWith("INFINITE-2003,2004-06-27,150000.00,750.00,150000.00,");
    }

    @Test
    void scenarioOnTheJsonNoteIsTheScenarioOnItsCsvLine() throws IOException {
        Path fromJson = dir.resolve("json-results.csv");
        Path flows = dir.resolve("json-scenario-flows.csv");
        assertThat(run("scenario", "--notes", NOTE_2003.toString(), "--scenarios",
                EXAMPLES.resolve("scenarios.json").toString(), "--as-of", "2004-01-01", "--discount-rate", "0.10",
                "--out", fromJson.toString(), "--flows", flows.toString())).isZero();
        Path[] csv = csvOf("INFINITE-2003");
        Path fromCsv = dir.resolve("csv-results.csv");
        assertThat(run("scenario", "--notes", csv[0].toString(), "--schedules", csv[1].toString(), "--scenarios",
                EXAMPLES.resolve("scenarios.json").toString(), "--as-of", "2004-01-01", "--discount-rate", "0.10",
                "--out", fromCsv.toString())).isZero();

        List<String> results = Files.readAllLines(fromJson);
        assertThat(results).isEqualTo(Files.readAllLines(fromCsv));
        // By hand: the acceleration claims 150,000 + 1,500 interest + 887.67 default interest + 5,000 costs.
        assertThat(results).anyMatch(l -> l.startsWith("INFINITE-2003,\"2003 note: accelerated")
                && l.endsWith(",2004-07-30,157387.67,120000.00"));
        // Prepaying 50,000 of 150,000 on 2004-06-12 leaves 100,000: 1,000.00 interest a month after it.
        assertThat(Files.readAllLines(flows)).anyMatch(l -> l.startsWith("INFINITE-2003,2003 note: prepay 50k on 2004-06-12,")
                && l.contains(",2004-07-12,") && l.endsWith(",1000.00,100000.00,0.00,0.00"));
    }

    @Test
    void aBadFieldOfAnArraysNoteNamesTheFileTheNoteAndTheFieldAndWritesNothing() throws IOException {
        Path json = dir.resolve("notes.json");
        Files.writeString(json, "[\n" + Files.readString(NOTE_2003).strip() + ",\n"
                + RHEIN_JSON.replace("\"250000.00\"", "\"250,000\"") + "\n]\n");
        Path out = dir.resolve("measures.csv");
        assertThat(run("value", "--notes", json.toString(), "--as-of", "2024-06-30", "--discount-rate", "0.07",
                "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("notes.json: field [1].principal: value \"250,000\":")
                .contains("(note BULLET-RHEIN-2022)");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.json");
        }
    }

    @Test
    void aDuplicateIdOrAnEmptyArrayIsBadInput() throws IOException {
        Path json = dir.resolve("twice.json");
        Files.writeString(json, "[" + RHEIN_JSON + ",\n" + RHEIN_JSON + "]");
        Path out = dir.resolve("flows.csv");
        assertThat(run("schedule", "--notes", json.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("twice.json: field [1].id: value \"BULLET-RHEIN-2022\": "
                + "duplicate note id: the same id is at [0]");

        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "[ ]");
        assertThat(run("schedule", "--notes", empty.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("empty.json: field $: value \"[]\": the array holds no notes");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSingleNotesErrorNamesTheNoteToo() throws IOException {
        Path json = dir.resolve("one.json");
        Files.writeString(json, RHEIN_JSON.replace("\"cure_days\": 30", "\"cure_days\": -1"));
        Path out = dir.resolve("flows.csv");
        assertThat(run("schedule", "--notes", json.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("one.json: field default.cure_days: value \"-1\":")
                .contains("(note BULLET-RHEIN-2022)");
        assertThat(out).doesNotExist();
    }

    @Test
    void schedulesAndRateStepsFilesAreRefusedWithNoteJson() throws IOException {
        Path out = dir.resolve("flows.csv");
        assertThat(run("schedule", "--notes", NOTE_2003.toString(), "--schedules",
                EXAMPLES.resolve("schedules.csv").toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("promissory-note-2003.json: --schedules")
                .contains("cannot be used with a note JSON file");
        assertThat(run("value", "--notes", NOTE_2003.toString(), "--rate-steps",
                EXAMPLES.resolve("rate-steps.csv").toString(), "--as-of", "2004-06-27", "--discount-rate", "12%",
                "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("promissory-note-2003.json: --rate-steps");
        assertThat(out).doesNotExist();
    }
}
