package com.notefolio.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.note.LateCharge;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PremiumStep;
import com.notefolio.core.note.PrepaymentPremium;
import com.notefolio.core.note.SavingsClause;
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
import java.util.LinkedHashMap;
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
 * Importing notes with charges on H2 (issue 15): examples/notes-charges.csv, which has every charge column, is
 * stored (the columns of migration V10) and read back as exactly the notes the core reads from the file, from
 * the CSV or from a workbook's sheet; each term is checked against the file's text; the list download writes
 * the charge columns so the core reads the same notes again.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "ANALYST"})
class PortfolioChargesImportTest {

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

    /** The core's own reading of the example file. */
    private List<Position> coreReading() {
        return coreReading("notes-charges.csv");
    }

    private List<Position> coreReading(String example) {
        List<Position> expected = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(examples.resolve(example),
                StatedSchedules.NONE, e -> {
                    throw new AssertionError(e.toString());
                })) {
            reader.forEachRemaining(expected::add);
        }
        return expected;
    }

    private static void assertSameNotes(List<Position> actual, List<Position> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i).terms()).as(expected.get(i).terms().id()).isEqualTo(expected.get(i).terms());
        }
    }

    @Test
    void aPrecomputedNotesRebateMethodIsStoredAndReadBack() throws IOException {
        ImportOutcome outcome = imports.importPortfolio("Precomputed " + System.nanoTime(),
                PortfolioFiles.of(upload(examples.resolve("notes-precomputed.csv")), null));
        assertThat(outcome.errors()).isEmpty();
        List<Position> back = new ArrayList<>();
        notes.positions(outcome.portfolioId(), back::add);
        assertSameNotes(back, coreReading("notes-precomputed.csv"));
        assertThat(back).extracting(p -> p.terms().precomputed().code())
                .containsExactly("rule_of_78s", "actuarial", "rule_of_78s");
    }

    @Test
    void closingFeesAreStoredAndReadBack() throws IOException {
        ImportOutcome outcome = imports.importPortfolio("Fees " + System.nanoTime(),
                PortfolioFiles.of(upload(examples.resolve("notes-fees.csv")), null));
        assertThat(outcome.errors()).isEmpty();
        List<Position> back = new ArrayList<>();
        notes.positions(outcome.portfolioId(), back::add);
        assertSameNotes(back, coreReading("notes-fees.csv"));
        assertThat(back.get(1).terms().fees()).hasSize(2);
    }

    @Test
    void everyChargeColumnIsStoredAndReadBack() throws IOException {
        ImportOutcome outcome = imports.importPortfolio("Charges " + System.nanoTime(),
                PortfolioFiles.of(upload(examples.resolve("notes-charges.csv")), null));

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.notes()).isEqualTo(3);
        long id = outcome.portfolioId();
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertSameNotes(back, coreReading());

        // Each term as examples/notes-charges.csv states it. STEPDOWN-2020: 1:0.05;2:0.04;3:0.03;4:0.02;5:0.01;6:0,
        // open 3 months, 5% late charge after 10 days of at most 250.00, default margin 0.05.
        NoteTerms stepDown = back.get(0).terms();
        var steps = ((PrepaymentPremium.StepDown) stepDown.prepayment().premium()).steps();
        assertThat(steps).extracting(PremiumStep::fromYear).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(steps).extracting(s -> s.rate().stripTrailingZeros().toPlainString())
                .containsExactly("0.05", "0.04", "0.03", "0.02", "0.01", "0");
        assertThat(stepDown.prepayment().openMonths()).isEqualTo(3);
        assertThat(stepDown.defaults().lateCharge()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new LateCharge(new BigDecimal("0.05"), null, 10, new BigDecimal("250")));
        assertThat(stepDown.defaults().defaultMargin()).isEqualByComparingTo("0.05");
        // YM-2020: yield maintenance at 0.005 over the reference, floor 1%; open 3 months; 35.00 late after 15 days.
        NoteTerms ym = back.get(1).terms();
        var maintenance = (PrepaymentPremium.YieldMaintenance) ym.prepayment().premium();
        assertThat(maintenance.spread()).isEqualByComparingTo("0.005");
        assertThat(maintenance.floor()).isEqualByComparingTo("0.01");
        assertThat(ym.prepayment().openMonths()).isEqualTo(3);
        assertThat(ym.defaults().lateCharge().amount()).isEqualByComparingTo("35.00");
        assertThat(ym.defaults().lateCharge().graceDays()).isEqualTo(15);
        assertThat(ym.defaults().defaultMargin()).isNull();
        // CAPPED-2024: a 10% maximum lawful rate whose excess is refunded; no premium, no late charge.
        NoteTerms capped = back.get(2).terms();
        assertThat(capped.maxLawfulRate()).isEqualByComparingTo("0.10");
        assertThat(capped.savingsClause()).isEqualTo(SavingsClause.REFUNDED);
        assertThat(capped.prepayment().premium()).isNull();
        assertThat(capped.defaults().lateCharge()).isNull();

        // One note at a time, as the note screen finds it.
        long row = notes.page(id, NoteFilter.ALL, List.of(), 0, 10).stream()
                .filter(n -> n.noteId().equals("YM-2020")).findFirst().orElseThrow().id();
        assertThat(notes.find(id, row).orElseThrow().position().terms()).isEqualTo(coreReading().get(1).terms());
        assertThat(jdbc.queryForObject("select savings_clause from note where portfolio_id = ? and note_id = ?",
                String.class, id, "CAPPED-2024")).isEqualTo("refunded");

        // The list download writes the charge columns: the core reads the same notes from it.
        Path zip = dir.resolve("list.zip");
        assertThat(exports.csv(id, NoteFilter.ALL, zip)).isEqualTo(3);
        List<Position> downloaded = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(NoteListExports.NOTES_FILE,
                new StringReader(unzip(zip).get(NoteListExports.NOTES_FILE)), StatedSchedules.NONE, RateSteps.NONE,
                null)) {
            reader.forEachRemaining(downloaded::add);
        }
        assertSameNotes(downloaded, coreReading());
    }

    @Test
    void aWorkbookSheetKeepsTheChargeColumns() throws IOException {
        Map<String, Path> sheets = new LinkedHashMap<>();
        sheets.put("Notes", examples.resolve("notes-charges.csv"));
        Path book = dir.resolve("charges.xlsx");
        TestWorkbooks.fromCsv(sheets, book);

        ImportOutcome outcome = imports.importPortfolio("Charges book " + System.nanoTime(),
                PortfolioFiles.of(upload(book), null));

        assertThat(outcome.errors()).isEmpty();
        List<Position> back = new ArrayList<>();
        notes.positions(outcome.portfolioId(), back::add);
        assertSameNotes(back, coreReading());
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> files = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private ReceivedFile upload(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ReceivedFile r = receiver.receive(file.getFileName().toString(), in);
            received.add(r);
            return r;
        }
    }
}
