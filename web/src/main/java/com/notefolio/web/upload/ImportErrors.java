package com.notefolio.web.upload;

import com.notefolio.core.io.InputError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The errors of one import: the first {@code limit} kept to be listed, the rest only counted, so that a
 * file of garbage cannot fill the server's memory with messages.
 */
public final class ImportErrors implements Consumer<InputError> {

    /** How many errors an import lists; enough to fix a file by, few enough to show in a grid. */
    public static final int LISTED = 1000;

    private final int limit;
    private final List<InputError> listed = new ArrayList<>();
    private long total;

    public ImportErrors(int limit) {
        this.limit = limit;
    }

    @Override
    public void accept(InputError error) {
        total++;
        if (listed.size() < limit) {
            listed.add(error);
        }
    }

    /** The errors kept, in the order found. */
    public List<InputError> listed() {
        return List.copyOf(listed);
    }

    /** Every error found, listed or not. */
    public long total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
