package com.notefolio.web.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in table {@code audit_event}: sign-ins (success, failure, lock-out), user changes,
 * imports and deletions, each with who, when and from where. Entries are also logged (logger
 * {@code com.notefolio.web.security.AuditTrail}). Only ADMIN reads them.
 */
@Service
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final int MAX_ACTOR = 100;
    private static final int MAX_TARGET = 300;
    private static final int MAX_ADDRESS = 64;
    private static final int MAX_DETAIL = 1000;
    /** Most entries one read returns. */
    public static final int MAX_READ = 1000;

    private static final RowMapper<AuditEvent> ROW = (rs, i) -> new AuditEvent(rs.getLong("id"),
            rs.getTimestamp("at").toInstant(), rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
            rs.getString("target"), rs.getString("address"), rs.getString("detail"));

    private final JdbcClient jdbc;
    private final SignedInUser user;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, SignedInUser user) {
        this.jdbc = jdbc;
        this.user = user;
        this.clock = Clock.systemUTC();
    }

    /** Records an action of the signed-in user (from the current request's address, when there is one). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String target, String detail) {
        record(user.name().isEmpty() ? "(system)" : user.name(), action, target, RequestAddress.current(), detail);
    }

    /**
     * Records an entry. It is written in a transaction of its own, so the record of a refused or failed
     * action stays when the action's transaction rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String target, String address, String detail) {
        LOG.info("audit: {} {} {} from {}{}", actor, action, target == null ? "" : target,
                address == null ? "-" : address, detail == null ? "" : ": " + detail);
        jdbc.sql("insert into audit_event (at, actor, action, target, address, detail) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now(clock)), cut(actor, MAX_ACTOR), action.name(),
                        cut(target, MAX_TARGET), cut(address, MAX_ADDRESS), cut(detail, MAX_DETAIL))
                .update();
    }

    /** The newest entries first, at most {@code limit} (capped at {@link #MAX_READ}). */
    @Secured(Role.ADMIN_AUTHORITY)
    public List<AuditEvent> recent(int limit) {
        return jdbc.sql("select * from audit_event order by at desc, id desc fetch first ? rows only")
                .param(Math.max(1, Math.min(limit, MAX_READ))).query(ROW).list();
    }

    /** A value cut to the column's length (a sign-in name is whatever a client sent). */
    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
