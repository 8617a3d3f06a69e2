package com.notefolio.reports.export;

import static com.notefolio.reports.export.PortfolioAndScenarioWorkbooksTest.assertEveryKpi;
import static com.notefolio.reports.export.PortfolioAndScenarioWorkbooksTest.engine;
import static com.notefolio.reports.export.PortfolioAndScenarioWorkbooksTest.formula;
import static com.notefolio.reports.export.PortfolioAndScenarioWorkbooksTest.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.io.NoteJson;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.reports.Gnumeric;
import com.notefolio.reports.portfolio.PortfolioProjectionWorkbook;
import com.notefolio.reports.workbook.StreamedTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio projection of examples/note-ppp.json (an SBA PPP note: $20,000 at 1% 30/360, deferred through
 * 4 November 2020 with the interest spread over the 18 installments after, $15,000 forgiven on 15 October
 * 2020) and examples/note-grid.json (up to $300,000 at 6% ACT/360, interest only, advances of $100,000,
 * $50,000 and $75,000 in 2024), recalculated by Gnumeric on 20 October 2020: the Flows carry each row's
 * kind and carried interest, and the Summary's formulas over them give the hand-worked figures and the
 * engine's.
 */
class StructuredPortfolioProjectionTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final LocalDate AS_OF = LocalDate.of(2020, 10, 20);
    /** The Flows' columns after the PV, 0-based. */
    static final int KIND = 13;
    static final int DEFERRED = 14;

    @TempDir
    Path dir;

    @Test
    void theFlowsOfStructuredNotesHaveTheirKindsAndTheSummaryTheirCash() throws Exception {
        List<Position> positions = List.of(Position.atPar(NoteJson.read(EXAMPLES.resolve("note-ppp.json"))),
                Position.atPar(NoteJson.read(EXAMPLES.resolve("note-grid.json"))));
        Path file = dir.resolve("structured.xlsx");
        WorkbookExports.portfolioProjection(positions.iterator(), AS_OF, FlatRate.of(0.06),
                StreamedTable.EXCEL_ROW_LIMIT, file);
        try (XSSFWorkbook wb = Gnumeric.recalculate(file)) {
            Sheet flows = wb.getSheet("Flows");
            assertThat(flows.getRow(0).getCell(KIND).getStringCellValue()).startsWith("Kind");
            // The PPP note's 25 rows, then the grid note's 8.
            assertThat(flows.getLastRowNum()).isEqualTo(25 + 8);
            assertThat(text(flows.getRow(1), KIND)).isEqualTo("DEFERRAL");
            assertThat(flows.getRow(1).getCell(DEFERRED).getNumericCellValue()).isCloseTo(16.67, within(1e-9));
            Row forgiven = flows.getRow(6);
            assertThat(text(forgiven, KIND)).isEqualTo("FORGIVENESS");
            // 15,000 paid to the holder, all of it principal; 5 × 16.67 + 6.11 carried.
            assertThat(forgiven.getCell(7).getNumericCellValue()).isEqualTo(15_000.00);
            assertThat(forgiven.getCell(6).getNumericCellValue()).isEqualTo(15_000.00);
            assertThat(forgiven.getCell(DEFERRED).getNumericCellValue()).isCloseTo(89.46, within(1e-9));
            // The first installment: a scheduled row, its kind blank, 86.99 still carried.
            assertThat(text(flows.getRow(8), KIND)).isEmpty();
            assertThat(flows.getRow(8).getCell(DEFERRED).getNumericCellValue()).isCloseTo(86.99, within(1e-9));
            Row advance = flows.getRow(25 + 2);
            assertThat(advance.getCell(0).getStringCellValue()).isEqualTo("GRID-2024-01");
            assertThat(text(advance, KIND)).isEqualTo("ADVANCE");
            assertThat(advance.getCell(7).getNumericCellValue()).isEqualTo(-50_000.00);
            assertThat(advance.getCell(8).getNumericCellValue()).isEqualTo(150_000.00);

            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("USD");
            // Cash still due: the PPP note's 18 installments (17 × 279.98 + 280.03 + the 92.10 deferred =
            // 5,131.79) and all of the grid note's: 5,200.00 interest + 225,000 repaid − 125,000 advanced later.
            assertThat(round(formula(summary, 1 + PortfolioProjectionWorkbook.S_CASH_DUE), 2)).isEqualTo(110_331_79L);
            // Interest due: 39.69 + 92.10 and 5,200.00.
            assertThat(round(formula(summary, 1 + PortfolioProjectionWorkbook.S_INTEREST_DUE), 2)).isEqualTo(5_331_79L);
            assertEveryKpi(wb, engine(positions, AS_OF, FlatRate.of(0.06)), "structured");
        }
    }

    private static String text(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null ? "" : c.getStringCellValue();
    }
}
