package com.notefolio.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.StoredPortfolios;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Importing notes with rate terms on H2: the rate columns, the rate steps and the index files are stored
 * with the notes, all or nothing, and a floating note whose index has no data is refused at its line.
 * The expected errors are read off examples/notes-rates.csv by hand: FLOAT-SOFR-2023 (line 2) and
 * FIX2FLOAT-2021 (line 5) read SOFR; FLOAT-PRIME-2022 (3), FLOAT2FIX-2022 (6) and KEEP-PAY-2022 (7) read
 * PRIME; STEP-2022 (4) reads no index.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "ANALYST"})
class PortfolioRatesImportTest {

    @Autowired
    private com.notefolio.web.note.NoteAnalysis analysis;
    @Autowired
    PortfolioImport imports;
    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    IndexDataStore indexData;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;
    UploadReceiver receiver;
    final List<ReceivedFile> received = new ArrayList<>();
    final Path examples = StoredPortfolios.examplesDir();
    long portfoliosBefore;
    long notesBefore;

    @BeforeEach
    void countWhatIsStored() {
        receiver = new UploadReceiver(50L << 20, dir);
        portfoliosBefore = count("portfolio");
        notesBefore = count("note");
    }

    @AfterEach
    void closeUploads() {
        received.forEach(ReceivedFile::close);
    }

    @Test
    void theRateExamplesAreStoredWithTheirStepsAndIndexData() throws IOException {
        String name = "Rates " + System.nanoTime();
        ImportOutcome outcome = imports.importPortfolio(name, new PortfolioFiles(upload("notes-rates.csv"), null,
                upload("rate-steps.csv"), upload("fixings.csv"), upload("index-curve.csv")));

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.imported()).isTrue();
        assertThat(outcome.notes()).isEqualTo(6);
        long id = outcome.portfolioId();
        assertThat(portfolios.find(id).orElseThrow().sourceFile())
                .isEqualTo("notes-rates.csv + rate-steps.csv + fixings.csv + index-curve.csv");

