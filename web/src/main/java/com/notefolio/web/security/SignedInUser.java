package com.notefolio.web.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The user of the current request or UI: name, whether ADMIN, and sign-out. Name and roles are read
 * from Spring Security's context as the services' role checks read it, so a screen and the service it
 * calls never disagree about who is signed in.
 */
@Component
public class SignedInUser {

    private final AuthenticationContext context;
    private final SecurityContextHolderStrategy holder;

    /**
     * {@code holder} is this application's strategy (Vaadin's, which finds the context in the session),
     * the one its role checks use: the static SecurityContextHolder names whichever application context
     * started last, which differs when tests start several.
     */
    public SignedInUser(AuthenticationContext context, SecurityContextHolderStrategy holder) {
        this.context = context;
        this.holder = holder;
    }

    /** The signed-in user's name, or "" when nobody is signed in. */
    public String name() {
        Authentication auth = authentication();
        return auth == null ? "" : auth.getName();
    }

    public boolean isAdmin() {
        Authentication auth = authentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN_AUTHORITY));
    }

    public void signOut() {
        context.logout();
    }

    private Authentication authentication() {
        Authentication auth = holder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null : auth;
    }
}
