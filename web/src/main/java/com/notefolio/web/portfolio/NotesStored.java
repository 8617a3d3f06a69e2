package com.notefolio.web.portfolio;

/**
 * Published inside the transaction that stored a portfolio's notes (an import): a listener that acts once
 * it commits (a snapshot of the notes, say) sees them, and never sees notes that were rolled back.
 */
public record NotesStored(long portfolioId) {
}
