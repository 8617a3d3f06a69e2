package com.notefolio.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.portfolio.NoteListing;
import com.notefolio.web.portfolio.NoteSort;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioListing;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.StoredPortfolios;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The import on H2 (this class) and PostgreSQL ({@link PortfolioImportPostgresTest}): good files are
 * stored note for note, bad ones are refused with every error and leave nothing behind.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "ANALYST"})
class PortfolioImportTest {

    private static final String HEADER = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,borrower\n";

    @Autowired
    PortfolioImport imports;
    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;
    UploadReceiver receiver;
    final List<ReceivedFile> received = new ArrayList<>();
    long portfoliosBefore;
    long notesBefore;

    @BeforeEach
    void countWhatIsStored() {
        receiver = new UploadReceiver(50L << 20, dir);
        portfoliosBefore = count("portfolio");
        notesBefore = count("note");
    }

    @AfterEach
    void uploadsAreClosedAndNothingElseIsLeft() throws IOException {
        received.forEach(ReceivedFile::close);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("notefolio-")).toList()).isEmpty();
        }
    }

    @Test
    void fieldsLongerThanTheirColumnsAreRefusedAtTheirLineNotAsADatabaseError() throws IOException {
        Path file = dir.resolve("long-fields.csv");
        Files.writeString(file, HEADER.strip() + ",sector\n"
                + "L-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY," + "b".repeat(1001) + ",Retail\n"
                + "L-2,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,Bob," + "s".repeat(201) + "\n"
                + "L-3,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY," + "b".repeat(1000) + "," + "s".repeat(200) + "\n");

        ImportOutcome outcome = imports.importPortfolio("Long fields " + System.nanoTime(), upload(file), null);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.errors()).extracting(e -> e.message()).containsExactly(
                "long-fields.csv:2: column borrower: value \"" + "b".repeat(60) + "… (1001 characters)\": longer than "
                        + "the 1000 characters this field may have (1001)",
                "long-fields.csv:3: column sector: value \"" + "s".repeat(60) + "… (201 characters)\": longer than "
                        + "the 200 characters this field may have (201)");
        assertThat(count("portfolio")).isEqualTo(portfoliosBefore);
        assertThat(count("note")).isEqualTo(notesBefore);
    }

    @Test
    void theExamplesAreStoredNoteForNoteWithTheirLines() throws IOException {
        Path examples = StoredPortfolios.examplesDir();
        List<Position> expected = read(examples.resolve("notes.csv"), examples.resolve("schedules.csv"));
        String name = "Examples " + System.nanoTime();

        ImportOutcome outcome = imports.importPortfolio(name, upload(examples.resolve("notes.csv")),
                upload(examples.resolve("schedules.csv")));

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.imported()).isTrue();
        assertThat(outcome.notes()).isEqualTo(expected.size()).isEqualTo(8);
        PortfolioListing listing = portfolios.find(outcome.portfolioId()).orElseThrow();
        assertThat(listing.name()).isEqualTo(name);
        assertThat(listing.sourceFile()).isEqualTo("notes.csv + schedules.csv");
        assertThat(listing.createdBy()).isEqualTo("admin");
        assertThat(listing.revision()).isEqualTo(1);
        assertSamePositions(outcome.portfolioId(), expected);
        // Each example note is one physical line after the header.
        List<String> lines = Files.readAllLines(examples.resolve("notes.csv"));
        List<Integer> expectedLines = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            expectedLines.add(i + 1);
        }
        assertThat(lines(outcome.portfolioId())).containsExactlyElementsOf(expectedLines);
        long statedRows = Files.readAllLines(examples.resolve("schedules.csv")).stream().skip(1)
                .filter(l -> !l.isBlank()).count();
        assertThat(jdbc.queryForObject("select count(*) from stated_payment where portfolio_id = ?", Long.class,
                outcome.portfolioId())).isEqualTo(statedRows);
    }

    @Test
    void everyBadRowIsReportedAndNothingIsStored() throws IOException {
        Path file = write("bad.csv", HEADER
                + "OK-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,Ann\n"
                + "BAD-RATE,1000.00,abc,2020-01-01,2021-01-01,INTEREST_ONLY,Bo\n"
                + "BAD-DATE,1000.00,0.05,2020-13-01,2021-01-01,INTEREST_ONLY,Cy\n"
                + "\n"
                + "BAD-AMORT,1000.00,0.05,2020-01-01,2021-01-01,SOMETIMES,Di\n"
                + "OK-2,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,\"Ed\nEdwards\"\n"
                + "BAD-PRINCIPAL,-5.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,Flo\n"
                + "OK-1,2000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,Gus\n");

        ImportOutcome outcome = imports.importPortfolio("Bad rows", upload(file), null);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.errorCount()).isEqualTo(5);
        assertThat(outcome.errors()).extracting(InputError::source, InputError::line, InputError::column,
                InputError::value).containsExactly(
                tuple("bad.csv", 3L, "annual_rate", "abc"),
                tuple("bad.csv", 4L, "issue_date", "2020-13-01"),
                tuple("bad.csv", 6L, "amortization", "SOMETIMES"),
                tuple("bad.csv", 9L, "principal", "-5.00"),
                tuple("bad.csv", 10L, "note_id", "OK-1"));
        assertThat(outcome.errors().get(0).reason())
                .isEqualTo("not a number (write a fraction such as 0.12 or a percentage such as 12%)");
        assertThat(outcome.errors().get(1).reason()).isEqualTo("not an ISO date (yyyy-mm-dd, such as 2003-08-13)");
        assertThat(outcome.errors().get(2).reason()).startsWith("not one of INTEREST_ONLY");
        assertThat(outcome.errors().get(3).reason()).isNotBlank();
        assertThat(outcome.errors().get(4).reason()).isEqualTo("duplicate note id: the same id is at line 2");
        assertNothingStored("Bad rows");
    }

    @Test
    void duplicateIdsInDifferentBatchesAreFoundWithTheLineOfTheFirst() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = PortfolioImport.BATCH * 2 + 500;
        for (int i = 1; i <= rows; i++) {
            // Row 2300 repeats the id of row 10 (line 11), two batches later.
            String id = i == 2300 ? "N-10" : "N-" + i;
            csv.append(id).append(",1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,B\n");
        }
        Path file = write("many.csv", csv.toString());

        ImportOutcome outcome = imports.importPortfolio("Duplicates", upload(file), null);

        assertThat(outcome.errors()).extracting(InputError::line, InputError::column, InputError::value,
                        InputError::reason)
                .containsExactly(tuple(2301L, "note_id", "N-10", "duplicate note id: the same id is at line 11"));
        assertNothingStored("Duplicates");
    }

    @Test
    void aFileOfGarbageListsTheFirstThousandErrorsAndCountsTheRest() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 1200; i++) {
            csv.append("G-").append(i).append(",lots,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,B\n");
        }

        ImportOutcome outcome = imports.importPortfolio("Garbage", upload(write("garbage.csv", csv.toString())), null);

        assertThat(outcome.errorCount()).isEqualTo(1200);
        assertThat(outcome.errors()).hasSize(ImportErrors.LISTED);
        assertThat(outcome.unlistedErrors()).isEqualTo(200);
        assertThat(outcome.errors().get(999).line()).isEqualTo(1001);
        assertNothingStored("Garbage");
    }

    @Test
    void aWorkbookOfTheSameNotesStoresTheSameNotes() throws IOException {
        Path examples = StoredPortfolios.examplesDir();
        List<Position> expected = read(examples.resolve("notes.csv"), examples.resolve("schedules.csv"));
        Path book = dir.resolve("examples.xlsx");
        Map<String, Path> sheets = new LinkedHashMap<>();
        sheets.put("Notes", examples.resolve("notes.csv"));
        sheets.put("Schedules", examples.resolve("schedules.csv"));
        TestWorkbooks.fromCsv(sheets, book);

        ImportOutcome outcome = imports.importPortfolio("Examples workbook", upload(book), null);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.notes()).isEqualTo(8);
        assertSamePositions(outcome.portfolioId(), expected);
        assertThat(lines(outcome.portfolioId())).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(portfolios.find(outcome.portfolioId()).orElseThrow().sourceFile()).isEqualTo("examples.xlsx");
    }

    @Test
    void aBadCellInAWorkbookIsReportedAtItsSpreadsheetRow() throws IOException {
        Path book = dir.resolve("bad.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TestWorkbooks.Styles styles = new TestWorkbooks.Styles(workbook);
            Sheet sheet = workbook.createSheet("Notes");
            List<String> header = List.of("note_id", "principal", "annual_rate", "issue_date", "maturity_date",
                    "amortization", "borrower_address");
            note(sheet, 0, header, header, styles);
            note(sheet, 1, header, List.of("A", "1000.00", "0.05", "2020-01-01", "2021-01-01", "INTEREST_ONLY", ""),
                    styles);
            // A cell with line breaks makes row 3 take three CSV lines; row 4 is empty.
            note(sheet, 2, header, List.of("B", "1000.00", "0.05", "2020-01-01", "2021-01-01", "INTEREST_ONLY",
                    "1 Main St\nSuite 2\nSpringfield"), styles);
            note(sheet, 4, header, List.of("C", "1000.00", "abc", "2020-01-01", "2021-01-01", "INTEREST_ONLY", ""),
                    styles);
            note(sheet, 5, header, List.of("D", "1000.00", "0.05", "2020-01-01", "2021-01-01", "INTEREST_ONLY", ""),
                    styles);
            note(sheet, 6, header, List.of("B", "1000.00", "0.05", "2020-01-01", "2021-01-01", "INTEREST_ONLY", ""),
                    styles);
            TestWorkbooks.write(workbook, book);
        }

        ImportOutcome outcome = imports.importPortfolio("Bad workbook", upload(book), null);

        assertThat(outcome.errors()).extracting(InputError::source, InputError::line, InputError::column,
                InputError::value).containsExactly(
                tuple("bad.xlsx (sheet Notes)", 5L, "annual_rate", "abc"),
                tuple("bad.xlsx (sheet Notes)", 7L, "note_id", "B"));
        assertThat(outcome.errors().get(1).reason()).isEqualTo("duplicate note id: the same id is at line 3");
        assertNothingStored("Bad workbook");
    }

    @Test
    void scriptInNamesIsStoredAsText() throws IOException {
        String script = "<script>alert(1)</script>";
        Path file = write("script.csv", HEADER
                + "X-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,\"" + script + "\"\n");

        ImportOutcome outcome = imports.importPortfolio("<b>Bold</b> portfolio", upload(file), null);

        assertThat(outcome.imported()).isTrue();
        assertThat(portfolios.find(outcome.portfolioId()).orElseThrow().name()).isEqualTo("<b>Bold</b> portfolio");
        List<NoteListing> stored = notes.page(outcome.portfolioId(), NoteFilter.ALL, List.of(), 0, 10);
        assertThat(stored).extracting(NoteListing::borrower).containsExactly(script);
    }

    @Test
    void hostileWorkbooksAreRefusedAndStoreNothing() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        TestWorkbooks.zipBomb(bomb, 40);
        ImportOutcome refused = imports.importPortfolio("Bomb", upload(bomb), null);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("bomb.xlsx");
            assertThat(e.reason()).contains("zip bomb");
        });
        assertNothingStored("Bomb");

        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        Path xxe = dir.resolve("xxe.xlsx");
        TestWorkbooks.externalEntity(xxe, "xl/worksheets/sheet1.xml", secret);
        refused = imports.importPortfolio("Entity", upload(xxe), null);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("DOCTYPE");
            assertThat(e.message()).doesNotContain("TOP-SECRET");
        });
        assertNothingStored("Entity");

        Path renamed = write("renamed.xlsx", HEADER + "X-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,B\n");
        refused = imports.importPortfolio("Renamed", upload(renamed), null);
        assertThat(refused.errors()).singleElement().extracting(InputError::reason).asString()
                .startsWith("not an Excel workbook (.xlsx)");
        assertNothingStored("Renamed");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (HEADER + "X-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,Caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        ImportOutcome outcome = imports.importPortfolio("Latin", upload(file), null);

        assertThat(outcome.errors()).singleElement().extracting(InputError::reason).asString()
                .contains("not UTF-8 text");
        assertNothingStored("Latin");
    }

    @Test
    void aFileWithoutNotesIsRefused() throws IOException {
        ImportOutcome outcome = imports.importPortfolio("Empty", upload(write("empty.csv", HEADER)), null);
        assertThat(outcome.errors()).extracting(InputError::reason).containsExactly("the file holds no notes");
        assertNothingStored("Empty");
    }

    @Test
    void namesAreRequiredAndUnique() throws IOException {
        Path file = write("one.csv", HEADER + "X-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,B\n");
        assertThat(imports.importPortfolio("  Taken  ", upload(file), null).imported()).isTrue();
        long stored = count("note");

        assertThatThrownBy(() -> imports.importPortfolio("Taken", upload(file), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A portfolio named Taken exists already.");
        assertThatThrownBy(() -> imports.importPortfolio(" ", upload(file), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A portfolio needs a name.");
        assertThat(count("note")).isEqualTo(stored);
    }

    @Test
    @WithMockUser(username = "ann", roles = "ANALYST")
    void analystsCannotImport() throws IOException {
        ReceivedFile file = upload(write("one.csv", HEADER + "X-1,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,B\n"));
        assertThatThrownBy(() -> imports.importPortfolio("By an analyst", file, null))
                .isInstanceOf(AccessDeniedException.class);
        assertNothingStored("By an analyst");
    }

    private static void note(Sheet sheet, int row, List<String> header, List<String> values,
                             TestWorkbooks.Styles styles) {
        Row r = sheet.createRow(row);
        for (int c = 0; c < values.size(); c++) {
            if (!values.get(c).isEmpty()) {
                // "abc" in a rate column is typed as text, as a user would have typed it.
                boolean text = row == 0 || values.get(c).equals("abc");
                TestWorkbooks.typed(r.createCell(c), text ? "" : header.get(c), values.get(c), row, styles);
            }
        }
    }

    private void assertNothingStored(String name) {
        assertThat(portfolios.idOf(name)).isEmpty();
        assertThat(count("portfolio")).isEqualTo(portfoliosBefore);
        assertThat(count("note")).isEqualTo(notesBefore);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private List<Integer> lines(long portfolioId) {
        return notes.page(portfolioId, NoteFilter.ALL, List.of(NoteSort.FILE_ORDER), 0, 1000).stream()
                .map(NoteListing::line).toList();
    }

    private void assertSamePositions(long portfolioId, List<Position> expected) {
        List<Position> back = new ArrayList<>();
        notes.positions(portfolioId, back::add);
        assertThat(back).hasSameSizeAs(expected);
        for (int i = 0; i < back.size(); i++) {
            assertThat(back.get(i)).as(expected.get(i).terms().id()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected.get(i));
        }
    }

    /** The file as the core reads it on its own, the reference the stored notes are compared with. */
    private static List<Position> read(Path notesFile, Path schedulesFile) {
        List<Position> positions = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(notesFile, StatedScheduleCsvReader.read(schedulesFile))) {
            reader.forEachRemaining(positions::add);
        }
        return positions;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** The file as the receiver receives an upload of it. */
    private ReceivedFile upload(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ReceivedFile r = receiver.receive(file.getFileName().toString(), in);
            received.add(r);
            return r;
        }
    }

}
