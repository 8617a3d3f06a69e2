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
import com.notefolio.web.portfolio.NotesStored;
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
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a portfolio from uploaded files, all or nothing: in one transaction the portfolio row is
 * inserted, the notes are streamed through the core's reader (reporting every bad row) and stored in
 * batches, duplicate note ids are found against what is stored, and if anything was wrong the
 * transaction is rolled back, so a refused file leaves no portfolio and no notes. Memory holds one batch
 * of notes (and the stated schedules, rate steps and index data, which the core reads whole), whatever the
 * number of rows.
 *
 * <p>A floating note (or a conversion with a floating side) whose index has neither fixings nor a forward
 * curve in the uploaded index files is refused, at its line, naming the note and the index: without them
 * the note has no schedule, no value and no exposure, and an analyst who imported it would find out only
 * on opening the note, or from a dashboard whose totals silently lack it (README, "Importing floating
 * notes").
 */
@Service
public class PortfolioImport {

    /** Notes per insert batch and per duplicate look-up. */
    static final int BATCH = 1000;

    private final PortfolioStore portfolios;
    private final NoteStore notes;
    private final IndexDataStore indexData;
    private final StoredNoteLines storedLines;
    private final TransactionTemplate transaction;
    private final SignedInUser user;
    private final AuditTrail audit;
    private final long maxExpandedBytes;
    private final ApplicationEventPublisher events;

    public PortfolioImport(PortfolioStore portfolios, NoteStore notes, IndexDataStore indexData, StoredNoteLines storedLines,
                           TransactionTemplate transaction, SignedInUser user, AuditTrail audit,
                           @Value("${notefolio.upload.max-expanded-bytes}") long maxExpandedBytes,
                           ApplicationEventPublisher events) {
        this.events = events;
        this.audit = audit;
        this.maxExpandedBytes = maxExpandedBytes;
        this.portfolios = portfolios;
        this.notes = notes;
        this.indexData = indexData;
        this.storedLines = storedLines;
        this.transaction = transaction;
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
        ReceivedFile notesFile = files.notes();
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
            return transaction.execute(status -> {
                long id;
                try {
                    id = portfolios.insert(cleaned, files.sourceNames(), user.name());
                } catch (DuplicateKeyException e) {
                    throw taken(cleaned);
                }
                long stored = store(id, upload, errors, status);
                if (errors.isEmpty() && stored == 0) {
                    errors.accept(InputError.inColumn(upload.notesSource(), 0, null, null, "the file holds no notes"));
                }
                if (!errors.isEmpty()) {
                    status.setRollbackOnly();
                    return ImportOutcome.refused(errors);
                }
                audit.record(AuditAction.PORTFOLIO_IMPORTED, "portfolio " + id,
                        cleaned + ": " + stored + " notes from " + files.sourceNames());
                // Heard once the transaction commits: the notes' snapshot for Spark is written then.
                events.publishEvent(new NotesStored(id));
                return ImportOutcome.imported(id, stored);
            });
        }
    }

    /** Streams the notes into the portfolio; returns how many were stored. */
    private long store(long portfolioId, PortfolioUpload upload, ImportErrors errors, TransactionStatus status) {
        Consumer<InputError> located = upload.locating(errors);
        StatedSchedules stated = upload.schedules(errors);
        RateSteps steps = upload.rateSteps(errors);
        Draws draws = upload.draws(errors);
        Installments installments = upload.installments(errors);
        PortfolioIndexData index = upload.indexData(errors);
        IndexData indices = index == null ? null : index.indexData();
        long stored = 0;
        List<NewNote> batch = new ArrayList<>(BATCH);
        try (PortfolioCsvReader reader = upload.notes(stated, steps, draws, installments, errors)) {
            while (reader.hasNext()) {
                Position position = reader.next();
                int row = Math.toIntExact(upload.notesRow(reader.line()));
                if (index != null) {
                    checkIndexData(upload.notesSource(), row, position, index, indices, errors);
                }
                batch.add(new NewNote(row, position));
                if (batch.size() == BATCH) {
                    stored += storeBatch(portfolioId, batch, upload.notesSource(), errors, status);
                    batch.clear();
                }
            }
        } catch (InputException e) {
            // Text the CSV parser cannot go on from (broken quoting, bytes that are not UTF-8) ends the read.
            e.errors().forEach(located);
        }
        stored += storeBatch(portfolioId, batch, upload.notesSource(), errors, status);
        if (index != null && errors.isEmpty()) {
            indexData.save(portfolioId, index);
        }
        return stored;
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
     * Stores the notes of a batch whose ids are new to the portfolio and to the batch; each other one is a
     * duplicate, reported at its line with the line of the first. Duplicates within the batch are found in
     * memory; one of a note stored earlier makes the batch break the portfolio's unique index, and only then
     * is the batch rolled back to its savepoint and its ids looked up, so a clean file pays nothing for it.
     */
    private int storeBatch(long portfolioId, List<NewNote> batch, String source, ImportErrors errors,
                           TransactionStatus status) {
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
        if (unique.isEmpty()) {
            return 0;
        }
        Object savepoint = status.createSavepoint();
        try {
            notes.insert(portfolioId, unique);
            status.releaseSavepoint(savepoint);
            return unique.size();
        } catch (DuplicateKeyException e) {
            status.rollbackToSavepoint(savepoint);
            status.releaseSavepoint(savepoint);
        }
        Map<String, Integer> stored = storedLines.linesOf(portfolioId, firstLines.keySet());
        List<NewNote> fresh = new ArrayList<>(unique.size());
        for (NewNote note : unique) {
            Integer first = stored.get(note.position().terms().id());
            if (first == null) {
                fresh.add(note);
            } else {
                errors.accept(duplicate(source, note, first));
            }
        }
        if (!fresh.isEmpty()) {
            notes.insert(portfolioId, fresh);
        }
        return fresh.size();
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
