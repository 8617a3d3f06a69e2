package com.notefolio.web.security;

import java.time.Instant;

/**
 * One entry of the audit trail: when, who (the signed-in user, or the name tried at a sign-in), what
 * ({@link AuditAction}), on what, from which address, and a detail in words.
 */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, String target, String address,
                         String detail) {
}
