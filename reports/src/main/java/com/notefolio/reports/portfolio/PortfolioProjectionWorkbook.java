package com.notefolio.reports.portfolio;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.portfolio.Concentration;
import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.ExposureDimension;
import com.notefolio.core.portfolio.ExposureRow;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionWarning;
import com.notefolio.core.note.RateKind;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.reports.workbook.ChartSheet;
import com.notefolio.reports.workbook.CurveSheet;
import com.notefolio.reports.workbook.DocumentInfo;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.reports.workbook.IndexSheet;
import com.notefolio.reports.workbook.InputValidation;
import com.notefolio.reports.workbook.PrintLayout;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.reports.workbook.StreamedTable.Column;
import com.notefolio.reports.workbook.StreamedTable.Part;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A portfolio's projection, written while the notes stream by: {@link #add} each note, then
 * {@link #finish}. Sheets: {@code Summary} (the KPIs of each currency, every one a formula — over the
 * Flows for what the discounting moves, over the Notes and Exposure sheets for the rest — beside the
 * engine's figure and the difference), {@code Assumptions} (the inputs {@code AsOf} and
 * {@code DiscountRate}, or {@code CurveShift} in basis points on a zero curve, then the record of the
 * export), {@code Curve} (on a zero curve: its points as inputs), {@code Ladder} (the monthly cash-flow
 * ladder with formula totals and month-end discounting), {@code Notes} (each note's measures: the
 * engine's, fixed at the recorded as-of date and price), {@code Exposure} (by borrower, lender, sector,
 * region, rating, maturity, security, rate kind and index; exposure, share and coverage as formulas; each share divides by
 * its dimension's total on {@code Exposure totals}, so sorting moves nothing), {@code Charts} (per
 * currency, the ladder over its whole horizon and the largest borrowers) and {@code Flows} (every flow,
 * its zero rate, discount factor and present value as formulas; a structured note's rows also with their
 * kind and the interest carried unpaid after them, a revolving line's with the fee each pays — part of its
 * payment, as core's payment is interest + principal + fee, so the Principal column is the payment less
 * interest and fee), which continues on {@code Flows (2)}…
 * past the row limit, and {@code Index} when the export read index data (each index's fixings and
 * projection). Every formula cell carries the engine's figure as its cached value.
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
    static final int F_ZERO = 9;
    static final int F_YEARS = 10;
    static final int F_PV = 12;
    /** Notes columns (0-based). */
    static final int N_CURRENCY = 1;
    static final int N_OUTSTANDING = 3;
    static final int N_ACCRUED = 4;
    static final int N_PRICE = 5;
    static final int N_YIELD = 7;
    static final int N_WAL = 9;
    static final int N_MODIFIED = 11;
    static final int N_RATE = 14;
    /** The engine's warnings on a note's figures (a stale price): a note with one is out of the weighted yield. */
    static final int N_WARNINGS = 15;
    /** The rate's kind (Fixed, Stepped, Floating, …) and the index it reads ("Fixed" for none), as exposure groups them. */
    static final int N_RATE_KIND = 16;
    static final int N_INDEX = 17;

    /** Summary rows of each currency block, offsets from its first row (the currency's own row). */
    public static final int S_NOTES = 1;
    public static final int S_OUTSTANDING = 2;
    public static final int S_ACCRUED = 3;
    public static final int S_PRICE = 4;
    public static final int S_NPV = 5;
    public static final int S_INTEREST_DUE = 6;
    public static final int S_CASH_DUE = 7;
    public static final int S_LADDER_CASH = 8;
    public static final int S_DV01 = 9;
    public static final int S_COUPON = 10;
    public static final int S_YIELD = 11;
    public static final int S_WAL = 12;
    public static final int S_MODIFIED = 13;
    public static final int S_TOP1 = 14;
    public static final int S_TOP5 = 15;
    public static final int S_TOP10 = 16;
    public static final int S_HERFINDAHL = 17;
    public static final int S_BLOCK = 19;

    /** The named cells AsOf and DiscountRate (or CurveShift), by address. */
    private static final String AS_OF_CELL = "Assumptions!$B$2";
    private static final String RATE_CELL = "Assumptions!$B$3";

    private static final int CHART_BORROWERS = 20;
    private static final String TITLE = "Notefolio portfolio projection";

    private final Workbook workbook;
    private final WorkbookStyles styles;
    private final DiscountCurve curve;
    private final ExportAssumptions assumptions;
    private final PortfolioAggregate aggregate;
    private final LocalDate asOf;
    private final int asOfDay;
    private final Sheet summary;
    private final CurveSheet curveSheet;
    private final StreamedTable ladder;
    private final StreamedTable notes;
    private final StreamedTable exposure;
    private final StreamedTable flows;

    public PortfolioProjectionWorkbook(Workbook workbook, LocalDate asOf, DiscountCurve curve, int rowLimit) {
        this(workbook, ExportAssumptions.of(asOf, curve), curve, rowLimit);
    }

    /** The same, recording {@code assumptions} (inputs, version) on the Assumptions sheet. */
    public PortfolioProjectionWorkbook(Workbook workbook, ExportAssumptions assumptions, DiscountCurve curve,
                                       int rowLimit) {
        this.workbook = workbook;
        this.styles = new WorkbookStyles(workbook);
        this.curve = curve;
        this.assumptions = assumptions;
        this.asOf = assumptions.asOf();
        this.aggregate = new PortfolioAggregate(asOf);
        this.asOfDay = (int) asOf.toEpochDay();
        summary = workbook.createSheet("Summary");
        writeAssumptions(workbook.createSheet("Assumptions"));
        curveSheet = curve instanceof ZeroCurve z ? CurveSheet.write(workbook, styles, z, TITLE, asOf) : null;
        ladder = new StreamedTable(workbook, styles, "Ladder", List.of(new Column("Currency", 9),
                new Column("Month", 9), new Column("Interest", 16), new Column("Principal", 16),
                new Column("Prepaid", 14), new Column("Recoveries", 14), new Column("Penalties", 12),
                new Column("Fees", 12), new Column("Total cash", 16), new Column("Defaulted (no cash)", 14),
                new Column("Closing balance", 18), new Column("Discount factor (month end)", 14),
                new Column("PV at month end", 16)), rowLimit).asExcelTable("LadderTable");
        notes = new StreamedTable(workbook, styles, "Notes", List.of(new Column("Note", 20),
                new Column("Currency", 9), new Column("Borrower", 28),
                new Column("Outstanding principal (engine, fixed)", 18), new Column("Accrued interest (engine, fixed)", 14),
                new Column("Clean price", 16), new Column("NPV (engine, fixed)", 16),
                new Column("Yield, XIRR (engine, fixed)", 14), new Column("Yield, nominal (engine, fixed)", 14),
                new Column("WAL (engine, fixed)", 10), new Column("Macaulay duration (engine, fixed)", 10),
                new Column("Modified duration (engine, fixed)", 10), new Column("Convexity (engine, fixed)", 10),
                new Column("DV01 (engine, fixed)", 12), new Column("Rate in effect on the as-of date", 10),
                new Column("Warnings (engine, fixed)", 60), new Column("Rate kind", 16), new Column("Index", 12)),
                rowLimit).asExcelTable("NotesTable");
        exposure = new StreamedTable(workbook, styles, "Exposure", List.of(new Column("Dimension", 16),
                new Column("Currency", 9), new Column("Group", 30), new Column("Notes", 8),
                new Column("Outstanding principal", 18), new Column("Accrued interest", 14),
                new Column("Exposure", 18), new Column("Share", 10), new Column("Collateral (stated)", 16),
                new Column("Collateral coverage", 12)), rowLimit).asExcelTable("ExposureTable");
        flows = new StreamedTable(workbook, styles, "Flows", List.of(new Column("Note", 20),
                new Column("Currency", 9), new Column("Period", 7), new Column("Due date", 11),
                new Column("Month", 9), new Column("Interest", 14), new Column("Principal", 16),
                new Column("Payment", 16), new Column("Closing balance", 16), new Column("Zero rate (on a curve)", 12),
                new Column("Years (due − AsOf)/365", 10), new Column("Discount factor", 13),
                new Column("PV (after AsOf)", 16),
                new Column("Kind (blank: scheduled; ADVANCE: the holder lends)", 22),
                new Column("Deferred interest (accrued, unpaid after the row)", 16),
                new Column("Fee (in the payment)", 12)), rowLimit).asExcelTable("FlowsTable");
    }

    private boolean flat() {
        return curve instanceof FlatRate;
    }

    private void writeAssumptions(Sheet sheet) {
        RowWriter.of(sheet.createRow(0), styles).header("Assumption").header("Value").header("Meaning");
        name("AsOf", RowWriter.of(sheet.createRow(1), styles).label("As-of date").date(asOf, styles.inputDate())
                .text("Input. Flows due after this date are discounted and counted as still due; the Notes and Exposure"
                        + " figures are the engine's at the recorded as-of date (fixed)."));
        InputValidation.date(sheet, 1, 1, "The valuation date (a date from 1900-03-01).");
        if (flat()) {
            name("DiscountRate", RowWriter.of(sheet.createRow(2), styles).label("Discount rate")
                    .number(((FlatRate) curve).rate(), styles.inputRate())
                    .text("Input. Annually compounded, Excel XNPV basis (actual days / 365); change it and every PV follows."));
            InputValidation.decimal(sheet, 2, 2, 1, -0.99, 10, "An annually compounded rate above −99% (7% or 0.07).");
        } else {
            name("CurveShift", RowWriter.of(sheet.createRow(2), styles).label("Zero curve shift")
                    .number(0, styles.inputBasisPoints())
                    .text("Input, in basis points. Added to every zero rate of the Flows and the Ladder."));
            InputValidation.decimal(sheet, 2, 2, 1, -5000, 5000, "A parallel shift in basis points (25 is +0.25%).");
        }
        int r = 4;
        RowWriter.of(sheet.createRow(r++), styles).label("Recorded").blank().text("What this workbook was computed from (fixed text).");
        for (String[] row : assumptions.rows()) {
            RowWriter.of(sheet.createRow(r++), styles).label(row[0]).text(row[1], styles.wrappedText());
        }
        RowWriter.of(sheet.createRow(r + 1), styles).label("Live and fixed").text("Blue cells on a yellow fill are"
                + " inputs. Live: the Flows' discounting, the Summary's NPV, DV01 and cash due (over the Flows), its"
                + " totals, weighted averages and concentration (over the Notes and Exposure), the Ladder's totals and"
                + " month-end discounting, the exposure shares. Fixed (the engine's, at the recorded as-of date and"
                + " prices): the Notes' per-note measures, the Ladder's and Exposure's amounts, the Charts' data.",
                styles.wrappedText());
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        PrintLayout.apply(sheet, TITLE, asOf, 1);
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
                .number(m.dv01(), amount)
                .number(PortfolioAggregate.couponRateInEffect(position.terms(), schedule, m).doubleValue(), styles.rate())
                .text(String.join("; ", PositionWarning.of(position, m).stream().map(PositionWarning::message).toList()))
                .text(RateKind.of(position.terms().rate()).label())
                .text(RateKind.indexOf(position.terms().rate(), asOf));
        for (int i = 0; i < schedule.size(); i++) {
            RowWriter row = flows.next();
            int r = row.excelRow();
            int due = schedule.dueEpochDay(i);
            LocalDate dueDate = LocalDate.ofEpochDay(due);
            double years = (due - asOfDay) / 365.0;
            double zero = curve.zeroRate(Math.max(0, due - asOfDay) / 365.0);
            double factor = curve.discountFactor(years);
            double payment = BigDecimal.valueOf(schedule.paymentMinor(i), scale).doubleValue();
            row.text(m.noteId()).text(currency).integer(i + 1).date(dueDate)
                    .date(dueDate.withDayOfMonth(1), styles.month())
                    .amount(schedule.interestMinor(i), scale, amount)
                    // Principal and the other cash that is neither interest nor a fee: the fee has its own column.
                    .amount(schedule.paymentMinor(i) - schedule.interestMinor(i) - schedule.feeMinor(i), scale, amount)
                    .amount(schedule.paymentMinor(i), scale, amount)
                    .amount(schedule.closingMinor(i), scale, amount);
            // The named cells by their addresses: the same cells, but POI resolves a name in every formula it
            // is given, which for a million rows costs more than the rest of the export.
            // On a flat rate the discount factor reads the rate cell itself: a formula cell less per row.
            String rate;
            if (flat()) {
                row.blank();
                rate = RATE_CELL;
            } else if (curveSheet != null) {
                row.formula(curveSheet.zeroRate("MAX(0,K" + r + ")"), styles.rate(), zero);
                rate = "J" + r + "+" + RATE_CELL + "/10000";
            } else {
                row.number(zero, styles.rate());
                rate = "J" + r + "+" + RATE_CELL + "/10000";
            }
            row.formula("(D" + r + "-" + AS_OF_CELL + ")/365", styles.years(), years)
                    .formula("(1+" + rate + ")^-K" + r, styles.factor(), factor)
                    .formula("IF(D" + r + ">" + AS_OF_CELL + ",H" + r + "*L" + r + ",0)", amount,
                            due > asOfDay ? payment * factor : 0);
            // Only a structured note's rows say more than a scheduled payment: the cells stay empty otherwise,
            // so a portfolio of plain notes costs no more to write.
            int flags = schedule.flags(i);
            if (flags == FlowKind.SCHEDULED.bit()) {
                row.blank();
            } else {
                row.text(FlowKind.label(flags));
            }
            long carried = schedule.deferredInterestMinor(i);
            long fee = schedule.feeMinor(i);
            if (carried != 0) {
                row.amount(carried, scale, amount);
            } else if (fee != 0) {
                row.blank();
            }
            if (fee != 0) {
                // Part of the Payment column (core: payment = interest + principal + fee), so the Summary's cash
                // and NPV over the payments count it once.
                row.amount(fee, scale, amount);
            }
        }
    }

    /** Writes the summary, ladder, exposure and chart sheets, closes the long tables and finishes the workbook. */
    public PortfolioSummary finish() {
        List<Part> flowParts = flows.finish();
        List<Part> noteParts = notes.finish();
        PortfolioSummary result = aggregate.summary();
        List<Part> ladderParts = writeLadder(result);
        List<Part> exposureParts = writeExposure(result);
        writeSummary(result, flowParts, ladderParts, noteParts, exposureParts);
        writeCharts(result);
        writeIndex();
        for (String name : List.of("Summary", "Ladder", "Notes", "Exposure", "Flows")) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet != null) {
                PrintLayout.apply(sheet, TITLE, asOf, 1);
            }
        }
        for (List<Part> parts : List.of(flowParts, noteParts, ladderParts, exposureParts)) {
            for (Part p : parts.subList(Math.min(1, parts.size()), parts.size())) {
                PrintLayout.apply(workbook.getSheet(p.sheetName()), TITLE, asOf, 1);
            }
        }
        DocumentInfo.apply(workbook, TITLE, assumptions);
        workbook.setForceFormulaRecalculation(true);
        return result;
    }

    /**
     * The Index sheet, when the export read index data: each index's fixings and its projection past the
     * last, as the floating rates of the Flows were set from them (values: the engine set the rates).
     */
    private void writeIndex() {
        IndexData data = assumptions.indexData();
        if (data.isEmpty()) {
            return;
        }
        IndexSheet sheet = IndexSheet.create(workbook, styles);
        sheet.line("Index data", "The fixings and projections the floating rates were set from; the notes that read"
                + " each index are on the Exposure sheet (dimension INDEX), each note's rate kind and index on Notes.");
        sheet.gap();
        for (String index : data.indices()) {
            sheet.index(data, index, null, null);
        }
        PrintLayout.apply(sheet.sheet(), TITLE, asOf, 1);
    }

    private List<Part> writeLadder(PortfolioSummary result) {
        for (CurrencySummary c : result.currencies()) {
            CellStyle amount = styles.amount(c.currency());
            int scale = c.currency().getDefaultFractionDigits();
            for (LadderRow l : c.monthlyLadder()) {
                RowWriter row = ladder.next();
                int r = row.excelRow();
                long total = l.totalMinor();
                LocalDate monthEnd = l.month().atEndOfMonth();
                double years = Math.max(0, monthEnd.toEpochDay() - asOfDay) / 365.0;
                double factor = curve.discountFactor(years);
                row.text(c.currency().getCurrencyCode()).date(l.month().atDay(1), styles.month())
                        .amount(l.interestMinor(), scale, amount).amount(l.principalMinor(), scale, amount)
                        .amount(l.prepaidMinor(), scale, amount).amount(l.recoveryMinor(), scale, amount)
                        .amount(l.penaltyMinor(), scale, amount).amount(l.feeMinor(), scale, amount)
                        .formula("SUM(C" + r + ":H" + r + ")", amount, BigDecimal.valueOf(total, scale).doubleValue())
                        .amount(l.defaultedMinor(), scale, amount).amount(l.closingBalanceMinor(), scale, amount);
                // Month-end discounting: a view of when the cash comes; the exact NPV is on the Summary.
                String t = "(MAX(0,EOMONTH(B" + r + ",0)-AsOf)/365)";
                String zero = flat() ? "DiscountRate" : curveSheet != null ? curveSheet.zeroRate(t) + "+CurveShift/10000"
                        : Double.toString(curve.zeroRate(years)) + "+CurveShift/10000";
                row.formula("(1+" + zero + ")^-" + t, styles.factor(), factor)
                        .formula("I" + r + "*L" + r, amount, BigDecimal.valueOf(total, scale).doubleValue() * factor);
            }
        }
        return ladder.finish();
    }

    private List<Part> writeExposure(PortfolioSummary result) {
        // Each (dimension, currency) total lives in one cell of the Exposure totals sheet: a share divides by
        // that cell, so sorting the Exposure rows moves nothing and no row sums the whole sheet again.
        Map<String, Integer> totalRow = new LinkedHashMap<>();
        Map<String, Long> totalMinor = new LinkedHashMap<>();
        for (CurrencySummary c : result.currencies()) {
            for (ExposureDimension d : ExposureDimension.values()) {
                List<ExposureRow> rows = c.exposures().getOrDefault(d, List.of());
                if (!rows.isEmpty()) {
                    String key = d.name() + "|" + c.currency().getCurrencyCode();
                    totalRow.put(key, totalRow.size() + 2);
                    totalMinor.put(key, rows.stream().mapToLong(ExposureRow::exposureMinor).sum());
                }
            }
        }
        for (CurrencySummary c : result.currencies()) {
            CellStyle amount = styles.amount(c.currency());
            int scale = c.currency().getDefaultFractionDigits();
            for (ExposureDimension d : ExposureDimension.values()) {
                for (ExposureRow e : c.exposures().getOrDefault(d, List.of())) {
                    RowWriter row = exposure.next();
                    int r = row.excelRow();
                    String total = "'Exposure totals'!$C$" + totalRow.get(d.name() + "|" + c.currency().getCurrencyCode());
                    double exp = BigDecimal.valueOf(e.exposureMinor(), scale).doubleValue();
                    double coverage = e.exposureMinor() == 0 ? Double.NaN : (double) e.collateralMinor() / e.exposureMinor();
                    row.text(d.name()).text(c.currency().getCurrencyCode()).text(e.key()).integer(e.notes())
                            .amount(e.outstandingMinor(), scale, amount).amount(e.accruedMinor(), scale, amount)
                            .formula("E" + r + "+F" + r, amount, exp)
                            .formula("IF(" + total + "=0,0,G" + r + "/" + total + ")", styles.percent(), e.share())
                            .amount(e.collateralMinor(), scale, amount);
                    if (Double.isNaN(coverage)) {
                        row.textFormula("IF(G" + r + "=0,\"\",I" + r + "/G" + r + ")", styles.percent(), "");
                    } else {
                        row.formula("IF(G" + r + "=0,\"\",I" + r + "/G" + r + ")", styles.percent(), coverage);
                    }
                }
            }
        }
        List<Part> parts = exposure.finish();
        Sheet totals = workbook.createSheet("Exposure totals");
        RowWriter.of(totals.createRow(0), styles).header("Dimension").header("Currency").header("Exposure")
                .header("Meaning");
        for (Map.Entry<String, Integer> t : totalRow.entrySet()) {
            String[] key = t.getKey().split("\\|");
            String criteria = "\"" + key[0] + "\"";
            String cur = "\"" + key[1] + "\"";
            int scale = javax.money.Monetary.getCurrency(key[1]).getDefaultFractionDigits();
            RowWriter.of(totals.createRow(t.getValue() - 1), styles).text(key[0]).text(key[1])
                    .formula(Part.sumOver(parts, p -> "SUMIFS(" + p.range(6) + "," + p.range(0) + "," + criteria + ","
                            + p.range(1) + "," + cur + ")"), styles.amount(javax.money.Monetary.getCurrency(key[1])),
                            BigDecimal.valueOf(totalMinor.get(t.getKey()), scale).doubleValue())
                    .text(t.getValue() == 2 ? "Σ of the Exposure sheet's exposure by dimension and currency: what each"
                            + " share divides by." : "");
        }
        totals.createFreezePane(0, 1);
        totals.setColumnWidth(0, 16 * 256);
        totals.setColumnWidth(2, 18 * 256);
        totals.setColumnWidth(3, 80 * 256);
        PrintLayout.apply(totals, TITLE, asOf, 1);
        return parts;
    }

    private void writeCharts(PortfolioSummary result) {
        ChartSheet charts = new ChartSheet(workbook, styles, TITLE, asOf);
        for (CurrencySummary c : result.currencies()) {
            String code = c.currency().getCurrencyCode();
            int scale = c.currency().getDefaultFractionDigits();
            Map<YearMonth, double[]> months = new TreeMap<>();
            for (LadderRow l : c.monthlyLadder()) {
                months.put(l.month(), new double[] {BigDecimal.valueOf(l.interestMinor(), scale).doubleValue(),
                        BigDecimal.valueOf(l.principalMinor() + l.prepaidMinor() + l.recoveryMinor() + l.penaltyMinor()
                                + l.feeMinor(), scale).doubleValue()});
            }
            boolean years = ChartSheet.byYear(months.size());
            charts.add("Cash due by " + (years ? "year" : "month") + ", " + code + " (interest and principal)",
                    years ? "Year" : "Month", List.of("Interest", "Principal, prepaid, recovered, penalties, fees"),
                    ChartSheet.byMonthOrYear(months, 2), styles.amount(c.currency()), true);
            Map<String, double[]> borrowers = new java.util.LinkedHashMap<>();
            for (ExposureRow e : c.exposures().getOrDefault(ExposureDimension.BORROWER, List.of())) {
                if (borrowers.size() == CHART_BORROWERS) {
                    break;
                }
                borrowers.put(e.key(), new double[] {BigDecimal.valueOf(e.exposureMinor(), scale).doubleValue()});
            }
            charts.add("Exposure by borrower, largest " + borrowers.size() + ", " + code, "Borrower",
                    List.of("Exposure"), borrowers, styles.amount(c.currency()), false);
        }
    }

    private void writeSummary(PortfolioSummary result, List<Part> flowParts, List<Part> ladderParts,
                              List<Part> noteParts, List<Part> exposureParts) {
        RowWriter.of(summary.createRow(0), styles).header("Measure").header("Workbook (formula)")
                .header("Engine (Notefolio, fixed)").header("Difference").header("Definition and basis");
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
            String cur = "\"" + code + "\"";
            compare(top + S_NOTES, "Notes", Part.sumOver(noteParts, p -> "COUNTIF(" + p.range(N_CURRENCY) + "," + cur + ")"),
                    t.notes(), styles.integer(), 0, "Notes held in " + code + " (Notes sheet).");
            compare(top + S_OUTSTANDING, "Outstanding principal", sumIf(noteParts, N_OUTSTANDING, cur),
                    money(t.outstandingMinor(), scale), amount, scale, "Σ of the Notes' outstanding principal (exact).");
            compare(top + S_ACCRUED, "Accrued interest", sumIf(noteParts, N_ACCRUED, cur), money(t.accruedMinor(), scale),
                    amount, scale, "Σ of the Notes' interest accrued to AsOf (exact).");
            compare(top + S_PRICE, "Clean price", sumIf(noteParts, N_PRICE, cur), money(t.priceMinor(), scale), amount,
                    scale, "Σ of the Notes' clean prices (par when none is stated).");
            compare(top + S_NPV, "NPV", sumIfs(flowParts, F_PV, cur, null), t.npv(), amount, scale,
                    "Σ payment × (1 + r)^−(due − AsOf)/365 over the flows due after AsOf: the Flows' PV column"
                            + " (SUMPRODUCT of payment and discount factor), Excel XNPV basis.");
            compare(top + S_INTEREST_DUE, "Interest due after AsOf",
                    sumIfs(flowParts, F_INTEREST, cur, "\">\"&AsOf"), money(interestDue, scale), amount, scale,
                    "Σ interest of the flows due after AsOf (exact).");
            compare(top + S_CASH_DUE, "Cash due after AsOf",
                    sumIfs(flowParts, F_PAYMENT, cur, "\">\"&AsOf"), money(cashDue, scale), amount, scale,
                    "Σ payments of the flows due after AsOf (exact).");
            compare(top + S_LADDER_CASH, "Ladder total cash", sumIfLadder(ladderParts, cur),
                    money(cashDue, scale), amount, scale, "The Ladder's total cash column: the same cash by month.");
            String rate = flat() ? "Assumptions!$B$3" : "%s+Assumptions!$B$3/10000";
            compare(top + S_DV01, "DV01", Part.sumOver(flowParts, p -> "SUMPRODUCT((" + p.range(F_CURRENCY) + "=" + cur + ")*"
                            + p.range(F_PV) + "*" + p.range(F_YEARS) + "/(1+" + String.format(rate, p.range(F_ZERO))
                            + "))/10000"), t.dv01(), amount, scale,
                    "NPV gained when every discount rate falls 1 bp, to first order: 1e-4 × Σ t/(1 + r) × PV over the Flows.");
            compare(top + S_COUPON, "Coupon (principal-weighted)", weighted(noteParts, cur, N_RATE, N_OUTSTANDING, false),
                    t.weightedCoupon(), styles.rate(), 6, "Σ note rate × outstanding ÷ Σ outstanding (Notes).");
            compare(top + S_YIELD, "Yield (value-weighted)", weighted(noteParts, cur, N_YIELD, -1, true),
                    t.weightedYield(), styles.rate(), 6,
                    "XIRR basis, weighted by dirty price (clean price + accrued) over the notes that have a yield and no"
                            + " warning (Notes)" + (t.yieldExclusions().isEmpty() ? "." : ": " + t.yieldExclusions() + "."));
            compare(top + S_WAL, "WAL (principal-weighted, years)", weighted(noteParts, cur, N_WAL, N_OUTSTANDING, false),
                    t.walYears(), styles.years(), 4, "Σ WAL × outstanding ÷ Σ outstanding over the notes with a WAL (Notes).");
            compare(top + S_MODIFIED, "Modified duration (value-weighted)", weighted(noteParts, cur, N_MODIFIED, -1, true),
                    t.modifiedDuration(), styles.years(), 4, "Years, weighted by dirty price (Notes).");
            Concentration k = c.concentration();
            boolean oneSheet = exposureParts.size() == 1 && !exposureParts.get(0).isEmpty();
            if (oneSheet) {
                Part e = exposureParts.get(0);
                String borrowers = "(" + e.range(0) + "=\"BORROWER\")*(" + e.range(1) + "=" + cur + ")*" + e.range(7);
                compare(top + S_TOP1, "Largest borrower's share", topShares(borrowers, 1), k.top1Share(),
                        styles.percent(), 6, "Of exposure (outstanding + accrued): the Exposure sheet's borrower shares.");
                compare(top + S_TOP5, "Largest 5 borrowers' share", topShares(borrowers, 5), k.top5Share(),
                        styles.percent(), 6, "");
                compare(top + S_TOP10, "Largest 10 borrowers' share", topShares(borrowers, 10), k.top10Share(),
                        styles.percent(), 6, "");
                compare(top + S_HERFINDAHL, "Herfindahl index (borrowers)", "SUMPRODUCT(" + borrowers + "^2)",
                        k.herfindahl(), styles.rate(), 6, "Σ share²: 1 is one borrower.");
            } else {
                value(top + S_TOP1, "Largest borrower's share", k.top1Share(), styles.percent(), "Engine value (fixed).");
                value(top + S_TOP5, "Largest 5 borrowers' share", k.top5Share(), styles.percent(), "Engine value (fixed).");
                value(top + S_TOP10, "Largest 10 borrowers' share", k.top10Share(), styles.percent(), "Engine value (fixed).");
                value(top + S_HERFINDAHL, "Herfindahl index (borrowers)", k.herfindahl(), styles.rate(),
                        "Engine value (fixed): Σ share².");
            }
            row = top + S_BLOCK;
        }
    }

    /**
     * The sum of the {@code n} largest of an array: LARGE at 1…n (zeros where fewer), each inside SUMPRODUCT,
     * which evaluates its arguments as arrays in Excel, LibreOffice and Gnumeric alike.
     */
    private static String topShares(String array, int n) {
        List<String> terms = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            terms.add("SUMPRODUCT(LARGE(" + array + "," + i + "))");
        }
        return String.join("+", terms);
    }

    /**
     * Σ value × weight ÷ Σ weight over a currency's notes that have the value; the weight is a Notes column,
     * or (weight &lt; 0) the dirty price, counted only where positive, as the engine weights yields.
     */
    private static String weighted(List<Part> parts, String cur, int value, int weight, boolean byValue) {
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        for (Part p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            String w = byValue ? "(" + p.range(N_PRICE) + "+" + p.range(N_ACCRUED) + ")*((" + p.range(N_PRICE) + "+"
                    + p.range(N_ACCRUED) + ")>0)" : p.range(weight);
            // Value-weighted figures (yield, durations) leave out a note the engine warns about, as the engine does.
            String kept = byValue ? "*(" + p.range(N_WARNINGS) + "=\"\")" : "";
            String has = "(" + p.range(N_CURRENCY) + "=" + cur + ")*(" + p.range(value) + "<>\"\")" + kept + "*" + w;
            num.add("SUMPRODUCT(" + has + "," + p.range(value) + ")");
            den.add("SUMPRODUCT(" + has + ")");
        }
        if (num.isEmpty()) {
            return "0";
        }
        String d = String.join("+", den);
        return "IF(" + d + "=0,\"\",(" + String.join("+", num) + ")/(" + d + "))";
    }

    private static String sumIf(List<Part> parts, int column, String currency) {
        return Part.sumOver(parts, p -> "SUMIF(" + p.range(N_CURRENCY) + "," + currency + "," + p.range(column) + ")");
    }

    private static double money(long minor, int scale) {
        return BigDecimal.valueOf(minor, scale).doubleValue();
    }

    /** Σ over every Flows sheet of SUMIFS(column, currency = c[, due date criterion]). */
    private static String sumIfs(List<Part> parts, int column, String currency, String dueCriterion) {
        return Part.sumOver(parts, p -> "SUMIFS(" + p.range(column) + "," + p.range(F_CURRENCY) + "," + currency
                + (dueCriterion == null ? "" : "," + p.range(F_DUE) + "," + dueCriterion) + ")");
    }

    private static String sumIfLadder(List<Part> parts, String currency) {
        return Part.sumOver(parts, p -> "SUMIF(" + p.range(0) + "," + currency + "," + p.range(8) + ")");
    }

    private void value(int row, String label, double engine, CellStyle style, String definition) {
        RowWriter.of(summary.createRow(row), styles).label(label).blank().number(engine, style).blank().text(definition);
    }

    private void compare(int row, String label, String formula, double engine, CellStyle style, int digits,
                         String definition) {
        int n = row + 1;
        RowWriter w = RowWriter.of(summary.createRow(row), styles).label(label);
        if (Double.isFinite(engine)) {
            w.formula(formula, style, engine);
        } else {
            w.textFormula(formula, style, "");
        }
        w.number(engine, style)
                .formula("IF(AND(ISNUMBER(B" + n + "),ISNUMBER(C" + n + ")),ROUND(B" + n + "-C" + n + "," + digits
                        + "),\"\")", style, 0).text(definition);
    }
}
