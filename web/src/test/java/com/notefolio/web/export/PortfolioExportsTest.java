package com.notefolio.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import com.notefolio.web.portfolio.PortfolioStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Exports of a stored portfolio (H2 here, PostgreSQL in the subclass): every stored note reaches the
 * workbook, each scenario sits beside the base case, and the tables zip holds the ladder and exposure.
 */
@SpringBootTest
@WithMockUser(username = "ann", roles = "ANALYST")
class PortfolioExportsTest {

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    PortfolioExports exports;

    @TempDir
    Path dir;
    long portfolioId;
    final List<Position> stored = new ArrayList<>();

    @BeforeEach
    void store() {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(11, 300);
        List<NewNote> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            stored.add(generator.note(i));
            batch.add(new NewNote(i + 2, stored.get(i)));
        }
        portfolioId = portfolios.insert("exports " + System.nanoTime(), null, "test");
        notes.insert(portfolioId, batch);
    }

    @Test
    void thePortfolioProjectionHoldsEveryStoredNote() throws Exception {
        Path file = dir.resolve("projection.xlsx");
        assertThat(exports.portfolioProjection(portfolioId, LocalDate.of(2024, 6, 30), 0.08, file)).isEqualTo(300);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet measures = wb.getSheet("Notes");
            assertThat(measures).isNotNull();
            List<String> ids = new ArrayList<>();
            for (Row row : measures) {
                if (row.getRowNum() > 0 && row.getCell(0) != null) {
                    ids.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(stored.stream().map(p -> p.terms().id()).toList());
        }
    }

    @Test
    void theScenarioComparisonPutsEachScenarioBesideTheBase() throws Exception {
        Path file = dir.resolve("comparison.xlsx");
        Scenario cpr = new Scenario("10 CPR", List.of(), PrepaymentSpeed.cpr(0.10), null, List.of(), 0);
        Scenario shock = new Scenario("+100bp", List.of(), null, null, List.of(), 100);
        assertThat(exports.scenarioComparison(portfolioId, LocalDate.of(2024, 6, 30), 0.08, List.of(cpr, shock), file))
                .isEqualTo(300);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            StringBuilder text = new StringBuilder();
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\n');
                }
            })));
            assertThat(text).contains("base", "10 CPR", "+100bp");
        }
    }

    @Test
    void theTablesZipHoldsTheLadderExposureAndTheirAssumptions() throws Exception {
        Path file = dir.resolve("tables.zip");
        exports.ladderAndExposure(portfolioId, LocalDate.of(2024, 6, 30), 0.08, file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).containsExactly("ladder.csv", "exposure.csv", "assumptions.csv");
            String assumptions = new String(zip.getInputStream(zip.getEntry("assumptions.csv")).readAllBytes());
            assertThat(assumptions).startsWith("assumption,value").contains("As-of date,2024-06-30")
                    .contains("Flat discount rate 8").contains("Notefolio portfolio " + portfolioId);
            String exposure = new String(zip.getInputStream(zip.getEntry("exposure.csv")).readAllBytes());
            assertThat(exposure).startsWith("dimension,currency,group,notes").contains("SECTOR");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("tables.zip");
        }
    }
}
