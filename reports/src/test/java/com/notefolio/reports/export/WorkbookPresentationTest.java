package com.notefolio.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.reports.LibreOffice;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.reports.workbook.StreamedTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the workbooks show their figures and print: formats, inputs, print setup, document properties. */
class WorkbookPresentationTest {

    /** A figure that prints as a negative zero: −0.00, -0.0000%, (0.00). */
    static final Pattern NEGATIVE_ZERO = Pattern.compile("^(-0([.,]0+)?(%| .*)?|\\(0([.,]0+)?\\).*)$");

    @TempDir
    Path dir;

    List<Path> exports() {
        List<Position> notes = PortfolioAndScenarioWorkbooksTest.examples();
        Path note = dir.resolve("note.xlsx");
        WorkbookExports.noteProjection(notes.get(0), LocalDate.of(2004, 6, 30), FlatRate.of(0.10), note);
        Path curve = dir.resolve("note-curve.xlsx");
        WorkbookExports.noteProjection(notes.get(0), LocalDate.of(2004, 6, 30),
                com.notefolio.core.io.CurveCsvReader.read(PortfolioAndScenarioWorkbooksTest.EXAMPLES.resolve("curve.csv")),
                curve);
        Path portfolio = dir.resolve("portfolio.xlsx");
        WorkbookExports.portfolioProjection(notes.iterator(), LocalDate.of(2022, 6, 30), FlatRate.of(0.07),
                StreamedTable.EXCEL_ROW_LIMIT, portfolio);
        Path scenarios = dir.resolve("scenarios.xlsx");
        WorkbookExports.scenarioComparison(notes.iterator(), ExportAssumptions.of(LocalDate.of(2004, 1, 1),
                        FlatRate.of(0.10)), FlatRate.of(0.10),
                ScenarioJson.read(PortfolioAndScenarioWorkbooksTest.EXAMPLES.resolve("scenarios.json")),
                StreamedTable.EXCEL_ROW_LIMIT, scenarios);
        return List.of(note, curve, portfolio, scenarios);
    }

    @Test
    void noFigurePrintsAsANegativeZeroCachedOrRecalculatedInLibreOffice() throws Exception {
        List<Path> files = exports();
        List<Path> all = new ArrayList<>(files);
        all.addAll(LibreOffice.recalculate(files, dir.resolve("lo")));
        DataFormatter formatter = new DataFormatter(java.util.Locale.US);
        for (Path file : all) {
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                int numbers = 0;
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                    : cell.getCellType();
                            if (type != CellType.NUMERIC) {
                                continue;
                            }
                            numbers++;
                            String shown = formatter.formatRawCellContents(cell.getNumericCellValue(),
                                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                            assertThat(shown).as("%s %s!%s", file.getFileName(), sheet.getSheetName(),
                                    cell.getAddress()).doesNotMatch(NEGATIVE_ZERO);
                        }
                    }
                }
                assertThat(numbers).isGreaterThan(100);
            }
        }
    }

    @Test
    void ratesArePercentagesShiftsBasisPointsNegativesInParenthesesAndInputsMarkedAndValidated() throws Exception {
        List<Path> files = exports();
        try (XSSFWorkbook note = new XSSFWorkbook(files.get(0).toFile());
             XSSFWorkbook curve = new XSSFWorkbook(files.get(1).toFile());
             XSSFWorkbook scenarios = new XSSFWorkbook(files.get(3).toFile())) {
            Sheet summary = note.getSheet("Summary");
            assertThat(summary.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0000%");
            assertThat(summary.getRow(1).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00 \"USD\";(#,##0.00) \"USD\";0.00 \"USD\"");
            Sheet assumptions = note.getSheet("Assumptions");
            Cell rate = assumptions.getRow(2).getCell(1);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0000%");
            for (int r = 1; r <= 3; r++) {
                Cell input = assumptions.getRow(r).getCell(1);
                assertThat(input.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(input.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            }
            assertThat(assumptions.getDataValidations()).hasSize(3);
            assertThat(curve.getSheet("Assumptions").getRow(2).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("0.00\" bp\"");
            assertThat(curve.getSheet("Curve").getDataValidations()).hasSize(2);
            // ΔYield of a scenario is a spread: basis points.
            assertThat(scenarios.getSheet("Measures").getRow(0).getCell(10).getStringCellValue()).isEqualTo("ΔYield (bp)");
            assertThat(scenarios.getSheet("Measures").getRow(1).getCell(10).getCellStyle().getDataFormatString())
                    .isEqualTo("0.00\" bp\"");
            // Clean value and the prices as a share of par.
            assertThat(summary.getRow(15).getCell(0).getStringCellValue()).startsWith("Clean value");
            assertThat(summary.getRow(16).getCell(0).getStringCellValue()).isEqualTo("Clean price, % of par");
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRepeatedAndTheAsOfDateInTheFooter() throws Exception {
        for (Path file : exports()) {
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                for (Sheet sheet : wb) {
                    String where = file.getFileName() + " " + sheet.getSheetName();
                    assertThat(sheet.getPrintSetup().getLandscape()).as(where).isTrue();
                    assertThat(sheet.getFitToPage()).as(where).isTrue();
                    assertThat(sheet.getPrintSetup().getFitWidth()).as(where).isEqualTo((short) 1);
                    assertThat(sheet.getPrintSetup().getFitHeight()).as(where).isEqualTo((short) 0);
                    assertThat(sheet.getFooter().getCenter()).as(where).startsWith("As of ");
                    if (!sheet.getSheetName().equals("Charts")) {
                        assertThat(sheet.getRepeatingRows()).as(where).isNotNull();
                    }
                }
                var props = wb.getProperties();
                assertThat(props.getCoreProperties().getTitle()).startsWith("Notefolio");
                assertThat(props.getCoreProperties().getCreator()).isEqualTo("Notefolio 0.1.0");
                assertThat(props.getCustomProperties().getProperty("AsOf").getLpwstr()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
    }
}
