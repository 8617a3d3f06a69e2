package com.notefolio.reports.note;

import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.note.SecurityTerms;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.reports.workbook.StreamedTable.Column;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One note's projection as a workbook an analyst can keep working in: sheets {@code Terms},
 * {@code Assumptions} (named cells {@code AsOf}, {@code DiscountRate} — or {@code CurveShift} on a zero
 * curve —, {@code Price}, {@code AccruedInterest}, {@code DirtyPrice}, {@code IssueDate},
 * {@code Settlement}), {@code Schedule} (the exact flows as values, discounting as formulas over the named
 * cells) and {@code Summary} (each measure as a formula beside the engine's figure and the difference).
 *
 * <p>Every discounted figure is on Excel's XNPV/XIRR basis: annual compounding on actual days ÷ 365 from
 * the as-of date (from settlement for the yield, WAL and durations), as
 * {@link com.notefolio.core.pricer.NotePricer} defines them.
 */
public final class NoteProjectionWorkbook {

    /** Schedule sheet columns, 0-based; formulas refer to them by letter. */
    static final int PERIOD = 0;
    static final int DUE = 3;
    static final int INTEREST = 6;
    static final int PRINCIPAL = 7;
    static final int PAYMENT = 8;
    static final int ZERO_RATE = 10;
    static final int YEARS = 11;
    static final int DISCOUNT_FACTOR = 12;
    static final int PRESENT_VALUE = 13;
    static final int YIELD_DATE = 14;
    static final int YIELD_CASH = 15;

    /** The Summary's rows, 1-based as formulas write them, for tests and cross references. */
    public static final int NPV_ROW = 2;
    public static final int YIELD_ROW = 3;
    public static final int NOMINAL_YIELD_ROW = 4;
    public static final int WAL_ROW = 5;
    public static final int MACAULAY_ROW = 6;
    public static final int MODIFIED_ROW = 7;
    public static final int DV01_ROW = 8;
    public static final int OUTSTANDING_ROW = 9;
    public static final int REMAINING_PAYMENTS_ROW = 10;
    public static final int TOTAL_INTEREST_ROW = 11;
    public static final int TOTAL_PRINCIPAL_ROW = 12;
    public static final int TOTAL_PAYMENTS_ROW = 13;

    private static final String BASIS = "Excel XNPV/XIRR basis: annual compounding on actual days / 365";

    private final NoteTerms terms;
    private final Schedule schedule;
    private final NoteMeasures measures;
    private final DiscountCurve curve;

    /** The projection of {@code schedule}, priced by the engine as {@code measures} on {@code curve}. */
    public NoteProjectionWorkbook(Schedule schedule, NoteMeasures measures, DiscountCurve curve) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.terms = schedule.terms();
        this.measures = Objects.requireNonNull(measures, "measures");
        this.curve = Objects.requireNonNull(curve, "curve");
    }

    /** Adds the four sheets to {@code workbook}. */
    public void writeTo(Workbook workbook) {
        WorkbookStyles styles = new WorkbookStyles(workbook);
        // The summary comes first for the reader; it is filled last, once the schedule's rows are known.
        Sheet summary = workbook.createSheet("Summary");
        writeTerms(workbook.createSheet("Terms"), styles);
        writeAssumptions(workbook, workbook.createSheet("Assumptions"), styles);
        int lastRow = writeSchedule(workbook, styles);
        writeSummary(summary, styles, lastRow);
    }

    private boolean flat() {
        return curve instanceof FlatRate;
    }

    private void writeTerms(Sheet sheet, WorkbookStyles styles) {
        KeyValueSheet kv = new KeyValueSheet(sheet, styles, "Term", "Value");
        CellStyle amount = styles.amount(terms.currency());
        kv.text("Note id", terms.id());
        kv.text("Borrower", terms.borrower().name());
        kv.text("Borrower address", terms.borrower().address());
        kv.text("Lender", terms.lender().name());
        kv.text("Lender address", terms.lender().address());
        kv.text("Sector", terms.sector());
        kv.text("Region", terms.region());
        kv.text("Rating", terms.rating());
        kv.text("Currency", terms.currency().getCurrencyCode());
        kv.amount("Principal", terms.principal(), amount);
        kv.rate("Annual rate", terms.annualRate());
        kv.date("Issue (dated) date", terms.issueDate());
        kv.date("First payment date", terms.firstPaymentDate());
        kv.date("Maturity date", terms.maturityDate());
        kv.text("Frequency", terms.frequency().name());
        kv.text("Amortization", terms.amortization().name());
        kv.amount("Stated regular payment", terms.statedPayment(), amount);
        kv.integer("Amortization months", terms.amortizationMonths());
        kv.integer("Stated schedule payments", terms.statedSchedule().isEmpty() ? null : terms.statedSchedule().size());
        kv.text("Accrual basis", terms.accrualBasis().code());
        kv.text("Payment rounding", terms.paymentRounding().name());
        kv.text("Interest rounding", terms.interestRounding().name());
        PrepaymentTerms prepayment = terms.prepayment();
        kv.text("Prepayment allowed", yesNo(prepayment.allowed()));
        kv.rate("Prepayment penalty", prepayment.penaltyRate());
        kv.date("Prepayment lockout until", prepayment.lockoutUntil());
        DefaultTerms defaults = terms.defaults();
        kv.integer("Cure days after notice", defaults.cureDays());
        kv.rate("Default rate", defaults.defaultRate());
        kv.text("Default accelerates the debt", yesNo(defaults.accelerates()));
        kv.text("Collection costs payable", yesNo(defaults.collectionCostsPayable()));
        List<String> events = defaults.events();
        for (int i = 0; i < events.size(); i++) {
            kv.wrapped("Event of default " + (i + 1), events.get(i));
        }
        SecurityTerms security = terms.security();
        kv.text("Secured", yesNo(security.secured()));
        kv.wrapped("Collateral", security.collateral());
        kv.amount("Collateral value", security.collateralValue(), amount);
        kv.text("Governing law", terms.governingLaw());
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 80 * 256);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private void writeAssumptions(Workbook workbook, Sheet sheet, WorkbookStyles styles) {
        KeyValueSheet kv = new KeyValueSheet(sheet, styles, "Assumption", "Value", "Meaning");
        CellStyle amount = styles.amount(terms.currency());
        name(workbook, "AsOf", kv.row("As-of date").date(measures.asOf()).text(
                "Flows due after this date are projected; one due on it counts as paid."));
        if (flat()) {
            name(workbook, "DiscountRate", kv.row("Discount rate").number(((FlatRate) curve).rate(), styles.rate())
                    .text("Annually compounded, " + BASIS + " (change it and every discounted figure follows)."));
        } else {
            name(workbook, "CurveShift", kv.row("Zero curve shift").number(0, styles.rate())
                    .text("Added to every zero rate of the Schedule's Zero rate column (the curve as of the as-of date)."));
        }
        name(workbook, "Price", kv.row("Clean price").amount(measures.priceMinor(), schedule.scale(), amount)
                .text("The price the note is carried at, without accrued interest."));
        name(workbook, "AccruedInterest", kv.row("Accrued interest").amount(measures.accruedInterestMinor(),
                schedule.scale(), amount).text("Accrued to the as-of date on the note's accrual basis (engine value)."));
        name(workbook, "DirtyPrice", kv.row("Dirty price").formula("Price+AccruedInterest", amount)
                .text("What a buyer pays: clean price + accrued interest."));
        name(workbook, "IssueDate", kv.row("Issue date").date(terms.issueDate()).text("Interest accrues from this date."));
        name(workbook, "Settlement", kv.row("Settlement").formula("MAX(AsOf,IssueDate)", styles.date())
                .text("The later of the as-of and issue dates: a note not yet issued is bought when funded."));
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 100 * 256);
    }

    /** Names the value cell (column B) of the row just written. */
    private static void name(Workbook workbook, String name, RowWriter row) {
        Name n = workbook.createName();
        n.setNameName(name);
        n.setRefersToFormula("Assumptions!$B$" + row.excelRow());
    }

    /** Writes the schedule and returns its last row (1-based). */
    private int writeSchedule(Workbook workbook, WorkbookStyles styles) {
        CellStyle amount = styles.amount(terms.currency());
        StreamedTable table = new StreamedTable(workbook, styles, "Schedule", List.of(
                new Column("Period", 10), new Column("Accrual start", 12), new Column("Accrual end", 12),
                new Column("Due date", 12), new Column("Days", 6), new Column("Opening balance", 18),
                new Column("Interest", 15), new Column("Principal", 18), new Column("Payment", 18),
                new Column("Closing balance", 18), new Column("Zero rate", 14),
                new Column("Years from as-of (due − AsOf)/365", 14), new Column("Discount factor", 14),
                new Column("Present value (flows after AsOf)", 18), new Column("Yield date", 12),
                new Column("Yield cash flow", 18)));
        // The purchase row opens the XIRR ranges: the dirty price paid at settlement.
        table.next().text("purchase").blank().blank().blank().blank().blank().blank().blank().blank().blank()
                .blank().blank().blank().blank()
                .formula("Settlement", styles.date()).formula("-DirtyPrice", amount);
        int scale = schedule.scale();
        int asOfDay = (int) measures.asOf().toEpochDay();
        for (int i = 0; i < schedule.size(); i++) {
            RowWriter row = table.next();
            int r = row.excelRow();
            int due = schedule.dueEpochDay(i);
            row.integer(i + 1)
                    .date(LocalDate.ofEpochDay(schedule.accrualStartEpochDay(i)))
                    .date(LocalDate.ofEpochDay(schedule.accrualEndEpochDay(i)))
                    .date(LocalDate.ofEpochDay(due))
                    .integer(schedule.accrualEndEpochDay(i) - schedule.accrualStartEpochDay(i))
                    .amount(schedule.openingMinor(i), scale, amount)
                    .amount(schedule.interestMinor(i), scale, amount)
                    .amount(schedule.principalMinor(i), scale, amount)
                    .amount(schedule.paymentMinor(i), scale, amount)
                    .amount(schedule.closingMinor(i), scale, amount);
            if (flat()) {
                row.formula("DiscountRate", styles.rate());
            } else {
                // The curve is not in the workbook: its zero rate at each flow's time is, as a value.
                row.number(curve.zeroRate(Math.max(0, due - asOfDay) / 365.0), styles.rate());
            }
            String d = "D" + r;
            row.formula("(" + d + "-AsOf)/365", styles.years())
                    .formula(flat() ? "(1+K" + r + ")^-L" + r : "(1+K" + r + "+CurveShift)^-L" + r, styles.factor())
                    .formula("IF(" + d + ">AsOf,I" + r + "*M" + r + ",0)", amount)
                    .formula("IF(" + d + ">AsOf," + d + ",Settlement)", styles.date())
                    .formula("IF(" + d + ">AsOf,I" + r + ",0)", amount);
        }
        List<StreamedTable.Part> parts = table.finish();
        return parts.get(parts.size() - 1).lastRow();
    }

    private void writeSummary(Sheet sheet, WorkbookStyles styles, int last) {
        CellStyle amount = styles.amount(terms.currency());
        String due = range("D", 3, last);
        String ydate = range("O", 3, last);
        String ycash = range("P", 3, last);
        String fromSettlement = "(" + ydate + "-Settlement)/365";
        RowWriter header = RowWriter.of(sheet.createRow(0), styles);
        header.header("Measure").header("Workbook (formula)").header("Engine (Notefolio)")
                .header("Difference").header("Definition and basis");
        int m = terms.frequency().periodsPerYear();
        int scale = schedule.scale();
        long remainingPayments = 0;
        int asOfDay = (int) measures.asOf().toEpochDay();
        for (int i = schedule.firstDueAfter(asOfDay); i < schedule.size(); i++) {
            remainingPayments += schedule.paymentMinor(i);
        }
        long totalPrincipal = 0;
        for (int i = 0; i < schedule.size(); i++) {
            totalPrincipal += schedule.principalMinor(i);
        }
        String y = "$B$" + YIELD_ROW;
        String v = "(1+" + y + ")^-(" + fromSettlement + ")";
        measure(sheet, styles, NPV_ROW, "NPV", "SUM(" + range("N", 3, last) + ")", measures.npv(), amount,
                "Σ payment × (1 + r)^−(due − AsOf)/365 over the flows due after AsOf: the sum of the Schedule's"
                        + " PV column (SUMPRODUCT of payment and discount factor), equal to XNPV with AsOf as first date"
                        + " and no flow on it. " + BASIS + ".");
        measure(sheet, styles, YIELD_ROW, "Yield",
                "XIRR(" + range("P", 2, last) + "," + range("O", 2, last) + "," + guess() + ")",
                measures.yield(), styles.rate(),
                "Excel XIRR over −dirty price at settlement, then the flows due after AsOf. " + BASIS + ".");
        measure(sheet, styles, NOMINAL_YIELD_ROW, "Yield, nominal at the payment frequency",
                m + "*((1+" + y + ")^(1/" + m + ")-1)", measures.yieldNominal(), styles.rate(),
                "The XIRR yield compounded " + m + " time(s) a year: m × ((1 + y)^(1/m) − 1).");
        measure(sheet, styles, WAL_ROW, "WAL (years)",
                "SUMPRODUCT((" + due + ">AsOf)*(" + due + "-Settlement)/365*" + range("H", 3, last) + ")/SUMIF("
                        + due + ",\">\"&AsOf," + range("H", 3, last) + ")",
                measures.walYears(), styles.years(),
                "Σ t × principal ÷ Σ principal over principal due after AsOf; t = actual days from settlement / 365.");
        measure(sheet, styles, MACAULAY_ROW, "Macaulay duration (years)",
                "SUMPRODUCT(" + ycash + "," + fromSettlement + "," + v + ")/SUMPRODUCT(" + ycash + "," + v + ")",
                measures.macaulayDuration(), styles.years(),
                "Σ t × CF × v ÷ Σ CF × v, v = (1 + yield)^−t, t from settlement (actual/365).");
        measure(sheet, styles, MODIFIED_ROW, "Modified duration (years)", "B" + MACAULAY_ROW + "/(1+" + y + ")",
                measures.modifiedDuration(), styles.years(), "Macaulay duration ÷ (1 + yield).");
        measure(sheet, styles, DV01_ROW, "DV01",
                "SUMPRODUCT(" + range("N", 3, last) + "," + range("L", 3, last) + "/(1+" + range("K", 3, last)
                        + "))/10000",
                measures.dv01(), amount,
                "NPV gained when every discount rate falls one basis point, to first order: 1e-4 × Σ t/(1 + r) × PV.");
        measure(sheet, styles, OUTSTANDING_ROW, "Outstanding principal",
                "SUMIF(" + due + ",\">\"&AsOf," + range("H", 3, last) + ")",
                money(measures.outstandingPrincipalMinor()), amount, "Principal due after AsOf (exact).");
        measure(sheet, styles, REMAINING_PAYMENTS_ROW, "Payments due after AsOf",
                "SUMIF(" + due + ",\">\"&AsOf," + range("I", 3, last) + ")", money(remainingPayments), amount,
                "Undiscounted cash still to be received (exact).");
        measure(sheet, styles, TOTAL_INTEREST_ROW, "Total interest", "SUM(" + range("G", 3, last) + ")",
                money(schedule.totalInterestMinor()), amount, "Every period's interest (exact).");
        measure(sheet, styles, TOTAL_PRINCIPAL_ROW, "Total principal", "SUM(" + range("H", 3, last) + ")",
                money(totalPrincipal), amount, "Every period's principal: the amount lent (exact).");
        measure(sheet, styles, TOTAL_PAYMENTS_ROW, "Total payments", "SUM(" + range("I", 3, last) + ")",
                money(schedule.totalPaymentMinor()), amount, "Every period's payment (exact).");
        RowWriter convexity = RowWriter.of(sheet.createRow(TOTAL_PAYMENTS_ROW + 1), styles);
        convexity.label("Convexity (years²)").blank().number(measures.convexity(), styles.years()).blank()
                .text("Engine only: Σ t(t+1) × CF × v ÷ ((1 + y)² × Σ CF × v).");
        sheet.createFreezePane(1, 1);
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 20 * 256);
        sheet.setColumnWidth(3, 16 * 256);
        sheet.setColumnWidth(4, 110 * 256);
    }

    private double money(long minor) {
        return BigDecimal.valueOf(minor, schedule.scale()).doubleValue();
    }

    /** XIRR's starting point: the engine's yield when it has one, so Gnumeric and Excel converge at once. */
    private String guess() {
        double y = measures.yield();
        return Double.isFinite(y) ? Double.toString(y) : "0.1";
    }

    private static String range(String column, int first, int last) {
        return "Schedule!$" + column + "$" + first + ":$" + column + "$" + last;
    }

    private static void measure(Sheet sheet, WorkbookStyles styles, int excelRow, String label, String formula,
                                double engine, CellStyle style, String definition) {
        RowWriter row = RowWriter.of(sheet.createRow(excelRow - 1), styles);
        row.label(label);
        if (Double.isFinite(engine)) {
            row.formula(formula, style).number(engine, style).formula("B" + excelRow + "-C" + excelRow, style);
        } else {
            // No flows left: XIRR and the averages have no value; a formula would only show #NUM!.
            row.text("n/a").text("n/a").blank();
        }
        row.text(definition);
    }
}
