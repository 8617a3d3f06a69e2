package com.notefolio.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import com.notefolio.analytics.io.PortfolioCsvWriter;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioListing;
import com.notefolio.web.portfolio.PortfolioStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A large import (several batches in its one transaction) on H2 (this class) and PostgreSQL
 * ({@link PortfolioImportFailurePostgresTest}): stored note for note when it succeeds; when the database fails
 * in the middle, or a bad row comes after batches were stored, nothing is left (no portfolio, no notes, no
 * stated payments), and while it runs another connection sees neither the portfolio nor its notes.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "ANALYST"})
class PortfolioImportFailureTest {

    /** Four batches and a half: the failure below strikes with two batches committed. */
    private static final int NOTES = PortfolioImport.BATCH * 4 + 500;

    @Autowired
    PortfolioImport imports;
    @Autowired
    PortfolioStore portfolios;
    @MockitoSpyBean
    NoteStore notes;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;
    UploadReceiver receiver;
    final List<ReceivedFile> received = new ArrayList<>();
    long portfoliosBefore;
    long notesBefore;
    long paymentsBefore;

    @BeforeEach
    void countWhatIsStored() throws IOException {
        receiver = new UploadReceiver(50L << 20, dir);
        portfoliosBefore = count("portfolio");
        notesBefore = count("note");
        paymentsBefore = count("stated_payment");
        writeGenerated(dir.resolve("notes.csv"), dir.resolve("schedules.csv"));
    }

    @AfterEach
    void closeUploads() {
        received.forEach(ReceivedFile::close);
    }

    @Test
    void aLargeImportIsStoredNoteForNoteAsTheCoreReadsTheFile() throws IOException {
        List<Position> expected = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(dir.resolve("notes.csv"),
                StatedScheduleCsvReader.read(dir.resolve("schedules.csv")))) {
            reader.forEachRemaining(expected::add);
        }

        ImportOutcome outcome = imports.importPortfolio("Large " + System.nanoTime(), upload("notes.csv"),
                upload("schedules.csv"));

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.notes()).isEqualTo(NOTES).isEqualTo(expected.size());
        assertThat(count("stated_payment")).as("the generator's STATED notes have stated payments")
                .isGreaterThan(paymentsBefore);
        List<Position> back = new ArrayList<>();
        notes.positions(outcome.portfolioId(), back::add);
        assertThat(back).hasSameSizeAs(expected);
        for (int i = 0; i < back.size(); i++) {
            assertThat(back.get(i)).as(expected.get(i).terms().id()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected.get(i));
        }
        portfolios.delete(outcome.portfolioId());
    }

    @Test
    void aDatabaseFailureInTheMiddleLeavesNothingAndTheHalfWrittenPortfolioIsNeverListed() throws IOException {
        String name = "Failing " + System.nanoTime();
        AtomicInteger batches = new AtomicInteger();
        AtomicLong notesWhileFailing = new AtomicLong();
        List<String> listedWhileFailing = new ArrayList<>();
        doAnswer(call -> {
            if (batches.incrementAndGet() == 3) {
                // Two batches are written in the import's transaction; another connection sees none of it.
                CompletableFuture.runAsync(() -> {
                    notesWhileFailing.set(count("note") - notesBefore);
                    portfolios.list().stream().map(PortfolioListing::name).forEach(listedWhileFailing::add);
                }).join();
                throw new DataAccessResourceFailureException("disk full (simulated)");
            }
            return call.callRealMethod();
        }).when(notes).insert(anyLong(), anyList());

        assertThatThrownBy(() -> imports.importPortfolio(name, upload("notes.csv"), upload("schedules.csv")))
                .isInstanceOf(DataAccessResourceFailureException.class).hasMessageContaining("disk full");

        assertThat(batches.get()).isEqualTo(3);
        assertThat(notesWhileFailing.get()).isZero();
        assertThat(listedWhileFailing).doesNotContain(name);
        assertNothingStored(name);
    }

    @Test
    void aBadRowAfterStoredBatchesLeavesNothing() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("notes.csv")));
        int bad = PortfolioImport.BATCH * 3 + 10;
        lines.set(bad, lines.get(bad).replaceFirst(",[0-9.]+,", ",lots,"));
        Files.write(dir.resolve("notes.csv"), lines);
        String name = "Bad late row " + System.nanoTime();

        ImportOutcome outcome = imports.importPortfolio(name, upload("notes.csv"), upload("schedules.csv"));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(bad + 1L);
            assertThat(e.column()).isEqualTo("principal");
        });
        assertNothingStored(name);
    }

    private void assertNothingStored(String name) {
        assertThat(portfolios.idOf(name)).isEmpty();
        assertThat(count("portfolio")).isEqualTo(portfoliosBefore);
        assertThat(count("note")).isEqualTo(notesBefore);
        assertThat(count("stated_payment")).isEqualTo(paymentsBefore);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** The core's generated notes (every kind it makes of fixed notes, STATED ones with their schedules). */
    private static void writeGenerated(Path notesCsv, Path schedulesCsv) throws IOException {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(2026, NOTES);
        try (BufferedWriter n = Files.newBufferedWriter(notesCsv); BufferedWriter s = Files.newBufferedWriter(schedulesCsv);
             PortfolioCsvWriter csv = PortfolioCsvWriter.open(n, s, new StringWriter())) {
            for (int i = 0; i < NOTES; i++) {
                csv.write(NoteRow.of(generator.note(i)));
            }
        }
    }

    private ReceivedFile upload(String name) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(name))) {
            ReceivedFile r = receiver.receive(name, in);
            received.add(r);
            return r;
        }
    }
}
