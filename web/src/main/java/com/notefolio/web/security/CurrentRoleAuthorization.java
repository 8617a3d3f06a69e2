package com.notefolio.web.security;

import java.util.Collection;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthoritiesAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * The decision behind the services' {@code @Secured}: the caller holds one of the authorities named, and
 * the account behind a signed-in session is still as it was at sign-in ({@link CurrentAccess}): an action
 * is decided on the user's current role, not on what their session remembers.
 */
final class CurrentRoleAuthorization implements AuthorizationManager<Collection<String>> {

    private final AuthoritiesAuthorizationManager authorities = new AuthoritiesAuthorizationManager();
    private final ObjectProvider<CurrentAccess> access;

    /** {@code access} is looked up when first needed: method security is set up before the database. */
    CurrentRoleAuthorization(ObjectProvider<CurrentAccess> access) {
        this.access = access;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, Collection<String> required) {
        AuthorizationDecision granted = authorities.check(authentication, required);
        if (granted == null || !granted.isGranted()) {
            return granted;
        }
        return new AuthorizationDecision(access.getObject().isCurrent(authentication.get()));
    }
}
