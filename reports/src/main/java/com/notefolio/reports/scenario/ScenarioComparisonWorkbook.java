package com.notefolio.reports.scenario;

import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.scenario.AccelerationClaim;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.reports.workbook.ChartSheet;
import com.notefolio.reports.workbook.DocumentInfo;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.reports.workbook.PrintLayout;
import com.notefolio.reports.workbook.StreamedTable.Part;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.reports.workbook.StreamedTable.Column;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The base case and each scenario of a set, side by side, written while the notes stream by:
 * {@link #add} each note's results (base first), then {@link #finish}. Sheets:
 *
 * <ul>
 *   <li>{@code Comparison}: per currency, the base row and one row per scenario — notes, NPV, outstanding
 *       principal, value-weighted yield and modified duration, principal-weighted WAL, DV01 and the cash
 *       still to come — every figure a formula over the Measures sheet (cached with the engine's figure),
 *       each followed by its delta to the base as a formula (yields' deltas in basis points) — then the
 *       losses the what-if screen shows: the principal a default speed defaults and the expected loss
 *       (defaulted less recovered, undiscounted), and the acceleration claims of events of default with
 *       their loss (claim less recovered), sums over the Measures too;</li>
 *   <li>{@code Assumptions}: the record of the export — as-of date, discounting, price basis, every
 *       scenario's definition, inputs, version. This workbook holds no flows, so its per-note figures are
 *       the engine's at these assumptions (fixed values); the note and portfolio projections are the
 *       workbooks whose discounting is live;</li>
 *   <li>{@code Charts}: per currency, the cash due by month (by year past ten years) in the base case and
 *       in every scenario;</li>
 *   <li>{@code Ladder}: per scenario and currency, the cash due each month (interest, principal and
 *       prepayments, recoveries and penalties) in the base and in the scenario, and the difference as a
 *       formula;</li>
 *   <li>{@code Measures}: one row per note and scenario with the base and scenario measures (the engine's,
 *       fixed), the deltas as formulas and the engine's ΔNPV beside them, and the figures the Comparison
 *       adds up (outstanding principal, dirty value, DV01, cash still due, the claim's loss as a formula,
 *       the principal defaulted and recovered after the as-of date and their difference, the expected
 *       loss, as a formula); it continues on further sheets past the row limit.</li>
 * </ul>
 *
 * Amounts are never added across currencies. Yields are on the Excel XIRR basis (annual compounding on
 * actual/365 days), NPVs on the XNPV basis, as {@link com.notefolio.core.pricer.NotePricer} defines them.
 */
public final class ScenarioComparisonWorkbook {

    /** Comparison columns (0-based) that tests and readers look up. */
    public static final int CMP_NPV = 3;
    public static final int CMP_DELTA_NPV = 4;
    public static final int CMP_ENGINE_DELTA_NPV = 5;
    /** Measures columns (0-based). */
    public static final int M_DELTA_NPV = 6;
    public static final int M_ENGINE_DELTA_NPV = 7;
    public static final int M_DELTA_YIELD = 10;
    public static final int M_DELTA_WAL = 13;
    public static final int M_CLAIM_LOSS = 23;
    public static final int M_EXPECTED_LOSS = 26;
    /** Comparison columns (0-based) of the losses. */
    public static final int CMP_DEFAULTED = 18;
    public static final int CMP_EXPECTED_LOSS = 19;
    public static final int CMP_CLAIMS = 20;
    public static final int CMP_CLAIM_LOSS = 21;
    /** Ladder columns (0-based). */
    public static final int L_BASE_TOTAL = 5;
    public static final int L_SCENARIO_TOTAL = 6;
    public static final int L_DIFFERENCE = 7;

    /** Measures columns (0-based) the Comparison adds up. */
    static final int M_SCENARIO = 1;
    static final int M_CURRENCY = 3;
    static final int M_NPV = 5;
    static final int M_YIELD = 9;
    static final int M_WAL = 12;
    static final int M_MODIFIED = 15;
    static final int M_OUTSTANDING = 19;
    static final int M_VALUE = 20;
    static final int M_DV01 = 21;
    static final int M_CASH = 22;
    static final int M_CLAIM = 17;
    static final int M_DEFAULTED = 24;
    private static final String TITLE = "Notefolio scenario comparison";

    private final Workbook workbook;
    private final ExportAssumptions assumptions;
    private final WorkbookStyles styles;
    private final List<String> names;
    private final List<PortfolioAggregate> aggregates = new ArrayList<>();
    /** Σ of the engine's per-note ΔNPV, by scenario and currency: the figure the formulas must meet. */
    private final List<Map<String, Double>> engineDeltaNpv = new ArrayList<>();
    /** Σ of the acceleration claims and of their losses, in minor units, by scenario and currency. */
    private final List<Map<String, long[]>> claims = new ArrayList<>();
    private final Sheet comparison;
    private final StreamedTable ladder;
    private final StreamedTable measures;

    /**
     * A comparison of {@code scenarioNames} (the base case first) as of {@code asOf}, its long table
     * holding at most {@code rowLimit} rows a sheet.
     */
    public ScenarioComparisonWorkbook(Workbook workbook, LocalDate asOf, List<String> scenarioNames, int rowLimit) {
        this(workbook, ExportAssumptions.unrecorded(asOf), scenarioNames, rowLimit);
    }

    /**
     * A comparison recording {@code assumptions} (as-of date, discounting, scenario definitions, inputs) on
     * its Assumptions sheet.
     */
    public ScenarioComparisonWorkbook(Workbook workbook, ExportAssumptions assumptions, List<String> scenarioNames,
                                      int rowLimit) {
        LocalDate asOf = assumptions.asOf();
        this.workbook = workbook;
        this.assumptions = assumptions;
        this.styles = new WorkbookStyles(workbook);
        this.names = List.copyOf(scenarioNames);
        for (int i = 0; i < names.size(); i++) {
            aggregates.add(new PortfolioAggregate(asOf));
            engineDeltaNpv.add(new TreeMap<>());
            claims.add(new TreeMap<>());
        }
        comparison = workbook.createSheet("Comparison");
        ladder = new StreamedTable(workbook, styles, "Ladder", List.of(new Column("Scenario", 30),
                new Column("Currency", 9), new Column("Month", 9), new Column("Interest (base)", 16),
                new Column("Principal, prepaid, recovered, penalties (base)", 18), new Column("Cash (base)", 16),
                new Column("Cash (scenario)", 16), new Column("Difference", 16), new Column("Interest (scenario)", 16),
                new Column("Principal, prepaid, recovered, penalties (scenario)", 18)), rowLimit)
                .asExcelTable("LadderTable");
        measures = new StreamedTable(workbook, styles, "Measures", List.of(
                new Column("Note", 20), new Column("Scenario no.", 9), new Column("Scenario", 28),
                new Column("Currency", 9), new Column("NPV base", 16), new Column("NPV", 16),
                new Column("ΔNPV", 16), new Column("ΔNPV (engine)", 16),
                new Column("Yield base (XIRR)", 14), new Column("Yield (XIRR)", 14), new Column("ΔYield (bp)", 14),
                new Column("WAL base", 10), new Column("WAL", 10), new Column("ΔWAL", 10),
                new Column("Mod. duration base", 10), new Column("Mod. duration", 10), new Column("ΔMod. duration", 10),
                new Column("Acceleration claim", 16), new Column("Recovered", 16),
                new Column("Outstanding principal", 16), new Column("Dirty value (price + accrued)", 16),
                new Column("DV01", 12), new Column("Cash still due", 16),
                new Column("Loss on the claim (claim − recovered)", 16), new Column("Defaulted principal", 16),
                new Column("Recovered from defaults", 16),
                new Column("Expected loss (defaulted − recovered, undiscounted)", 16)), rowLimit)
                .asExcelTable("MeasuresTable");
    }

    /** One note's results: the base case first, then one per scenario in the order of the names. */
    public void add(Position position, List<ScenarioResult> results) {
        if (results.size() != names.size()) {
            throw new IllegalArgumentException(results.size() + " results for " + names.size() + " scenarios");
        }
        CurrencyUnit currency = position.terms().currency();
        CellStyle amount = styles.amount(currency);
        for (int k = 0; k < results.size(); k++) {
            ScenarioResult r = results.get(k);
            aggregates.get(k).add(position, r.schedule(), r.measures());
            engineDeltaNpv.get(k).merge(currency.getCurrencyCode(), r.deltaNpv(), Double::sum);
            RowWriter row = measures.next();
            int n = row.excelRow();
            var b = r.base();
            var m = r.measures();
            int scale = r.schedule().scale();
            row.text(r.noteId()).integer(k).text(names.get(k)).text(currency.getCurrencyCode())
                    .number(b.npv(), amount).number(m.npv(), amount)
                    .formula("ROUND(F" + n + "-E" + n + "," + scale + ")", amount, shown(m.npv() - b.npv(), scale))
                    .number(r.deltaNpv(), amount);
            row.number(b.yield(), styles.rate()).number(m.yield(), styles.rate());
            delta(row, bothNumbers("J" + n, "I" + n, "*10000", 2), shown((m.yield() - b.yield()) * 10000, 2),
                    styles.basisPoints());
            row.number(b.walYears(), styles.years()).number(m.walYears(), styles.years());
            delta(row, bothNumbers("M" + n, "L" + n, "", 4), shown(m.walYears() - b.walYears(), 4), styles.years());
            row.number(b.modifiedDuration(), styles.years()).number(m.modifiedDuration(), styles.years());
            delta(row, bothNumbers("P" + n, "O" + n, "", 4), shown(m.modifiedDuration() - b.modifiedDuration(), 4),
                    styles.years());
            AccelerationClaim claim = r.claim();
            if (claim != null) {
                row.amount(claim.totalMinor(), scale, amount).amount(claim.recoveredMinor(), scale, amount);
                long[] sum = claims.get(k).computeIfAbsent(currency.getCurrencyCode(), x -> new long[2]);
                sum[0] += claim.totalMinor();
                sum[1] += claim.lossMinor();
            } else {
                row.blank().blank();
            }
            Schedule sc = r.schedule();
            long cash = 0;
            long defaulted = 0;
            long recovered = 0;
            // The flows after the as-of date, as the core's aggregate counts the ladder and the expected loss.
            for (int i = sc.firstDueAfter((int) m.asOf().toEpochDay()); i < sc.size(); i++) {
                cash += sc.interestMinor(i) + sc.principalMinor(i) + sc.prepaidMinor(i) + sc.recoveryMinor(i)
                        + sc.penaltyMinor(i);
                defaulted += sc.defaultedMinor(i);
                recovered += sc.recoveryMinor(i);
            }
            row.amount(m.outstandingPrincipalMinor(), scale, amount)
                    .amount(m.priceMinor() + m.accruedInterestMinor(), scale, amount)
                    .number(m.dv01(), amount).amount(cash, scale, amount);
            if (claim != null) {
                row.formula("ROUND(R" + n + "-S" + n + "," + scale + ")", amount, money(claim.lossMinor(), scale));
            } else {
                row.blank();
            }
            row.amount(defaulted, scale, amount).amount(recovered, scale, amount)
                    .formula("ROUND(Y" + n + "-Z" + n + "," + scale + ")", amount, money(defaulted - recovered, scale));
        }
    }

    /** (A − B)·scale when both are numbers; blank when a yield or WAL does not exist (no flows left). */
    private static String bothNumbers(String a, String b, String scale, int digits) {
        return "IF(AND(ISNUMBER(" + a + "),ISNUMBER(" + b + ")),ROUND((" + a + "-" + b + ")" + scale + "," + digits
                + "),\"\")";
    }

    /**
     * A difference rounded to the digits it is shown with, as its formula rounds it: a remainder of 1e-12
     * would print as −0.00.
     */
    private static double shown(double value, int digits) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(digits, java.math.RoundingMode.HALF_UP)
                .doubleValue() : value;
    }

    private static void delta(RowWriter row, String formula, double cached, CellStyle style) {
        if (Double.isFinite(cached)) {
            row.formula(formula, style, cached);
        } else {
            row.textFormula(formula, style, "");
        }
    }

    /** Writes the comparison, ladder, chart and assumptions sheets and closes the long table. */
    public void finish() {
        List<Part> parts = measures.finish();
        writeComparison(parts);
        writeLadder();
        writeCharts();
        writeAssumptions();
        LocalDate asOf = assumptions.asOf();
        for (Sheet sheet : workbook) {
            if (!sheet.getSheetName().equals("Charts")) {
                PrintLayout.apply(sheet, TITLE, asOf, 1);
            }
        }
        DocumentInfo.apply(workbook, TITLE, assumptions);
        workbook.setForceFormulaRecalculation(true);
    }

    private void writeAssumptions() {
        Sheet sheet = workbook.createSheet("Assumptions");
        RowWriter.of(sheet.createRow(0), styles).header("Assumption").header("Value");
        int r = 1;
        for (String[] row : assumptions.rows()) {
            RowWriter.of(sheet.createRow(r++), styles).label(row[0]).text(row[1], styles.wrappedText());
        }
        RowWriter.of(sheet.createRow(r + 1), styles).label("Live and fixed").text("This workbook holds no flows:"
                + " the Measures are the engine's figures at these assumptions (fixed values). The Comparison adds"
                + " them up by formula and every delta is a formula; edit a Measures figure and they follow.",
                styles.wrappedText());
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 120 * 256);
    }

    private void writeCharts() {
        ChartSheet charts = new ChartSheet(workbook, styles, TITLE, assumptions.asOf());
        List<Map<String, CurrencySummary>> byCase = new ArrayList<>();
        for (PortfolioAggregate a : aggregates) {
            Map<String, CurrencySummary> m = new TreeMap<>();
            a.summary().currencies().forEach(c -> m.put(c.currency().getCurrencyCode(), c));
            byCase.add(m);
        }
        for (Map.Entry<String, CurrencySummary> e : byCase.get(0).entrySet()) {
            int scale = e.getValue().currency().getDefaultFractionDigits();
            Map<YearMonth, double[]> months = new TreeMap<>();
            for (int k = 0; k < names.size(); k++) {
                CurrencySummary s = byCase.get(k).get(e.getKey());
                if (s == null) {
                    continue;
                }
                for (LadderRow l : s.monthlyLadder()) {
                    months.computeIfAbsent(l.month(), x -> new double[names.size()])[k] =
                            BigDecimal.valueOf(l.totalMinor(), scale).doubleValue();
                }
            }
            months.values().removeIf(v -> java.util.Arrays.stream(v).allMatch(x -> x == 0));
            boolean years = ChartSheet.byYear(months.size());
            charts.add("Cash due by " + (years ? "year" : "month") + ", " + e.getKey() + ": the base case and every scenario",
                    years ? "Year" : "Month", names, ChartSheet.byMonthOrYear(months, names.size()),
                    styles.amount(e.getValue().currency()), false);
        }
    }

    private void writeComparison(List<Part> parts) {
        RowWriter h = RowWriter.of(comparison.createRow(0), styles);
        for (String title : List.of("Scenario", "Currency", "Notes", "NPV (XNPV basis)", "ΔNPV", "ΔNPV (Σ engine, fixed)",
                "Outstanding principal", "ΔOutstanding", "Yield (XIRR, value-weighted)", "ΔYield (bp)",
                "WAL (principal-weighted)", "ΔWAL", "Modified duration", "ΔModified duration", "DV01",
                "Cash still due", "ΔCash still due", "Scenario no.", "Defaulted principal (undiscounted)",
                "Expected loss (defaulted less recovered, undiscounted)", "Acceleration claims (events of default)",
                "Loss on the claims (claim less recovered)")) {
            h.header(title);
        }
        comparison.createFreezePane(2, 1);
        int[] widths = {30, 9, 8, 18, 16, 16, 18, 16, 14, 14, 10, 10, 10, 10, 12, 18, 16, 9, 18, 18, 18, 18};
        for (int i = 0; i < widths.length; i++) {
            comparison.setColumnWidth(i, widths[i] * 256);
        }
        List<Map<String, CurrencySummary>> byCurrency = new ArrayList<>();
        for (PortfolioAggregate a : aggregates) {
            Map<String, CurrencySummary> m = new TreeMap<>();
            a.summary().currencies().forEach(c -> m.put(c.currency().getCurrencyCode(), c));
            byCurrency.add(m);
        }
        int next = 1;
        for (String code : byCurrency.get(0).keySet()) {
            int baseRow = next + 1;
            for (int k = 0; k < names.size(); k++) {
                CurrencySummary s = byCurrency.get(k).get(code);
                if (s == null) {
                    continue;
                }
                CellStyle amount = styles.amount(s.currency());
                int scale = s.currency().getDefaultFractionDigits();
                PortfolioTotals t = s.totals();
                PortfolioTotals base = byCurrency.get(0).get(code).totals();
                long cash = 0;
                for (LadderRow r : s.monthlyLadder()) {
                    cash += r.totalMinor();
                }
                long baseCash = 0;
                for (LadderRow r : byCurrency.get(0).get(code).monthlyLadder()) {
                    baseCash += r.totalMinor();
                }
                RowWriter row = RowWriter.of(comparison.createRow(next++), styles);
                int n = row.excelRow();
                // The rows of this case and currency in Measures: scenario no. in column R, currency in B.
                String match = "%s=$R" + n + ")*(%s=$B" + n + ")";
                row.text(names.get(k)).text(code)
                        .formula(Part.sumOver(parts, p -> "COUNTIFS(" + p.range(M_SCENARIO) + ",$R" + n + ","
                                + p.range(M_CURRENCY) + ",$B" + n + ")"), styles.integer(), t.notes())
                        .formula(sumIfs(parts, M_NPV, n), amount, t.npv())
                        .formula(delta("D", n, baseRow, "", scale), amount, shown(t.npv() - base.npv(), scale))
                        .number(engineDeltaNpv.get(k).getOrDefault(code, 0.0), amount)
                        .formula(sumIfs(parts, M_OUTSTANDING, n), amount, money(t.outstandingMinor(), scale))
                        .formula(delta("G", n, baseRow, "", scale), amount,
                                money(t.outstandingMinor() - base.outstandingMinor(), scale));
                cached(row, weighted(parts, n, M_YIELD, M_VALUE, true), t.weightedYield(), styles.rate());
                cached(row, delta("I", n, baseRow, "*10000", 2), shown((t.weightedYield() - base.weightedYield()) * 10000, 2),
                        styles.basisPoints());
                cached(row, weighted(parts, n, M_WAL, M_OUTSTANDING, false), t.walYears(), styles.years());
                cached(row, delta("K", n, baseRow, "", 4), shown(t.walYears() - base.walYears(), 4), styles.years());
                cached(row, weighted(parts, n, M_MODIFIED, M_VALUE, true), t.modifiedDuration(), styles.years());
                cached(row, delta("M", n, baseRow, "", 4), shown(t.modifiedDuration() - base.modifiedDuration(), 4),
                        styles.years());
                row.formula(sumIfs(parts, M_DV01, n), amount, t.dv01())
                        .formula(sumIfs(parts, M_CASH, n), amount, money(cash, scale))
                        .formula(delta("P", n, baseRow, "", scale), amount, money(cash - baseCash, scale))
                        .integer(k)
                        .formula(sumIfs(parts, M_DEFAULTED, n), amount, money(t.defaultedMinor(), scale))
                        .formula(sumIfs(parts, M_EXPECTED_LOSS, n), amount, money(t.expectedLossMinor(), scale));
                long[] claimed = claims.get(k).getOrDefault(code, new long[2]);
                row.formula(sumIfs(parts, M_CLAIM, n), amount, money(claimed[0], scale))
                        .formula(sumIfs(parts, M_CLAIM_LOSS, n), amount, money(claimed[1], scale));
            }
        }
        comparison.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, next - 1), 0,
                widths.length - 1));
    }

    private static double money(long minor, int scale) {
        return BigDecimal.valueOf(minor, scale).doubleValue();
    }

    private static void cached(RowWriter row, String formula, double value, CellStyle style) {
        if (Double.isFinite(value)) {
            row.formula(formula, style, value);
        } else {
            row.textFormula(formula, style, "");
        }
    }

    private static String sumIfs(List<Part> parts, int column, int n) {
        return Part.sumOver(parts, p -> "SUMIFS(" + p.range(column) + "," + p.range(M_SCENARIO) + ",$R" + n + ","
                + p.range(M_CURRENCY) + ",$B" + n + ")");
    }

    /**
     * Σ value × weight ÷ Σ weight over this case's notes in this currency that have the value, the weight
     * counted only where positive (the dirty value weights yields and durations, as the engine does).
     */
    private static String weighted(List<Part> parts, int n, int value, int weight, boolean positiveOnly) {
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        for (Part p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            String w = p.range(weight) + (positiveOnly ? "*(" + p.range(weight) + ">0)" : "");
            String has = "(" + p.range(M_SCENARIO) + "=$R" + n + ")*(" + p.range(M_CURRENCY) + "=$B" + n + ")*("
                    + p.range(value) + "<>\"\")*" + w;
            num.add("SUMPRODUCT(" + has + "," + p.range(value) + ")");
            den.add("SUMPRODUCT(" + has + ")");
        }
        if (num.isEmpty()) {
            return "\"\"";
        }
        String d = String.join("+", den);
        return "IF(" + d + "=0,\"\",(" + String.join("+", num) + ")/(" + d + "))";
    }

    private static String delta(String column, int row, int baseRow, String scale, int digits) {
        return bothNumbers(column + row, "$" + column + "$" + baseRow, scale, digits);
    }

    private void writeLadder() {
        Map<String, CurrencySummary> base = new TreeMap<>();
        aggregates.get(0).summary().currencies().forEach(c -> base.put(c.currency().getCurrencyCode(), c));
        for (int k = 1; k < names.size(); k++) {
            Map<String, CurrencySummary> scenario = new TreeMap<>();
            aggregates.get(k).summary().currencies().forEach(c -> scenario.put(c.currency().getCurrencyCode(), c));
            for (Map.Entry<String, CurrencySummary> e : base.entrySet()) {
                CurrencySummary b = e.getValue();
                CurrencySummary s = scenario.get(e.getKey());
                Map<YearMonth, LadderRow[]> months = new TreeMap<>();
                b.monthlyLadder().forEach(r -> months.computeIfAbsent(r.month(), x -> new LadderRow[2])[0] = r);
                if (s != null) {
                    s.monthlyLadder().forEach(r -> months.computeIfAbsent(r.month(), x -> new LadderRow[2])[1] = r);
                }
                CellStyle amount = styles.amount(b.currency());
                int scale = b.currency().getDefaultFractionDigits();
                for (Map.Entry<YearMonth, LadderRow[]> m : months.entrySet()) {
                    LadderRow br = m.getValue()[0];
                    LadderRow sr = m.getValue()[1];
                    if ((br == null || br.totalMinor() == 0) && (sr == null || sr.totalMinor() == 0)) {
                        continue;
                    }
                    long bt = br == null ? 0 : br.totalMinor();
                    long st = sr == null ? 0 : sr.totalMinor();
                    RowWriter row = ladder.next();
                    int n = row.excelRow();
                    row.text(names.get(k)).text(e.getKey()).date(m.getKey().atDay(1), styles.month())
                            .amount(br == null ? 0 : br.interestMinor(), scale, amount)
                            .amount(br == null ? 0 : br.totalMinor() - br.interestMinor(), scale, amount)
                            .formula("D" + n + "+E" + n, amount, money(bt, scale))
                            .formula("I" + n + "+J" + n, amount, money(st, scale))
                            .formula("G" + n + "-F" + n, amount, money(st - bt, scale))
                            .amount(sr == null ? 0 : sr.interestMinor(), scale, amount)
                            .amount(sr == null ? 0 : sr.totalMinor() - sr.interestMinor(), scale, amount);
                }
            }
        }
        ladder.finish();
    }
}
