package com.notefolio.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.portfolio.DemoPortfolio;
import com.notefolio.web.portfolio.PortfolioStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the notes of the demo portfolio, the 2003 note opened from the grid with its
 * schedule ($1,500.00 a month from 2003-09-12, $151,500.00 on 2006-01-12), a payoff quote for a typed date, and
 * its projection workbook
 * downloaded and opened with POI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "notefolio.demo.notes=20"})
class NoteBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    PortfolioStore portfolios;

    @Test
    void openTheNoteCheckItsScheduleAndDownloadItsWorkbook() throws Exception {
        long demo = portfolios.idOf(DemoPortfolio.NAME).orElseThrow();
        try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
            browser.signIn("admin", "admin-password-for-tests");
            browser.awaitElement(By.id("portfolios"));
            browser.open("/notes/" + demo);
            browser.await(d -> gridText(browser, "notes").contains("INFINITE-2003"));
            assertThat(browser.awaitElement(By.id("notes-count")).getText()).contains("21");
            browser.screenshot("notes-browser");

            WebElement cell = browser.await(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().equals("INFINITE-2003")).findFirst().orElse(null));
            cell.click();
            browser.await(d -> d.getCurrentUrl().matches(".*/notes/" + demo + "/\\d+(\\?.*)?$"));
            assertThat(browser.awaitElement(By.id("note-title")).getText()).contains("INFINITE-2003");

            Set<String> schedule = new HashSet<>();
            browser.await(d -> gridText(browser, "schedule").contains("2003-09-12"));
            schedule.addAll(List.of(gridText(browser, "schedule").split("\n")));
            browser.script("document.getElementById('schedule').scrollToIndex(28)");
            browser.await(d -> gridText(browser, "schedule").contains("2006-01-12"));
            schedule.addAll(List.of(gridText(browser, "schedule").split("\n")));
            assertThat(schedule).contains("2003-09-12", "1,500.00", "2006-01-12", "151,500.00");
            browser.screenshot("note-detail");

            // A payoff date typed in: 27 March 2004, 150,000.00 + 15/31 of the period's 1,500.00 (725.81) = 150,725.81.
            WebElement payoffDate = browser.awaitElement(By.cssSelector("#payoff-date input"));
            payoffDate.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2004-03-27", Keys.ENTER);
            browser.await(d -> d.findElements(By.id("payoff-total")).stream()
                    .anyMatch(e -> e.getText().equals("150,725.81 USD")));

            browser.click(browser.awaitElement(By.id("download-projection")));
            Path workbook = browser.await(d -> finishedDownload(browser.downloads()));
            assertThat(workbook.getFileName().toString()).isEqualTo("INFINITE-2003-projection.xlsx");
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(numbers(wb.getSheet("Schedule"))).contains(1500.0, 151500.0);
            }
        }
    }

    /** The text of every rendered cell of a Vaadin grid, a line each. */
    static String gridText(Browser browser, String gridId) {
        Object text = browser.script("const g = document.getElementById(arguments[0]);"
                + "return g ? Array.from(g.querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.textContent.trim()).join('\\n') : '';", gridId);
        return text == null ? "" : text.toString();
    }

    /**
     * A downloaded file once Chromium has finished writing it, else null. Chromium may put the final
     * name down empty before it moves the written data over it (seen on CI), so an empty file is not
     * finished yet: none of the files these tests download is ever empty. While it writes, Chromium also
     * keeps a hidden temporary file ({@code .org.chromium.Chromium.XXXX}, seen on a loaded machine) or a
     * {@code .crdownload}: while either is there the download is not finished.
     */
    static Path finishedDownload(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            if (all.isEmpty() || all.stream().anyMatch(p -> p.toString().endsWith(".crdownload")
                    || p.getFileName().toString().startsWith("."))) {
                return null;
            }
            Path file = all.get(0);
            return Files.size(file) > 0 ? file : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static List<Double> numbers(Sheet sheet) {
        assertThat(sheet).as("Schedule sheet").isNotNull();
        java.util.ArrayList<Double> values = new java.util.ArrayList<>();
        sheet.forEach(row -> row.forEach((Cell c) -> {
            if (c.getCellType() == CellType.NUMERIC) {
                values.add(c.getNumericCellValue());
            }
        }));
        return values;
    }
}
