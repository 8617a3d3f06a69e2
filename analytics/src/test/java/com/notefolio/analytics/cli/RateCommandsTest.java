package com.notefolio.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.cli.Main;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.IndexCsvReader;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateKind;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.core.convention.EpochDay;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} and {@code analyze} with floating and stepped rates, as a user runs them: the
 * realistic mix written with its index data and rate steps beside it and read back note for note; the
 * fixed-only mix written as before; analyze reading the index data and rate steps, writing the rate
 * measures, exposure by rate kind and index and the floating share; a floating note without index data
 * refused before any note is valued.
 */
class RateCommandsTest {

    private static final int NOTES = 400;
    private static final long SEED = 5;
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;

    @Test
    void generateWritesTheRealisticMixWithItsIndexDataAndAnalyzeValuesIt() throws IOException {
        Path notes = dir.resolve("book.csv");
        assertThat(Main.run("generate", "--notes", String.valueOf(NOTES), "--seed", String.valueOf(SEED),
                "--master", "local[1]", "--out", notes.toString())).isZero();
        Path schedules = dir.resolve("book-schedules.csv");
        Path steps = dir.resolve("book-rate-steps.csv");
        Path fixings = dir.resolve("book-fixings.csv");
        Path curve = dir.resolve("book-index-curve.csv");

        // Read back by the core's own readers, every note is the generator's, rate terms and all.
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(SEED, NOTES, RateMix.REALISTIC);
        List<Position> read = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(notes, StatedScheduleCsvReader.read(schedules),
                RateStepCsvReader.read(steps), null)) {
            reader.forEachRemaining(read::add);
        }
        assertThat(read).hasSize(NOTES);
        for (Position p : read) {
            long i = p.terms().id().equals("INFINITE-2003") ? 0 : Long.parseLong(p.terms().id().substring(1));
            assertThat(p.terms()).as(p.terms().id()).isEqualTo(asCsvHoldsIt(generator.note(i).terms()));
        }
        assertThat(read).extracting(p -> RateKind.of(p.terms().rate())).contains(RateKind.FLOATING, RateKind.STEPPED);
        // The index data files hold the generator's fixings to the as-of date and its curve from it.
        assertThat(IndexCsvReader.readFixings(fixings)).containsExactlyElementsOf(generator.fixings(AS_OF));
        assertThat(IndexCsvReader.readCurves(curve)).containsExactlyElementsOf(generator.indexCurves(AS_OF));

        Path out = dir.resolve("results");
        assertThat(Main.run("analyze", "--notes", notes.toString(), "--schedules", schedules.toString(),
                "--rate-steps", steps.toString(), "--fixings", fixings.toString(), "--index-curve", curve.toString(),
                "--as-of", AS_OF.toString(), "--discount-rate", "0.07", "--format", "csv", "--master", "local[1]",
                "--out", out.toString())).isZero();

        List<String> measures = csvLines(out.resolve("measures"));
        assertThat(measures.get(0)).endsWith(",warnings,discount_margin,effective_duration");
        // A note reading an index and still outstanding has both rate measures; a fixed or stepped note neither.
        IndexData data = IndexCsvReader.read(fixings, curve);
        int measured = 0;
        for (Position p : read.subList(0, 100)) {
            String line = measures.stream().filter(l -> l.startsWith(p.terms().id() + ",base,")).findFirst().orElseThrow();
            String[] f = line.split(",", -1);
            if (!RateKind.of(p.terms().rate()).floats()) {
                assertThat(f[f.length - 2] + f[f.length - 1]).as(line).isEmpty();
            } else if (!f[4].equals("0")) {
                assertThat(Double.parseDouble(f[f.length - 2])).as(line).isFinite();
                assertThat(Double.parseDouble(f[f.length - 1])).as(line).isFinite();
                measured++;
            }
        }
        assertThat(measured).isPositive();

