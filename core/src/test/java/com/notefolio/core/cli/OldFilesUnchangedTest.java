package com.notefolio.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.io.StatedSchedules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Old files keep working unchanged: the existing examples (fixed-rate notes, no rate columns) give exactly
 * the output main gave before rate terms reached the files. The oracle is
 * {@code src/test/resources/golden/}, written by main's commands (commit "Test data: outputs of
 * schedule, value and scenario on the existing examples") before any change of this branch. The
 * schedule output only gains its four last columns, {@code rate} (the note's fixed rate on every row),
 * {@code rate_source} (empty: no index was read), {@code kind} ({@code SCHEDULED}: the examples have no
 * structured notes) and {@code deferred_interest} ({@code 0.00}: nothing is carried), and the measures theirs, {@code discount_margin} and
 * {@code effective_duration} (empty: a fixed note has neither), then the four of the Truth in Lending box
 * ({@code apr} to {@code total_of_payments}); every other column is byte for byte as before.
 */
class OldFilesUnchangedTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String notes() {
        return EXAMPLES.resolve("notes.csv").toString();
    }

    private String schedules() {
        return EXAMPLES.resolve("schedules.csv").toString();
    }

    @Test
    void scheduleOfTheExamplesIsTodaysWithTheFixedRateAppended() throws IOException {
        Path out = dir.resolve("flows.csv");
        Path recon = dir.resolve("reconciliation.csv");
        assertThat(run("schedule", "--notes", notes(), "--schedules", schedules(), "--out", out.toString(),
                "--reconciliation", recon.toString())).as(err.toString()).isZero();

        assertSameWithRateAppended(out, GOLDEN.resolve("flows.csv"), annualRates(EXAMPLES.resolve("notes.csv"),
                EXAMPLES.resolve("schedules.csv")));
        assertThat(Files.readString(recon)).isEqualTo(Files.readString(GOLDEN.resolve("reconciliation.csv")));
    }

    @Test
    void scheduleOfTheOddDaysExampleIsTodaysWithTheFixedRateAppended() throws IOException {
        Path out = dir.resolve("flows.csv");
        assertThat(run("schedule", "--notes", EXAMPLES.resolve("notes-odd-days.csv").toString(), "--out", out.toString()))
                .as(err.toString()).isZero();

        assertSameWithRateAppended(out, GOLDEN.resolve("flows-odd-days.csv"),
                annualRates(EXAMPLES.resolve("notes-odd-days.csv"), null));
    }

    @Test
    void valueOnAFlatRateIsByteForByteTodays() throws IOException {
        Path out = dir.resolve("measures.csv");
        assertThat(run("value", "--notes", notes(), "--schedules", schedules(), "--as-of", "2004-06-30",
                "--discount-rate", "0.10", "--out", out.toString())).as(err.toString()).isZero();

        assertSameWithEmptyColumnsAppended(out, GOLDEN.resolve("measures.csv"), "discount_margin", "effective_duration");
    }

    @Test
    void valueOnAZeroCurveIsByteForByteTodays() throws IOException {
        Path out = dir.resolve("measures.csv");
        assertThat(run("value", "--notes", notes(), "--schedules", schedules(), "--as-of", "2022-06-30",
                "--curve", EXAMPLES.resolve("curve.csv").toString(), "--out", out.toString())).as(err.toString()).isZero();

        assertSameWithEmptyColumnsAppended(out, GOLDEN.resolve("measures-curve.csv"), "discount_margin",
                "effective_duration");
    }

    @Test
    void scenarioResultsAndFlowsAreByteForByteTodays() throws IOException {
        Path out = dir.resolve("scenarios.csv");
        Path flows = dir.resolve("scenario-flows.csv");
        assertThat(run("scenario", "--notes", notes(), "--schedules", schedules(), "--scenarios",
                EXAMPLES.resolve("scenarios.json").toString(), "--as-of", "2004-01-01", "--discount-rate", "0.10",
                "--out", out.toString(), "--flows", flows.toString())).as(err.toString()).isZero();

        assertThat(Files.readString(out)).isEqualTo(Files.readString(GOLDEN.resolve("scenarios.csv")));
        // The flows gained two columns at the end, zero on these plain notes: no interest carried, no fee.
        List<String> got = Files.readAllLines(flows);
        List<String> want = Files.readAllLines(GOLDEN.resolve("scenario-flows.csv"));
        assertThat(got).hasSameSizeAs(want);
        assertThat(got.get(0)).isEqualTo(want.get(0) + ",deferred_interest,fee");
        for (int i = 1; i < got.size(); i++) {
            assertThat(got.get(i)).as("line %d", i + 1).matches(Pattern.quote(want.get(i)) + ",0(\\.0+)?,0(\\.0+)?");
        }
    }

    /** The Truth in Lending columns that follow the measures of earlier versions (checked in CommandLineTest). */
    private static final List<String> DISCLOSURE = List.of("apr", "amount_financed", "finance_charge", "total_of_payments",
            "yield_with_fees");

    /**
     * {@code actual} is {@code golden} with the columns {@code names} appended, empty on every row, then the
     * {@link #DISCLOSURE} columns (numbers, so the last five commas of a row delimit them).
     */
    private static void assertSameWithEmptyColumnsAppended(Path actual, Path golden, String... names) throws IOException {
        List<String> got = Files.readAllLines(actual);
        List<String> want = Files.readAllLines(golden);
        assertThat(got).hasSameSizeAs(want);
        assertThat(got.get(0)).isEqualTo(want.get(0) + "," + String.join(",", names) + "," + String.join(",", DISCLOSURE));
        String empty = ",".repeat(names.length);
        for (int i = 1; i < got.size(); i++) {
            String line = got.get(i);
            int cut = line.length();
            for (int k = 0; k < DISCLOSURE.size(); k++) {
                cut = line.lastIndexOf(',', cut - 1);
            }
            assertThat(line.substring(0, cut)).as("line %d", i + 1).isEqualTo(want.get(i) + empty);
        }
    }

    /** Each note's annual_rate as read, by note id. */
    private static Map<String, String> annualRates(Path notes, Path schedules) {
        Map<String, String> rates = new HashMap<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(notes,
                schedules == null ? StatedSchedules.NONE : StatedScheduleCsvReader.read(schedules))) {
            reader.forEachRemaining(p -> rates.put(p.terms().id(), p.terms().annualRate().toPlainString()));
        }
        return rates;
    }

    /**
     * Every line of {@code actual} is the golden line followed by {@code ,rate,,SCHEDULED,0.00,0.00} (the rate the
     * note's annual_rate, an empty rate source, a scheduled row carrying no interest and paying no fee: zeros at the
     * currency's scale); the header gains the five names.
     */
    private static final Pattern SCHEDULED_NOTHING_CARRIED = Pattern.compile("(.*),SCHEDULED,0(\\.0+)?,0(\\.0+)?");

    private static void assertSameWithRateAppended(Path actual, Path golden, Map<String, String> rates) throws IOException {
        List<String> got = Files.readAllLines(actual);
        List<String> want = Files.readAllLines(golden);
        assertThat(got).hasSameSizeAs(want);
        assertThat(got.get(0)).isEqualTo(want.get(0) + ",rate,rate_source,kind,deferred_interest,fee");
        List<String> before = new ArrayList<>();
        for (int i = 1; i < got.size(); i++) {
            // zero at the note's currency scale: 0.00, or 0 for the yen note
            Matcher kinds = SCHEDULED_NOTHING_CARRIED.matcher(got.get(i));
            assertThat(kinds.matches()).as("line %d ends ,SCHEDULED,0,0: %s", i + 1, got.get(i)).isTrue();
            String line = kinds.group(1);
            String withoutSource = line.substring(0, line.length() - 1);
            int comma = withoutSource.lastIndexOf(',');
            String id = line.substring(0, line.indexOf(','));
            assertThat(withoutSource.substring(comma + 1)).as("rate of line %d", i + 1).isEqualTo(rates.get(id));
            before.add(withoutSource.substring(0, comma));
        }
        assertThat(before).containsExactlyElementsOf(want.subList(1, want.size()));
    }
}
