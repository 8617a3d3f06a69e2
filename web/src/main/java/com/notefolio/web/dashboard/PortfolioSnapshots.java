package com.notefolio.web.dashboard;

import com.notefolio.analytics.io.NoteDatasetReader;
import com.notefolio.analytics.io.NoteParquetWriter;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.NotesStored;
import com.notefolio.web.portfolio.PortfolioDeleted;
import com.notefolio.web.portfolio.PortfolioStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Columnar snapshots of portfolios, what dashboards and portfolio what-ifs read their notes from: a
 * portfolio's notes at one revision as a Parquet folder of the analytics module's {@link NoteRow}s, made
 * once by {@link NoteStore}'s one mapping from the database and then read by Spark in parallel by every
 * computation of that revision, whatever its inputs, so that no job collects a portfolio into the driver.
 *
 * <p>A snapshot is written when an import commits ({@link NotesStored}, in the background), and for a
 * revision that has none when a computation asks for it (a database from before snapshots, a revision
 * bumped by new index data); one write at a time, each (portfolio, revision) once however many ask. The
 * notes are read from the database in slices ({@link NoteStore#rowsInSlices}), each appended to a
 * temporary folder, which is renamed into place only once complete: a half-written snapshot is never
 * read, and one left by a crash is deleted at the next start. A revision's snapshot written, the older
 * revisions' are deleted; a deleted portfolio's are deleted with it.
 *
 * <p>Snapshots live under {@code notefolio.snapshots.dir} (by default the data folder's {@code snapshots}),
 * a folder per portfolio named by its id and creation time (an id alone may come back in a new database)
 * holding a folder per revision. Spark's executors read the files themselves: on a cluster the folder must
 * be a path every executor reads under the same name (a shared mount).
 */
@Component
public class PortfolioSnapshots implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PortfolioSnapshots.class);
    private static final String PORTFOLIO = "portfolio-";
    private static final String REVISION = "revision-";
    private static final String WRITING = ".writing-";
    /** The marker Spark writes into a folder once a write job has committed. */
    private static final String SUCCESS = "_SUCCESS";

    private final Path root;
    private final PortfolioStore portfolios;
    private final NoteStore notes;
    private final SparkEngine engine;
    private final int slice;
    private final boolean atImport;
    private final ConcurrentHashMap<Path, Write> writes = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "portfolio-snapshots");
        t.setDaemon(true);
        return t;
    });

    /** What a computation waiting for a snapshot hears, and how it stops waiting. */
    public interface Waiting {
        /** The notes written so far. */
        void written(long notes);

        /** Throws to stop waiting (the write goes on, for later computations). */
        void checkCancelled();

        /** A job waiting: the notes written so far are its phase, and its cancel stops the wait. */
        static Waiting of(SparkJob<?>.Context job) {
            return new Waiting() {
                @Override
                public void written(long notes) {
                    job.phase(String.format("Reading notes: %,d read", notes));
                }

                @Override
                public void checkCancelled() {
                    job.checkCancelled();
                }
            };
        }
    }

    /** A snapshot being written: done with its folder, and the notes written so far. */
    private record Write(CompletableFuture<Path> done, AtomicLong written) {
    }

    /**
     * @param slice    notes per database read and per Parquet write: what the driver holds at once
     * @param atImport whether an import's commit writes its snapshot at once (tests that import without
     *                 computing turn it off), rather than its first dashboard or what-if
     */
    public PortfolioSnapshots(@Value("${notefolio.snapshots.dir:${notefolio.data-dir}/snapshots}") Path root,
                              @Value("${notefolio.snapshots.slice:20000}") int slice,
                              @Value("${notefolio.snapshots.at-import:true}") boolean atImport,
                              PortfolioStore portfolios, NoteStore notes, SparkEngine engine) {
        if (slice < 1) {
            throw new IllegalArgumentException("notefolio.snapshots.slice must be at least 1, not " + slice);
        }
        this.root = root.toAbsolutePath();
        this.slice = slice;
        this.atImport = atImport;
        this.portfolios = portfolios;
        this.notes = notes;
        this.engine = engine;
        createOwnerOnly(this.root);
        deleteUnfinished();
    }

    /**
     * The portfolio's notes at {@code revision} as Spark reads them from its snapshot, which is written
     * first if there is none (the caller waits, hearing through {@code waiting} how far the write is).
     *
     * @throws IllegalArgumentException for no such portfolio
     */
    public Dataset<NoteRow> notes(SparkSession spark, long portfolioId, long revision, Waiting waiting) {
        return NoteDatasetReader.parquetNotes(spark, ready(portfolioId, revision, waiting));
    }

    /**
     * The complete snapshot folder of the portfolio at {@code revision}, written now if need be.
     *
     * @throws IllegalArgumentException for no such portfolio
     */
    public Path ready(long portfolioId, long revision, Waiting waiting) {
        Path folder = folder(portfolioId, revision);
        if (complete(folder)) {
            return folder;
        }
        Write write = write(portfolioId, revision, folder);
        while (true) {
            waiting.checkCancelled();
            try {
                return write.done().get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                waiting.written(write.written().get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw new IllegalStateException("The portfolio's notes could not be prepared for Spark: "
                        + cause.getMessage(), cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }
    }

    /** An import has committed: its portfolio's snapshot is written in the background. */
    @TransactionalEventListener(fallbackExecution = true)
    public void notesStored(NotesStored event) {
        if (!atImport) {
            return;
        }
        portfolios.revision(event.portfolioId()).ifPresent(revision -> {
            Path folder = folder(event.portfolioId(), revision);
            if (!complete(folder)) {
                write(event.portfolioId(), revision, folder);
            }
        });
    }

    /** A portfolio's deletion has committed: its snapshots go too. */
    @TransactionalEventListener(fallbackExecution = true)
    public void portfolioDeleted(PortfolioDeleted event) {
        for (Path folder : children(root, PORTFOLIO + event.portfolioId() + "-")) {
            deleteQuietly(folder);
        }
    }

    /** The write of a snapshot: the one under way, or a new one queued. */
    private Write write(long portfolioId, long revision, Path folder) {
        return writes.computeIfAbsent(folder, f -> {
            Write write = new Write(new CompletableFuture<>(), new AtomicLong());
            writer.execute(() -> {
                try {
                    if (!complete(f)) {
                        writeNow(portfolioId, revision, f, write.written());
                    }
                    write.done().complete(f);
                } catch (Throwable t) {
                    LOG.warn("Snapshot of portfolio {} at revision {} not written: {}", portfolioId, revision, t.toString());
                    write.done().completeExceptionally(t);
                } finally {
                    writes.remove(f, write);
                }
            });
            return write;
        });
    }

    private void writeNow(long portfolioId, long revision, Path folder, AtomicLong written) throws IOException {
        Path parent = folder.getParent();
        Files.createDirectories(parent);
        Path temporary = parent.resolve(WRITING + revision + "-" + UUID.randomUUID());
        try {
            NoteParquetWriter out = NoteParquetWriter.create(engine.session(), temporary, slice);
            notes.rowsInSlices(portfolioId, slice, rows -> {
                out.addAll(rows);
                written.set(out.written());
            });
            out.close();
            // A folder at the final name without Spark's marker is none of ours to read: replaced.
            deleteQuietly(folder);
            Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(temporary);
        }
        for (Path older : children(parent, REVISION)) {
            if (revisionOf(older) < revision) {
                deleteQuietly(older);
            }
        }
        LOG.info("Snapshot of portfolio {} at revision {}: {} notes", portfolioId, revision, written.get());
    }

    /**
     * The folder of the portfolio's snapshot at {@code revision}, complete or not.
     *
     * @throws IllegalArgumentException for no such portfolio
     */
    Path folder(long portfolioId, long revision) {
        Instant created = portfolios.createdAt(portfolioId)
                .orElseThrow(() -> new IllegalArgumentException("No portfolio " + portfolioId + "."));
        return root.resolve(PORTFOLIO + portfolioId + "-" + created.toEpochMilli()).resolve(REVISION + revision);
    }

    /** The folder holding every portfolio's snapshots. */
    Path root() {
        return root;
    }

    /** Whether a snapshot folder was renamed into place whole: it exists and Spark marked its write done. */
    static boolean complete(Path folder) {
        return Files.isDirectory(folder) && Files.exists(folder.resolve(SUCCESS));
    }

    private static long revisionOf(Path folder) {
        try {
            return Long.parseLong(folder.getFileName().toString().substring(REVISION.length()));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Temporary folders left by writes that never finished (the application stopped during one). */
    private void deleteUnfinished() {
        for (Path portfolio : children(root, PORTFOLIO)) {
            for (Path unfinished : children(portfolio, WRITING)) {
                deleteQuietly(unfinished);
            }
        }
    }

    private static List<Path> children(Path folder, String prefix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete {}: {}", path, e.toString());
        }
    }

    /** Snapshots hold the notes as the database does: the folder is the owner's only, like the data folder. */
    private static void createOwnerOnly(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(folder,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("notefolio.snapshots.dir " + folder + " cannot be created: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        writer.shutdownNow();
    }
}
