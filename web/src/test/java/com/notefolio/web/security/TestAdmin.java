package com.notefolio.web.security;

import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/** Runs service calls as the first administrator (as its real sign-in would: its account's principal). */
final class TestAdmin {

    private TestAdmin() {
    }

    static <T> T call(SecurityContextHolderStrategy holder, UserAccounts users, Callable<T> work) throws Exception {
        SignedInAccount admin = (SignedInAccount) users.loadUserByUsername(FirstAdministrator.USERNAME);
        holder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities())));
        try {
            return work.call();
        } finally {
            holder.clearContext();
        }
    }

    static void run(SecurityContextHolderStrategy holder, UserAccounts users, Runnable work) throws Exception {
        call(holder, users, () -> {
            work.run();
            return null;
        });
    }
}
