package com.notefolio.web.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of the application, in table {@code app_user}; Spring Security signs in against it. */
@Service
public class UserAccounts implements UserDetailsService {

    /** Letters, digits and . _ - ; 3 to 100 characters. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,100}");
    /** Shortest password accepted when an administrator sets one. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final RowMapper<UserAccount> ROW = (rs, i) -> new UserAccount(rs.getLong("id"),
            rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
            rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role() == Role.ADMIN ? new String[] {"ADMIN", "ANALYST"} : new String[] {"ANALYST"})
                .disabled(!account.enabled())
                .build();
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
        return insert(username, password, role);
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

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void setPassword(String username, String password) {
        checkPassword(password);
        require(jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(passwords.encode(password), username).update(), username);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void setRole(String username, Role role) {
        require(jdbc.sql("update app_user set role = ? where username = ?").params(role.name(), username).update(),
                username);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        require(jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, username).update(),
                username);
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
