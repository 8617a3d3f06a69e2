package com.notefolio.reports.scenario;

import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.scenario.AccelerationClaim;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.reports.workbook.BarChart;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.reports.workbook.StreamedTable.Column;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.time.LocalDate;
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
 *       still to come — each scenario figure followed by its delta to the base as a formula;</li>
 *   <li>{@code Ladder}: per scenario and currency, the cash due each month (interest, principal and
 *       prepayments, recoveries and penalties) in the base and in the scenario, and the difference as a
 *       formula;</li>
 *   <li>{@code Measures}: one row per note and scenario with the base and scenario measures, the deltas as
 *       formulas and the engine's ΔNPV beside them; it continues on further sheets past the row limit.</li>
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
    /** Ladder columns (0-based). */
    public static final int L_BASE_TOTAL = 5;
    public static final int L_SCENARIO_TOTAL = 6;
    public static final int L_DIFFERENCE = 7;

    /** Charts drawn for the first scenarios only: a set may hold a thousand. */
    private static final int MAX_CHARTS = 6;
    private static final int CHART_MONTHS = 120;

    private final WorkbookStyles styles;
    private final List<String> names;
    private final List<PortfolioAggregate> aggregates = new ArrayList<>();
    /** Σ of the engine's per-note ΔNPV, by scenario and currency: the figure the formulas must meet. */
    private final List<Map<String, Double>> engineDeltaNpv = new ArrayList<>();
    private final Sheet comparison;
    private final StreamedTable ladder;
    private final StreamedTable measures;

    /**
     * A comparison of {@code scenarioNames} (the base case first) as of {@code asOf}, its long table
     * holding at most {@code rowLimit} rows a sheet.
     */
    public ScenarioComparisonWorkbook(Workbook workbook, LocalDate asOf, List<String> scenarioNames, int rowLimit) {
        this.styles = new WorkbookStyles(workbook);
        this.names = List.copyOf(scenarioNames);
        for (int i = 0; i < names.size(); i++) {
            aggregates.add(new PortfolioAggregate(asOf));
            engineDeltaNpv.add(new TreeMap<>());
        }
        comparison = workbook.createSheet("Comparison");
        ladder = new StreamedTable(workbook, styles, "Ladder", List.of(new Column("Scenario", 30),
                new Column("Currency", 9), new Column("Month", 9), new Column("Interest (base)", 16),
                new Column("Principal, prepaid, recovered, penalties (base)", 18), new Column("Cash (base)", 16),
                new Column("Cash (scenario)", 16), new Column("Difference", 16), new Column("Interest (scenario)", 16),
                new Column("Principal, prepaid, recovered, penalties (scenario)", 18)), rowLimit);
        measures = new StreamedTable(workbook, styles, "Measures", List.of(
                new Column("Note", 20), new Column("Scenario no.", 9), new Column("Scenario", 28),
                new Column("Currency", 9), new Column("NPV base", 16), new Column("NPV", 16),
                new Column("ΔNPV", 16), new Column("ΔNPV (engine)", 16),
                new Column("Yield base (XIRR)", 14), new Column("Yield (XIRR)", 14), new Column("ΔYield", 14),
                new Column("WAL base", 10), new Column("WAL", 10), new Column("ΔWAL", 10),
                new Column("Mod. duration base", 10), new Column("Mod. duration", 10), new Column("ΔMod. duration", 10),
                new Column("Acceleration claim", 16), new Column("Recovered", 16)), rowLimit);
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
            row.text(r.noteId()).integer(k).text(names.get(k)).text(currency.getCurrencyCode())
                    .number(r.base().npv(), amount).number(r.measures().npv(), amount)
                    .formula("F" + n + "-E" + n, amount).number(r.deltaNpv(), amount)
                    .number(r.base().yield(), styles.rate()).number(r.measures().yield(), styles.rate())
                    .formula(bothNumbers("J" + n, "I" + n), styles.rate())
                    .number(r.base().walYears(), styles.years()).number(r.measures().walYears(), styles.years())
                    .formula(bothNumbers("M" + n, "L" + n), styles.years())
                    .number(r.base().modifiedDuration(), styles.years())
                    .number(r.measures().modifiedDuration(), styles.years())
                    .formula(bothNumbers("P" + n, "O" + n), styles.years());
            AccelerationClaim claim = r.claim();
            if (claim != null) {
                int scale = r.schedule().scale();
                row.amount(claim.totalMinor(), scale, amount).amount(claim.recoveredMinor(), scale, amount);
            }
        }
    }

    /** A − B when both are numbers; blank when a yield or WAL does not exist (no flows left). */
    private static String bothNumbers(String a, String b) {
        return "IF(AND(ISNUMBER(" + a + "),ISNUMBER(" + b + "))," + a + "-" + b + ",\"\")";
    }

    /** Writes the comparison and ladder sheets and closes the long table. */
    public void finish() {
        measures.finish();
        writeComparison();
        writeLadder();
    }

    private void writeComparison() {
        RowWriter h = RowWriter.of(comparison.createRow(0), styles);
        for (String title : List.of("Scenario", "Currency", "Notes", "NPV (XNPV basis)", "ΔNPV", "ΔNPV (Σ engine)",
                "Outstanding principal", "ΔOutstanding", "Yield (XIRR, value-weighted)", "ΔYield",
                "WAL (principal-weighted)", "ΔWAL", "Modified duration", "ΔModified duration", "DV01",
                "Cash still due", "ΔCash still due")) {
            h.header(title);
        }
        comparison.createFreezePane(2, 1);
        int[] widths = {30, 9, 8, 18, 16, 16, 18, 16, 14, 14, 10, 10, 10, 10, 12, 18, 16};
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
                long cash = 0;
                for (LadderRow r : s.monthlyLadder()) {
                    cash += r.totalMinor();
                }
                RowWriter row = RowWriter.of(comparison.createRow(next++), styles);
                int n = row.excelRow();
                row.text(names.get(k)).text(code).integer(t.notes())
                        .number(t.npv(), amount).formula(delta("D", n, baseRow), amount)
                        .number(engineDeltaNpv.get(k).getOrDefault(code, 0.0), amount)
                        .amount(t.outstandingMinor(), scale, amount).formula(delta("G", n, baseRow), amount)
                        .number(t.weightedYield(), styles.rate()).formula(delta("I", n, baseRow), styles.rate())
                        .number(t.walYears(), styles.years()).formula(delta("K", n, baseRow), styles.years())
                        .number(t.modifiedDuration(), styles.years()).formula(delta("M", n, baseRow), styles.years())
                        .number(t.dv01(), amount)
                        .amount(cash, scale, amount).formula(delta("P", n, baseRow), amount);
            }
        }
        comparison.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, next - 1), 0, 16));
    }

    private static String delta(String column, int row, int baseRow) {
        String a = column + row;
        String b = "$" + column + "$" + baseRow;
        return "IF(AND(ISNUMBER(" + a + "),ISNUMBER(" + b + "))," + a + "-" + b + ",\"\")";
    }

    private void writeLadder() {
        Map<String, CurrencySummary> base = new TreeMap<>();
        aggregates.get(0).summary().currencies().forEach(c -> base.put(c.currency().getCurrencyCode(), c));
        int charts = 0;
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
                int first = -1;
                List<String> labels = new ArrayList<>();
                List<Double> baseCash = new ArrayList<>();
                List<Double> scenarioCash = new ArrayList<>();
                for (Map.Entry<YearMonth, LadderRow[]> m : months.entrySet()) {
                    LadderRow br = m.getValue()[0];
                    LadderRow sr = m.getValue()[1];
                    if ((br == null || br.totalMinor() == 0) && (sr == null || sr.totalMinor() == 0)) {
                        continue;
                    }
                    RowWriter row = ladder.next();
                    int n = row.excelRow();
                    row.text(names.get(k)).text(e.getKey()).date(m.getKey().atDay(1), styles.month())
                            .amount(br == null ? 0 : br.interestMinor(), scale, amount)
                            .amount(br == null ? 0 : br.totalMinor() - br.interestMinor(), scale, amount)
                            .formula("D" + n + "+E" + n, amount)
                            .formula("I" + n + "+J" + n, amount)
                            .formula("G" + n + "-F" + n, amount)
                            .amount(sr == null ? 0 : sr.interestMinor(), scale, amount)
                            .amount(sr == null ? 0 : sr.totalMinor() - sr.interestMinor(), scale, amount);
                    first = first < 0 ? n : first;
                    if (labels.size() < CHART_MONTHS) {
                        labels.add(m.getKey().toString());
                        baseCash.add((br == null ? 0 : br.totalMinor()) / Math.pow(10, scale));
                        scenarioCash.add((sr == null ? 0 : sr.totalMinor()) / Math.pow(10, scale));
                    }
                }
                if (charts < MAX_CHARTS && !labels.isEmpty() && ladder.currentSheet().getSheetName().equals("Ladder")) {
                    // The scenario's ladder over the base's, for the first scenarios of the first currency.
                    int last = first + labels.size() - 1;
                    String sheet = StreamedTable.quoted("Ladder") + "!";
                    BarChart.draw(ladder.currentSheet(), 11, 1 + 24 * charts,
                            "Cash by month: " + names.get(k) + " over the base, " + e.getKey(),
                            labels.toArray(String[]::new), sheet + "$C$" + first + ":$C$" + last,
                            List.of(new BarChart.Series("Base", sheet + "$F$" + first + ":$F$" + last,
                                            baseCash.toArray(Double[]::new)),
                                    new BarChart.Series("Scenario", sheet + "$G$" + first + ":$G$" + last,
                                            scenarioCash.toArray(Double[]::new))), false);
                    charts++;
                }
            }
        }
        ladder.finish();
    }
}
