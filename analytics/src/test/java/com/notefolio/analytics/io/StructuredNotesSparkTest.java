package com.notefolio.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.job.AnalyzeJob;
import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.job.PortfolioGeneration;
import com.notefolio.analytics.row.CheckedNoteRow;
import com.notefolio.analytics.row.InstallmentRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.convention.BusinessCalendar;
import com.notefolio.core.convention.BusinessDayAdjustment;
import com.notefolio.core.convention.BusinessDayConvention;
import com.notefolio.core.io.DrawCsvReader;
import com.notefolio.core.io.InstallmentCsvReader;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.ScheduleConventions;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.portfolio.ShapeMix;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Structured notes (disbursement date, interest-only lead-in, deferral, advances, forgiveness, stepped
 * installments) through Spark: the examples' CSV with its draws and installments files round-trips through {@link NoteRow}, Parquet, Spark's CSV writer and
 * the plain CSV writer into equal terms, and {@code analyze} of the CSV gives, note for note, the measures the
 * core computes from the note JSON examples (read by another reader than the CSV's) and the core's CSV reader.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructuredNotesSparkTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path NOTES = EXAMPLES.resolve("notes-structures.csv");
    private static final Path DRAWS = EXAMPLES.resolve("draws.csv");
    private static final Path INSTALLMENTS = EXAMPLES.resolve("installments.csv");
    /** A day the grid note has drawn two advances and the late-disbursed note is outstanding. */
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 15);

    @TempDir
    Path dir;

    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        spark = AnalyticsSession.builder("local[2]", 2).getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    /** The examples as the core's CSV reader reads them, with a note on a business-day calendar added. */
    private static List<NoteTerms> coreTerms() {
        List<NoteTerms> terms = new ArrayList<>();
        try (Stream<Position> positions = PortfolioCsvReader.open(NOTES, StatedSchedules.NONE, RateSteps.NONE,
                DrawCsvReader.read(DRAWS), InstallmentCsvReader.read(INSTALLMENTS), null).stream()) {
            positions.forEach(p -> terms.add(p.terms()));
        }
        terms.add(NoteJson.read(EXAMPLES.resolve("note-grid.json")).toBuilder().id("GRID-USNY")
                .conventions(ScheduleConventions.US_LENDER.withBusinessDays(new BusinessDayAdjustment(
                        BusinessCalendar.of("USNY"), BusinessDayConvention.MODIFIED_FOLLOWING,
                        BusinessDayAdjustment.Accrual.ADJUSTED)))
                .build());
        terms.sort(Comparator.comparing(NoteTerms::id));
        return terms;
    }

    private static List<NoteTerms> sorted(List<NoteTerms> terms) {
        List<NoteTerms> out = new ArrayList<>(terms);
        out.sort(Comparator.comparing(NoteTerms::id));
        return out;
    }

    private Dataset<NoteRow> rows(List<NoteTerms> terms) {
        return spark.createDataset(terms.stream().map(t -> NoteRow.of(Position.atPar(t))).toList(), NoteRow.encoder());
    }

    @Test
    void theStructuredExamplesRoundTripThroughNoteRowParquetAndBothCsvWriters() throws Exception {
        List<NoteTerms> core = coreTerms();
        assertThat(core).hasSize(6);
        assertThat(core.stream().filter(t -> t.structure().isPresent() || t.firstPrincipalDate() != null)).hasSize(6);

        // Parquet, read back by the core's one column mapping.
        Path parquet = dir.resolve("structures.parquet");
        rows(core).write().parquet(parquet.toString());
        List<NoteTerms> fromParquet = NoteDatasetReader.read(spark, parquet, null).collectAsList().stream()
                .map(CheckedNoteRow::getNote).map(r -> r.toPosition().terms()).toList();
        assertThat(sorted(fromParquet)).containsExactlyElementsOf(core);
        // The JSON examples, read by the JSON reader, are the same notes.
        assertThat(fromParquet).contains(NoteJson.read(EXAMPLES.resolve("note-grid.json")),
                NoteJson.read(EXAMPLES.resolve("note-ppp.json")), NoteJson.read(EXAMPLES.resolve("note-equipment.json")));
        // Every stepped installment is in the row's array, as the installments file holds it (amounts as plain as
        // the draws', trailing zeros stripped).
        NoteRow equipment = NoteRow.of(Position.atPar(NoteJson.read(EXAMPLES.resolve("note-equipment.json"))));
        assertThat(equipment.getInstallments()).extracting(InstallmentRow::getFrom, InstallmentRow::getAmount,
                InstallmentRow::getKind).containsExactly(tuple(LocalDate.of(2024, 2, 1), "5000", "principal"),
                tuple(LocalDate.of(2024, 8, 1), "15000", "principal"));

        // Spark's CSV writer with the structure columns and the draws file beside.
        Path csv = dir.resolve("structures.csv");
        PortfolioCsvDatasetWriter.write(rows(core), csv, true, true);
        assertThat(sorted(readCsv(csv, PortfolioCsvDatasetWriter.drawsBeside(csv),
                PortfolioCsvDatasetWriter.installmentsBeside(csv)))).containsExactlyElementsOf(core);

        // The plain writer of a list, with its draws file; without one, a row with draws is refused, not dropped.
        StringWriter notes = new StringWriter();
        StringWriter draws = new StringWriter();
        StringWriter installments = new StringWriter();
        try (PortfolioCsvWriter w = PortfolioCsvWriter.open(notes, new StringWriter(), new StringWriter(), draws,
                installments)) {
            core.forEach(t -> w.write(NoteRow.of(Position.atPar(t))));
        }
        List<NoteTerms> fromWriter = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(notes.toString()),
                StatedSchedules.NONE, RateSteps.NONE, DrawCsvReader.read("draws.csv", new StringReader(draws.toString()), null),
                InstallmentCsvReader.read("installments.csv", new StringReader(installments.toString()), null), null)) {
            reader.forEachRemaining(p -> fromWriter.add(p.terms()));
        }
        assertThat(sorted(fromWriter)).containsExactlyElementsOf(core);
        try (PortfolioCsvWriter w = PortfolioCsvWriter.open(new StringWriter(), new StringWriter(), new StringWriter())) {
            NoteTerms grid = core.stream().filter(t -> t.id().equals("GRID-2024-01")).findFirst().orElseThrow();
            assertThatThrownBy(() -> w.write(NoteRow.of(Position.atPar(grid))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("draws file");
        }
        NoteTerms stepped = core.stream().filter(t -> t.id().equals("EQUIP-2024-01")).findFirst().orElseThrow();
        try (PortfolioCsvWriter w = PortfolioCsvWriter.open(new StringWriter(), new StringWriter(), new StringWriter(),
                new StringWriter())) {
            assertThatThrownBy(() -> w.write(NoteRow.of(Position.atPar(stepped))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("installments file");
        }
    }

    @Test
    void theStructuredGeneratorsCsvIsReadByTheCoreAsTheGeneratorsNotes() {
        long count = 3_000;
        Path csv = dir.resolve("generated.csv");
        PortfolioCsvDatasetWriter.write(PortfolioGeneration.notes(spark, count, 7, 3, RateMix.FIXED_ONLY,
                ShapeMix.STRUCTURED), csv, false, true);
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(7, count, RateMix.FIXED_ONLY, ShapeMix.STRUCTURED);
        List<NoteTerms> read = readCsv(csv, PortfolioCsvDatasetWriter.drawsBeside(csv),
                PortfolioCsvDatasetWriter.installmentsBeside(csv));
        assertThat(read).hasSize((int) count);
        long structured = 0;
        for (int i = 0; i < count; i++) {
            NoteTerms generated = generator.note(i).terms();
            structured += generated.structure().isPresent() || generated.firstPrincipalDate() != null ? 1 : 0;
            // Everything but the events of default's text, which the CSV format does not hold.
            assertThat(read.get(i).toBuilder().defaults(generated.defaults()).build()).as(generated.id()).isEqualTo(generated);
        }
        assertThat(structured).isGreaterThan(count / 10);
    }

    private static List<NoteTerms> readCsv(Path notes, Path draws, Path installments) {
        List<NoteTerms> out = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(notes,
                StatedScheduleCsvReader.read(PortfolioCsvDatasetWriter.schedulesBeside(notes)),
                RateSteps.NONE, DrawCsvReader.read(draws), InstallmentCsvReader.read(installments), null)) {
            reader.forEachRemaining(p -> out.add(p.terms()));
        }
        return out;
    }

    @Test
    void analyzeOfTheCsvWithItsDrawsGivesTheCoresMeasuresOfEachNote() {
        // The core alone: the PPP and grid notes from their JSON, the others from the core's CSV reader.
        Map<String, NoteTerms> terms = new HashMap<>();
        coreTerms().forEach(t -> terms.put(t.id(), t));
        terms.remove("GRID-USNY");
        terms.put("GRID-2024-01", NoteJson.read(EXAMPLES.resolve("note-grid.json")));
        terms.put("PPP-2020-0417", NoteJson.read(EXAMPLES.resolve("note-ppp.json")));
        terms.put("EQUIP-2024-01", NoteJson.read(EXAMPLES.resolve("note-equipment.json")));
        Map<String, NoteMeasures> expected = new HashMap<>();
        terms.values().forEach(t -> {
            Position p = Position.atPar(t);
            Schedule s = ScheduleResolver.resolve(t);
            expected.put(t.id(), NotePricer.measures(s, AS_OF, p.priceAt(s, AS_OF), FlatRate.of(0.07)));
        });

        Path out = dir.resolve("results");
        AnalyzeJob.Outcome outcome = AnalyzeJob.run(spark, new AnalyzeJob.Request(NoteSource.of(NOTES), null, null, null, DRAWS,
                List.of(), Assumptions.of(AS_OF, FlatRate.of(0.07), null), out, ResultFormat.PARQUET, false, 2,
                INSTALLMENTS), null);

        assertThat(outcome.notes()).isEqualTo(5);
        List<Row> rows = spark.read().parquet(out.resolve("measures").toString()).collectAsList();
        assertThat(rows).hasSize(5);
        for (Row r : rows) {
            NoteMeasures m = expected.get(r.<String>getAs("note_id"));
            assertThat(new long[] {r.<Long>getAs("outstanding_principal_minor"), r.<Long>getAs("accrued_interest_minor"),
                    r.<Long>getAs("price_minor")}).as(m.noteId())
                    .containsExactly(m.outstandingPrincipalMinor(), m.accruedInterestMinor(), m.priceMinor());
            // The same code on the same inputs: equal to the last bit.
            assertThat(new double[] {r.<Double>getAs("npv"), r.<Double>getAs("yield"), r.<Double>getAs("wal_years")})
                    .as(m.noteId()).containsExactly(m.npv(), m.yield(), m.walYears());
        }
        // By hand: on 15 March 2024 the grid note has lent its first two advances, $100,000 and $50,000; the
        // note disbursed on 10 January owes its $100,000.
        Map<String, Long> outstanding = new HashMap<>();
        rows.forEach(r -> outstanding.put(r.getAs("note_id"), r.<Long>getAs("outstanding_principal_minor")));
        assertThat(outstanding.get("GRID-2024-01")).isEqualTo(150_000_00L);
        assertThat(outstanding.get("LATE-2024-01")).isEqualTo(100_000_00L);
        // The equipment note has repaid two steps of $5,000 (1 February, 1 March) of its $120,000.
        assertThat(outstanding.get("EQUIP-2024-01")).isEqualTo(110_000_00L);
        assertThat(out.resolve("assumptions.json")).content().contains("draws.csv").contains("installments.csv");
    }

    @Test
    void drawsOfAMissingNoteOrBesideAParquetPortfolioAreRefused() throws Exception {
        Path draws = dir.resolve("stray-draws.csv");
        java.nio.file.Files.writeString(draws, "note_id,date,amount,kind\nGRID-2024-01,2024-01-01,100000.00,\n"
                + "GRID-2024-01,2024-02-15,50000.00,\nGRID-2024-01,2024-04-10,75000.00,\n"
                + "PPP-2020-0417,2020-10-15,15000.00,forgiveness\nNOBODY,2024-01-01,5.00,\n");
        assertThatThrownBy(() -> AnalyzeJob.run(spark, new AnalyzeJob.Request(NOTES, null, null, null, draws, List.of(),
                Assumptions.of(AS_OF, FlatRate.of(0.07), null), dir.resolve("r1"), ResultFormat.PARQUET, false, 2), null))
                .isInstanceOf(InputException.class).hasMessageContaining("stray-draws.csv:6")
                .hasMessageContaining("no note NOBODY");

        Path parquet = dir.resolve("p.parquet");
        rows(coreTerms()).write().parquet(parquet.toString());
        assertThatThrownBy(() -> AnalyzeJob.run(spark, new AnalyzeJob.Request(parquet, null, null, null, DRAWS, List.of(),
                Assumptions.of(AS_OF, FlatRate.of(0.07), null), dir.resolve("r2"), ResultFormat.PARQUET, false, 2), null))
                .isInstanceOf(InputException.class).hasMessageContaining("are for a CSV or table portfolio");

        Path installments = dir.resolve("stray-installments.csv");
        java.nio.file.Files.writeString(installments, "note_id,from,amount,kind\nNOBODY,2024-02-01,5.00,\n");
        assertThatThrownBy(() -> AnalyzeJob.run(spark, new AnalyzeJob.Request(NoteSource.of(NOTES), null, null, null, DRAWS, List.of(),
                Assumptions.of(AS_OF, FlatRate.of(0.07), null), dir.resolve("r3"), ResultFormat.PARQUET, false, 2,
                installments), null))
                .isInstanceOf(InputException.class).hasMessageContaining("stray-installments.csv:2")
                .hasMessageContaining("no note NOBODY");
    }
}
