package com.notefolio.web.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file an administrator uploaded, kept in a temporary file until closed: its name as the browser gave
 * it (cleaned by {@link #cleanName(String)}), where its bytes are, and how many there are. Closing deletes
 * the temporary file.
 */
public record ReceivedFile(String name, Path path, long size) implements AutoCloseable {

    /** Longest file name kept; longer names are cut (the column holding it has room for two and a separator). */
    static final int MAX_NAME = 140;

    public ReceivedFile {
        name = cleanName(name);
    }

    /**
     * The last part of a browser's file name, without control characters (some browsers send
     * {@code C:\fakepath\notes.csv}; a name is shown and stored, never used as a path).
     */
    public static String cleanName(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        String stripped = clean.toString().strip();
        if (stripped.length() > MAX_NAME) {
            stripped = stripped.substring(0, MAX_NAME);
        }
        return stripped.isEmpty() ? "upload" : stripped;
    }

    /** Deletes the temporary file. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the uploaded file " + path + ": " + e.getMessage(), e);
        }
    }
}
