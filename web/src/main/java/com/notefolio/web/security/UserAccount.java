package com.notefolio.web.security;

import java.time.Instant;

/**
 * A user as stored: the password only as its hash. {@code accessVersion} grows with every change of role,
 * enabled flag or password; sessions signed in at an older version are ended.
 */
public record UserAccount(long id, String username, String passwordHash, Role role, boolean enabled,
                          Instant createdAt, long accessVersion) {
}
