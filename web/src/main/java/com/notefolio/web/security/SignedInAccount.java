package com.notefolio.web.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account as the sign-in sees it and as the session keeps it: the name, the role and the account's
 * access version at the moment of sign-in. The version is what lets every later request and service call
 * tell whether the role, the enabled flag or the password changed since (see {@link CurrentAccess}).
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final String username;
    private String passwordHash;
    private final Role role;
    private final boolean enabled;
    private final long accessVersion;

    SignedInAccount(UserAccount account) {
        this.username = account.username();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.enabled = account.enabled();
        this.accessVersion = account.accessVersion();
    }

    public Role role() {
        return role;
    }

    public long accessVersion() {
        return accessVersion;
    }

    /** ADMIN holds ANALYST's rights as well. */
    static List<GrantedAuthority> authoritiesOf(Role role) {
        return role == Role.ADMIN
                ? List.of(new SimpleGrantedAuthority(Role.ADMIN_AUTHORITY), new SimpleGrantedAuthority(Role.ANALYST_AUTHORITY))
                : List.of(new SimpleGrantedAuthority(Role.ANALYST_AUTHORITY));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(role);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash is not kept in the session once the password has been checked. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return username + " (" + role + ", access version " + accessVersion + ")";
    }
}
