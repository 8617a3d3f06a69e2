package com.notefolio.web.upload;

import com.notefolio.core.io.InputError;
import java.util.List;

/**
 * What an import did: the portfolio it created and how many notes it holds, or, when the files were
 * refused, the errors (the first {@link ImportErrors#LISTED}) and how many there were in all. A refused
 * import stored nothing.
 */
public record ImportOutcome(long portfolioId, long notes, List<InputError> errors, long errorCount) {

    public ImportOutcome {
        errors = List.copyOf(errors);
    }

    static ImportOutcome imported(long portfolioId, long notes) {
        return new ImportOutcome(portfolioId, notes, List.of(), 0);
    }

    static ImportOutcome refused(ImportErrors errors) {
        return new ImportOutcome(0, 0, errors.listed(), errors.total());
    }

    public boolean imported() {
        return errorCount == 0;
    }

    /** Errors counted but not listed. */
    public long unlistedErrors() {
        return errorCount - errors.size();
    }
}
