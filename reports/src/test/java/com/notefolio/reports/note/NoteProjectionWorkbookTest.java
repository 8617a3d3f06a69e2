package com.notefolio.reports.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.reports.Gnumeric;
import com.notefolio.reports.workbook.WorkbookFile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteProjectionWorkbookTest {

    /** Gnumeric's XIRR iterates to its own stopping rule; the engine's Newton root is within 1e-10. */
    static final double RATE_TOLERANCE = 1e-9;
    /** WAL is a ratio of exact sums: the two engines agree to rounding. */
    static final double WAL_TOLERANCE = 1e-9;
    /**
     * The engine takes durations from its last Newton evaluation, at a rate within 1e-10 of the yield (see
     * NotePricer); a duration of D years moves by about D² × 1e-10 there, so durations get 1e-8 years.
     */
    static final double DURATION_TOLERANCE = 1e-8;

    /** The largest differences seen, printed at the end so the tolerance actually achieved can be stated. */
    static double maxRateDifference;
    static double maxYearsDifference;

    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    @Test
    void note2003FormulasRecalculateToTheEnginesFigures() throws Exception {
        Position note = example("INFINITE-2003");
        exportAndRecalculate(note, LocalDate.of(2004, 6, 30), FlatRate.of(0.10));
        XSSFWorkbook recalculated = exportAndRecalculate(note, LocalDate.of(2003, 8, 13), FlatRate.of(0.10));
        Sheet summary = recalculated.getSheet("Summary");
        // Bought at par on its issue date the 2003 note yields about 12.67% on the XIRR basis (12% nominal, monthly; design.md).
        assertThat(value(summary, NoteProjectionWorkbook.YIELD_ROW, 1)).isCloseTo(0.1267, within(0.00005));
        assertThat(value(summary, NoteProjectionWorkbook.TOTAL_INTEREST_ROW, 1)).isEqualTo(43_500.00);
        assertThat(value(summary, NoteProjectionWorkbook.TOTAL_PRINCIPAL_ROW, 1)).isEqualTo(150_000.00);
    }

    @Test
    void aTwentySevenDayNotesNominalYieldFormulaCompoundsThreeHundredSixtyFiveTwentySeventhsTimesAYear() throws Exception {
        // Every 27 days at 12% ACT/365F, bought at par on its issue date: the workbook's nominal yield is
        // (365/27) × ((1 + y)^(1/(365/27)) − 1), which gives the rate back — 12% (NotePricerTest works it by hand).
        Position note = Position.atPar(com.notefolio.core.note.NoteTerms.builder("CYCLE-27").borrower("B")
                .principal("1000000.00").annualRate("0.12").issueDate(LocalDate.of(2024, 1, 1))
                .maturityDate(LocalDate.of(2024, 9, 27)).frequency(com.notefolio.core.convention.Frequency.ofDays(27))
                .accrualBasis(com.notefolio.core.convention.DayCounts.ACT_365F).amortization(Amortization.INTEREST_ONLY)
                .build());
        Sheet summary = exportAndRecalculate(note, LocalDate.of(2024, 1, 1), FlatRate.of(0.10)).getSheet("Summary");

        assertThat(summary.getRow(NoteProjectionWorkbook.NOMINAL_YIELD_ROW - 1).getCell(1).getCellFormula())
                .startsWith("(365/27)*((1+").endsWith(")^(1/(365/27))-1)");
        assertThat(value(summary, NoteProjectionWorkbook.NOMINAL_YIELD_ROW, 1)).isCloseTo(0.12, within(1e-6));
    }

    @Test
    void everyExampleNoteRecalculatesToTheEnginesFigures() throws Exception {
        for (String id : List.of("INFINITE-2003", "LC-1077501", "CP-HARBOR-2020", "BULLET-RHEIN-2022",
                "CEDAR-Q-2021", "SAKURA-2023", "NORDIC-2019", "EQUIP-2024")) {
            exportAndRecalculate(example(id), LocalDate.of(2022, 6, 30), FlatRate.of(0.07));
        }
    }

    @Test
    void generatedNotesOfEveryKindRecalculateToTheEnginesFigures() throws Exception {
        PortfolioGenerator generator = new PortfolioGenerator(7, 50);
        Set<Amortization> seen = EnumSet.noneOf(Amortization.class);
        List<Position> picked = new ArrayList<>();
        for (long i = 1; seen.size() < Amortization.values().length || picked.size() < 12; i++) {
            Position p = generator.note(i);
            if (seen.add(p.terms().amortization()) || picked.size() < 12) {
                picked.add(p);
            }
        }
        LocalDate asOf = LocalDate.of(2020, 3, 31);
        for (int k = 0; k < picked.size(); k++) {
            // Some are valued before issue (settled at issue), some in their life, on a flat rate and a curve.
            DiscountCurve curve = k % 3 == 2 ? curve() : FlatRate.of(0.03 + 0.01 * k);
            exportAndRecalculate(picked.get(k), asOf, curve);
        }
    }

    @Test
    void aNoteValuedOnAZeroCurveRecalculates() throws Exception {
        exportAndRecalculate(example("INFINITE-2003"), LocalDate.of(2004, 6, 30), curve());
    }

    @org.junit.jupiter.api.AfterAll
    static void reportDifferences() {
        System.out.printf("note projection vs engine: max |rate difference| %.3g, max |duration difference| %.3g years%n",
                maxRateDifference, maxYearsDifference);
    }

    static DiscountCurve curve() {
        return com.notefolio.core.io.CurveCsvReader.read(EXAMPLES.resolve("curve.csv"));
    }

    static Position example(String id) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes.csv"),
                StatedScheduleCsvReader.read(EXAMPLES.resolve("schedules.csv")))) {
            while (reader.hasNext()) {
                Position p = reader.next();
                if (p.terms().id().equals(id)) {
                    return p;
                }
            }
        }
        throw new AssertionError("no note " + id);
    }

    /** Exports, recalculates in Gnumeric and checks each Summary formula against the engine's figure beside it. */
    XSSFWorkbook exportAndRecalculate(Position position, LocalDate asOf, DiscountCurve curve) throws Exception {
        Schedule schedule = ScheduleResolver.resolve(position.terms());
        NoteMeasures m = NotePricer.measures(schedule, asOf, position.priceAt(schedule, asOf), curve);
        Path file = dir.resolve(position.terms().id() + "-" + asOf + ".xlsx");
        WorkbookFile.write(file, wb -> new NoteProjectionWorkbook(schedule, m, curve).writeTo(wb));

        try (XSSFWorkbook written = new XSSFWorkbook(file.toFile())) {
            assertThat(written.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(written.getSheet("Schedule").getLastRowNum()).isEqualTo(schedule.size());
            assertThat(written.getName("AsOf")).isNotNull();
            assertThat(written.getName("Price")).isNotNull();
            assertThat(written.getName(curve instanceof FlatRate ? "DiscountRate" : "CurveShift")).isNotNull();
        }
        XSSFWorkbook recalculated = Gnumeric.recalculate(file);
        Sheet summary = recalculated.getSheet("Summary");
        String id = position.terms().id() + " as of " + asOf + " on " + curve;
        int scale = schedule.scale();
        for (int row : new int[] {NoteProjectionWorkbook.NPV_ROW, NoteProjectionWorkbook.DV01_ROW,
            NoteProjectionWorkbook.OUTSTANDING_ROW, NoteProjectionWorkbook.REMAINING_PAYMENTS_ROW,
            NoteProjectionWorkbook.TOTAL_INTEREST_ROW, NoteProjectionWorkbook.TOTAL_PRINCIPAL_ROW,
            NoteProjectionWorkbook.TOTAL_PAYMENTS_ROW}) {
            assertFormula(summary, row, id);
            assertThat(cents(value(summary, row, 1), scale)).as("%s row %d", id, row)
                    .isEqualTo(cents(value(summary, row, 2), scale));
        }
        for (int row : new int[] {NoteProjectionWorkbook.YIELD_ROW, NoteProjectionWorkbook.NOMINAL_YIELD_ROW}) {
            if (Double.isFinite(m.yield())) {
                assertFormula(summary, row, id);
                double d = Math.abs(value(summary, row, 1) - value(summary, row, 2));
                maxRateDifference = Math.max(maxRateDifference, d);
                assertThat(d).as("%s row %d", id, row).isLessThanOrEqualTo(RATE_TOLERANCE);
            }
        }
        if (Double.isFinite(m.walYears())) {
            assertFormula(summary, NoteProjectionWorkbook.WAL_ROW, id);
            assertThat(value(summary, NoteProjectionWorkbook.WAL_ROW, 1)).as("%s WAL", id)
                    .isCloseTo(value(summary, NoteProjectionWorkbook.WAL_ROW, 2), within(WAL_TOLERANCE));
        }
        for (int row : new int[] {NoteProjectionWorkbook.MACAULAY_ROW, NoteProjectionWorkbook.MODIFIED_ROW}) {
            if (Double.isFinite(m.macaulayDuration())) {
                assertFormula(summary, row, id);
                double d = Math.abs(value(summary, row, 1) - value(summary, row, 2));
                maxYearsDifference = Math.max(maxYearsDifference, d);
                assertThat(d).as("%s row %d", id, row).isLessThanOrEqualTo(DURATION_TOLERANCE);
            }
        }
        return recalculated;
    }

    static void assertFormula(Sheet summary, int row, String id) {
        Cell c = summary.getRow(row - 1).getCell(1);
        assertThat(c.getCellType()).as("%s row %d is a formula", id, row).isEqualTo(CellType.FORMULA);
        assertThat(c.getCachedFormulaResultType()).as("%s row %d: %s", id, row, c.getCellFormula())
                .isEqualTo(CellType.NUMERIC);
    }

    static double value(Sheet sheet, int excelRow, int column) {
        Row r = sheet.getRow(excelRow - 1);
        return r.getCell(column).getNumericCellValue();
    }

    static long cents(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
