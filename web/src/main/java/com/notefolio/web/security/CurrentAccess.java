package com.notefolio.web.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in session still speaks for its account: the account exists, is enabled, and its
 * access version is the one the session signed in at (every change of role, enabled flag or password
 * bumps it). Both the per-request check ({@link CurrentAccessFilter}) and the services' role checks
 * ({@link CurrentRoleAuthorization}) ask it, so a demoted or disabled user's open session grants nothing.
 */
@Component
public class CurrentAccess {

    private final JdbcClient jdbc;

    public CurrentAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True unless {@code auth} is a sign-in of this application whose account changed since. Other
     * authentications (anonymous, or test fixtures that build their own) carry no version and are judged
     * by their authorities alone.
     */
    public boolean isCurrent(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof SignedInAccount account)) {
            return true;
        }
        return versionOf(account.getUsername()).map(v -> v == account.accessVersion()).orElse(false);
    }

    /** The access version of an enabled account, none for a missing or disabled one. */
    private Optional<Long> versionOf(String username) {
        return jdbc.sql("select access_version from app_user where username = ? and enabled = true")
                .param(username).query(Long.class).optional();
    }
}
