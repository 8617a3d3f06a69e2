package com.notefolio.core.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.IndexCsvReader;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import java.time.LocalDate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands on the rate examples (examples/notes-rates.csv with its rate steps, fixings and index
 * curve), checked against rates and amounts worked by hand from the example files, and the clean refusal
 * of a floating note the index data cannot set.
 */
class FloatingCommandsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private List<String> schedule(String... indexOptions) throws IOException {
        Path out = dir.resolve("flows.csv");
        List<String> args = new java.util.ArrayList<>(List.of("schedule", "--notes", EXAMPLES.resolve("notes-rates.csv").toString(),
                "--rate-steps", EXAMPLES.resolve("rate-steps.csv").toString(), "--out", out.toString()));
        args.addAll(List.of(indexOptions));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        return Files.readAllLines(out);
    }

    private static String row(List<String> lines, String note, int period) {
        Optional<String> row = lines.stream().filter(l -> l.startsWith(note + "," + period + ",")).findFirst();
        assertThat(row).as(note + " period " + period).isPresent();
        return row.get();
    }

    private List<String> withFixingsAndCurve() throws IOException {
        return schedule("--fixings", EXAMPLES.resolve("fixings.csv").toString(),
                "--index-curve", EXAMPLES.resolve("index-curve.csv").toString());
    }

    @Test
    void sofrNoteResetsToTheEighthRoundedIndexPlusMarginAndReamortizes() throws IOException {
        List<String> lines = withFixingsAndCurve();

        // First reset 2023-07-15, read 45 days before: 2023-05-31, SOFR 5.08% (fixings.csv). 5.08 + 2.75 = 7.83%,
        // to the nearest 1/8: 7.83 / 0.125 = 62.64 → 63 × 0.125 = 7.875%, within the 1-point periodic cap of 7.25%.
        // Interest (PERIODIC, monthly): 228,866.51 × 0.07875 / 12 = 1,501.9365 → 1,501.94.
        // Payment re-amortized over the 54 periods left: 228,866.51 × i / (1 − (1 + i)^−54), i = 0.07875/12,
        // = 5,047.2461 → 5,047.25 (Python: 228866.51*i/(1-(1+i)**-54)).
        assertThat(row(lines, "FLOAT-SOFR-2023", 7)).isEqualTo("FLOAT-SOFR-2023,7,2023-07-15,2023-08-15,2023-08-15,31,"
                + "228866.51,1501.94,3545.31,5047.25,225321.20,0.07875,fixing+forward_curve,SCHEDULED,0.00,0.00");
        // Before the first reset: the initial rate 7.25%.
        assertThat(row(lines, "FLOAT-SOFR-2023", 6)).contains(",0.0725,");
        // 2025-07-15 reads 2025-05-31, after SOFR's last fixing (2024-12-02): the curve's 0-month point, 4.30%
        // (its 6-month point starts 2025-07-01). 4.30 + 2.75 = 7.05% → 56.4 eighths → 7.00%.
        assertThat(row(lines, "FLOAT-SOFR-2023", 31)).contains(",0.07,fixing+forward_curve");
    }

    @Test
    void withoutACurveTheLastFixingIsHeldFlatAndTheOutputSaysSo() throws IOException {
        List<String> lines = schedule("--fixings", EXAMPLES.resolve("fixings.csv").toString());

        // 2025-05-31 held at SOFR's last fixing, 4.64%: 4.64 + 2.75 = 7.39% → 59.12 eighths → 7.375%.
        assertThat(row(lines, "FLOAT-SOFR-2023", 31)).contains(",0.07375,fixing+last_fixing_flat");
    }

    @Test
    void primeNoteIsCappedByTheMaximumLawfulRate() throws IOException {
        List<String> lines = withFixingsAndCurve();

        // 2022-04-01: Prime 3.50% (from 2022-03-17) + 1% = 4.50%; ACT/360: 100,000 × 0.045 × 30/360 = 375.00.
        assertThat(row(lines, "FLOAT-PRIME-2022", 4)).isEqualTo("FLOAT-PRIME-2022,4,2022-04-01,2022-05-01,2022-05-01,30,"
                + "100000.00,375.00,0.00,375.00,100000.00,0.045,fixing+forward_curve,SCHEDULED,0.00,0.00");
        // 2023-06-01: Prime 8.25% (from 2023-05-04) + 1% = 9.25%, above the maximum lawful 9%:
        // 100,000 × 0.09 × 30/360 = 750.00.
        assertThat(row(lines, "FLOAT-PRIME-2022", 18)).isEqualTo("FLOAT-PRIME-2022,18,2023-06-01,2023-07-01,2023-07-01,30,"
                + "100000.00,750.00,0.00,750.00,100000.00,0.09,fixing+forward_curve,SCHEDULED,0.00,0.00");
    }

    @Test
    void steppedNoteAccruesAtEachStepFromItsDateWithNoIndexSource() throws IOException {
        List<String> lines = withFixingsAndCurve();

        assertThat(row(lines, "STEP-2022", 24)).endsWith(",0.05,,SCHEDULED,0.00,0.00");
        assertThat(row(lines, "STEP-2022", 25)).startsWith("STEP-2022,25,2024-06-01,").endsWith(",0.06,,SCHEDULED,0.00,0.00");
        assertThat(row(lines, "STEP-2022", 49)).startsWith("STEP-2022,49,2026-06-01,").endsWith(",0.07,,SCHEDULED,0.00,0.00");
    }

    @Test
    void conversionsChangeKindOnTheirDate() throws IOException {
        List<String> lines = withFixingsAndCurve();

        // Fixed 4.5% to 2024-03-01, then SOFR read 2 days before (2024-02-28: 5.40% from 2024-01-02) + 3% = 8.40%,
        // rounded up to the next 1/8: 8.50%.
        assertThat(row(lines, "FIX2FLOAT-2021", 36)).contains(",0.045,");
        assertThat(row(lines, "FIX2FLOAT-2021", 37)).startsWith("FIX2FLOAT-2021,37,2024-03-01,").contains(",0.085,");
        // Floating to 2024-02-15, then 8.25% fixed; the fixed part reads no index after the conversion.
        assertThat(row(lines, "FLOAT2FIX-2022", 25)).startsWith("FLOAT2FIX-2022,25,2024-02-15,").contains(",0.0825,");
        assertThat(row(lines, "FLOAT2FIX-2022", 60)).contains(",0.0825,fixing");
    }

    @Test
    void valueAndScenarioPriceFloatingNotesFromTheIndexData() throws IOException {
        Path measures = dir.resolve("measures.csv");
        assertThat(run("value", "--notes", EXAMPLES.resolve("notes-rates.csv").toString(), "--rate-steps",
                EXAMPLES.resolve("rate-steps.csv").toString(), "--fixings", EXAMPLES.resolve("fixings.csv").toString(),
                "--index-curve", EXAMPLES.resolve("index-curve.csv").toString(), "--as-of", "2024-06-30",
                "--discount-rate", "0.08", "--out", measures.toString())).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(measures);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).endsWith(",warnings,discount_margin,effective_duration,apr,amount_financed,"
                + "finance_charge,total_of_payments");
        // The notes that read an index have both rate measures, each as the core measured it (10 decimals);
        // the stepped note reads none and has neither.
        IndexData data = IndexCsvReader.read(EXAMPLES.resolve("fixings.csv"), EXAMPLES.resolve("index-curve.csv"));
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-rates.csv"),
                StatedSchedules.NONE, RateStepCsvReader.read(EXAMPLES.resolve("rate-steps.csv")), null)) {
            while (reader.hasNext()) {
                Position p = reader.next();
                NoteMeasures m = PositionPricer.price(p, LocalDate.of(2024, 6, 30), FlatRate.of(0.08), data, List.of())
                        .measures();
                String line = lines.stream().filter(l -> l.startsWith(p.terms().id() + ",")).findFirst().orElseThrow();
                String[] fields = line.split(",", -1);
                // The rate measures come before the four columns of the Truth in Lending box.
                String margin = fields[fields.length - 6];
                String duration = fields[fields.length - 5];
                if (p.terms().rate() instanceof RateTerms.Stepped) {
                    assertThat(margin + duration).as(line).isEmpty();
                } else {
                    // Written to 10 decimals: within half a unit of the 10th, 5e-11, of the measure.
                    assertThat(Double.parseDouble(margin)).as(line).isCloseTo(m.discountMargin(), within(5e-11));
                    assertThat(Double.parseDouble(duration)).as(line).isCloseTo(m.effectiveDuration(), within(5e-11));
                    // A floater's effective duration is well below its time to maturity (at most 5 years here).
                    assertThat(m.effectiveDuration()).as(line).isBetween(0.0, 5.0);
                }
            }
        }

        Path set = dir.resolve("set.json");
        Files.writeString(set, "{\"name\": \"speeds\", \"scenarios\": [{\"name\": \"10 CPR\", \"prepaymentSpeed\": {\"cpr\": 0.10}}]}");
        Path results = dir.resolve("scenarios.csv");
        assertThat(run("scenario", "--notes", EXAMPLES.resolve("notes-rates.csv").toString(), "--rate-steps",
                EXAMPLES.resolve("rate-steps.csv").toString(), "--fixings", EXAMPLES.resolve("fixings.csv").toString(),
                "--index-curve", EXAMPLES.resolve("index-curve.csv").toString(), "--scenarios", set.toString(),
                "--as-of", "2024-06-30", "--discount-rate", "0.08", "--out", results.toString())).as(err.toString()).isZero();
        // Six notes, each in the base case and under 10 CPR, under the header.
        assertThat(Files.readAllLines(results)).hasSize(13);
    }

    @Test
    void floatingNoteWithoutIndexDataFailsNamingTheNoteTheResetAndTheIndex() throws IOException {
        Path notes = dir.resolve("notes.csv");
        List<String> all = Files.readAllLines(EXAMPLES.resolve("notes-rates.csv"));
        Files.write(notes, List.of(all.get(0), all.get(1)));
        Path out = dir.resolve("flows.csv");

        assertThat(run("schedule", "--notes", notes.toString(), "--out", out.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("notefolio schedule: notes.csv: column index: note FLOAT-SOFR-2023: the reset"
                + " on 2023-07-15 cannot be set: index SOFR: no fixings and no forward curve, needed for 2023-05-31"
                + " (give the index's fixings with --fixings, or its projection with --index-curve)");
        assertThat(out).doesNotExist();
    }

    @Test
    void fixingsBeforeTheFirstResetAreNamedToo() throws IOException {
        Path fixings = dir.resolve("late-fixings.csv");
        Files.writeString(fixings, "index,date,rate\nSOFR,2024-01-02,0.054\n");
        Path notes = dir.resolve("notes.csv");
        List<String> all = Files.readAllLines(EXAMPLES.resolve("notes-rates.csv"));
        Files.write(notes, List.of(all.get(0), all.get(1)));

        assertThat(run("value", "--notes", notes.toString(), "--fixings", fixings.toString(), "--as-of", "2024-06-30",
                "--discount-rate", "0.08", "--out", dir.resolve("m.csv").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("note FLOAT-SOFR-2023: the reset on 2023-07-15 cannot be set: index SOFR:"
                + " no fixing on or before 2023-05-31 (the first is on 2024-01-02)");
    }
}
