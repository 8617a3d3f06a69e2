package com.notefolio.web.upload;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.Draws;
import com.notefolio.core.io.Installments;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.portfolio.Portfolios;
import com.notefolio.web.security.AuditAction;
import com.notefolio.web.security.AuditTrail;
import com.notefolio.web.security.Role;
import com.notefolio.web.security.SignedInUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a portfolio from uploaded files, all or nothing: the portfolio row is inserted hidden
 * ({@link PortfolioStore#insertImporting}), the notes are streamed through the core's reader (reporting every
 * bad row) and stored in batches of {@link #BATCH}, each batch in a transaction of its own, duplicate note ids
 * are found against what is stored, and only if nothing was wrong does one last transaction store the index
 * data, show the portfolio and record the import. If anything was wrong (a bad row, or the import failed
 * mid-way) the hidden portfolio and whatever was written of it are deleted, so a refused file leaves no
 * portfolio and no notes; one left by an application that stopped mid-import is deleted at the next start
 * ({@link AbandonedImports}). Many short transactions, not one, so what the database holds uncommitted (H2's
 * undo log, PostgreSQL's locks and dead rows of a rollback) is one batch whatever the size of the file.
 * Memory holds one batch of notes (and the stated schedules, rate steps and index data, which the core
 * reads whole), whatever the number of rows.
 *
 * <p>A floating note (or a conversion with a floating side) whose index has neither fixings nor a forward
 * curve in the uploaded index files is refused, at its line, naming the note and the index: without them
 * the note has no schedule, no value and no exposure, and an analyst who imported it would find out only
 * on opening the note, or from a dashboard whose totals silently lack it (README, "Importing floating
 * notes").
 */
@Service
public class PortfolioImport {

    private static final Logger LOG = LoggerFactory.getLogger(PortfolioImport.class);

    /** Notes per insert batch (one transaction each) and per duplicate look-up. */
    static final int BATCH = 1000;

    private final PortfolioStore portfolios;
    private final NoteStore notes;
    private final IndexDataStore indexData;
    private final StoredNoteLines storedLines;
    private final TransactionTemplate transaction;
    /** A transaction of its own, whatever the caller's: each batch is committed as it is written. */
    private final TransactionTemplate own;
    private final SignedInUser user;
    private final AuditTrail audit;
    private final long maxExpandedBytes;

    public PortfolioImport(PortfolioStore portfolios, NoteStore notes, IndexDataStore indexData, StoredNoteLines storedLines,
                           TransactionTemplate transaction, SignedInUser user, AuditTrail audit,
                           @Value("${notefolio.upload.max-expanded-bytes}") long maxExpandedBytes) {
        this.audit = audit;
        this.maxExpandedBytes = maxExpandedBytes;
        this.portfolios = portfolios;
        this.notes = notes;
        this.indexData = indexData;
        this.storedLines = storedLines;
        this.transaction = transaction;
        this.own = new TransactionTemplate(transaction.getTransactionManager());
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.user = user;
    }

    /**
     * Creates portfolio {@code name} from {@code notesFile} (portfolio CSV or xlsx) and
     * {@code schedulesFile} (stated schedules, or {@code null}). A bad or taken name is an
     * {@link IllegalArgumentException} with a message for the user; bad files give a refused outcome
     * listing the errors. The uploaded files stay with the caller.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    public ImportOutcome importPortfolio(String name, ReceivedFile notesFile, ReceivedFile schedulesFile) {
        return importPortfolio(name, PortfolioFiles.of(notesFile, schedulesFile));
    }

    /**
     * Creates portfolio {@code name} from {@code files}: the notes, and the stated schedules, rate steps
     * and index data they need. As {@link #importPortfolio(String, ReceivedFile, ReceivedFile)} otherwise.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    public ImportOutcome importPortfolio(String name, PortfolioFiles files) {
        String cleaned = Portfolios.checkName(name);
        if (portfolios.idOf(cleaned).isPresent()) {
            throw taken(cleaned);
        }
        ImportErrors errors = new ImportErrors(ImportErrors.LISTED);
        PortfolioUpload upload;
        try {
            upload = PortfolioUpload.open(files, new ExpansionLimit(maxExpandedBytes));
        } catch (InputException e) {
            e.errors().forEach(errors);
            return ImportOutcome.refused(errors);
        }
        try (upload) {
            long id;
            try {
                id = own.execute(status -> portfolios.insertImporting(cleaned, files.sourceNames(), user.name()));
            } catch (DuplicateKeyException e) {
                throw taken(cleaned);
            }
            boolean published = false;
            try {
                Stored stored = store(id, upload, errors);
                if (errors.isEmpty() && stored.notes() == 0) {
                    errors.accept(InputError.inColumn(upload.notesSource(), 0, null, null, "the file holds no notes"));
                }
                if (!errors.isEmpty()) {
                    return ImportOutcome.refused(errors);
                }
                own.executeWithoutResult(status -> {
                    if (stored.index() != null) {
                        indexData.save(id, stored.index());
                    }
                    portfolios.publish(id);
                    audit.record(AuditAction.PORTFOLIO_IMPORTED, "portfolio " + id,
                            cleaned + ": " + stored.notes() + " notes from " + files.sourceNames());
                });
                published = true;
                // Committed and shown from here on: work that follows an import belongs after this point.
                return ImportOutcome.imported(id, stored.notes());
            } finally {
                if (!published) {
                    discard(id);
                }
            }
        }
    }

    /**
     * Deletes a hidden portfolio and what was written of it: a refused or failed import leaves nothing. If
     * the database refuses even that, the portfolio stays hidden and is deleted at the next start.
     */
    private void discard(long portfolioId) {
        try {
            own.executeWithoutResult(status -> {
                notes.deleteAll(portfolioId);
                portfolios.delete(portfolioId);
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not delete hidden portfolio {} of a refused import; it goes at the next start: {}",
                    portfolioId, e.toString());
        }
    }

    /** What {@link #store} wrote: the number of notes, and the index data to store with them. */
    private record Stored(long notes, PortfolioIndexData index) {
    }

    /**
     * Streams the notes into the hidden portfolio, a transaction per batch; returns how many were stored and
     * the index data read (stored by the caller with the portfolio's publication). The caller's thread reads
     * and converts the notes while a writer thread stores the batch before, so reading (the core's parsing and
     * validation, about a quarter of the work) and the database's inserts share the two cores; one batch is
     * in flight at a time, so memory still holds two batches at most.
     */
    private Stored store(long portfolioId, PortfolioUpload upload, ImportErrors errors) {
        Consumer<InputError> located = upload.locating(errors);
        StatedSchedules stated = upload.schedules(errors);
        RateSteps steps = upload.rateSteps(errors);
        Draws draws = upload.draws(errors);
        Installments installments = upload.installments(errors);
        PortfolioIndexData index = upload.indexData(errors);
        IndexData indices = index == null ? null : index.indexData();
        List<NewNote> batch = new ArrayList<>(BATCH);
        try (BatchWriter writer = new BatchWriter(portfolioId, upload.notesSource(), errors)) {
            try (PortfolioCsvReader reader = upload.notes(stated, steps, draws, installments, errors)) {
                while (reader.hasNext()) {
                    Position position = reader.next();
                    int row = Math.toIntExact(upload.notesRow(reader.line()));
                    if (index != null) {
                        checkIndexData(upload.notesSource(), row, position, index, indices, errors);
                    }
                    batch.add(new NewNote(row, position));
                    if (batch.size() == BATCH) {
                        writer.write(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            } catch (InputException e) {
                // Text the CSV parser cannot go on from (broken quoting, bytes that are not UTF-8) ends the read.
                e.errors().forEach(located);
            }
            writer.write(batch);
            return new Stored(writer.finish(), index);
        }
    }

    /**
     * Whether the index data serves a note: every index its rate reads has fixings or a curve, and every
     * reset resolves from them (fixings that start after a reset's read date cannot set it). Errors name
     * the file, line, note and what is missing; a fixed or stepped note needs nothing.
     */
    private static void checkIndexData(String source, long line, Position position, PortfolioIndexData index,
                                       IndexData indices, Consumer<InputError> errors) {
        Set<String> missing = index.missingFor(position.terms().rate());
        for (String m : missing) {
            errors.accept(missingIndex(source, line, position.terms().id(), m));
        }
        if (missing.isEmpty() && !PortfolioIndexData.indexesRead(position.terms().rate()).isEmpty()) {
            try {
                ScheduleResolver.resolve(position.terms(), indices);
            } catch (IllegalArgumentException e) {
                errors.accept(InputError.inColumn(source, line, PortfolioCsvReader.INDEX, null, e.getMessage()
                        + "; the fixings must reach back to the note's first reset"));
            }
        }
    }

    /** The error of a note whose rate reads an index the portfolio has no data for. */
    static InputError missingIndex(String source, long line, String noteId, String index) {
        return InputError.inColumn(source, line, PortfolioCsvReader.INDEX, index, "note " + noteId + " floats on "
                + index + ", but the index files give no fixings and no forward curve for " + index
                + "; upload its fixings (index,date,rate) or an index curve (index,base_date,tenor_months,rate)");
    }

    /**
     * Replaces the index data of stored portfolio {@code portfolioId} with {@code fixingsFile} and
     * {@code curveFile} (either may be {@code null}, not both), all or nothing: refused, listing each
     * floating note whose index the new data lacks, or stored with the portfolio's revision bumped (so
     * cached dashboards and what-ifs are recomputed) and an audit entry.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    public ImportOutcome replaceIndexData(long portfolioId, ReceivedFile fixingsFile, ReceivedFile curveFile) {
        ImportErrors errors = new ImportErrors(ImportErrors.LISTED);
        if (fixingsFile == null && curveFile == null) {
            errors.accept(InputError.inColumn("index data", 0, null, null,
                    "choose a fixings file, an index curve file, or both"));
            return ImportOutcome.refused(errors);
        }
        String name = portfolios.find(portfolioId).orElseThrow(() -> new IllegalArgumentException(
                "No portfolio " + portfolioId + ".")).name();
        PortfolioIndexData index;
        try (PortfolioUpload upload = PortfolioUpload.indexFiles(fixingsFile, curveFile)) {
            index = upload.indexData(errors);
        }
        List<String> given = new ArrayList<>();
        for (ReceivedFile f : new ReceivedFile[] {fixingsFile, curveFile}) {
            if (f != null) {
                given.add(f.name());
            }
        }
        if (index == null) {
            return ImportOutcome.refused(errors);
        }
        return transaction.execute(status -> {
            long[] checked = {0};
            IndexData indices = index.indexData();
            notes.positionsWithLines(portfolioId, (line, position) -> {
                checked[0]++;
                checkIndexData("portfolio " + name, line, position, index, indices, errors);
            });
            if (!errors.isEmpty()) {
                status.setRollbackOnly();
                return ImportOutcome.refused(errors);
            }
            indexData.replace(portfolioId, index);
            portfolios.bumpRevision(portfolioId);
            audit.record(AuditAction.INDEX_DATA_REPLACED, "portfolio " + portfolioId, name + ": "
                    + index.fixings().size() + " fixings and " + index.curves().size() + " curves ("
                    + String.join(", ", index.indexes()) + ") from "
                    + String.join(" + ", given));
            return ImportOutcome.imported(portfolioId, checked[0]);
        });
    }

    /**
     * Stores batches of notes on a thread of its own, one batch in flight: {@link #write} finds the
     * duplicates within the batch in memory, converts the batch to its rows and hands it over once the batch
     * before is stored, whose errors it then reports (so errors keep a fixed order: a batch's duplicates of
     * earlier batches follow the bad rows of the next batch). Each batch is stored in a transaction of its
     * own; one holding a duplicate of a note stored earlier breaks the portfolio's unique index, and only then
     * is its transaction rolled back and its ids looked up, so a clean file pays nothing for it. Closing waits
     * for the batch in flight, so nothing is written to the portfolio after the import returns.
     */
    private final class BatchWriter implements AutoCloseable {

        private final long portfolioId;
        private final String source;
        private final ImportErrors errors;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "portfolio-import-writer");
            t.setDaemon(true);
            return t;
        });
        private Future<List<InputError>> inFlight;
        private long stored;

        BatchWriter(long portfolioId, String source, ImportErrors errors) {
            this.portfolioId = portfolioId;
            this.source = source;
            this.errors = errors;
        }

        /** Hands a batch over, after the one before is stored. */
        void write(List<NewNote> batch) {
            Map<String, Integer> firstLines = new HashMap<>(batch.size() * 2);
            List<NewNote> unique = new ArrayList<>(batch.size());
            for (NewNote note : batch) {
                String id = note.position().terms().id();
                Integer first = firstLines.putIfAbsent(id, note.line());
                if (first == null) {
                    unique.add(note);
                } else {
                    errors.accept(duplicate(source, note, first));
                }
            }
            NoteStore.PreparedNotes prepared = unique.isEmpty() ? null : notes.prepare(portfolioId, unique);
            collect();
            if (prepared != null) {
                inFlight = thread.submit(() -> store(unique, prepared));
            }
        }

        /** Waits for the batch in flight; returns the number of notes stored. */
        long finish() {
            collect();
            return stored;
        }

        private void collect() {
            if (inFlight == null) {
                return;
            }
            try {
                List<InputError> duplicates = inFlight.get();
                inFlight = null;
                duplicates.forEach(errors);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                inFlight = null;
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /** On the writer thread: stores a batch; returns its duplicates of notes stored before. */
        private List<InputError> store(List<NewNote> unique, NoteStore.PreparedNotes prepared) {
            try {
                own.executeWithoutResult(status -> notes.insert(prepared));
                stored += unique.size();
                return List.of();
            } catch (DuplicateKeyException e) {
                // The batch's transaction is rolled back: none of it was stored.
            }
            Map<String, Integer> lines = storedLines.linesOf(portfolioId,
                    unique.stream().map(n -> n.position().terms().id()).toList());
            List<InputError> duplicates = new ArrayList<>();
            List<NewNote> fresh = new ArrayList<>(unique.size());
            for (NewNote note : unique) {
                Integer first = lines.get(note.position().terms().id());
                if (first == null) {
                    fresh.add(note);
                } else {
                    duplicates.add(duplicate(source, note, first));
                }
            }
            if (!fresh.isEmpty()) {
                own.executeWithoutResult(status -> notes.insert(portfolioId, fresh));
                stored += fresh.size();
            }
            return duplicates;
        }

        @Override
        public void close() {
            try {
                if (inFlight != null) {
                    inFlight.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // Already failing: the import reports its first failure, and discards what was written.
            } finally {
                thread.shutdownNow();
            }
        }
    }

    private static InputError duplicate(String source, NewNote note, int firstLine) {
        String id = note.position().terms().id();
        return InputError.inColumn(source, note.line(), PortfolioCsvReader.NOTE_ID, id,
                "duplicate note id: the same id is at line " + firstLine);
    }

    private static IllegalArgumentException taken(String name) {
        return new IllegalArgumentException("A portfolio named " + name + " exists already.");
    }
}
