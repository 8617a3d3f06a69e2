package com.notefolio.reports.export;

import static com.notefolio.reports.portfolio.PortfolioProjectionWorkbook.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.reports.Gnumeric;
import com.notefolio.reports.LibreOffice;
import com.notefolio.reports.SortedRows;
import com.notefolio.reports.scenario.ScenarioComparisonWorkbook;
import com.notefolio.reports.workbook.BarChart;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.reports.workbook.StreamedTable;
import java.awt.image.BufferedImage;
import java.io.FileOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio projection and the scenario comparison as an analyst meets them: read without
 * recalculating (the cached values are the engine's figures), recalculated by Gnumeric and LibreOffice
 * (the same figures), with the discount rate and the as-of date changed through POI (the live figures follow
 * the engine re-run), with the Flows sorted (nothing moves), and with their charts printed by LibreOffice
 * (every series' colour is drawn).
 */
class PortfolioAndScenarioWorkbooksTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
    /** Weighted averages are ratios of sums of doubles (≈1e-16 relative); the workbook's sums add in another order. */
    static final double RATIO_TOLERANCE = 1e-10;

    @TempDir
    Path dir;

    static List<Position> examples() {
        List<Position> list = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes.csv"),
                StatedScheduleCsvReader.read(EXAMPLES.resolve("schedules.csv")))) {
            reader.forEachRemaining(list::add);
        }
        return list;
    }

    /** The engine's portfolio figures by currency: every note priced by the core, aggregated by the core. */
    static Map<String, CurrencySummary> engine(List<Position> positions, LocalDate asOf, DiscountCurve curve) {
        PortfolioAggregate aggregate = new PortfolioAggregate(asOf);
        for (Position p : positions) {
            Schedule s = ScheduleResolver.resolve(p.terms());
            aggregate.add(p, s, NotePricer.measures(s, asOf, p.priceAt(s, asOf), curve));
        }
        Map<String, CurrencySummary> out = new LinkedHashMap<>();
        aggregate.summary().currencies().forEach(c -> out.put(c.currency().getCurrencyCode(), c));
        return out;
    }

    Path portfolio(DiscountCurve curve) {
        Path out = dir.resolve("portfolio.xlsx");
        WorkbookExports.portfolioProjection(examples().iterator(),
                ExportAssumptions.of(AS_OF, curve).withInputs(List.of("notes: examples/notes.csv")), curve,
                StreamedTable.EXCEL_ROW_LIMIT, out);
        return out;
    }

    @Test
    void thePortfolioSummaryReadWithoutRecalculatingAndRecalculatedInBothEnginesIsTheEngines() throws Exception {
        Path file = portfolio(FlatRate.of(0.07));
        Map<String, CurrencySummary> engine = engine(examples(), AS_OF, FlatRate.of(0.07));
        try (XSSFWorkbook cached = new XSSFWorkbook(file.toFile())) {
            assertEveryKpi(cached, engine, "cached");
            assertThat(cached.getSheet("Assumptions").getRow(8).getCell(1).getStringCellValue())
                    .isEqualTo("notes: examples/notes.csv");
        }
        try (XSSFWorkbook g = Gnumeric.recalculate(file)) {
            assertEveryKpi(g, engine, "Gnumeric");
        }
        Path libre = LibreOffice.recalculate(List.of(file), dir.resolve("lo")).get(0);
        try (XSSFWorkbook l = new XSSFWorkbook(libre.toFile())) {
            assertEveryKpi(l, engine, "LibreOffice");
        }
    }

    @Test
    void aChangedRateAndAsOfDateMoveTheLiveFiguresToTheEngineRerunAndSortingTheFlowsMovesNothing() throws Exception {
        Path file = portfolio(FlatRate.of(0.07));
        LocalDate newAsOf = LocalDate.of(2023, 3, 15);
        Path changed = dir.resolve("changed.xlsx");
        Path sorted = dir.resolve("sorted.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.getSheet("Assumptions").getRow(1).getCell(1).setCellValue(newAsOf);
            wb.getSheet("Assumptions").getRow(2).getCell(1).setCellValue(0.045);
            // A price edited on the Notes sheet: the first note (INFINITE-2003, USD) carried at 1,234.56 more.
            Cell price = wb.getSheet("Notes").getRow(1).getCell(5);
            price.setCellValue(price.getNumericCellValue() + 1234.56);
            try (FileOutputStream out = new FileOutputStream(changed.toFile())) {
                wb.write(out);
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet flows = wb.getSheet("Flows");
            SortedRows.reverse(flows, 1, flows.getLastRowNum());
            try (FileOutputStream out = new FileOutputStream(sorted.toFile())) {
                wb.write(out);
            }
        }
        List<Position> positions = examples();
        Map<String, double[]> expected = new TreeMap<>();
        for (Position p : positions) {
            Schedule s = ScheduleResolver.resolve(p.terms());
            NoteMeasures m = NotePricer.measures(s, newAsOf, p.priceAt(s, newAsOf), FlatRate.of(0.045));
            double[] e = expected.computeIfAbsent(p.terms().currency().getCurrencyCode(), c -> new double[4]);
            e[0] += m.npv();
            e[1] += m.dv01();
            for (int i = s.firstDueAfter((int) newAsOf.toEpochDay()); i < s.size(); i++) {
                e[2] += BigDecimal.valueOf(s.interestMinor(i), s.scale()).doubleValue();
                e[3] += BigDecimal.valueOf(s.paymentMinor(i), s.scale()).doubleValue();
            }
        }
        List<Path> libre = LibreOffice.recalculate(List.of(changed, sorted), dir.resolve("lo"));
        Map<String, CurrencySummary> base = engine(positions, AS_OF, FlatRate.of(0.07));
        for (XSSFWorkbook wb : List.of(Gnumeric.recalculate(changed), new XSSFWorkbook(libre.get(0).toFile()))) {
            Sheet summary = wb.getSheet("Summary");
            for (int top = 1; summary.getRow(top) != null; top += S_BLOCK) {
                String code = summary.getRow(top).getCell(1).getStringCellValue();
                int scale = javax.money.Monetary.getCurrency(code).getDefaultFractionDigits();
                double[] e = expected.get(code);
                assertThat(round(formula(summary, top + S_NPV), scale)).as("%s NPV", code).isEqualTo(round(e[0], scale));
                assertThat(round(formula(summary, top + S_DV01), scale)).as("%s DV01", code).isEqualTo(round(e[1], scale));
                assertThat(round(formula(summary, top + S_INTEREST_DUE), scale)).as(code).isEqualTo(round(e[2], scale));
                assertThat(round(formula(summary, top + S_CASH_DUE), scale)).as(code).isEqualTo(round(e[3], scale));
                long prices = base.get(code).totals().priceMinor() + (code.equals("USD") ? 123_456 : 0);
                assertThat(round(formula(summary, top + S_PRICE), scale)).as("%s clean price", code).isEqualTo(prices);
            }
            wb.close();
        }
        for (XSSFWorkbook wb : List.of(Gnumeric.recalculate(sorted), new XSSFWorkbook(libre.get(1).toFile()))) {
            assertThat(wb.getSheet("Flows").getRow(1).getCell(0).getStringCellValue()).isEqualTo("EQUIP-2024");
            assertEveryKpi(wb, base, "sorted");
            wb.close();
        }
    }

    @Test
    void onAZeroCurveTheCurveShiftMovesTheFlowsAndTheLaddersMonthEndDiscountFactorsAreTheCurves() throws Exception {
        DiscountCurve curve = com.notefolio.core.io.CurveCsvReader.read(EXAMPLES.resolve("curve.csv"));
        Path file = portfolio(curve);
        Path shifted = dir.resolve("shifted.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("Curve")).isNotNull();
            wb.getSheet("Assumptions").getRow(2).getCell(1).setCellValue(50); // CurveShift, in basis points
            try (FileOutputStream out = new FileOutputStream(shifted.toFile())) {
                wb.write(out);
            }
        }
        Map<String, CurrencySummary> engine = engine(examples(), AS_OF, curve.shifted(50));
        Path libre = LibreOffice.recalculate(List.of(shifted), dir.resolve("lo")).get(0);
        for (XSSFWorkbook wb : List.of(Gnumeric.recalculate(shifted), new XSSFWorkbook(libre.toFile()))) {
            Sheet summary = wb.getSheet("Summary");
            for (int top = 1; summary.getRow(top) != null; top += S_BLOCK) {
                String code = summary.getRow(top).getCell(1).getStringCellValue();
                CurrencySummary c = engine.get(code);
                int scale = c.currency().getDefaultFractionDigits();
                assertThat(round(formula(summary, top + S_NPV), scale)).as(code).isEqualTo(round(c.totals().npv(), scale));
                assertThat(round(formula(summary, top + S_DV01), scale)).as(code).isEqualTo(round(c.totals().dv01(), scale));
            }
            Sheet ladder = wb.getSheet("Ladder");
            int rows = 0;
            for (Row r : ladder) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                LocalDate month = r.getCell(1).getLocalDateTimeCellValue().toLocalDate();
                double years = Math.max(0, month.withDayOfMonth(month.lengthOfMonth()).toEpochDay() - AS_OF.toEpochDay())
                        / 365.0;
                // Interpolated on the Curve sheet by formula (it was =1 on every row); the same arithmetic in
                // doubles on both sides, so 1e-12 covers the order of operations only.
                assertThat(r.getCell(11).getNumericCellValue()).as("Ladder row %d", r.getRowNum() + 1)
                        .isCloseTo(curve.shifted(50).discountFactor(years), within(1e-12));
                rows++;
            }
            assertThat(rows).isGreaterThan(50);
            wb.close();
        }
    }

    /** Every KPI of every currency block: a formula whose value is the engine's figure. */
    static void assertEveryKpi(XSSFWorkbook wb, Map<String, CurrencySummary> engine, String what) {
        Sheet summary = wb.getSheet("Summary");
        int blocks = 0;
        for (int top = 1; summary.getRow(top) != null; top += S_BLOCK) {
            blocks++;
            String code = summary.getRow(top).getCell(1).getStringCellValue();
            CurrencySummary c = engine.get(code);
            int scale = c.currency().getDefaultFractionDigits();
            PortfolioTotals t = c.totals();
            long interest = 0;
            long cash = 0;
            for (LadderRow l : c.monthlyLadder()) {
                interest += l.interestMinor();
                cash += l.totalMinor();
            }
            String as = what + " " + code;
            assertThat(formula(summary, top + S_NOTES)).as(as).isEqualTo(t.notes());
            assertThat(round(formula(summary, top + S_OUTSTANDING), scale)).as(as).isEqualTo(t.outstandingMinor());
            assertThat(round(formula(summary, top + S_ACCRUED), scale)).as(as).isEqualTo(t.accruedMinor());
            assertThat(round(formula(summary, top + S_PRICE), scale)).as(as).isEqualTo(t.priceMinor());
            assertThat(round(formula(summary, top + S_NPV), scale)).as(as).isEqualTo(round(t.npv(), scale));
            assertThat(round(formula(summary, top + S_INTEREST_DUE), scale)).as(as).isEqualTo(interest);
            assertThat(round(formula(summary, top + S_CASH_DUE), scale)).as(as).isEqualTo(cash);
            assertThat(round(formula(summary, top + S_LADDER_CASH), scale)).as(as).isEqualTo(cash);
            assertThat(round(formula(summary, top + S_DV01), scale)).as(as).isEqualTo(round(t.dv01(), scale));
            assertThat(formula(summary, top + S_COUPON)).as(as).isCloseTo(t.weightedCoupon(), within(RATIO_TOLERANCE));
            assertThat(formula(summary, top + S_YIELD)).as(as).isCloseTo(t.weightedYield(), within(RATIO_TOLERANCE));
            assertThat(formula(summary, top + S_WAL)).as(as).isCloseTo(t.walYears(), within(RATIO_TOLERANCE));
            assertThat(formula(summary, top + S_MODIFIED)).as(as).isCloseTo(t.modifiedDuration(), within(RATIO_TOLERANCE));
            assertThat(formula(summary, top + S_TOP1)).as(as).isCloseTo(c.concentration().top1Share(), within(RATIO_TOLERANCE));
            assertThat(formula(summary, top + S_TOP5)).as(as).isCloseTo(c.concentration().top5Share(), within(RATIO_TOLERANCE));
            assertThat(formula(summary, top + S_TOP10)).as(as).isCloseTo(c.concentration().top10Share(), within(RATIO_TOLERANCE));
            assertThat(formula(summary, top + S_HERFINDAHL)).as(as).isCloseTo(c.concentration().herfindahl(),
                    within(RATIO_TOLERANCE));
        }
        assertThat(blocks).as(what).isEqualTo(engine.size());
    }

    static double formula(Sheet sheet, int row0) {
        Cell c = sheet.getRow(row0).getCell(1);
        assertThat(c.getCellType()).as("%s is a formula", sheet.getRow(row0).getCell(0)).isEqualTo(CellType.FORMULA);
        assertThat(c.getCachedFormulaResultType()).as("%s: %s", sheet.getRow(row0).getCell(0), c.getCellFormula())
                .isEqualTo(CellType.NUMERIC);
        return c.getNumericCellValue();
    }

    static long round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    // --- scenario comparison ---------------------------------------------------------------------------

    static final LocalDate SCENARIO_AS_OF = LocalDate.of(2004, 1, 1);

    Path scenarios(ScenarioSet set) {
        Path out = dir.resolve("scenarios.xlsx");
        WorkbookExports.scenarioComparison(examples().iterator(), ExportAssumptions.of(SCENARIO_AS_OF, FlatRate.of(0.10)),
                FlatRate.of(0.10), set, StreamedTable.EXCEL_ROW_LIMIT, out);
        return out;
    }

    @Test
    void everyComparisonFigureIsAFormulaWhoseCachedAndRecalculatedValuesAreTheEngines() throws Exception {
        ScenarioSet set = ScenarioJson.read(EXAMPLES.resolve("scenarios.json"));
        Path file = scenarios(set);
        List<String> names = WorkbookExports.caseNames(set);
        List<PortfolioAggregate> cases = new ArrayList<>();
        // Σ acceleration claims and Σ their losses (claim − recovered), by case and currency, from the core.
        List<Map<String, long[]>> claims = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            cases.add(new PortfolioAggregate(SCENARIO_AS_OF));
            claims.add(new LinkedHashMap<>());
        }
        for (Position p : examples()) {
            List<ScenarioResult> rs = WorkbookExports.cases(p, set, SCENARIO_AS_OF, FlatRate.of(0.10));
            for (int k = 0; k < rs.size(); k++) {
                cases.get(k).add(p, rs.get(k).schedule(), rs.get(k).measures());
                if (rs.get(k).claim() != null) {
                    long[] sum = claims.get(k).computeIfAbsent(p.terms().currency().getCurrencyCode(), x -> new long[2]);
                    sum[0] += rs.get(k).claim().totalMinor();
                    sum[1] += rs.get(k).claim().lossMinor();
                }
            }
        }
        Path libre = LibreOffice.recalculate(List.of(file), dir.resolve("lo")).get(0);
        try (XSSFWorkbook cached = new XSSFWorkbook(file.toFile()); XSSFWorkbook g = Gnumeric.recalculate(file);
             XSSFWorkbook l = new XSSFWorkbook(libre.toFile())) {
            for (XSSFWorkbook wb : List.of(cached, g, l)) {
                Sheet cmp = wb.getSheet("Comparison");
                int rows = 0;
                boolean sawDefaults = false;
                boolean sawClaim = false;
                for (Row r : cmp) {
                    if (r.getRowNum() == 0) {
                        continue;
                    }
                    rows++;
                    int k = (int) r.getCell(17).getNumericCellValue();
                    String code = r.getCell(1).getStringCellValue();
                    CurrencySummary c = cases.get(k).summary().currencies().stream()
                            .filter(x -> x.currency().getCurrencyCode().equals(code)).findFirst().orElseThrow();
                    PortfolioTotals t = c.totals();
                    int scale = c.currency().getDefaultFractionDigits();
                    long cash = c.monthlyLadder().stream().mapToLong(LadderRow::totalMinor).sum();
                    String as = names.get(k) + " " + code;
                    assertThat(value(r, 2)).as(as).isEqualTo(t.notes());
                    assertThat(round(value(r, ScenarioComparisonWorkbook.CMP_NPV), scale)).as(as)
                            .isEqualTo(round(t.npv(), scale));
                    assertThat(round(value(r, 6), scale)).as(as).isEqualTo(t.outstandingMinor());
                    if (Double.isFinite(t.weightedYield())) {
                        assertThat(value(r, 8)).as(as).isCloseTo(t.weightedYield(), within(RATIO_TOLERANCE));
                        assertThat(value(r, 12)).as(as).isCloseTo(t.modifiedDuration(), within(RATIO_TOLERANCE));
                    }
                    if (Double.isFinite(t.walYears())) {
                        assertThat(value(r, 10)).as(as).isCloseTo(t.walYears(), within(RATIO_TOLERANCE));
                    }
                    assertThat(round(value(r, 14), scale)).as(as).isEqualTo(round(t.dv01(), scale));
                    assertThat(round(value(r, 15), scale)).as(as).isEqualTo(cash);
                    // The losses the what-if screen shows: exact cents, sums of exact amounts.
                    assertThat(round(value(r, ScenarioComparisonWorkbook.CMP_DEFAULTED), scale)).as(as)
                            .isEqualTo(t.defaultedMinor());
                    assertThat(round(value(r, ScenarioComparisonWorkbook.CMP_EXPECTED_LOSS), scale)).as(as)
                            .isEqualTo(t.expectedLossMinor());
                    long[] claimed = claims.get(k).getOrDefault(code, new long[2]);
                    assertThat(round(value(r, ScenarioComparisonWorkbook.CMP_CLAIMS), scale)).as(as).isEqualTo(claimed[0]);
                    assertThat(round(value(r, ScenarioComparisonWorkbook.CMP_CLAIM_LOSS), scale)).as(as)
                            .isEqualTo(claimed[1]);
                    if (names.get(k).equals("2 CDR, 40% severity") && code.equals("USD")) {
                        sawDefaults = t.expectedLossMinor() > 0;
                    }
                    if (names.get(k).equals("2003 note: accelerated, 120k recovered") && code.equals("USD")) {
                        // docs/scenarios.md: 150,000 + 1,500 + 887.67 default interest + 5,000 costs, 120,000 recovered.
                        assertThat(round(value(r, ScenarioComparisonWorkbook.CMP_CLAIMS), 2)).as(as).isEqualTo(15_738_767);
                        assertThat(round(value(r, ScenarioComparisonWorkbook.CMP_CLAIM_LOSS), 2)).as(as)
                                .isEqualTo(3_738_767);
                        sawClaim = true;
                    }
                }
                assertThat(rows).isGreaterThan(15);
                assertThat(sawDefaults).as("the default speed loses something").isTrue();
                assertThat(sawClaim).as("the 2003 note's acceleration").isTrue();
            }
            assertThat(cached.getSheet("Assumptions").getRow(5).getCell(0).getStringCellValue())
                    .isEqualTo("Scenario: base");
            assertThat(cached.getSheet("Assumptions").getRow(6).getCell(1).getStringCellValue())
                    .contains(set.scenarios().get(0).name());
            // Each scenario's prepayments and defaults in words, as the what-if editor takes them.
            Map<String, String> recorded = new LinkedHashMap<>();
            cached.getSheet("Assumptions").forEach(r -> {
                if (r.getCell(0) != null && r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING) {
                    recorded.put(r.getCell(0).getStringCellValue(), r.getCell(1).getStringCellValue());
                }
            });
            assertThat(recorded.get("Scenario: 2 CDR, 40% severity, prepayments and defaults")).isEqualTo(
                    "default speed 2% CDR with 40% loss severity on every note, recovered 12 months after default");
            assertThat(recorded.get("Scenario: 10 CPR, prepayments and defaults"))
                    .isEqualTo("prepayment speed 10% CPR on every note");
            assertThat(recorded.get("Scenario: 2003 note: accelerated, 120k recovered, prepayments and defaults"))
                    .isEqualTo("event of default on note INFINITE-2003: payment of 2004-07-12 missed, notice 2004-07-20,"
                            + " collection costs 5000.00, recovery of 120000.00 on 2005-01-20");
            assertThat(recorded.get("Scenario: 2003 note: payoff on 2005-03-12, prepayments and defaults"))
                    .isEqualTo("payoff of note INFINITE-2003 on 2005-03-12");
            assertThat(recorded).doesNotContainKey("Scenario: +200bp, prepayments and defaults");
        }
    }

    private static double value(Row r, int column) {
        Cell c = r.getCell(column);
        assertThat(c.getCellType()).as("column %d is a formula", column).isEqualTo(CellType.FORMULA);
        assertThat(c.getCachedFormulaResultType()).as("%s", c.getCellFormula()).isEqualTo(CellType.NUMERIC);
        return c.getNumericCellValue();
    }

    // --- charts -------------------------------------------------------------------------------------

    @Test
    void everyChartDrawsEverySeriesInLibreOffice() throws Exception {
        ScenarioSet set = ScenarioJson.read(EXAMPLES.resolve("scenarios.json"));
        Path portfolio = portfolio(FlatRate.of(0.07));
        Path scenarios = scenarios(set);
        List<Path> chartsOnly = new ArrayList<>();
        for (Path file : List.of(portfolio, scenarios)) {
            Path only = dir.resolve("charts-" + file.getFileName());
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                for (XSSFChart chart : wb.getSheet("Charts").getDrawingPatriarch().getCharts()) {
                    var bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
                    for (var ser : bars.getSerArray()) {
                        // A solid fill on every series: without one LibreOffice draws no bars.
                        assertThat(ser.getSpPr().isSetSolidFill()).as(chart.getTitleText().getString()).isTrue();
                    }
                    if (bars.getGrouping().getVal().toString().equals("stacked")) {
                        assertThat(bars.xmlText()).contains("overlap val=\"100\"");
                    }
                }
                // Print the Charts sheet alone: the other sheets would be pages of figures.
                while (wb.getNumberOfSheets() > 1) {
                    wb.removeSheetAt(wb.getSheetIndex("Charts") == 0 ? 1 : 0);
                }
                try (FileOutputStream out = new FileOutputStream(only.toFile())) {
                    wb.write(out);
                }
            }
            chartsOnly.add(only);
        }
        List<Path> pdfs = LibreOffice.pdf(chartsOnly, dir.resolve("pdf"));
        assertColoursDrawn(pdfs.get(0), 2, "portfolio");
        assertColoursDrawn(pdfs.get(1), set.scenarios().size() + 1, "scenarios");
    }

    private static void assertColoursDrawn(Path pdf, int series, String what) throws Exception {
        List<BufferedImage> pages = LibreOffice.pages(pdf, 60);
        assertThat(pages).isNotEmpty();
        for (int i = 0; i < series; i++) {
            long pixels = 0;
            for (BufferedImage page : pages) {
                pixels += LibreOffice.pixelsOf(page, BarChart.colour(i));
            }
            // A bar of a few pixels at 60 dpi; the legend's key alone is about 30.
            assertThat(pixels).as("%s: pixels of series %d's colour", what, i).isGreaterThan(100);
        }
    }
}
