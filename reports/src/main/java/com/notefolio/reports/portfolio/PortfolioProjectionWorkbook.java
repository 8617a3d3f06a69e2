package com.notefolio.reports.portfolio;

import com.notefolio.core.portfolio.Concentration;
import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.ExposureDimension;
import com.notefolio.core.portfolio.ExposureRow;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.reports.workbook.BarChart;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.reports.workbook.StreamedTable.Column;
import com.notefolio.reports.workbook.StreamedTable.Part;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A portfolio's projection, written while the notes stream by: {@link #add} each note, then
 * {@link #finish}. Sheets: {@code Summary} (KPIs by currency: the NPV and the cash still due as formulas
 * over the flows beside the engine's figures, weighted averages and concentration), {@code Assumptions}
 * (named {@code AsOf} and {@code DiscountRate}, or {@code CurveShift} on a zero curve), {@code Ladder}
 * (the monthly cash-flow ladder with formula totals and month-end discounting, and its chart),
 * {@code Notes} (each note's measures), {@code Exposure} (by borrower, lender, sector, region, rating,
 * maturity and security, with the borrower chart) and {@code Flows} (every flow, its discount factor and
 * present value as formulas), which continues on {@code Flows (2)}… past the row limit.
 *
 * <p>Discounting is on Excel's XNPV basis: (1 + r)^−(due − AsOf)/365, annual compounding on actual/365
 * days. Amounts in different currencies are never added together.
 */
public final class PortfolioProjectionWorkbook {

    /** Flows columns (0-based). */
    static final int F_CURRENCY = 1;
    static final int F_DUE = 3;
    static final int F_INTEREST = 5;
    static final int F_PAYMENT = 7;
    static final int F_PV = 12;

    /** Summary rows of each currency block, offsets from its first row (the currency's own row). */
    public static final int S_NPV = 5;
    public static final int S_INTEREST_DUE = 6;
    public static final int S_CASH_DUE = 7;
    public static final int S_LADDER_CASH = 8;
    public static final int S_BLOCK = 19;

    /** The named cells AsOf and DiscountRate (or CurveShift), by address. */
    private static final String AS_OF_CELL = "Assumptions!$B$2";
    private static final String RATE_CELL = "Assumptions!$B$3";

    private static final int CHART_MONTHS = 120;
    private static final int CHART_BORROWERS = 20;

    private final Workbook workbook;
    private final WorkbookStyles styles;
    private final DiscountCurve curve;
    private final PortfolioAggregate aggregate;
    private final int asOfDay;
    private final Sheet summary;
    private final StreamedTable ladder;
    private final StreamedTable notes;
    private final StreamedTable exposure;
    private final StreamedTable flows;

    public PortfolioProjectionWorkbook(Workbook workbook, LocalDate asOf, DiscountCurve curve, int rowLimit) {
        this.workbook = workbook;
        this.styles = new WorkbookStyles(workbook);
        this.curve = curve;
        this.aggregate = new PortfolioAggregate(asOf);
        this.asOfDay = (int) asOf.toEpochDay();
        summary = workbook.createSheet("Summary");
        writeAssumptions(workbook.createSheet("Assumptions"), asOf);
        ladder = new StreamedTable(workbook, styles, "Ladder", List.of(new Column("Currency", 9),
                new Column("Month", 9), new Column("Interest", 16), new Column("Principal", 16),
                new Column("Prepaid", 14), new Column("Recoveries", 14), new Column("Penalties", 12),
                new Column("Total cash", 16), new Column("Defaulted (no cash)", 14),
                new Column("Closing balance", 18), new Column("Discount factor (month end)", 14),
                new Column("PV at month end", 16)), rowLimit);
        notes = new StreamedTable(workbook, styles, "Notes", List.of(new Column("Note", 20),
                new Column("Currency", 9), new Column("Borrower", 28), new Column("Outstanding principal", 18),
                new Column("Accrued interest", 14), new Column("Clean price", 16), new Column("NPV (XNPV basis)", 16),
                new Column("Yield (XIRR)", 14), new Column("Yield, nominal", 14), new Column("WAL", 10),
                new Column("Macaulay duration", 10), new Column("Modified duration", 10),
                new Column("Convexity", 10), new Column("DV01", 12)), rowLimit);
        exposure = new StreamedTable(workbook, styles, "Exposure", List.of(new Column("Dimension", 16),
                new Column("Currency", 9), new Column("Group", 30), new Column("Notes", 8),
                new Column("Outstanding principal", 18), new Column("Accrued interest", 14),
                new Column("Exposure", 18), new Column("Share", 10), new Column("Collateral (stated)", 16),
                new Column("Collateral coverage", 12)), rowLimit);
        flows = new StreamedTable(workbook, styles, "Flows", List.of(new Column("Note", 20),
                new Column("Currency", 9), new Column("Period", 7), new Column("Due date", 11),
                new Column("Month", 9), new Column("Interest", 14), new Column("Principal", 16),
                new Column("Payment", 16), new Column("Closing balance", 16), new Column("Zero rate (on a curve)", 12),
                new Column("Years (due − AsOf)/365", 10), new Column("Discount factor", 13),
                new Column("PV (after AsOf)", 16)), rowLimit);
    }

    private boolean flat() {
        return curve instanceof FlatRate;
    }

    private void writeAssumptions(Sheet sheet, LocalDate asOf) {
        RowWriter.of(sheet.createRow(0), styles).header("Assumption").header("Value").header("Meaning");
        name("AsOf", RowWriter.of(sheet.createRow(1), styles).label("As-of date").date(asOf)
                .text("Flows due after this date are projected; one due on it counts as paid."));
        if (flat()) {
            name("DiscountRate", RowWriter.of(sheet.createRow(2), styles).label("Discount rate")
                    .number(((FlatRate) curve).rate(), styles.rate())
                    .text("Annually compounded, Excel XNPV basis (actual days / 365); change it and every PV follows."));
        } else {
            name("CurveShift", RowWriter.of(sheet.createRow(2), styles).label("Zero curve shift")
                    .number(0, styles.rate()).text("Added to every zero rate of the Flows' Zero rate column."));
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 90 * 256);
    }

    private void name(String name, RowWriter row) {
        Name n = workbook.createName();
        n.setNameName(name);
        n.setRefersToFormula("Assumptions!$B$" + row.excelRow());
    }

    /** One note: its position, resolved schedule and measures. */
    public void add(Position position, Schedule schedule, NoteMeasures m) {
        aggregate.add(position, schedule, m);
        String currency = position.terms().currency().getCurrencyCode();
        CellStyle amount = styles.amount(position.terms().currency());
        int scale = schedule.scale();
        notes.next().text(m.noteId()).text(currency).text(position.terms().borrower().name())
                .amount(m.outstandingPrincipalMinor(), scale, amount).amount(m.accruedInterestMinor(), scale, amount)
                .amount(m.priceMinor(), scale, amount).number(m.npv(), amount)
                .number(m.yield(), styles.rate()).number(m.yieldNominal(), styles.rate())
                .number(m.walYears(), styles.years()).number(m.macaulayDuration(), styles.years())
                .number(m.modifiedDuration(), styles.years()).number(m.convexity(), styles.years())
                .number(m.dv01(), amount);
        for (int i = 0; i < schedule.size(); i++) {
            RowWriter row = flows.next();
            int r = row.excelRow();
            int due = schedule.dueEpochDay(i);
            LocalDate dueDate = LocalDate.ofEpochDay(due);
            row.text(m.noteId()).text(currency).integer(i + 1).date(dueDate)
                    .date(dueDate.withDayOfMonth(1), styles.month())
                    .amount(schedule.interestMinor(i), scale, amount)
                    .amount(schedule.paymentMinor(i) - schedule.interestMinor(i), scale, amount)
                    .amount(schedule.paymentMinor(i), scale, amount)
                    .amount(schedule.closingMinor(i), scale, amount);
            // The named cells by their addresses: the same cells, but POI resolves a name in every formula it
            // is given, which for a million rows costs more than the rest of the export.
            // On a flat rate the discount factor reads the rate cell itself: a formula cell less per row.
            if (flat()) {
                row.blank();
            } else {
                row.number(curve.zeroRate(Math.max(0, due - asOfDay) / 365.0), styles.rate());
            }
            row.formula("(D" + r + "-" + AS_OF_CELL + ")/365", styles.years())
                    .formula(flat() ? "(1+" + RATE_CELL + ")^-K" + r : "(1+J" + r + "+" + RATE_CELL + ")^-K" + r,
                            styles.factor())
                    .formula("IF(D" + r + ">" + AS_OF_CELL + ",H" + r + "*L" + r + ",0)", amount);
        }
    }

    /** Writes the summary, ladder and exposure sheets and closes the long tables. */
    public PortfolioSummary finish() {
        List<Part> flowParts = flows.finish();
        notes.finish();
        PortfolioSummary result = aggregate.summary();
        List<Part> ladderParts = writeLadder(result);
        writeExposure(result);
        writeSummary(result, flowParts, ladderParts);
        return result;
    }

    private List<Part> writeLadder(PortfolioSummary result) {
        boolean charted = false;
        for (CurrencySummary c : result.currencies()) {
            CellStyle amount = styles.amount(c.currency());
            int scale = c.currency().getDefaultFractionDigits();
            int first = -1;
            List<String> months = new ArrayList<>();
            List<Double> interest = new ArrayList<>();
            List<Double> principal = new ArrayList<>();
            for (LadderRow l : c.monthlyLadder()) {
                RowWriter row = ladder.next();
                int r = row.excelRow();
                first = first < 0 ? r : first;
                row.text(c.currency().getCurrencyCode()).date(l.month().atDay(1), styles.month())
                        .amount(l.interestMinor(), scale, amount).amount(l.principalMinor(), scale, amount)
                        .amount(l.prepaidMinor(), scale, amount).amount(l.recoveryMinor(), scale, amount)
                        .amount(l.penaltyMinor(), scale, amount)
                        .formula("SUM(C" + r + ":G" + r + ")", amount)
                        .amount(l.defaultedMinor(), scale, amount).amount(l.closingBalanceMinor(), scale, amount);
                // Month-end discounting: a view of when the cash comes; the exact NPV is on the Summary.
                String years = "MAX(0,EOMONTH(B" + r + ",0)-AsOf)/365";
                row.formula(flat() ? "(1+DiscountRate)^-(" + years + ")" : "1", styles.factor())
                        .formula("H" + r + "*K" + r, amount);
                if (!charted && months.size() < CHART_MONTHS) {
                    months.add(l.month().toString());
                    interest.add(BigDecimal.valueOf(l.interestMinor(), scale).doubleValue());
                    principal.add(BigDecimal.valueOf(l.principalMinor() + l.prepaidMinor() + l.recoveryMinor(), scale)
                            .doubleValue());
                }
            }
            if (!charted && !months.isEmpty() && ladder.currentSheet().getSheetName().equals("Ladder")) {
                int last = first + months.size() - 1;
                String sheet = StreamedTable.quoted("Ladder") + "!";
                BarChart.draw(ladder.currentSheet(), 13, 1,
                        "Cash due by month, " + c.currency().getCurrencyCode() + " (interest and principal)",
                        months.toArray(String[]::new), sheet + "$B$" + first + ":$B$" + last,
                        List.of(new BarChart.Series("Interest", sheet + "$C$" + first + ":$C$" + last,
                                        interest.toArray(Double[]::new)),
                                new BarChart.Series("Principal", sheet + "$D$" + first + ":$D$" + last,
                                        principal.toArray(Double[]::new))), true);
                charted = true;
            }
        }
        return ladder.finish();
    }

    private void writeExposure(PortfolioSummary result) {
        boolean charted = false;
        for (CurrencySummary c : result.currencies()) {
            CellStyle amount = styles.amount(c.currency());
            int scale = c.currency().getDefaultFractionDigits();
            for (ExposureDimension d : ExposureDimension.values()) {
                List<ExposureRow> rows = c.exposures().getOrDefault(d, List.of());
                int first = -1;
                List<String> keys = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                for (ExposureRow e : rows) {
                    RowWriter row = exposure.next();
                    int r = row.excelRow();
                    first = first < 0 ? r : first;
                    row.text(d.name()).text(c.currency().getCurrencyCode()).text(e.key()).integer(e.notes())
                            .amount(e.outstandingMinor(), scale, amount).amount(e.accruedMinor(), scale, amount)
                            .formula("E" + r + "+F" + r, amount).number(e.share(), styles.percent())
                            .amount(e.collateralMinor(), scale, amount)
                            .formula("IF(G" + r + "=0,\"\",I" + r + "/G" + r + ")", styles.percent());
                    if (keys.size() < CHART_BORROWERS) {
                        keys.add(e.key());
                        values.add(BigDecimal.valueOf(e.exposureMinor(), scale).doubleValue());
                    }
                }
                if (!charted && d == ExposureDimension.BORROWER && !keys.isEmpty()
                        && exposure.currentSheet().getSheetName().equals("Exposure")) {
                    int last = first + keys.size() - 1;
                    String sheet = StreamedTable.quoted("Exposure") + "!";
                    BarChart.draw(exposure.currentSheet(), 11, 1,
                            "Exposure by borrower, largest " + keys.size() + ", " + c.currency().getCurrencyCode(),
                            keys.toArray(String[]::new), sheet + "$C$" + first + ":$C$" + last,
                            List.of(new BarChart.Series("Exposure", sheet + "$G$" + first + ":$G$" + last,
                                    values.toArray(Double[]::new))), false);
                    charted = true;
                }
            }
        }
        exposure.finish();
    }

    private void writeSummary(PortfolioSummary result, List<Part> flowParts, List<Part> ladderParts) {
        RowWriter.of(summary.createRow(0), styles).header("Measure").header("Workbook (formula)")
                .header("Engine (Notefolio)").header("Difference").header("Definition and basis");
        summary.createFreezePane(1, 1);
        summary.setColumnWidth(0, 36 * 256);
        summary.setColumnWidth(1, 20 * 256);
        summary.setColumnWidth(2, 20 * 256);
        summary.setColumnWidth(3, 14 * 256);
        summary.setColumnWidth(4, 100 * 256);
        int row = 1;
        for (CurrencySummary c : result.currencies()) {
            String code = c.currency().getCurrencyCode();
            CellStyle amount = styles.amount(c.currency());
            int scale = c.currency().getDefaultFractionDigits();
            PortfolioTotals t = c.totals();
            long interestDue = 0;
            long cashDue = 0;
            for (LadderRow l : c.monthlyLadder()) {
                interestDue += l.interestMinor();
                cashDue += l.totalMinor();
            }
            int top = row;
            RowWriter.of(summary.createRow(top), styles).label("Currency").text(code);
            value(top + 1, "Notes", t.notes(), styles.integer(), "Notes held in " + code + ".");
            value(top + 2, "Outstanding principal", money(t.outstandingMinor(), scale), amount,
                    "Principal due after AsOf (exact).");
            value(top + 3, "Accrued interest", money(t.accruedMinor(), scale), amount, "Accrued to AsOf (exact).");
            value(top + 4, "Clean price", money(t.priceMinor(), scale), amount, "Σ prices carried (par when none).");
            String currency = "\"" + code + "\"";
            compare(top + S_NPV, "NPV", sumIfs(flowParts, F_PV, currency, null), t.npv(), amount,
                    "Σ payment × (1 + r)^−(due − AsOf)/365 over the flows due after AsOf: the Flows' PV column"
                            + " (SUMPRODUCT of payment and discount factor), Excel XNPV basis.");
            compare(top + S_INTEREST_DUE, "Interest due after AsOf",
                    sumIfs(flowParts, F_INTEREST, currency, "\">\"&AsOf"), money(interestDue, scale), amount,
                    "Σ interest of the flows due after AsOf (exact).");
            compare(top + S_CASH_DUE, "Cash due after AsOf",
                    sumIfs(flowParts, F_PAYMENT, currency, "\">\"&AsOf"), money(cashDue, scale), amount,
                    "Σ payments of the flows due after AsOf (exact).");
            compare(top + S_LADDER_CASH, "Ladder total cash", sumIfLadder(ladderParts, currency),
                    money(cashDue, scale), amount, "The Ladder's total cash column: the same cash by month.");
            value(top + 9, "DV01", t.dv01(), amount, "NPV gained when discount rates fall 1 bp.");
            value(top + 10, "Coupon (principal-weighted)", t.weightedCoupon(), styles.rate(), "Nominal note rates.");
            value(top + 11, "Yield (value-weighted)", t.weightedYield(), styles.rate(),
                    "XIRR basis (annual compounding on actual/365), weighted by dirty price.");
            value(top + 12, "WAL (principal-weighted, years)", t.walYears(), styles.years(), "Actual/365.");
            value(top + 13, "Modified duration (value-weighted)", t.modifiedDuration(), styles.years(), "Years.");
            Concentration k = c.concentration();
            value(top + 14, "Largest borrower's share", k.top1Share(), styles.percent(), "Of exposure (outstanding + accrued).");
            value(top + 15, "Largest 5 borrowers' share", k.top5Share(), styles.percent(), "");
            value(top + 16, "Largest 10 borrowers' share", k.top10Share(), styles.percent(), "");
            value(top + 17, "Herfindahl index (borrowers)", k.herfindahl(), styles.rate(), "Σ share²: 1 is one borrower.");
            row = top + S_BLOCK;
        }
    }

    private static double money(long minor, int scale) {
        return BigDecimal.valueOf(minor, scale).doubleValue();
    }

    /** Σ over every Flows sheet of SUMIFS(column, currency = c[, due date criterion]). */
    private static String sumIfs(List<Part> parts, int column, String currency, String dueCriterion) {
        List<String> terms = new ArrayList<>();
        for (Part p : parts) {
            if (!p.isEmpty()) {
                terms.add("SUMIFS(" + p.range(column) + "," + p.range(F_CURRENCY) + "," + currency
                        + (dueCriterion == null ? "" : "," + p.range(F_DUE) + "," + dueCriterion) + ")");
            }
        }
        return terms.isEmpty() ? "0" : String.join("+", terms);
    }

    private static String sumIfLadder(List<Part> parts, String currency) {
        List<String> terms = new ArrayList<>();
        for (Part p : parts) {
            if (!p.isEmpty()) {
                terms.add("SUMIF(" + p.range(0) + "," + currency + "," + p.range(7) + ")");
            }
        }
        return terms.isEmpty() ? "0" : String.join("+", terms);
    }

    private void value(int row, String label, double engine, CellStyle style, String definition) {
        RowWriter.of(summary.createRow(row), styles).label(label).blank().number(engine, style).blank().text(definition);
    }

    private void compare(int row, String label, String formula, double engine, CellStyle style, String definition) {
        int n = row + 1;
        RowWriter.of(summary.createRow(row), styles).label(label).formula(formula, style).number(engine, style)
                .formula("B" + n + "-C" + n, style).text(definition);
    }
}
