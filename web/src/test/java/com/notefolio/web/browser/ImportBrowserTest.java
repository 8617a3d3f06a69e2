package com.notefolio.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.testing.StoredPortfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Importing through the browser, over real HTTP uploads: the example notes and their stated schedules
 * become a portfolio (named with HTML, which shows as text); a file with bad rows is refused with a
 * report of every bad row, downloadable as CSV, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "notefolio.demo.notes=-1"})
class ImportBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @Test
    void uploadAPortfolioThenSeeABadFileRefusedWithItsReport() throws Exception {
        Path examples = StoredPortfolios.examplesDir();
        Path bad = dir.resolve("bad-notes.csv");
        Files.writeString(bad, """
                note_id,principal,annual_rate,issue_date,maturity_date,amortization
                OK-1,1000.00,0.05,2024-01-15,2026-01-15,LEVEL_PAYMENT
                BAD-1,abc,0.05,2024-01-15,2026-01-15,LEVEL_PAYMENT
                BAD-2,1000.00,0.05,2024-01-15,2023-01-15,LEVEL_PAYMENT
                """);
        try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
            browser.signIn("admin", "admin-password-for-tests");
            browser.awaitElement(By.id("import-portfolio")).click();
            browser.awaitElement(By.id("import-name"));
            upload(browser, "import-notes", examples.resolve("notes.csv"));
            browser.await(d -> d.findElement(By.id("import-notes-name")).getText().equals("notes.csv"));
            upload(browser, "import-schedules", examples.resolve("schedules.csv"));
            browser.await(d -> d.findElement(By.id("import-schedules-name")).getText().equals("schedules.csv"));
            browser.script("const f = document.getElementById('import-name'); f.value = arguments[0];"
                    + "f.dispatchEvent(new Event('change'));", "<b>Uploaded</b> examples");
            browser.screenshot("import-dialog");
            browser.click(browser.awaitElement(By.id("import-start")));
            browser.await(d -> d.findElement(By.id("portfolios")).getText().contains("<b>Uploaded</b> examples"));
            assertThat(browser.script("return document.querySelectorAll('#portfolios b').length")).isEqualTo(0L);
            assertThat(browser.driver().findElement(By.id("portfolios")).getText()).contains("8");
            browser.screenshot("imported");

            browser.awaitElement(By.id("import-portfolio")).click();
            browser.awaitElement(By.id("import-name"));
            upload(browser, "import-notes", bad);
            browser.await(d -> d.findElement(By.id("import-notes-name")).getText().equals("bad-notes.csv"));
            browser.click(browser.awaitElement(By.id("import-start")));
            WebElement errors = browser.awaitElement(By.id("import-errors"));
            browser.await(d -> NoteBrowserTest.gridText(browser, "import-errors").contains("principal"));
            String report = NoteBrowserTest.gridText(browser, "import-errors");
            assertThat(report).contains("3", "principal", "abc", "4", "maturity_date");
            assertThat(errors.isDisplayed()).isTrue();
            browser.screenshot("import-refused");

            browser.click(browser.awaitElement(By.id("import-errors-download")));
            Path csv = browser.await(d -> NoteBrowserTest.finishedDownload(browser.downloads()));
            assertThat(Files.readString(csv)).contains("principal", "abc", "maturity_date");
        }
    }

    /** Hands a file to a vaadin-upload through its file input, as a user choosing it does. */
    private static void upload(Browser browser, String uploadId, Path file) {
        WebElement upload = browser.awaitElement(By.id(uploadId));
        SearchContext root = upload.getShadowRoot();
        WebElement input = root.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
    }

}
