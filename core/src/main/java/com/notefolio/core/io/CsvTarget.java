package com.notefolio.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Where a CSV writer's lines go: a file replaced atomically on {@link #commit()} (and never left
 * half-written), or a caller's writer, which is flushed but not closed. Counts the data lines written.
 */
final class CsvTarget implements Closeable {

    private final AtomicOutputFile file;
    private final Writer out;
    private final String name;
    private long lines;

    private CsvTarget(AtomicOutputFile file, Writer out, String name) {
        this.file = file;
        this.out = out;
        this.name = name;
    }

    static CsvTarget file(Path target, String header) {
        AtomicOutputFile file = AtomicOutputFile.create(target);
        CsvTarget t = new CsvTarget(file, file.writer(), target.toString());
        try {
            t.header(header);
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
        return t;
    }

    static CsvTarget writer(Writer out, String header) {
        CsvTarget t = new CsvTarget(null, out, "output");
        t.header(header);
        return t;
    }

    /** Writes a finished data line. */
    void write(CsvLineBuilder line) {
        try {
            line.writeTo(out);
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    long lines() {
        return lines;
    }

    /** Completes the output: the file moves into place, a caller's writer is flushed. */
    void commit() {
        if (file != null) {
            file.commit();
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** Discards an uncommitted file; a caller's writer is left to the caller. */
    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }

    private void header(String header) {
        try {
            out.write(header);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }
}
