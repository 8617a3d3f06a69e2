package com.notefolio.core.io;

import java.io.Closeable;

/**
 * What every CSV table writer shares: where the lines go ({@link CsvTarget}: a file that appears only on
 * {@link #commit()}, or a caller's writer), the reused line buffer, the count of data lines, and the
 * all-or-nothing ending. Subclasses add the header and how a value becomes a line.
 */
public abstract class CsvTableWriter implements Closeable {

    final CsvTarget target;
    final CsvLineBuilder line = new CsvLineBuilder();

    CsvTableWriter(CsvTarget target) {
        this.target = target;
    }

    /** Data lines written so far (the header not counted). */
    public long lines() {
        return target.lines();
    }

    /** Completes the output: the file moves into place, or the caller's writer is flushed. */
    public void commit() {
        target.commit();
    }

    /** Discards the file unless committed. */
    @Override
    public void close() {
        target.close();
    }
}
