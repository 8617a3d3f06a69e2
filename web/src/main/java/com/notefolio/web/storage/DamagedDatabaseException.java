package com.notefolio.web.storage;

/**
 * The embedded database cannot be opened as it is: empty, corrupt, or protected by a password this
 * installation does not have. Start-up stops with {@link #getMessage()} and {@link #action()} (see
 * {@link DamagedDatabaseAnalyzer}); nothing is created in its place.
 */
public final class DamagedDatabaseException extends RuntimeException {

    private final String action;

    DamagedDatabaseException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /** The damaged-database failure among {@code e}'s causes, or null. */
    public static DamagedDatabaseException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DamagedDatabaseException damaged) {
                return damaged;
            }
        }
        return null;
    }

    public String action() {
        return action;
    }
}
