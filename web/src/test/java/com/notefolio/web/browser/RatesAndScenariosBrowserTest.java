package com.notefolio.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.portfolio.DemoPortfolio;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.security.Role;
import com.notefolio.web.security.UserAccounts;
import com.notefolio.web.testing.StoredPortfolios;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Floating notes and scenario checks in headless Chromium. The portfolio of examples/notes-rates.csv with
 * its fixings and curves: FLOAT-SOFR-2023's screen states its rate terms in words and the 8% its
 * 2024-01-15 reset gives (SOFR 5.31% read 45 days before, + 2.75%, rounded to 1/8 %), and its dashboard
 * computes, splitting the book by index. On the demo's 2003 note, a prepayment above the balance is
 * refused at Save beside its field; a saved prepayment already past at the as-of date is left out of the
 * comparison with the reason while the other scenario runs. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "notefolio.demo.notes=200", "notefolio.jobs.workers=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatesAndScenariosBrowserTest {

    private static final String ANALYST = "rita";
    private static final String PASSWORD = "analyst-password-2";

    @LocalServerPort
    int port;
    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    IndexDataStore indexData;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserAccounts users;
    @Autowired
    SecurityContextHolderStrategy security;

    long rates;
    long demo;

    @BeforeAll
    void portfolioAndAnalyst() {
        demo = portfolios.idOf(DemoPortfolio.NAME).orElseThrow();
        rates = new StoredPortfolios(portfolios, notes, transaction).store("rates", StoredPortfolios.rateExamples());
        transaction.executeWithoutResult(s -> indexData.save(rates, StoredPortfolios.rateExampleIndexData()));
        var context = security.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN_AUTHORITY))));
        security.setContext(context);
        try {
            users.create(ANALYST, PASSWORD, Role.ANALYST);
        } finally {
            security.clearContext();
        }
    }

    private Browser browser() {
        Browser browser = new Browser("http://127.0.0.1:" + port);
        browser.driver().manage().window().setSize(new Dimension(1600, 1000));
        return browser;
    }

    @Test
    void aFloatingNoteShowsItsRateTermsAndRatesAndItsPortfolioDashboardSplitsByIndex() {
        long row = notes.findByNoteId(rates, "FLOAT-SOFR-2023").orElseThrow().id();
        try (Browser browser = browser()) {
            browser.signIn(ANALYST, PASSWORD);
            browser.awaitElement(By.id("portfolios"));
            browser.open("/notes/" + rates + "/" + row);
            assertThat(browser.awaitElement(By.id("term-rate-kind")).getText()).isEqualTo("Floating");
            assertThat(browser.awaitElement(By.id("term-reset-rule")).getText())
                    .startsWith("SOFR + 2.75%, rounded to the nearest 0.125%");
            assertThat(browser.awaitElement(By.id("term-lookback")).getText()).startsWith("45 calendar days");
            browser.await(d -> NoteBrowserTest.gridText(browser, "schedule").contains("8%"));
            assertThat(browser.awaitElement(By.id("measure-discount-margin")).getText()).endsWith(" bp");
            browser.screenshot("floating-note");

            browser.open("/dashboard/" + rates + "?asOf=2024-06-30");
            WebElement share = browser.awaitElement(By.id("floating-share"));
            // Every note but the stepped one floats for part of its life: most of the principal.
            assertThat(share.getText()).endsWith("%");
            String indexes = browser.awaitElement(By.id("table-indexes")).getText();
            assertThat(indexes).contains("SOFR", "PRIME", "Fixed");
            browser.screenshot("floating-dashboard");
        }
    }

    @Test
    void aPrepaymentAboveTheBalanceIsRefusedAtSaveAndOnePastTheAsOfDateIsLeftOutOfTheRun() {
        try (Browser browser = browser()) {
            browser.signIn(ANALYST, PASSWORD);
            browser.awaitElement(By.id("portfolios"));
            browser.open("/whatif/" + demo);
            browser.click(browser.awaitElement(By.id("new-scenario")));
            browser.awaitElement(By.cssSelector("vaadin-dialog-overlay"));
            type(browser, "scenario-name", "payoff June 2004");
            type(browser, "prepayment-note", "INFINITE-2003");
            WebElement date = browser.awaitElement(By.cssSelector("#prepayment-date input"));
            date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2004-06-12", Keys.ENTER);
            type(browser, "prepayment-amount", "200000");
            browser.click(browser.awaitElement(By.id("save-scenario")));
            WebElement amount = browser.awaitElement(By.id("prepayment-amount"));
            browser.await(d -> {
                String error = amount.getDomProperty("errorMessage");
                return error != null && !error.isEmpty() ? error : null;
            });
            assertThat(amount.getDomProperty("errorMessage")).as(browser.awaitElement(By.id("scenario-message")).getText())
                    .contains("exceeds the balance");
            browser.screenshot("whatif-refused-at-save");

            type(browser, "prepayment-amount", "50000");
            browser.click(browser.awaitElement(By.id("save-scenario")));
            browser.await(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).isEmpty());
            browser.click(browser.awaitElement(By.id("new-scenario")));
            browser.awaitElement(By.cssSelector("vaadin-dialog-overlay"));
            type(browser, "scenario-name", "10 CPR");
            WebElement kind = browser.awaitElement(By.cssSelector("#speed-kind input"));
            kind.sendKeys("CPR");
            kind.sendKeys(Keys.ENTER);
            type(browser, "speed-value", "10");
            browser.click(browser.awaitElement(By.id("save-scenario")));
            browser.await(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).isEmpty());

            WebElement asOf = browser.awaitElement(By.cssSelector("#whatif-as-of input"));
            asOf.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2004-07-01", Keys.ENTER);
            type(browser, "whatif-note", "INFINITE-2003");
            browser.click(browser.awaitElement(By.id("run-whatif")));
            browser.await(d -> NoteBrowserTest.gridText(browser, "comparison").contains("10 CPR"));
            assertThat(NoteBrowserTest.gridText(browser, "comparison")).doesNotContain("payoff June 2004");
            WebElement refused = browser.awaitElement(By.id("refused-scenarios"));
            assertThat(refused.getText()).contains("payoff June 2004", "is not after the as-of date 2004-07-01");
            browser.screenshot("whatif-left-out");
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.awaitElement(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }
}
