package com.notefolio.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.job.PortfolioValuation;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.portfolio.ShapeMix;
import com.notefolio.web.discount.DiscountInput;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.portfolio.Portfolios;
import com.notefolio.web.testing.StoredPortfolios;
import com.notefolio.web.upload.ImportOutcome;
import com.notefolio.web.upload.PortfolioImport;
import com.notefolio.web.upload.ReceivedFile;
import com.notefolio.web.upload.UploadReceiver;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Portfolios read inside Spark from their Parquet snapshots: a dashboard computed from the snapshot equals
 * the one computed the old way, from every note collected into the driver and handed to Spark from there
 * ({@code PortfolioValuation.figures(spark, List, …)}), figure for figure; a snapshot is written when an
 * import commits, one per revision, the older gone, never read half-written, and the notes reach it in
 * bounded slices, never all at once.
 *
 * <p>The portfolio is generated with the realistic rate mix and structured shapes, so its notes use every
 * companion table (stated payments, rate steps, draws, stepped installments) and the floating ones the
 * portfolio's index data.
 */
@SpringBootTest(properties = PortfolioSnapshotsTest.AT_IMPORT)
@WithMockUser(username = "ann", roles = "ANALYST")
public class PortfolioSnapshotsTest {

    /** The other tests' contexts import without computing, so without snapshots; these write them. */
    public static final String AT_IMPORT = "notefolio.snapshots.at-import=true";

    /**
     * Relative tolerance of a double figure: the same notes' doubles added in another order (the snapshot
     * is in note-id order over Spark's file partitions, the old list in file order over eight slices).
     * Minor units, counts and ladders are compared exactly.
     */
    static final double RELATIVE = 1e-12;
    public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final int NOTES = 400;
    private static final DashboardInputs INPUTS = new DashboardInputs(AS_OF, DiscountInput.flat(new BigDecimal("0.07")),
            new BigDecimal("0.03"), new BigDecimal("0.45"));

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    IndexDataStore indexData;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Dashboards dashboards;
    @Autowired
    PortfolioSnapshots snapshots;
    @Autowired
    SparkEngine engine;
    @Autowired
    SparkJobs jobs;
    @Autowired
    PortfolioImport imports;
    @Autowired
    Portfolios portfolioService;

    @TempDir
    Path temp;

    long id;

    @BeforeEach
    void store() {
        id = storeGenerated(portfolios, notes, indexData, transaction, 23, NOTES);
    }

