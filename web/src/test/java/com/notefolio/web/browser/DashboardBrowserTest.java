package com.notefolio.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.portfolio.DemoPortfolio;
import com.notefolio.web.portfolio.PortfolioStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The analyst's journey in a real browser: the demo portfolio's dashboard computed on Spark with its
 * charts drawn (pixels on the canvases), a click on a borrower's bar drilling into that borrower's notes,
 * then a 10 CPR scenario on the 2003 note compared with the base case and the comparison workbook
 * downloaded and opened with POI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "notefolio.demo.notes=200"})
class DashboardBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    PortfolioStore portfolios;

    @Test
    void dashboardChartsDrillDownAndACprScenario() throws Exception {
        long demo = portfolios.idOf(DemoPortfolio.NAME).orElseThrow();
        try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
            browser.signIn("admin", "admin-password-for-tests");
            browser.awaitElement(By.id("portfolios"));

            browser.open("/dashboard/" + demo);
            browser.click(browser.awaitElement(By.id("compute")));
            browser.awaitElement(By.id("chart-borrowers"));
            for (String chart : List.of("chart-ladder", "chart-borrowers", "chart-sectors", "chart-regions",
                    "chart-maturity")) {
                browser.await(d -> paintedPixels(browser, chart) > 500);
            }
            browser.screenshot("dashboard");

            // The first bar of the top-borrowers chart, clicked where Chart.js drew it.
            WebElement canvas = browser.driver().findElement(By.cssSelector("#chart-borrowers canvas"));
            browser.script("arguments[0].scrollIntoView({block: 'center'});", canvas);
            @SuppressWarnings("unchecked")
            List<Number> bar = (List<Number>) browser.script("const c = arguments[0]; const ch = Chart.getChart(c);"
                    + "const e = ch.getDatasetMeta(0).data[0]; const r = c.getBoundingClientRect();"
                    + "return [e.x - r.width / 2, e.y - r.height / 2, ch.data.labels[0]];", canvas);
            String borrower = String.valueOf(((List<?>) browser.script("const ch = Chart.getChart(arguments[0]);"
                    + "return [ch.data.labels[0]];", canvas)).get(0));
            new Actions(browser.driver()).moveToElement(canvas, bar.get(0).intValue(), bar.get(1).intValue())
                    .click().perform();
            browser.await(d -> d.getCurrentUrl().contains("/notes/" + demo + "?") && d.getCurrentUrl().contains("exactBorrower="));
            browser.await(d -> !NoteBrowserTest.gridText(browser, "notes").isEmpty());
            assertThat(NoteBrowserTest.gridText(browser, "notes")).contains(borrower);
            browser.screenshot("drill-down");

            browser.open("/whatif/" + demo);
            browser.click(browser.awaitElement(By.id("new-scenario")));
            type(browser, "scenario-name", "10 CPR");
            WebElement kind = browser.awaitElement(By.cssSelector("#speed-kind input"));
            kind.sendKeys("CPR");
            kind.sendKeys(Keys.ENTER);
            type(browser, "speed-value", "10");
            browser.click(browser.awaitElement(By.id("save-scenario")));
            browser.await(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).isEmpty());
            WebElement asOf = browser.awaitElement(By.cssSelector("#whatif-as-of input"));
            asOf.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2004-06-01", Keys.ENTER);
            type(browser, "whatif-note", "INFINITE-2003");
            browser.click(browser.awaitElement(By.id("run-whatif")));
            browser.await(d -> NoteBrowserTest.gridText(browser, "comparison").contains("10 CPR"));
            assertThat(NoteBrowserTest.gridText(browser, "comparison")).contains("Base case");
            browser.await(d -> !NoteBrowserTest.gridText(browser, "differences").isEmpty());
            browser.screenshot("what-if");

            browser.click(browser.awaitElement(By.id("download-comparison")));
            Path workbook = browser.await(d -> NoteBrowserTest.finishedDownload(browser.downloads()));
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                StringBuilder text = new StringBuilder();
                wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                    if (cell.getCellType() == CellType.STRING) {
                        text.append(cell.getStringCellValue()).append('\n');
                    }
                })));
                assertThat(text).contains("10 CPR", "INFINITE-2003");
            }
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.awaitElement(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** How many pixels of a chart's canvas are painted (not fully transparent). */
    private static long paintedPixels(Browser browser, String chartId) {
        Object n = browser.script("const c = document.querySelector('#' + arguments[0] + ' canvas');"
                + "if (!c || !c.width || !c.height) return 0;"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;", chartId);
        return n == null ? 0 : ((Number) n).longValue();
    }
}
