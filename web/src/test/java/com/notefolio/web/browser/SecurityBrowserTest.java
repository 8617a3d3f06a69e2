package com.notefolio.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.portfolio.PortfolioListing;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.security.FirstAdministrator;
import com.notefolio.web.security.Role;
import com.notefolio.web.security.SignedInAccountForTests;
import com.notefolio.web.security.UserAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Security as a user meets it in a real browser (headless Chromium): a demoted administrator who reloads
 * is signed out and, signed in again, can no longer delete a portfolio (issue 17 item 1); the application
 * and the dashboard's Chart.js charts work under the Content-Security-Policy with no violation in the
 * console; an oversized upload is answered 413.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "notefolio.demo.notes=20", "notefolio.upload.max-bytes=1048576"})
class SecurityBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    PortfolioStore store;
    @Autowired
    SecurityContextHolderStrategy holder;

    private long demo() {
        return store.list().stream().filter(p -> p.name().startsWith("Demo")).mapToLong(PortfolioListing::id)
                .findFirst().orElseThrow();
    }

    @Test
    void aDemotedAdministratorWhoReloadsCannotDeleteAPortfolio() throws Exception {
        SignedInAccountForTests.runAs(holder, users, FirstAdministrator.USERNAME,
                () -> users.create("boss", "boss-password-long", Role.ADMIN));
        long demo = demo();
        try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
            browser.signIn("boss", "boss-password-long");
            browser.awaitElement(By.id("delete-" + demo));
            browser.screenshot("security-admin-before-demotion");

            SignedInAccountForTests.runAs(holder, users, FirstAdministrator.USERNAME,
                    () -> users.setRole("boss", Role.ANALYST));
            browser.driver().navigate().refresh();
            browser.await(d -> d.getCurrentUrl().endsWith("/login"));
            browser.screenshot("security-demoted-admin-after-reload");

            browser.signIn("boss", "boss-password-long");
            browser.await(d -> d.findElement(By.id("portfolios")).getText().contains("Demo portfolio"));
            assertThat(browser.driver().findElements(By.id("delete-" + demo))).isEmpty();
            assertThat(browser.awaitElement(By.id("signed-in-user")).getText()).isEqualTo("boss");
            browser.open("/users");
            browser.await(d -> !d.getCurrentUrl().endsWith("/users") || d.getPageSource().contains("not")
                    || d.findElements(By.id("users")).isEmpty());
            assertThat(browser.driver().findElements(By.id("users"))).isEmpty();
            assertThat(store.find(demo)).isPresent();
        }
    }

    @Test
    void theAppAndTheDashboardChartsWorkUnderTheContentSecurityPolicy() {
        long demo = demo();
        try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
            browser.signIn("admin", "admin-password-for-tests");
            browser.awaitElement(By.id("portfolios"));
            browser.open("/dashboard/" + demo);
            browser.click(browser.awaitElement(By.id("compute")));
            for (String chart : List.of("chart-ladder", "chart-borrowers", "chart-sectors")) {
                browser.await(d -> paintedPixels(browser, chart) > 500);
            }
            browser.open("/notes/" + demo);
            browser.await(d -> !NoteBrowserTest.gridText(browser, "notes").isEmpty());
            browser.screenshot("security-dashboard-under-csp");
            List<String> console = browser.consoleMessages();
            assertThat(console).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));

            // The check sees a violation when there is one: a script from elsewhere is refused and reported.
            browser.script("const s = document.createElement('script'); s.src = 'http://198.51.100.1/x.js';"
                    + "document.head.appendChild(s);");
            browser.await(d -> browser.consoleMessages().stream().anyMatch(m -> m.contains("Content Security Policy")));
        }
    }

    @Test
    void anOversizedUploadIsAnswered413() {
        try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
            browser.signIn("admin", "admin-password-for-tests");
            browser.click(browser.awaitElement(By.id("import-portfolio")));
            browser.awaitElement(By.id("import-notes"));
            Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "const up = document.getElementById('import-notes'); const form = new FormData();"
                    + "form.append('file', new Blob([new Uint8Array(2 * 1024 * 1024)]), 'big.csv');"
                    + "fetch(up.target, {method: 'POST', body: form}).then(r => done(r.status), e => done(String(e)));");
            // The refusal's message reaches the dialog at the UI's next round trip (UploadReceiverTest).
            assertThat(status).isEqualTo(413L);
        }
    }

    /** How many pixels of a chart's canvas are painted (not fully transparent). */
    private static long paintedPixels(Browser browser, String chartId) {
        Object n = browser.script("const c = document.querySelector('#' + arguments[0] + ' canvas');"
                + "if (!c || !c.width) return 0; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;", chartId);
        return ((Number) n).longValue();
    }
}