        // Totals: the floating share is the principal outstanding on notes tied to an index over all of it,
        // worked here from each note's own schedule.
        long floating = 0;
        long all = 0;
        int day = EpochDay.of(AS_OF);
        for (Position p : read) {
            Schedule s = ScheduleResolver.resolve(p.terms(), data);
            long outstanding = s.outstandingMinor(day);
            all += outstanding;
            floating += RateKind.of(p.terms().rate()).floats() ? outstanding : 0;
        }
        // floating_share is the last column; yield_exclusions before it is quoted text that may hold commas,
        // so the field is taken from the end of the line. Tolerance 1e-12: the program divides the same
        // longs in double as here, the margin only allows for printing and parsing the double.
        List<String> totals = csvLines(out.resolve("totals"));
        assertThat(totals.get(0)).endsWith(",floating_share");
        String base = totals.stream().filter(l -> l.startsWith("base,USD,")).findFirst().orElseThrow();
        double share = Double.parseDouble(base.substring(base.lastIndexOf(',') + 1));
        assertThat(share).isCloseTo((double) floating / all, within(1e-12));
        assertThat(share).isBetween(0.2, 0.6);
        // Exposure by rate kind and by index.
        List<String> exposure = csvLines(out.resolve("exposure"));
        assertThat(exposure).anyMatch(l -> l.startsWith("base,USD,RATE_KIND,Floating,"))
                .anyMatch(l -> l.startsWith("base,USD,RATE_KIND,Stepped,"))
                .anyMatch(l -> l.startsWith("base,USD,INDEX,PRIME,"))
                .anyMatch(l -> l.startsWith("base,USD,INDEX,SOFR,"));
        assertThat(out.resolve("assumptions.json")).content().contains("book-fixings.csv", "book-rate-steps.csv",
                "\"projection\" : \"forward curve\"");
    }

    @Test
    void theFixedMixIsWrittenAsBeforeWithNothingBesideItButItsSchedules() throws IOException {
        Path notes = dir.resolve("fixed.csv");
        assertThat(Main.run("generate", "--notes", "50", "--seed", "11", "--rate-mix", "fixed", "--master", "local[1]",
                "--out", notes.toString())).isZero();
        // The columns of the fixed-rate format, in the order the writer has always written them.
        assertThat(Files.readAllLines(notes).get(0)).isEqualTo("note_id,principal,annual_rate,issue_date,maturity_date,"
                + "amortization,currency,first_payment_date,frequency,day_count,payment,amortization_months,"
                + "payment_rounding,interest_rounding,borrower,borrower_address,lender,lender_address,sector,region,"
                + "rating,secured,collateral,collateral_value,price,prepayment_allowed,prepayment_penalty,lockout_until,"
                + "cure_days,default_rate,accelerates,collection_costs_payable,governing_law,odd_days");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("fixed-schedules.csv",
                    "fixed.csv");
        }
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(11, 50);
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(notes,
                StatedScheduleCsvReader.read(dir.resolve("fixed-schedules.csv")))) {
            reader.forEachRemaining(p -> assertThat(p.terms()).isEqualTo(asCsvHoldsIt(generator.note(
                    p.terms().id().equals("INFINITE-2003") ? 0 : Long.parseLong(p.terms().id().substring(1))).terms())));
        }
    }

    @Test
    void aFloatingNoteWithoutIndexDataExitsWithCodeTwoNamingTheNoteAndTheIndex() {
        String err = runCapturingErr("analyze", "--notes", "../examples/notes-rates.csv", "--rate-steps",
                "../examples/rate-steps.csv", "--as-of", "2024-06-30", "--discount-rate", "0.08", "--master", "local[1]",
                "--out", dir.resolve("results").toString());
        assertThat(err).contains("notefolio analyze: notes-rates.csv:2: column index: value \"SOFR\": note "
                + "FLOAT-SOFR-2023 reads index SOFR, but no index data was given (give its fixings with --fixings, or its "
                + "projection with --index-curve)");
        assertThat(dir.resolve("results")).doesNotExist();
    }

    @Test
    void aParquetPortfolioCarriesItsStepsAndRefusesARateStepsFile() throws IOException {
        Path notes = dir.resolve("book.parquet");
        assertThat(Main.run("generate", "--notes", "200", "--seed", "3", "--master", "local[1]",
                "--out", notes.toString())).isZero();
        assertThat(dir.resolve("book-fixings.csv")).exists();
        assertThat(dir.resolve("book-index-curve.csv")).exists();
        Path out = dir.resolve("results");
        assertThat(Main.run("analyze", "--notes", notes.toString(), "--fixings", dir.resolve("book-fixings.csv").toString(),
                "--index-curve", dir.resolve("book-index-curve.csv").toString(), "--as-of", "2024-06-30",
                "--discount-rate", "0.07", "--format", "csv", "--master", "local[1]", "--out", out.toString())).isZero();
        assertThat(csvLines(out.resolve("measures"))).hasSize(201);

        // With index data for Prime only, the first SOFR note (by id) is named, before any note is valued.
        Path primeOnly = Files.write(dir.resolve("prime.csv"), Files.readAllLines(Path.of("../examples/fixings.csv"))
                .stream().filter(l -> !l.startsWith("SOFR")).toList());
        String err = runCapturingErr("analyze", "--notes", notes.toString(), "--fixings", primeOnly.toString(),
                "--as-of", "2024-06-30", "--discount-rate", "0.07", "--master", "local[1]",
                "--out", dir.resolve("none").toString());
        assertThat(err).containsPattern("notefolio analyze: book.parquet, note N\\d+: column index: value \"SOFR\": "
                + "note N\\d+ reads index SOFR, but the index data holds PRIME only \\(give its fixings with --fixings");
        assertThat(dir.resolve("none")).doesNotExist();
        // With data for both whose fixings start in 2020, a reset of 2012 cannot be set: bad input too, naming
        // the note, the reset and the index, as the core commands say it.
        String early = runCapturingErr("analyze", "--notes", notes.toString(), "--fixings", "../examples/fixings.csv",
                "--as-of", "2024-06-30", "--discount-rate", "0.07", "--master", "local[1]",
                "--out", dir.resolve("early").toString());
        assertThat(early).containsPattern("notefolio analyze: book.parquet: column index: note N\\d+: the reset on "
                + "\\d{4}-\\d\\d-\\d\\d cannot be set: index (PRIME|SOFR): no fixing on or before ");
        assertThat(dir.resolve("early")).doesNotExist();

        String steps = runCapturingErr("analyze", "--notes", notes.toString(), "--rate-steps", "../examples/rate-steps.csv",
                "--as-of", "2024-06-30", "--discount-rate", "0.07", "--master", "local[1]", "--out", dir.resolve("x").toString());
        assertThat(steps).contains("a Parquet portfolio holds its stepped notes' rate steps in its rows");
    }

    /** The terms as the portfolio CSV holds them: all but the events of default's text (the 2003 note's). */
    private static NoteTerms asCsvHoldsIt(NoteTerms t) {
        DefaultTerms d = t.defaults();
        return t.toBuilder().defaults(new DefaultTerms(d.cureDays(), d.defaultRate(), d.accelerates(),
                d.collectionCostsPayable(), List.of())).build();
    }

    private static String runCapturingErr(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = Main.run(args);
        } finally {
            System.setErr(original);
        }
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.BAD_INPUT);
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The CSV part files of a result folder: the header once, then every row. */
    private static List<String> csvLines(Path folder) {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                if (lines.isEmpty()) {
                    continue;
                }
                out.addAll(out.isEmpty() ? lines : lines.subList(1, lines.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
