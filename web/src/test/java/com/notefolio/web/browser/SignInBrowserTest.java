package com.notefolio.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in and out in a real browser: an anonymous visitor is sent to the login page, a wrong
 * password is refused, the administrator lands on the portfolios with the demo portfolio listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "notefolio.demo.notes=20"})
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void signInShowsThePortfoliosAndSignOutEndsTheSession() {
        try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
            browser.open("/");
            browser.await(d -> d.getCurrentUrl().endsWith("/login"));
            browser.awaitElement(By.id("vaadinLoginUsername"));
            browser.screenshot("sign-in-page");

            browser.signIn("admin", "wrong password");
            browser.await(d -> d.getCurrentUrl().contains("error"));

            browser.signIn("admin", "admin-password-for-tests");
            browser.awaitElement(By.id("portfolios"));
            String user = browser.awaitElement(By.id("signed-in-user")).getText();
            assertThat(user).isEqualTo("admin (admin)");
            browser.await(d -> d.findElement(By.id("portfolios")).getText().contains("Demo portfolio"));
            browser.screenshot("portfolios");

            browser.awaitElement(By.id("sign-out")).click();
            browser.await(d -> d.getCurrentUrl().endsWith("/login"));
            browser.open("/");
            browser.await(d -> d.getCurrentUrl().endsWith("/login"));
        }
    }
}
