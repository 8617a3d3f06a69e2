package com.notefolio.web.note;

import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.security.Role;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** Opens a stored note for the note screen, for analysts (the role is checked here as in the view). */
@Service
public class NoteAnalysis {

    private final NoteStore notes;
    private final IndexDataStore indexData;

    public NoteAnalysis(NoteStore notes, IndexDataStore indexData) {
        this.notes = notes;
        this.indexData = indexData;
    }

    /** The note of database row {@code noteId} resolved, if it belongs to portfolio {@code portfolioId}. */
    @Secured(Role.ANALYST_AUTHORITY)
    public Optional<NoteDetail> open(long portfolioId, long noteId) {
        return notes.find(portfolioId, noteId)
                // A floating note's schedule reads the index data imported with its portfolio.
                .map(n -> NoteDetail.of(n.portfolioId(), n.id(), n.line(), n.position(),
                        indexData.load(portfolioId).indexData()));
    }
}
