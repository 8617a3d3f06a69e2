package com.notefolio.reports.note;

import static com.notefolio.reports.note.NoteProjectionWorkbook.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.reports.Gnumeric;
import com.notefolio.reports.LibreOffice;
import com.notefolio.reports.SortedRows;
import com.notefolio.reports.workbook.WorkbookFile;
import java.io.FileOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note projection as an analyst uses it: read by a program that does not recalculate, it shows the
 * engine's figures (the cached values); with its AsOf, DiscountRate (or CurveShift) and Price changed
 * through POI and the file recalculated by Gnumeric and by LibreOffice, every Summary figure equals the
 * engine re-run with those assumptions; with its Schedule table sorted another way, nothing moves.
 */
class NoteProjectionAssumptionsTest {

    /** XIRR in Gnumeric and LibreOffice stops at its own tolerance; the engine's Newton root is within 1e-10. */
    static final double RATE_TOLERANCE = 1e-9;
    /** Durations and convexity come from the engine's last Newton step, within 1e-10 of the yield (NotePricer). */
    static final double YEARS_TOLERANCE = 1e-7;
    /** WAL and the shares of par are ratios of exact sums: both sides agree to rounding. */
    static final double RATIO_TOLERANCE = 1e-9;

    @TempDir
    Path dir;

    /** One check: a note exported at one set of assumptions, then edited to another. */
    record Case(String id, LocalDate asOf, DiscountCurve curve, LocalDate newAsOf, double newRateOrShiftBp,
                double priceOfPar) {
    }

