package com.notefolio.web.security;

import java.time.Instant;

/** A user as stored: the password only as its hash. */
public record UserAccount(long id, String username, String passwordHash, Role role, boolean enabled,
                          Instant createdAt) {
}
