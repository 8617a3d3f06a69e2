package com.notefolio.core.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An output file that appears complete or not at all: text is written (UTF-8, buffered) to a temporary
 * file beside the target, and {@link #commit()} syncs it to disk and moves it over the target in one
 * atomic rename. Closing without committing (an exception in the writer, say) deletes the temporary file
 * and leaves any existing target untouched, so a reader never sees a half-written file.
 *
 * <pre>{@code
 * try (AtomicOutputFile out = AtomicOutputFile.create(path)) {
 *     write(out.writer());
 *     out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutputFile implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;

    private final Path target;
    private final Path temporary;
    private final FileOutputStream stream;
    private final Writer writer;
    private boolean committed;
    private boolean closed;

    private AtomicOutputFile(Path target, Path temporary, FileOutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER_CHARS);
    }

    /** Starts writing {@code target}: a temporary file is created in the target's folder, made if missing. */
    public static AtomicOutputFile create(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            // Beside the target, so the final rename stays on one file system and can be atomic.
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
            return new AtomicOutputFile(absolute, temporary, new FileOutputStream(temporary.toFile()));
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException(target + ": cannot create a file in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The writer of the file's text; do not close it, {@link #commit()} or {@link #close()} does. */
    public Writer writer() {
        return writer;
    }

    public Path target() {
        return target;
    }

    /** Flushes, syncs and atomically moves the written text into place, replacing any existing file. */
    public void commit() {
        if (closed) {
            throw new IllegalStateException(target + ": already " + (committed ? "committed" : "closed"));
        }
        try {
            writer.flush();
            stream.getFD().sync();
            writer.close();
            closed = true;
            publish(temporary, target);
            committed = true;
        } catch (IOException e) {
            closed = true;
            closeQuietly();
            deleteQuietly(temporary);
            throw new UncheckedIOException(target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves a finished temporary file onto {@code target}, atomically where the file system can, with the
     * permissions of an ordinary new file (rw-r--r--): a temporary file is created readable by its owner
     * only, which a report or result file should not stay.
     */
    public static void publish(Path temporary, Path target) throws IOException {
        if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Discards the temporary file unless committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        closed = true;
        closeQuietly();
        deleteQuietly(temporary);
    }

    private void closeQuietly() {
        try {
            writer.close();
        } catch (IOException e) {
            // The file is being discarded; the failure that led here is the one worth reporting.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more can be done; the name starts with a dot so it is not mistaken for output.
        }
    }
}
