package com.notefolio.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.testing.StoredPortfolios;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports of a stored portfolio (H2 here, PostgreSQL in the subclass): every stored note reaches the
 * workbook, each scenario sits beside the base case, the tables zip holds the ladder and exposure, and
 * floating notes are valued on the portfolio's stored index data.
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
    @Autowired
    IndexDataStore indexData;
    @Autowired
    TransactionTemplate transaction;

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
        assertThat(exports.portfolioProjection(portfolioId, LocalDate.of(2024, 6, 30), FlatRate.of(0.08), file)).isEqualTo(300);
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
        assertThat(exports.scenarioComparison(portfolioId, LocalDate.of(2024, 6, 30), FlatRate.of(0.08), List.of(cpr, shock), file))
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
        exports.ladderAndExposure(portfolioId, LocalDate.of(2024, 6, 30), FlatRate.of(0.08), file);
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

    /**
     * examples/notes-rates.csv (two floating notes, a stepped one, a fixed-to-floating conversion) stored with
     * examples/fixings.csv and index-curve.csv: both workbooks price every note on that data, as the core's
     * position pricer does given the same data, on a flat rate and on a zero curve.
     */
    @Test
    void floatingNotesExportOnThePortfoliosIndexData() throws Exception {
        List<Position> positions = StoredPortfolios.rateExamples();
        PortfolioIndexData index = StoredPortfolios.rateExampleIndexData();
        long id = new StoredPortfolios(portfolios, notes, transaction).store("rates", positions);
        transaction.executeWithoutResult(status -> indexData.save(id, index));
        LocalDate asOf = LocalDate.of(2025, 6, 30);

        FlatRate flat = FlatRate.of(0.08);
        Path projection = dir.resolve("rates-projection.xlsx");
        assertThat(exports.portfolioProjection(id, asOf, flat, projection)).isEqualTo(positions.size());
        try (InputStream in = Files.newInputStream(projection); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // Notes: note id in column A, the engine's NPV in column G.
            for (Position p : positions) {
                assertThat(cell(wb.getSheet("Notes"), p.terms().id(), 6))
                        .as(p.terms().id()).isEqualTo(corePrice(p, asOf, flat, index, List.of()).measures().npv());
            }
            assertThat(wb.getSheet("Index")).isNotNull();
            assertThat(text(wb.getSheet("Assumptions"))).contains("Index SOFR", "Index PRIME");
        }

        ZeroCurve zero = ZeroCurve.of(new double[] {1, 5}, new double[] {0.05, 0.07});
        Scenario defaults = new Scenario("2 CDR 40% severity", List.of(), null, new DefaultSpeed(0.02, 0.40, 12),
                List.of(), 0);
        Path comparison = dir.resolve("rates-comparison.xlsx");
        assertThat(exports.scenarioComparison(id, asOf, zero, List.of(defaults), comparison))
                .isEqualTo(positions.size());
        try (InputStream in = Files.newInputStream(comparison); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet measures = wb.getSheet("Measures");
            for (Position p : positions) {
                PositionResult core = corePrice(p, asOf, zero, index, List.of(defaults));
                // Measures: note in A, scenario no. in B (0 the base, 1 the default scenario), NPV in F.
                assertThat(measuresNpv(measures, p.terms().id(), 0)).as(p.terms().id() + " base")
                        .isEqualTo(core.cases().get(0).measures().npv());
                assertThat(measuresNpv(measures, p.terms().id(), 1)).as(p.terms().id() + " defaults")
                        .isEqualTo(core.cases().get(1).measures().npv());
            }
            assertThat(text(wb.getSheet("Assumptions"))).contains("Zero curve", "Index SOFR");
        }
    }

    /** The core alone: one note priced on the index data as stored, beside {@code scenarios}. */
    private static PositionResult corePrice(Position p, LocalDate asOf, DiscountCurve curve, PortfolioIndexData index,
                                            List<Scenario> scenarios) {
        return PositionPricer.price(p, asOf, curve, index.indexData(), scenarios);
    }

    private static double cell(Sheet sheet, String noteId, int column) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0) != null && noteId.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(column).getNumericCellValue();
            }
        }
        throw new AssertionError("no row of " + noteId + " on " + sheet.getSheetName());
    }

    private static double measuresNpv(Sheet sheet, String noteId, int scenario) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0) != null && noteId.equals(row.getCell(0).getStringCellValue())
                    && row.getCell(1).getNumericCellValue() == scenario) {
                return row.getCell(5).getNumericCellValue();
            }
        }
        throw new AssertionError("no row of " + noteId + ", scenario " + scenario);
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                text.append(cell.getStringCellValue()).append('\n');
            }
        }));
        return text.toString();
    }
}