        List<Position> expected = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(examples.resolve("notes-rates.csv"),
                StatedSchedules.NONE, RateStepCsvReader.read(examples.resolve("rate-steps.csv")), e -> {
                    throw new AssertionError(e.toString());
                })) {
            reader.forEachRemaining(expected::add);
        }
        List<Position> back = new ArrayList<>();
        notes.positions(id, back::add);
        assertThat(back).hasSize(6);
        for (int i = 0; i < back.size(); i++) {
            assertThat(back.get(i)).as(expected.get(i).terms().id()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected.get(i));
        }
        // rate-steps.csv has two steps, both of STEP-2022.
        assertThat(jdbc.queryForObject("select count(*) from rate_step where portfolio_id = ?", Long.class, id))
                .isEqualTo(2);
        // fixings.csv: 15 PRIME and 10 SOFR rows; index-curve.csv: 3 PRIME and 5 SOFR points.
        PortfolioIndexData stored = indexData.load(id);
        assertThat(stored.fixings()).hasSize(25);
        assertThat(stored.fixings().stream().filter(f -> f.index().equals("SOFR")).count()).isEqualTo(10);
        assertThat(stored.curves()).extracting(c -> c.index(), c -> c.points().size())
                .containsExactly(tuple("PRIME", 3), tuple("SOFR", 5));
        assertThat(stored.indexes()).containsExactly("PRIME", "SOFR");

        // The note screen resolves a floating note with the portfolio's index data. FLOAT-SOFR-2023's reset on
        // 2024-01-15 reads SOFR 45 days earlier (2023-12-01): the 2023-10-02 fixing 5.31%, + 2.75% = 8.06%,
        // rounded to the nearest 1/8 % (64.48 eighths) = 8.00%, from the period starting that day.
        var first = notes.page(id, com.notefolio.web.portfolio.NoteFilter.ALL, List.of(), 0, 1).get(0);
        var detail = analysis.open(id, first.id()).orElseThrow();
        assertThat(detail.terms().id()).isEqualTo("FLOAT-SOFR-2023");
        int period = detail.schedule().firstDueAfter(com.notefolio.core.convention.EpochDay.of(
                java.time.LocalDate.of(2024, 1, 15)));
        assertThat(detail.schedule().rate(period)).isEqualByComparingTo("0.08");
    }

    @Test
    void floatingNotesWithoutIndexDataAreRefusedNamingNoteAndIndex() throws IOException {
        String name = "No index " + System.nanoTime();
        ImportOutcome outcome = imports.importPortfolio(name, new PortfolioFiles(upload("notes-rates.csv"), null,
                upload("rate-steps.csv"), null, null));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.errors()).extracting(InputError::line, InputError::column, InputError::value)
                .containsExactly(tuple(2L, "index", "SOFR"), tuple(3L, "index", "PRIME"),
                        tuple(5L, "index", "SOFR"), tuple(6L, "index", "PRIME"), tuple(7L, "index", "PRIME"));
        assertThat(outcome.errors().get(0).reason()).contains("FLOAT-SOFR-2023").contains("SOFR");
        assertNothingStored(name);
    }

    @Test
    void aCurveForOneIndexOnlyRefusesTheNotesOfTheOther() throws IOException {
        String name = "SOFR only " + System.nanoTime();
        ImportOutcome outcome = imports.importPortfolio(name, new PortfolioFiles(upload("notes-rates.csv"), null,
                upload("rate-steps.csv"), null, upload(sofrCurve())));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.errors()).extracting(InputError::line, InputError::value)
                .containsExactly(tuple(3L, "PRIME"), tuple(6L, "PRIME"), tuple(7L, "PRIME"));
        assertNothingStored(name);
    }

    @Test
    void aBadIndexRowRefusesTheImportAtItsLine() throws IOException {
        String name = "Bad fixing " + System.nanoTime();
        Path bad = dir.resolve("fixings.csv");
        Files.writeString(bad, "index,date,rate\nSOFR,2024-01-02,0.0540\nPRIME,2024-13-01,0.08\n");
        ImportOutcome outcome = imports.importPortfolio(name, new PortfolioFiles(upload("notes-rates.csv"), null,
                upload("rate-steps.csv"), upload(bad), null));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.errors()).extracting(InputError::source, InputError::line)
                .contains(tuple("fixings.csv", 3L));
        assertNothingStored(name);
    }

    @Test
    void indexDataIsReplacedAllOrNothingAndAudited() throws IOException {
        ImportOutcome first = imports.importPortfolio("Replace " + System.nanoTime(), new PortfolioFiles(
                upload("notes-rates.csv"), null, upload("rate-steps.csv"), upload("fixings.csv"), null));
        assertThat(first.errors()).isEmpty();
        long id = first.portfolioId();
        long revision = portfolios.find(id).orElseThrow().revision();

        ImportOutcome refused = imports.replaceIndexData(id, null, upload(sofrCurve()));
        assertThat(refused.imported()).isFalse();
        assertThat(refused.errors()).extracting(InputError::line, InputError::value)
                .containsExactly(tuple(3L, "PRIME"), tuple(6L, "PRIME"), tuple(7L, "PRIME"));
        assertThat(indexData.load(id).fixings()).hasSize(25);
        assertThat(indexData.load(id).curves()).isEmpty();
        assertThat(portfolios.find(id).orElseThrow().revision()).isEqualTo(revision);

        ImportOutcome replaced = imports.replaceIndexData(id, upload("fixings.csv"), upload("index-curve.csv"));
        assertThat(replaced.errors()).isEmpty();
        assertThat(replaced.imported()).isTrue();
        assertThat(indexData.load(id).fixings()).hasSize(25);
        assertThat(indexData.load(id).curves()).hasSize(2);
        assertThat(portfolios.find(id).orElseThrow().revision()).isEqualTo(revision + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'INDEX_DATA_REPLACED' "
                + "and target = ?", Long.class, "portfolio " + id)).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "ann", roles = "ANALYST")
    void analystsCannotReplaceIndexData() throws IOException {
        ReceivedFile fixings = upload("fixings.csv");
        assertThatThrownBy(() -> imports.replaceIndexData(1L, fixings, null)).isInstanceOf(AccessDeniedException.class);
    }

    /** A curve of SOFR alone (the first points of examples/index-curve.csv). */
    private Path sofrCurve() throws IOException {
        Path file = dir.resolve("sofr-curve.csv");
        Files.writeString(file, "index,base_date,tenor_months,rate\nSOFR,2025-01-01,0,0.0430\nSOFR,2025-01-01,6,0.0410\n");
        return file;
    }

    private void assertNothingStored(String name) {
        assertThat(portfolios.idOf(name)).isEmpty();
        assertThat(count("portfolio")).isEqualTo(portfoliosBefore);
        assertThat(count("note")).isEqualTo(notesBefore);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
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
