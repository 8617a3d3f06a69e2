package com.notefolio.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.portfolio.Portfolios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Rights follow the account, not the session (issue 17 item 1): once an administrator demotes or
 * disables a user or sets their password, the user's open session grants nothing more — the services
 * refuse the session's remembered authorities, and over HTTP the session is ended.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class AccessChangeTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    Portfolios portfolios;
    @Autowired
    PortfolioStore store;
    @Autowired
    AuditTrail audit;
    @Autowired
    SecurityContextHolderStrategy holder;

    /** The authentication the sign-in form gives {@code username} now (what its session then keeps). */
    private Authentication signedIn(String username) {
        SignedInAccount account = (SignedInAccount) users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
    }

    private <T> T as(Authentication auth, java.util.concurrent.Callable<T> work) throws Exception {
        holder.setContext(new SecurityContextImpl(auth));
        try {
            return work.call();
        } finally {
            holder.clearContext();
        }
    }

    @Test
    void aDemotedAdministratorsSessionCanNoLongerDeleteAPortfolio() throws Exception {
        TestAdmin.run(holder, users, () -> users.create("demoted.admin", "a-long-password-1", Role.ADMIN));
        Authentication session = signedIn("demoted.admin");
        long first = store.insert("kept " + System.nanoTime(), null, "test");
        long second = store.insert("deleted " + System.nanoTime(), null, "test");
        as(session, () -> {
            portfolios.delete(second);
            return null;
        });

        TestAdmin.run(holder, users, () -> users.setRole("demoted.admin", Role.ANALYST));
        // The session still holds ROLE_ADMIN, but the account is an analyst now.
        assertThat(session.getAuthorities()).extracting(Object::toString).contains(Role.ADMIN_AUTHORITY);
        assertThatThrownBy(() -> as(session, () -> {
            portfolios.delete(first);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(store.find(first)).isPresent();
        // Reading is refused too until the user signs in again (at the new role, which may read).
        assertThatThrownBy(() -> as(session, portfolios::list)).isInstanceOf(AccessDeniedException.class);
        assertThat(as(signedIn("demoted.admin"), portfolios::list)).isNotNull();
        assertThatThrownBy(() -> as(signedIn("demoted.admin"), () -> {
            portfolios.delete(first);
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        assertThat(TestAdmin.call(holder, users, () -> audit.recent(50))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ROLE_CHANGED);
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.target()).isEqualTo("demoted.admin");
            assertThat(e.detail()).isEqualTo("ADMIN → ANALYST");
        }).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PORTFOLIO_DELETED);
            assertThat(e.actor()).isEqualTo("demoted.admin");
            assertThat(e.target()).isEqualTo("portfolio " + second);
        });
    }

    @Test
    void aDisabledUsersSessionEndsAndTheySignInNoMore() throws Exception {
        TestAdmin.run(holder, users, () -> users.create("leaver", "a-long-password-2", Role.ANALYST));
        SignInClient browser = new SignInClient(port, "192.0.2.40");
        assertThat(SignInClient.signedIn(browser.signIn("leaver", "a-long-password-2"))).isTrue();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        TestAdmin.run(holder, users, () -> users.setEnabled("leaver", false));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(SignInClient.signedIn(browser.signIn("leaver", "a-long-password-2"))).isFalse();
    }

    @Test
    void aRoleOrPasswordChangeEndsTheOpenSessions() throws Exception {
        TestAdmin.run(holder, users, () -> users.create("moved", "a-long-password-3", Role.ADMIN));
        SignInClient one = new SignInClient(port, "192.0.2.41");
        SignInClient two = new SignInClient(port, "192.0.2.42");
        assertThat(SignInClient.signedIn(one.signIn("moved", "a-long-password-3"))).isTrue();
        assertThat(SignInClient.signedIn(two.signIn("moved", "a-long-password-3"))).isTrue();
        assertThat(one.get("/users").statusCode()).isEqualTo(200);

        TestAdmin.run(holder, users, () -> users.setRole("moved", Role.ANALYST));
        assertThat(one.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(two.get("/").statusCode()).isEqualTo(302);

        assertThat(SignInClient.signedIn(one.signIn("moved", "a-long-password-3"))).isTrue();
        assertThat(one.get("/").statusCode()).isEqualTo(200);
        TestAdmin.run(holder, users, () -> users.setPassword("moved", "a-new-long-password-4"));
        assertThat(one.get("/").statusCode()).isEqualTo(302);
        assertThat(SignInClient.signedIn(one.signIn("moved", "a-long-password-3"))).isFalse();
        assertThat(SignInClient.signedIn(one.signIn("moved", "a-new-long-password-4"))).isTrue();
    }
}
