package com.notefolio.web.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The H2 database in a file of the user's data folder, made private: the folder is the owner's only
 * (0700), the database files too (0600), and the database user {@code sa} has a generated password kept in
 * {@code <database>.password} (0600) beside it. A database created before this (user {@code sa}, no
 * password) is given the password when it is first opened here. An empty or corrupt file is a
 * {@link DamagedDatabaseException}: never silently replaced by a fresh installation.
 */
public final class EmbeddedDatabase {

    static final String USER = "sa";
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    /** H2's error codes: wrong user or password, file corrupted, unsupported file format. */
    private static final int WRONG_PASSWORD = 28000;
    private static final Set<Integer> DAMAGED = Set.of(90030, 90048, 90020, 90050, 50000);

    private final Path base;
    private final String url;

    /**
     * The database at {@code base} (the path H2's URL names, without {@code .mv.db}) reached through
     * {@code url} (the full {@code jdbc:h2:file:} URL, options included).
     */
    public EmbeddedDatabase(Path base, String url) {
        this.base = base;
        this.url = url;
    }

    public Path dataFile() {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    public Path passwordFile() {
        return base.resolveSibling(base.getFileName() + ".password");
    }

    /**
     * Makes the folder and files private, checks the database file, and returns the password to connect
     * with: generated on first use, or given to an older password-less database now.
     */
    public String prepare(boolean ownFolder) {
        try {
            Path folder = base.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            if (ownFolder) {
                restrict(folder, OWNER_DIR);
            }
            Path data = dataFile();
            boolean exists = Files.exists(data);
            if (exists && Files.size(data) == 0) {
                throw new DamagedDatabaseException("The database file " + data + " is empty (0 bytes): it was cut "
                        + "short, e.g. by a full disk or a copy that failed. Notefolio does not start over on it.",
                        "Restore the file from a backup, or move it away to start a new, empty installation.", null);
            }
            String password = readOrCreatePassword();
            if (exists) {
                open(password);
            }
            restrictFiles();
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the database folder of " + base + ": " + e.getMessage(), e);
        }
    }

    /** Makes every file of the database (data, trace, lock, password) the owner's only. */
    public void restrictFiles() throws IOException {
        Path folder = base.toAbsolutePath().getParent();
        String prefix = base.getFileName().toString() + ".";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                restrict(file, OWNER_FILE);
            }
        }
    }

    private String readOrCreatePassword() throws IOException {
        Path file = passwordFile();
        if (Files.exists(file)) {
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new DamagedDatabaseException("The database password file " + file + " is empty.",
                        "Restore it from a backup (it belongs with " + dataFile() + ").", null);
            }
            return password;
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temp);
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(temp, file);
        }
        return password;
    }

    /**
     * Opens the existing database once with {@code password}; one still without a password (made before
     * passwords were generated, or interrupted before it was set) is given it.
     */
    private void open(String password) {
        try (Connection c = DriverManager.getConnection(url, USER, password)) {
            c.isValid(5);
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD) {
                throw damaged(e);
            }
            setPasswordOfOlderDatabase(password, e);
        }
    }

    private void setPasswordOfOlderDatabase(String password, SQLException refused) {
        try (Connection c = DriverManager.getConnection(url, USER, "");
             PreparedStatement alter = c.prepareStatement("alter user " + USER + " set password ?")) {
            alter.setString(1, password);
            alter.execute();
        } catch (SQLException e) {
            if (e.getErrorCode() == WRONG_PASSWORD) {
                throw new DamagedDatabaseException("The database " + dataFile() + " has a password other than the "
                        + "one in " + passwordFile() + ".", "Restore the password file that belongs with this "
                        + "database, or set spring.datasource.password.", refused);
            }
            throw damaged(e);
        }
    }

    private DamagedDatabaseException damaged(SQLException e) {
        String reason = DAMAGED.contains(e.getErrorCode()) ? "it is damaged" : "H2 refused it";
        return new DamagedDatabaseException("The database " + dataFile() + " cannot be opened: " + reason + " ("
                + firstLine(e.getMessage()) + ").", "Restore the file from a backup; Notefolio does not start over "
                + "on a damaged database. Move the file away to start a new, empty installation.", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is private already.
        }
    }
}
