package com.notefolio.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.io.DrawCsvReader;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InstallmentCsvReader;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.export.NoteListExports;
import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.testing.StoredPortfolios;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Importing structured notes on H2 (issue 14): examples/notes-structures.csv with examples/draws.csv and
 * examples/installments.csv is stored (the structure columns of migration V8, the draws in note_draw, the
 * stepped installments in installment_step) and read back as exactly the notes the core reads from the
 * files, from CSV files or from the sheets of a workbook; the list download writes them so the core reads
 * the same notes again; a step of a note the file does not hold refuses the whole import at the step's line.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "ANALYST"})
class PortfolioStructuresImportTest {

    @Autowired
    PortfolioImport imports;
    @Autowired
    NoteStore notes;
    @Autowired
    NoteListExports exports;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;
    UploadReceiver receiver;
    final List<ReceivedFile> received = new ArrayList<>();
    final Path examples = StoredPortfolios.examplesDir();

    @BeforeEach
    void receiver() {
        receiver = new UploadReceiver(50L << 20, dir);
    }

    @AfterEach
    void closeUploads() {
        received.forEach(ReceivedFile::close);
    }

    /** The core's own reading of the three example files. */
    private List<Position> coreReading() {
        List<Position> expected = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(examples.resolve("notes-structures.csv"),
                StatedSchedules.NONE, RateSteps.NONE, DrawCsvReader.read(examples.resolve("draws.csv")),
                InstallmentCsvReader.read(examples.resolve("installments.csv")), e -> {
                    throw new AssertionError(e.toString());
                })) {
            reader.forEachRemaining(expected::add);
        }
        return expected;
    }

    private static void assertSameNotes(List<Position> actual, List<Position> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            // Stored decimals come back without the column's trailing zeros: equal by value.
            assertThat(actual.get(i)).as(expected.get(i).terms().id()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected.get(i));
        }
    }

    @Test
    void theStructuredExamplesAreStoredWithTheirDrawsAndInstallments() throws IOException {
        ImportOutcome outcome = imports.importPortfolio("Structures " + System.nanoTime(),
                new PortfolioFiles(upload("notes-structures.csv"), null, null, null, null, upload("draws.csv"),
                        upload("installments.csv")));

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.notes()).isEqualTo(5);
        long id = outcome.portfolioId();
        List<Position> expected = coreReading();
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertSameNotes(back, expected);
        // One note at a time, as the note screen finds it: the PPP note keeps its deferral and forgiveness.
        long pppRow = notes.page(id, NoteFilter.ALL, List.of(), 0, 10).stream()
                .filter(n -> n.noteId().equals("PPP-2020-0417")).findFirst().orElseThrow().id();
        assertSameNotes(List.of(notes.find(id, pppRow).orElseThrow().position()), List.of(expected.get(0)));

        // draws.csv: three advances of GRID-2024-01 and one forgiveness of PPP-2020-0417; installments.csv: two
        // steps of EQUIP-2024-01. The PPP row holds its deferral as the CSV writes it.
        assertThat(jdbc.queryForObject("select count(*) from note_draw where portfolio_id = ?", Long.class, id))
                .isEqualTo(4);
        assertThat(jdbc.queryForList("select kind from installment_step where portfolio_id = ? order by from_date",
                String.class, id)).containsExactly("principal", "principal");
        assertThat(jdbc.queryForObject("select deferred_interest from note where portfolio_id = ? and note_id = ?",
                String.class, id, "PPP-2020-0417")).isEqualTo("spread");

        // The list download holds the draws and installments beside the notes: the core reads the same notes.
        Path zip = dir.resolve("list.zip");
        assertThat(exports.csv(id, NoteFilter.ALL, zip)).isEqualTo(5);
        Map<String, String> files = unzip(zip);
        List<Position> downloaded = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(NoteListExports.NOTES_FILE,
                new StringReader(files.get(NoteListExports.NOTES_FILE)), StatedSchedules.NONE, RateSteps.NONE,
                DrawCsvReader.read(NoteListExports.DRAWS_FILE, new StringReader(files.get(NoteListExports.DRAWS_FILE)),
                        null),
                InstallmentCsvReader.read(NoteListExports.INSTALLMENTS_FILE,
                        new StringReader(files.get(NoteListExports.INSTALLMENTS_FILE)), null), null)) {
            reader.forEachRemaining(downloaded::add);
        }
        assertSameNotes(downloaded, expected);
    }

    @Test
    void aWorkbookHoldsTheDrawsAndInstallmentsInSheetsOfThoseNames() throws IOException {
        Map<String, Path> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Notes", examples.resolve("notes-structures.csv"));
        sheets.put("Draws", examples.resolve("draws.csv"));
        sheets.put("installments", examples.resolve("installments.csv"));
        Path book = dir.resolve("structures.xlsx");
        TestWorkbooks.fromCsv(sheets, book);

        ImportOutcome outcome = imports.importPortfolio("Structures book " + System.nanoTime(),
                new PortfolioFiles(upload(book), null, null, null, null));

        assertThat(outcome.errors()).isEmpty();
        List<Position> back = new ArrayList<>();
        notes.positions(outcome.portfolioId(), back::add);
        assertSameNotes(back, coreReading());

        // A draws file beside a workbook that has a draws sheet would give them twice: refused, naming both.
        ImportOutcome twice = imports.importPortfolio("Structures twice " + System.nanoTime(),
                new PortfolioFiles(upload(book), null, null, null, null, upload("draws.csv"), null));
        assertThat(twice.imported()).isFalse();
        assertThat(twice.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("draws.csv");
            assertThat(e.reason()).contains("structures.xlsx has a draws sheet already");
        });
    }

    @Test
    void aStepOfANoteTheFileDoesNotHoldRefusesTheImportAtItsLine() throws IOException {
        Path stray = Files.createDirectories(dir.resolve("stray")).resolve("installments.csv");
        Files.writeString(stray, "note_id,from,amount,kind\nEQUIP-2024-01,2024-02-01,5000.00,\n"
                + "EQUIP-2024-01,2024-08-01,15000.00,\nNOBODY,2024-02-01,5.00,\n");
        long portfoliosBefore = jdbc.queryForObject("select count(*) from portfolio", Long.class);

        ImportOutcome outcome = imports.importPortfolio("Stray " + System.nanoTime(),
                new PortfolioFiles(upload("notes-structures.csv"), null, null, null, null, upload("draws.csv"),
                        upload(stray)));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.errors()).extracting(InputError::source, InputError::line, InputError::column)
                .containsExactly(org.assertj.core.api.Assertions.tuple("installments.csv", 4L, "note_id"));
        assertThat(jdbc.queryForObject("select count(*) from portfolio", Long.class)).isEqualTo(portfoliosBefore);
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private ReceivedFile upload(String example) throws IOException {
        return upload(examples.resolve(example));
    }

    private ReceivedFile upload(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ReceivedFile r = receiver.receive(file.getFileName().toString(), in);
            received.add(r);
            return r;
        }
    }
}