    @Test
    void readWithoutRecalculatingTheCachedValuesAreTheEnginesFigures() throws Exception {
        for (String id : List.of("INFINITE-2003", "CP-HARBOR-2020", "SAKURA-2023")) {
            Position p = NoteProjectionWorkbookTest.example(id);
            LocalDate asOf = LocalDate.of(id.equals("INFINITE-2003") ? 2004 : 2024, 6, 30);
            Schedule s = ScheduleResolver.resolve(p.terms());
            NoteMeasures m = NotePricer.measures(s, asOf, p.priceAt(s, asOf), FlatRate.of(0.07));
            Path file = export(p, asOf, FlatRate.of(0.07));
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                // No evaluator touches the file: these are the values written in the cells.
                assertFigures(wb, s, m, FlatRate.of(0.07), id + " cached");
                assertThat(wb.getForceFormulaRecalculation()).isTrue();
            }
        }
    }

    @Test
    void changedAssumptionsRecalculateToTheEngineRerunInGnumericAndLibreOffice() throws Exception {
        DiscountCurve curve = NoteProjectionWorkbookTest.curve();
        List<Case> cases = List.of(
                new Case("INFINITE-2003", LocalDate.of(2004, 6, 30), FlatRate.of(0.10), LocalDate.of(2004, 11, 20), 0.085, 0.99),
                new Case("CP-HARBOR-2020", LocalDate.of(2022, 6, 30), FlatRate.of(0.07), LocalDate.of(2023, 2, 27), 0.055, 0.97),
                new Case("BULLET-RHEIN-2022", LocalDate.of(2022, 6, 30), FlatRate.of(0.07), LocalDate.of(2024, 2, 29), 0.031, 1.02),
                new Case("CEDAR-Q-2021", LocalDate.of(2022, 6, 30), FlatRate.of(0.07), LocalDate.of(2023, 1, 17), 0.09, 0.955),
                new Case("SAKURA-2023", LocalDate.of(2023, 6, 30), FlatRate.of(0.02), LocalDate.of(2024, 12, 31), 0.012, 1.0),
                new Case("NORDIC-2019", LocalDate.of(2022, 6, 30), FlatRate.of(0.07), LocalDate.of(2023, 8, 31), 0.045, 0.93),
                new Case("EQUIP-2024", LocalDate.of(2024, 1, 1), FlatRate.of(0.07), LocalDate.of(2024, 5, 12), 0.08, 1.0),
                new Case("INFINITE-2003", LocalDate.of(2004, 6, 30), curve, LocalDate.of(2004, 9, 3), 35, 0.98));
        List<Path> edited = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        for (Case c : cases) {
            Position p = NoteProjectionWorkbookTest.example(c.id());
            Schedule s = ScheduleResolver.resolve(p.terms());
            Path file = export(p, c.asOf(), c.curve());
            long outstanding = s.outstandingMinor((int) c.newAsOf().toEpochDay());
            BigDecimal price = BigDecimal.valueOf(outstanding, s.scale()).multiply(BigDecimal.valueOf(c.priceOfPar()))
                    .setScale(s.scale(), RoundingMode.HALF_EVEN);
            DiscountCurve newCurve = c.curve() instanceof FlatRate ? FlatRate.of(c.newRateOrShiftBp())
                    : c.curve().shifted(c.newRateOrShiftBp());
            Path changed = dir.resolve("edited-" + edited.size() + "-" + c.id() + ".xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                cell(wb, "AsOf").setCellValue(c.newAsOf());
                cell(wb, c.curve() instanceof FlatRate ? "DiscountRate" : "CurveShift").setCellValue(c.newRateOrShiftBp());
                cell(wb, "Price").setCellValue(price.doubleValue());
                try (FileOutputStream out = new FileOutputStream(changed.toFile())) {
                    wb.write(out);
                }
            }
            edited.add(changed);
            NoteMeasures rerun = NotePricer.measures(s, c.newAsOf(), Money.of(price, p.terms().currency()), newCurve);
            expected.add(new Expected(s, rerun, newCurve, c.toString()));
        }
        List<Path> libre = LibreOffice.recalculate(edited, dir.resolve("libreoffice"));
        for (int i = 0; i < edited.size(); i++) {
            Expected e = expected.get(i);
            try (XSSFWorkbook wb = Gnumeric.recalculate(edited.get(i))) {
                assertFigures(wb, e.schedule(), e.measures(), e.curve(), "Gnumeric " + e.what());
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(libre.get(i).toFile())) {
                assertFigures(wb, e.schedule(), e.measures(), e.curve(), "LibreOffice " + e.what());
            }
        }
    }

    record Expected(Schedule schedule, NoteMeasures measures, DiscountCurve curve, String what) {
    }

    @Test
    void sortingTheScheduleTableChangesNoFigure() throws Exception {
        List<Path> sorted = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        for (Object[] c : new Object[][] {{"INFINITE-2003", LocalDate.of(2004, 6, 30), FlatRate.of(0.10)},
            {"CEDAR-Q-2021", LocalDate.of(2022, 8, 15), FlatRate.of(0.07)},
            {"INFINITE-2003", LocalDate.of(2004, 9, 3), NoteProjectionWorkbookTest.curve()}}) {
            Position p = NoteProjectionWorkbookTest.example((String) c[0]);
            LocalDate asOf = (LocalDate) c[1];
            DiscountCurve curve = (DiscountCurve) c[2];
            Schedule s = ScheduleResolver.resolve(p.terms());
            Path file = export(p, asOf, curve);
            Path out = dir.resolve("sorted-" + sorted.size() + ".xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                Sheet schedule = wb.getSheet("Schedule");
                // Newest due date first: what sorting the Due date column descending gives.
                SortedRows.reverse(schedule, 1, s.size());
                assertThat(schedule.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(s.size());
                try (FileOutputStream o = new FileOutputStream(out.toFile())) {
                    wb.write(o);
                }
            }
            sorted.add(out);
            expected.add(new Expected(s, NotePricer.measures(s, asOf, p.priceAt(s, asOf), curve), curve, c[0] + " sorted"));
        }
        List<Path> libre = LibreOffice.recalculate(sorted, dir.resolve("libreoffice-sorted"));
        for (int i = 0; i < sorted.size(); i++) {
            Expected e = expected.get(i);
            try (XSSFWorkbook wb = Gnumeric.recalculate(sorted.get(i))) {
                assertFigures(wb, e.schedule(), e.measures(), e.curve(), "Gnumeric " + e.what());
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(libre.get(i).toFile())) {
                assertFigures(wb, e.schedule(), e.measures(), e.curve(), "LibreOffice " + e.what());
            }
        }
    }

    @Test
    void theScheduleIsAnExcelTableAndThePurchaseIsNotInIt() throws Exception {
        Position p = NoteProjectionWorkbookTest.example("INFINITE-2003");
        Path file = export(p, LocalDate.of(2004, 6, 30), FlatRate.of(0.10));
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var tables = wb.getSheet("Schedule").getTables();
            assertThat(tables).hasSize(1);
            // 29 periods under the header; the columns end with each row's rate and its source (R, S).
            assertThat(tables.get(0).getArea().formatAsString()).isEqualTo("A1:S30");
            assertThat(tables.get(0).getColumns().get(3).getName()).isEqualTo("Due date");
            assertThat(tables.get(0).getColumns().get(17).getName()).isEqualTo("Rate (accrued at)");
            assertThat(wb.getSheet("Schedule").getRow(1).getCell(17).getNumericCellValue()).isEqualTo(0.12);
            for (Row r : wb.getSheet("Schedule")) {
                assertThat(r.getCell(0).toString()).doesNotContain("purchase");
            }
            // The purchase opens the yield's flows on their own sheet, in period order.
            Sheet yield = wb.getSheet("Yield flows");
            assertThat(yield.getRow(1).getCell(2).getCellFormula()).isEqualTo("-DirtyPrice");
        }
    }

    static Path export(Position position, LocalDate asOf, DiscountCurve curve) throws Exception {
        Schedule s = ScheduleResolver.resolve(position.terms());
        NoteMeasures m = NotePricer.measures(s, asOf, position.priceAt(s, asOf), curve);
        Path file = Files.createTempDirectory("note-projection").resolve(position.terms().id() + "-" + asOf + ".xlsx");
        WorkbookFile.write(file, wb -> new NoteProjectionWorkbook(s, m, curve).writeTo(wb));
        return file;
    }

    static Cell cell(XSSFWorkbook wb, String name) {
        AreaReference ref = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion());
        CellReference c = ref.getFirstCell();
        return wb.getSheet(c.getSheetName()).getRow(c.getRow()).getCell(c.getCol());
    }

    /** Every Summary figure in column B against the engine's {@code m} (and the sensitivity table). */
    static void assertFigures(XSSFWorkbook wb, Schedule s, NoteMeasures m, DiscountCurve curve, String what) {
        Sheet sum = wb.getSheet("Summary");
        int scale = s.scale();
        int asOf = (int) m.asOf().toEpochDay();
        long remaining = 0;
        for (int i = s.firstDueAfter(asOf); i < s.size(); i++) {
            remaining += s.paymentMinor(i);
        }
        long principal = 0;
        for (int i = 0; i < s.size(); i++) {
            principal += s.principalMinor(i);
        }
        double accrued = money(m.accruedInterestMinor(), scale);
        double outstanding = money(m.outstandingPrincipalMinor(), scale);
        cents(sum, NPV_ROW, m.npv(), scale, what);
        cents(sum, DV01_ROW, m.dv01(), scale, what);
        cents(sum, OUTSTANDING_ROW, outstanding, scale, what);
        cents(sum, REMAINING_PAYMENTS_ROW, money(remaining, scale), scale, what);
        cents(sum, TOTAL_INTEREST_ROW, money(s.totalInterestMinor(), scale), scale, what);
        cents(sum, TOTAL_PRINCIPAL_ROW, money(principal, scale), scale, what);
        cents(sum, TOTAL_PAYMENTS_ROW, money(s.totalPaymentMinor(), scale), scale, what);
        cents(sum, ACCRUED_ROW, accrued, scale, what);
        cents(sum, CLEAN_VALUE_ROW, m.npv() - accrued, scale, what);
        near(sum, YIELD_ROW, m.yield(), RATE_TOLERANCE, what);
        near(sum, NOMINAL_YIELD_ROW, m.yieldNominal(), RATE_TOLERANCE, what);
        near(sum, WAL_ROW, m.walYears(), RATIO_TOLERANCE, what);
        near(sum, MACAULAY_ROW, m.macaulayDuration(), YEARS_TOLERANCE, what);
        near(sum, MODIFIED_ROW, m.modifiedDuration(), YEARS_TOLERANCE, what);
        near(sum, CONVEXITY_ROW, m.convexity(), YEARS_TOLERANCE * 10, what);
        near(sum, PRICE_PERCENT_ROW, money(m.priceMinor(), scale) / outstanding, RATIO_TOLERANCE, what);
        near(sum, CLEAN_VALUE_PERCENT_ROW, (m.npv() - accrued) / outstanding, RATIO_TOLERANCE, what);
        for (int k = 0; k < SENSITIVITY_BP.length; k++) {
            double engine = NotePricer.presentValue(s, m.asOf(), curve.shifted(SENSITIVITY_BP[k]));
            cents(sum, SENSITIVITY_ROW + k, engine, scale, what + " at " + SENSITIVITY_BP[k] + " bp");
        }
    }

    private static double money(long minor, int scale) {
        return BigDecimal.valueOf(minor, scale).doubleValue();
    }

    private static Cell figure(Sheet sum, int row, String what) {
        Cell c = sum.getRow(row - 1).getCell(1);
        assertThat(c.getCellType()).as("%s row %d is a formula", what, row).isEqualTo(CellType.FORMULA);
        assertThat(c.getCachedFormulaResultType()).as("%s row %d (%s) is a number", what, row, c.getCellFormula())
                .isEqualTo(CellType.NUMERIC);
        return c;
    }

    private static void cents(Sheet sum, int row, double engine, int scale, String what) {
        double v = figure(sum, row, what).getNumericCellValue();
        assertThat(BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN))
                .as("%s row %d %s", what, row, sum.getRow(row - 1).getCell(0))
                .isEqualTo(BigDecimal.valueOf(engine).setScale(scale, RoundingMode.HALF_EVEN));
    }

    private static void near(Sheet sum, int row, double engine, double tolerance, String what) {
        assertThat(figure(sum, row, what).getNumericCellValue()).as("%s row %d %s", what, row,
                sum.getRow(row - 1).getCell(0)).isCloseTo(engine, within(tolerance));
    }
}