    /** A generated portfolio of every kind of note, with the index data its floating notes read. */
    public static long storeGenerated(PortfolioStore portfolios, NoteStore notes, IndexDataStore indexData,
                               TransactionTemplate transaction, long seed, int count) {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(seed, count, RateMix.REALISTIC,
                ShapeMix.STRUCTURED);
        List<Position> positions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            positions.add(generator.note(i));
        }
        long id = new StoredPortfolios(portfolios, notes, transaction).store("snapshot", positions);
        PortfolioIndexData index = new PortfolioIndexData(generator.fixings(AS_OF), generator.indexCurves(AS_OF));
        transaction.executeWithoutResult(status -> indexData.save(id, index));
        return id;
    }

    @Test
    void theGeneratedPortfolioUsesEveryCompanionTable() {
        for (String table : List.of("stated_payment", "rate_step", "note_draw", "installment_step")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where portfolio_id = ?", Long.class, id))
                    .as(table).isPositive();
        }
    }

    @Test
    void aDashboardFromTheSnapshotEqualsTheOneFromTheNotesCollectedIntoTheDriver() throws Exception {
        SparkJob<DashboardFigures> job = dashboards.open(id, INPUTS, "owner", "ann");
        assertThat(job.await(Duration.ofMinutes(3))).isTrue();
        assertThat(job.progress().error()).isNull();
        DashboardFigures fromSnapshot = job.result().orElseThrow();

        // The old way: every note read into a list on the driver, handed to Spark in eight slices.
        List<NoteRow> rows = new ArrayList<>();
        notes.rows(id, rows::add);
        PortfolioIndexData index = indexData.load(id);
        Assumptions assumptions = Dashboards.assumptions(INPUTS).withIndexData(index.fixings(), index.curves());
        DashboardFigures fromDriver = DashboardFigures.of(fromSnapshot.key(),
                PortfolioValuation.figures(engine.session(), rows, assumptions, 8, null), Dashboards.LOSS_CASE);

        assertThat(fromSnapshot.notes()).isEqualTo(NOTES);
        assertThat(fromSnapshot.currencies()).isNotEmpty();
        assertThat(fromSnapshot).usingRecursiveComparison()
                .withComparatorForType(PortfolioSnapshotsTest::relatively, Double.class)
                .isEqualTo(fromDriver);
    }

    /** Equal within {@link #RELATIVE} of the larger magnitude (exactly, for zeros and infinities). */
    public static int relatively(Double a, Double b) {
        if (a.equals(b)) {
            return 0;
        }
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return Math.abs(a - b) <= RELATIVE * scale ? 0 : Double.compare(a, b);
    }

    @Test
    void aNewRevisionGetsANewSnapshotAndTheOldOneIsDeleted() {
        long first = portfolios.revision(id).orElseThrow();
        Path before = snapshots.ready(id, first, DashboardBenchmark.NOT_CANCELLED);
        assertThat(PortfolioSnapshots.complete(before)).isTrue();

        portfolios.bumpRevision(id);
        long second = portfolios.revision(id).orElseThrow();
        Path after = snapshots.ready(id, second, DashboardBenchmark.NOT_CANCELLED);

        assertThat(after).isNotEqualTo(before);
        assertThat(PortfolioSnapshots.complete(after)).isTrue();
        assertThat(before).doesNotExist();
        assertThat(engine.session().read().parquet(after.toString()).count()).isEqualTo(NOTES);
    }

    @Test
    void aHalfWrittenSnapshotIsNeverRead() throws IOException {
        long revision = portfolios.revision(id).orElseThrow();
        Path folder = snapshots.folder(id, revision);
        // A folder at the snapshot's name without Spark's commit marker (copied in part, say): its one
        // file is not even Parquet, so reading it would fail.
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("part-00000.snappy.parquet"), "not a parquet file");
        // And a temporary folder left by a write that never finished.
        Path unfinished = folder.getParent().resolve(".writing-" + revision + "-left-by-a-crash");
        Files.createDirectories(unfinished);

        Path ready = snapshots.ready(id, revision, DashboardBenchmark.NOT_CANCELLED);

        assertThat(ready).isEqualTo(folder);
        assertThat(engine.session().read().parquet(ready.toString()).count()).isEqualTo(NOTES);
        // A new start (the application's next one) deletes what a crash left.
        new PortfolioSnapshots(snapshots.root(), 1000, false, portfolios, notes, engine).destroy();
        assertThat(unfinished).doesNotExist();
        assertThat(ready).exists();
    }

    @Test
    void theNotesReachTheSnapshotInBoundedSlicesAndNeverAllAtOnce() throws Exception {
        AtomicInteger largest = new AtomicInteger();
        AtomicInteger slices = new AtomicInteger();
        NoteStore watched = new NoteStore(jdbc) {
            @Override
            public void rows(long portfolioId, Consumer<NoteRow> sink) {
                throw new AssertionError("the whole portfolio read in one scan");
            }

            @Override
            public void positions(long portfolioId, Consumer<Position> sink) {
                throw new AssertionError("the whole portfolio read in one scan");
            }

            @Override
            public void rowsInSlices(long portfolioId, int slice, Consumer<List<NoteRow>> sink) {
                super.rowsInSlices(portfolioId, slice, rows -> {
                    largest.accumulateAndGet(rows.size(), Math::max);
                    slices.incrementAndGet();
                    sink.accept(rows);
                });
            }
        };
        PortfolioSnapshots sliced = new PortfolioSnapshots(temp.resolve("snapshots"), 64, false, portfolios, watched, engine);
        try {
            Dashboards own = new Dashboards(portfolios, sliced, indexData, jobs, new DashboardCache(10), new SharedJobs());
            SparkJob<DashboardFigures> job = own.open(id, INPUTS, "owner", "ann");
            assertThat(job.await(Duration.ofMinutes(3))).isTrue();
            assertThat(job.progress().error()).isNull();
            assertThat(job.result().orElseThrow().notes()).isEqualTo(NOTES);
        } finally {
            sliced.destroy();
        }
        // 400 notes in slices of 64: six full ones and one of 16.
        assertThat(largest.get()).isEqualTo(64);
        assertThat(slices.get()).isEqualTo(7);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "ANALYST"})
    void anImportWritesItsSnapshotOnceItCommitsAndADeletionDeletesIt() throws Exception {
        Path examples = StoredPortfolios.examplesDir();
        UploadReceiver receiver = new UploadReceiver(50L << 20, temp);
        ImportOutcome outcome = imports.importPortfolio("Snapshot at import " + System.nanoTime(),
                upload(receiver, examples.resolve("notes.csv")), upload(receiver, examples.resolve("schedules.csv")));
        assertThat(outcome.imported()).isTrue();
        long imported = outcome.portfolioId();
        Path folder = snapshots.folder(imported, portfolios.revision(imported).orElseThrow());

        // Written in the background: nobody asked for a dashboard.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!PortfolioSnapshots.complete(folder) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(PortfolioSnapshots.complete(folder)).as("snapshot written after the import").isTrue();
        assertThat(engine.session().read().parquet(folder.toString()).count()).isEqualTo(outcome.notes()).isEqualTo(8);

        // A refused import commits nothing, so no snapshot is written for it.
        List<Path> before = portfolioFolders();
        Path bad = Files.writeString(temp.resolve("bad.csv"), "note_id,principal\nX,not a number\n");
        assertThat(imports.importPortfolio("Refused " + System.nanoTime(), upload(receiver, bad), null).imported())
                .isFalse();
        Thread.sleep(500);
        assertThat(portfolioFolders()).isEqualTo(before);

        portfolioService.delete(imported);
        assertThat(folder.getParent()).doesNotExist();
    }

    private List<Path> portfolioFolders() throws IOException {
        try (Stream<Path> list = Files.list(snapshots.root())) {
            return list.sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static ReceivedFile upload(UploadReceiver receiver, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return receiver.receive(file.getFileName().toString(), in);
        }
    }
}
