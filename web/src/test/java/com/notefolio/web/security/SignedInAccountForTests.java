package com.notefolio.web.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/** For tests outside this package: runs service calls as a stored account, as its real sign-in would. */
public final class SignedInAccountForTests {

    private SignedInAccountForTests() {
    }

    public static void runAs(SecurityContextHolderStrategy holder, UserAccounts users, String username, Runnable work) {
        SignedInAccount account = (SignedInAccount) users.loadUserByUsername(username);
        holder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities())));
        try {
            work.run();
        } finally {
            holder.clearContext();
        }
    }
}
