package com.notefolio.web.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The user of the current request or UI: name, whether ADMIN, and sign-out. */
@Component
public class SignedInUser {

    private final AuthenticationContext context;

    public SignedInUser(AuthenticationContext context) {
        this.context = context;
    }

    public String name() {
        return context.getPrincipalName().orElse("");
    }

    public boolean isAdmin() {
        return context.hasRole(Role.ADMIN_NAME);
    }

    public void signOut() {
        context.logout();
    }
}
