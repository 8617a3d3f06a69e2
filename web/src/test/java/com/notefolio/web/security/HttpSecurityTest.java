package com.notefolio.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionTrackingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.WebApplicationContext;

/**
 * The HTTP face of the application, as a client over real HTTP sees it: every screen's address
 * redirects to sign-in, the login page and Chart.js's script are public, the protective headers are sent
 * (Content-Security-Policy, Referrer-Policy, framing and sniffing), the session cookie is HttpOnly,
 * SameSite and Secure behind TLS, no session id ever appears in an address, the login form needs its
 * CSRF token and checks the password against its stored hash, and repeated wrong passwords lock the
 * name out (the right password included) with every attempt in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class HttpSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    AuditTrail audit;
    @Autowired
    SecurityContextHolderStrategy holder;
    @Autowired
    WebApplicationContext web;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyScreenRedirectsAnonymousVisitorsToSignInWithoutASessionIdInTheAddress() throws Exception {
        for (String path : new String[] {"/", "/portfolios", "/users", "/audit", "/notes/1", "/dashboard/1", "/whatif/1"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        }
        HttpResponse<String> login = get("/login");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid=");
        // The container never rewrites an address to carry the session id (its default is cookie and URL).
        assertThat(web.getServletContext().getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
    }

    @Test
    void theLoginPageAndTheChartScriptArePublicAndCarryTheProtectiveHeaders() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'",
                        "base-uri 'self'")
                .doesNotContain("*", "http:", "https:"));
        HttpResponse<String> chart = get("/webjars/chart.js/4.4.7/dist/chart.umd.js");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("Chart");
        assertThat(chart.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindTls() throws Exception {
        List<String> plain = get("/login").headers().allValues("Set-Cookie");
        assertThat(plain).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(c -> assertThat(c)
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure"));
        // A TLS-terminating proxy on this machine says the client came over https.
        List<String> tls = get("/login", "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie");
        assertThat(tls).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(c -> assertThat(c)
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure"));
    }

    @Test
    void theSignInFormIsRefusedWithoutItsCsrfToken() throws Exception {
        SignInClient browser = new SignInClient(port, "192.0.2.10");
        HttpResponse<String> forged = browser.signInWithoutToken("admin", "admin-password-for-tests");
        assertThat(SignInClient.signedIn(forged)).as("signed in without the form's token").isFalse();
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(SignInClient.signedIn(browser.signIn("admin", "admin-password-for-tests"))).isTrue();
    }

    @Test
    void theLoginFormChecksThePasswordAgainstTheStoredHash() throws Exception {
        SignInClient browser = new SignInClient(port, "192.0.2.11");
        HttpResponse<String> wrong = browser.signIn("admin", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        HttpResponse<String> right = browser.signIn("admin", "admin-password-for-tests");
        assertThat(SignInClient.signedIn(right)).isTrue();
        // With the session cookie the portfolios page is served instead of a redirect.
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsLockTheNameOutAndTheRightOneIsRefusedDuringTheLockOut() throws Exception {
        TestAdmin.run(holder, users, () -> users.create("guessed.user", "the-right-password-1", Role.ANALYST));
        SignInClient guesser = new SignInClient(port, "198.51.100.77");
        for (int i = 0; i < 5; i++) {
            assertThat(SignInClient.signedIn(guesser.signIn("guessed.user", "guess-" + i))).isFalse();
        }
        // Locked: the right password, even from another address, is refused for the lock-out time.
        SignInClient owner = new SignInClient(port, "198.51.100.78");
        HttpResponse<String> refused = owner.signIn("guessed.user", "the-right-password-1");
        assertThat(SignInClient.signedIn(refused)).isFalse();
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(owner.get("/").statusCode()).isEqualTo(302);

        List<AuditEvent> trail = TestAdmin.call(holder, users, () -> audit.recent(100)).stream()
                .filter(e -> "guessed.user".equals(e.target()) && e.action().name().startsWith("SIGN_IN")).toList();
        assertThat(trail).extracting(AuditEvent::action).containsExactly(AuditAction.SIGN_IN_LOCKED,
                AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED,
                AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED);
        assertThat(trail.get(0).address()).isEqualTo("198.51.100.78");
        assertThat(trail.get(1).address()).isEqualTo("198.51.100.77");
        assertThat(trail).allSatisfy(e -> assertThat(e.actor()).isEqualTo("guessed.user"));
    }

    @Test
    void manyNamesTriedFromOneAddressLockThatAddressOut() throws Exception {
        SignInClient stuffer = new SignInClient(port, "203.0.113.99");
        for (int i = 0; i < 20; i++) {
            assertThat(SignInClient.signedIn(stuffer.signIn("stuffed" + i, "password-" + i))).isFalse();
        }
        assertThat(SignInClient.signedIn(stuffer.signIn("admin", "admin-password-for-tests"))).isFalse();
        assertThat(SignInClient.signedIn(new SignInClient(port, "203.0.113.100")
                .signIn("admin", "admin-password-for-tests"))).isTrue();
        List<AuditEvent> trail = TestAdmin.call(holder, users, () -> audit.recent(200));
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGN_IN_LOCKED);
            assertThat(e.address()).isEqualTo("203.0.113.99");
            assertThat(e.target()).isEqualTo("admin");
        });
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGN_IN);
            assertThat(e.address()).isEqualTo("203.0.113.100");
        });
    }
}
