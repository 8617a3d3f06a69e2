package com.notefolio.web.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import jakarta.servlet.http.HttpSession;

/**
 * The users of the application, in table {@code app_user}; Spring Security signs in against it. Every
 * change of a role, an enabled flag or a password bumps the account's access version and ends its open
 * sessions ({@link UserSessions}), and is written to the {@link AuditTrail}.
 */
@Service
public class UserAccounts implements UserDetailsService {

    /** Letters, digits and . _ - ; 3 to 100 characters. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,100}");
    /** Shortest password accepted when an administrator sets one. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final RowMapper<UserAccount> ROW = (rs, i) -> new UserAccount(rs.getLong("id"),
            rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
            rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(), rs.getLong("access_version"));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final UserSessions sessions;
    private final AuditTrail audit;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, UserSessions sessions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The account as the sign-in checks it, with the access version its session will carry. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return new SignedInAccount(find(username).orElseThrow(() -> new UsernameNotFoundException("no such user")));
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username).query(ROW).optional();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    public List<UserAccount> all() {
        return jdbc.sql("select * from app_user order by username").query(ROW).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Creates a user; refuses a malformed or taken name and a short password with a message for the user. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public UserAccount create(String username, String password, Role role) {
        UserAccount created = insert(username, password, role);
        audit.record(AuditAction.USER_CREATED, username, "role " + role);
        return created;
    }

    /**
     * Creates the first administrator of a new installation; refused once any user exists, which is what
     * lets it run before anyone can sign in.
     */
    @Transactional
    public UserAccount createFirstAdministrator(String username, String password) {
        if (count() > 0) {
            throw new IllegalStateException("users exist already: the first administrator is created only once");
        }
        return insert(username, password, Role.ADMIN);
    }

    private UserAccount insert(String username, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("User name: 3 to 100 letters, digits, '.', '_' or '-'.");
        }
        checkPassword(password);
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("User name " + username + " is taken.");
        }
        jdbc.sql("insert into app_user (username, password_hash, role, enabled, created_at) values (?, ?, ?, true, ?)")
                .params(username, passwords.encode(password), role.name(), Timestamp.from(Instant.now()))
                .update();
        return find(username).orElseThrow();
    }

    /** Sets a password and ends the user's sessions (an administrator's own one at its next request). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void setPassword(String username, String password) {
        checkPassword(password);
        change(username, "password_hash = ?", passwords.encode(password));
        audit.record(AuditAction.PASSWORD_SET, username, null);
        endSessions(username);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void setRole(String username, Role role) {
        Role before = find(username).map(UserAccount::role).orElse(null);
        change(username, "role = ?", role.name());
        if (before != role) {
            audit.record(AuditAction.ROLE_CHANGED, username, before + " → " + role);
        }
        endSessions(username);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        change(username, "enabled = ?", enabled);
        audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, username, null);
        endSessions(username);
    }

    /** Sets one column of the account and bumps its access version: its sessions signed in before are void. */
    private void change(String username, String assignment, Object value) {
        require(jdbc.sql("update app_user set " + assignment + ", access_version = access_version + 1 where username = ?")
                .params(value, username).update(), username);
    }

    /**
     * Ends the sessions of {@code username} once the change is committed (a session ended before would
     * sign in again at the old version if the change rolled back). The caller's own session is not
     * invalidated under the request it is serving; {@link CurrentAccessFilter} ends it at the next one.
     */
    private void endSessions(String username) {
        HttpSession own = ownSession();
        Runnable end = () -> sessions.end(username, own);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }

    private static HttpSession ownSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getSession(false) : null;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("Password: at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }

    private static void require(int updated, String username) {
        if (updated != 1) {
            throw new IllegalArgumentException("No user " + username + ".");
        }
    }
}
