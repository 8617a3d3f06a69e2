package com.notefolio.analytics.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a portfolio's notes are: a file or folder (a portfolio CSV, a Parquet folder), or a database table's
 * JDBC URL ({@code jdbc:postgresql://host:5432/db}). A URL is kept as the text it was given: as a
 * {@link Path} its {@code //} would collapse to one slash and name another database.
 */
public record NoteSource(String location) {

    /** The value of a {@code password} parameter in a JDBC URL (PostgreSQL's {@code ?…&password=…}, H2's {@code ;PASSWORD=…}). */
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    public NoteSource {
        Objects.requireNonNull(location, "location");
        if (location.isBlank()) {
            throw new IllegalArgumentException("a portfolio's location is blank");
        }
    }

    /** The notes of a file or folder. */
    public static NoteSource of(Path file) {
        return new NoteSource(file.toString());
    }

    /** The notes of a location as a user typed it: a JDBC URL when it starts with {@code jdbc:}, else a file or folder. */
    public static NoteSource of(String location) {
        return new NoteSource(location);
    }

    /** Whether the notes are a database table, named by a JDBC URL. */
    public boolean isJdbc() {
        return location.startsWith("jdbc:");
    }

    /** Whether the notes are a portfolio CSV file. */
    public boolean isCsv() {
        return !isJdbc() && location.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** The file or folder; a JDBC URL has none. */
    public Path file() {
        if (isJdbc()) {
            throw new IllegalStateException("a database table is not a file: " + described());
        }
        return Path.of(location);
    }

    /** The JDBC URL; a file has none. */
    public String url() {
        if (!isJdbc()) {
            throw new IllegalStateException("a file is not a database table: " + location);
        }
        return location;
    }

    /**
     * The location as it may be written down (in a run's assumptions, a message): a URL's password
     * parameter masked, since the run's outputs are shared more widely than the database's credentials.
     */
    public String described() {
        return isJdbc() ? PASSWORD.matcher(location).replaceAll("$1***") : location;
    }

    @Override
    public String toString() {
        return described();
    }
}
