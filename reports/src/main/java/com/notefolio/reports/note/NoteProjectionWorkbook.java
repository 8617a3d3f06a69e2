package com.notefolio.reports.note;

import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.note.SecurityTerms;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.core.convention.DayCount;
import com.notefolio.core.io.FlowCsvWriter;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.reports.workbook.CurveSheet;
import com.notefolio.reports.workbook.DocumentInfo;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.reports.workbook.InputValidation;
import com.notefolio.reports.workbook.PrintLayout;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.reports.workbook.StreamedTable.Column;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One note's projection as a workbook an analyst can keep working in. Sheets:
 *
 * <ul>
 *   <li>{@code Summary}: each measure as a formula beside the engine's figure and their difference, then
 *       an NPV sensitivity table (±50, ±100, ±200 bp) as formulas;</li>
 *   <li>{@code Terms}: what the note says, its rate terms in words and values, its charges (closing fees,
 *       prepayment premium with a step-down's table, open period, late charge, default margin, maximum lawful
 *       rate and savings clause: {@link ChargeTermRows}) and its Truth in Lending box ({@link TruthInLendingRows}),
 *       all values and text, never formulas;</li>
 *   <li>{@code Assumptions}: the input cells, named — {@code AsOf}, {@code DiscountRate} (or
 *       {@code CurveShift}, in basis points, on a zero curve), {@code Price} — and what follows from them
 *       as formulas ({@code AccruedInterest} on the note's accrual basis and rounding, {@code DirtyPrice},
 *       {@code Settlement}), then the record of the export (discounting, price basis, inputs, version);</li>
 *   <li>{@code Curve} (on a zero curve): the curve's points as inputs; the schedule's zero rates
 *       interpolate them by formula;</li>
 *   <li>{@code Schedule}: an Excel table of the exact flows as values and the discounting as formulas over
 *       the named cells (a structured note's rows also with their kind, and the interest carried unpaid
 *       after each, which the accrued interest adds; a revolving line's with the commitment fee each row
 *       pays, which is part of its payment — core's payment is interest + principal + fee, the cash to the
 *       holder — so the totals, NPV and yield over the Payment column count it once, and the Summary adds
 *       the fees' total); every summary formula reads whole columns with order-free functions (SUM,
 *       SUMIF, SUMPRODUCT, COUNTIF, SUMIF on the period number), so sorting or filtering the table
 *       changes no figure;</li>
 *   <li>{@code Yield flows}: the purchase and the flows in period order for XIRR (whose first date must
 *       come first), looked up from the table by period number;</li>
 *   <li>{@code Index} (a note whose rate follows an index): each reset of the note with the index value
 *       it read and where it came from, the fixings used and the projection past the last fixing;</li>
 *   <li>{@code Payoff}: the payoff quote on {@code AsOf} — principal, accrued interest, premium, late charges,
 *       total and per-diem — as formulas of AsOf where Excel can compute them, beside core's
 *       {@link com.notefolio.core.payoff.PayoffQuoter} ({@link PayoffSheet}).</li>
 * </ul>
 *
 * <p>Every formula cell carries the engine's figure as its cached value, and the workbook asks for a full
 * recalculation when opened. Every discounted figure is on Excel's XNPV/XIRR basis: annual compounding
 * on actual days ÷ 365 from the as-of date (from settlement for the yield, WAL and durations), as
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
    static final int YEAR_FRACTION = 16;
    /** The annual rate the row accrued at (a percentage) and where its index value came from. */
    static final int RATE = 17;
    static final int RATE_SOURCE = 18;
    /**
     * Where the schedule has them (a note with a {@link com.notefolio.core.note.StructureTerms}): each row's
     * kinds ({@link FlowKind#label}) after the rate source, then the interest carried unpaid after each row.
     */
    static final int KIND = 19;

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
    public static final int CONVEXITY_ROW = 14;
    public static final int ACCRUED_ROW = 15;
    public static final int CLEAN_VALUE_ROW = 16;
    public static final int PRICE_PERCENT_ROW = 17;
    public static final int CLEAN_VALUE_PERCENT_ROW = 18;
    /** The fees in the payments (a revolving line's commitment fee), on a note whose schedule has any. */
    public static final int TOTAL_FEES_ROW = 19;
    /** The sensitivity table's first row (its header is the row above); one row per shift. */
    public static final int SENSITIVITY_ROW = 21;
    public static final int[] SENSITIVITY_BP = {-200, -100, -50, 0, 50, 100, 200};
    /**
     * The rate measures of a note whose rate follows an index (below the sensitivity table, under a header
     * on the row above): the discount margin and the effective duration, the engine's figures.
     */
    public static final int DISCOUNT_MARGIN_ROW = SENSITIVITY_ROW + SENSITIVITY_BP.length + 2;
    public static final int EFFECTIVE_DURATION_ROW = DISCOUNT_MARGIN_ROW + 1;

    private static final String BASIS = "Excel XNPV/XIRR basis: annual compounding on actual days / 365";
    private static final String TITLE = "Notefolio note projection";

    private final NoteTerms terms;
    private final Schedule schedule;
    private final NoteMeasures measures;
    private final DiscountCurve curve;
    private final ExportAssumptions assumptions;
    private final int asOfDay;
    /** Whether some row is more than a scheduled payment: a deferral, capitalization, advance or forgiveness. */
    private final boolean kinds;
    /** Whether some row leaves interest accrued and unpaid (a deferral's, an advance's or a forgiveness's). */
    private final boolean deferred;
    /** Whether some row pays a fee (a revolving line's commitment fee). */
    private final boolean fees;
    private CurveSheet curveSheet;
    /** The Terms sheet's step-down premium table (first and last rows), for the Payoff sheet; {@code null} without. */
    private int[] stepRows;

    /** The projection of {@code schedule}, priced by the engine as {@code measures} on {@code curve}. */
    public NoteProjectionWorkbook(Schedule schedule, NoteMeasures measures, DiscountCurve curve) {
        this(schedule, measures, curve, ExportAssumptions.of(measures.asOf(), curve));
    }

    /** The same, recording {@code assumptions} (the inputs and version) on the Assumptions sheet. */
    public NoteProjectionWorkbook(Schedule schedule, NoteMeasures measures, DiscountCurve curve,
                                  ExportAssumptions assumptions) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.terms = schedule.terms();
        this.measures = Objects.requireNonNull(measures, "measures");
        this.curve = Objects.requireNonNull(curve, "curve");
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
        this.asOfDay = (int) measures.asOf().toEpochDay();
        boolean anyKind = false;
        boolean anyDeferred = false;
        boolean anyFee = false;
        for (int i = 0; i < schedule.size(); i++) {
            anyKind |= schedule.flags(i) != FlowKind.SCHEDULED.bit();
            anyDeferred |= schedule.deferredInterestMinor(i) != 0;
            anyFee |= schedule.feeMinor(i) != 0;
        }
        this.kinds = anyKind;
        this.deferred = anyDeferred;
        this.fees = anyFee;
    }

    /** The Schedule's column of the interest deferred after each row (0-based), when it has one. */
    int deferredInterestColumn() {
        return kinds ? KIND + 1 : KIND;
    }

    /** The Schedule's column of the fee paid with each row (0-based), when it has one: the last. */
    int feeColumn() {
        return deferredInterestColumn() + (deferred ? 1 : 0);
    }

    /** Adds the sheets to {@code workbook}, sets its document properties and asks for recalculation on load. */
    public void writeTo(Workbook workbook) {
        WorkbookStyles styles = new WorkbookStyles(workbook);
        // The summary comes first for the reader; it is filled last, once the schedule's rows are known.
        Sheet summary = workbook.createSheet("Summary");
        writeTerms(workbook.createSheet("Terms"), styles);
        Sheet assumptionSheet = workbook.createSheet("Assumptions");
        if (curve instanceof ZeroCurve z) {
            curveSheet = CurveSheet.write(workbook, styles, z, TITLE, measures.asOf());
        }
        int lastRow = writeSchedule(workbook, styles);
        writeYieldFlows(workbook.createSheet("Yield flows"), styles, lastRow);
        if (terms.rate().floatingPart() != null) {
            new NoteIndexSheet(schedule, assumptions.indexData()).writeTo(workbook, styles, TITLE, measures.asOf());
        }
        writeAssumptions(workbook, assumptionSheet, styles, lastRow);
        new PayoffSheet(schedule, measures.asOf(), curve, stepRows).writeTo(workbook, styles, TITLE);
        writeSummary(summary, styles, lastRow);
        DocumentInfo.apply(workbook, TITLE + " — " + terms.id(), assumptions);
        workbook.setForceFormulaRecalculation(true);
    }

    private boolean flat() {
        return curve instanceof FlatRate;
    }

    private double money(long minor) {
        return BigDecimal.valueOf(minor, schedule.scale()).doubleValue();
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
        ChargeTermRows.writeFees(kv, terms, schedule.size() == 0 ? 0 : schedule.openingMinor(0), schedule.scale(), amount);
        kv.rate(terms.hasSingleRate() ? "Annual rate" : "Annual rate (until the first change)", terms.annualRate());
        RateTermRows.write(kv, terms);
        kv.date("Issue (dated) date", terms.issueDate());
        kv.date("First payment date", terms.firstPaymentDate());
        kv.date("Maturity date", terms.maturityDate());
        kv.text("Frequency", terms.frequency().name());
        kv.text("Amortization", terms.amortization().name());
        kv.amount("Stated regular payment", terms.statedPayment(), amount);
        kv.integer("Amortization months", terms.amortizationMonths());
        kv.integer("Stated schedule payments", terms.statedSchedule().isEmpty() ? null : terms.statedSchedule().size());
        writeStructure(kv, amount);
        kv.text("Accrual basis", terms.accrualBasis().code());
        kv.text("Payment rounding", terms.paymentRounding().name());
        kv.text("Interest rounding", terms.interestRounding().name());
        PrepaymentTerms prepayment = terms.prepayment();
        kv.text("Prepayment allowed", yesNo(prepayment.allowed()));
        kv.rate("Prepayment penalty", prepayment.penaltyRate());
        kv.date("Prepayment lockout until", prepayment.lockoutUntil());
        stepRows = ChargeTermRows.writePremium(kv, styles, terms).stepRows();
        DefaultTerms defaults = terms.defaults();
        kv.integer("Cure days after notice", defaults.cureDays());
        kv.rate("Default rate", defaults.defaultRate());
        ChargeTermRows.writeDefaultCharges(kv, terms);
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
        TruthInLendingRows.write(kv, styles, schedule);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        // Amounts beside a fee's words, step rates, and what each Truth in Lending figure is.
        sheet.setColumnWidth(2, 60 * 256);
        PrintLayout.apply(sheet, TITLE, measures.asOf(), 1);
    }

    /** How the note is funded and relieved besides its payments, when its terms say (nothing for a plain note). */
    private void writeStructure(KeyValueSheet kv, CellStyle amount) {
        StructureTerms structure = terms.structure();
        if (terms.principalFrequency() != null) {
            kv.text("Principal frequency (interest carried to the interest dates)", terms.principalFrequency().name());
            kv.date("First principal date", terms.principalCycleAnchor());
        } else if (terms.firstPrincipalDate() != null) {
            kv.date("First principal date (interest only before)", terms.firstPrincipalDate());
        }
        if (structure.disbursementDate() != null) {
            kv.date("Disbursement date (interest runs from)", structure.disbursementDate());
        }
        List<DatedAmount> advances = structure.advances();
        for (int i = 0; i < advances.size(); i++) {
            RowWriter r = kv.row("Advance " + (i + 1) + " (date, amount)").date(advances.get(i).date());
            r.number(NoteTerms.decimal(advances.get(i).amount()).doubleValue(), amount);
        }
        Deferral deferral = structure.deferral();
        if (deferral != null) {
            kv.date("Payments deferred through", deferral.through());
            kv.text("Interest accrued in the deferral", deferral.interest().name() + ": " + deferral.interest().words());
        }
        List<DatedAmount> forgiven = structure.forgiveness();
        for (int i = 0; i < forgiven.size(); i++) {
            RowWriter r = kv.row("Forgiven " + (i + 1) + " (date, amount)").date(forgiven.get(i).date());
            r.number(NoteTerms.decimal(forgiven.get(i).amount()).doubleValue(), amount);
        }
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private String col(String column, int last) {
        return "Schedule!$" + column + "$2:$" + column + "$" + last;
    }

    private void writeAssumptions(Workbook workbook, Sheet sheet, WorkbookStyles styles, int last) {
        KeyValueSheet kv = new KeyValueSheet(sheet, styles, "Assumption", "Value", "Meaning");
        CellStyle amount = styles.amount(terms.currency());
        int scale = schedule.scale();
        int n = schedule.size();
        RowWriter asOf = kv.row("As-of date").date(measures.asOf(), styles.inputDate());
        InputValidation.date(sheet, asOf.excelRow() - 1, 1, "The valuation date (a date from 1900-03-01).");
        name(workbook, "AsOf", asOf.text("Input. Flows due after this date are projected; one due on it counts as paid."));
        if (flat()) {
            RowWriter r = kv.row("Discount rate").number(((FlatRate) curve).rate(), styles.inputRate());
            InputValidation.decimal(sheet, r.excelRow() - 1, r.excelRow() - 1, 1, -0.99, 10,
                    "An annually compounded rate above −99% (type 7% or 0.07).");
            name(workbook, "DiscountRate", r.text("Input. Annually compounded, " + BASIS
                    + " (change it and every discounted figure follows)."));
        } else {
            RowWriter r = kv.row("Zero curve shift").number(0, styles.inputBasisPoints());
            InputValidation.decimal(sheet, r.excelRow() - 1, r.excelRow() - 1, 1, -5000, 5000,
                    "A parallel shift of the zero curve in basis points (25 is +0.25%).");
            name(workbook, "CurveShift", r.text(curveSheet != null
                    ? "Input, in basis points. Added to every zero rate the Schedule interpolates from the Curve sheet."
                    : "Input, in basis points. Added to every zero rate of the Schedule's Zero rate column."));
        }
        RowWriter price = kv.row("Clean price").amount(measures.priceMinor(), scale, styles.inputAmount(terms.currency()));
        InputValidation.decimal(sheet, price.excelRow() - 1, price.excelRow() - 1, 1, 0, 1e15,
                "The clean price paid for the note, an amount in " + terms.currency().getCurrencyCode() + ".");
        name(workbook, "Price", price.text("Input. The price the note is carried at, without accrued interest."));
        name(workbook, "NoteRate", kv.row("Note rate").number(terms.annualRate().doubleValue(), styles.rate())
                .text(terms.hasSingleRate() ? "The note's annual rate (Terms)."
                        : "The note's rate until its first change (Terms); each period's own rate is the Schedule's Rate."));
        name(workbook, "IssueDate", kv.row("Issue date").date(terms.issueDate()).text("Interest accrues from this date."));
        name(workbook, "Settlement", kv.row("Settlement").dateFormula("MAX(AsOf,IssueDate)", styles.date(),
                        measures.asOf().isAfter(terms.issueDate()) ? measures.asOf() : terms.issueDate())
                .text("The later of the as-of and issue dates: a note not yet issued is bought when funded."));
        // The period accruing on the as-of date, found by its number so that sorting the Schedule does not matter.
        int current = schedule.firstDueAfter(asOfDay);
        // SUMIF on the period number picks the one row with it (INDEX/MATCH fails on a one-row range in Gnumeric).
        String byPeriod = "SUMIF(" + col("A", last) + ",AccrualPeriod,";
        name(workbook, "AccrualPeriod", kv.row("Accruing period").formula("COUNTIF(" + col("D", last)
                + ",\"<=\"&AsOf)+1", styles.integer(), current + 1).text("The first period due after AsOf."));
        boolean accruing = current < n;
        name(workbook, "AccrualStart", kv.row("Its accrual start").dateFormula("IF(AccrualPeriod>" + n + ",AsOf,"
                + byPeriod + col("B", last) + "))", styles.date(),
                accruing ? LocalDate.ofEpochDay(schedule.accrualStartEpochDay(current)) : measures.asOf()).text(""));
        name(workbook, "AccrualDue", kv.row("Its due date").dateFormula("IF(AccrualPeriod>" + n + ",AsOf,"
                + byPeriod + col("D", last) + "))", styles.date(),
                accruing ? LocalDate.ofEpochDay(schedule.dueEpochDay(current)) : measures.asOf()).text(""));
        name(workbook, "AccrualBalance", kv.row("Its opening balance").formula("IF(AccrualPeriod>" + n + ",0,"
                + byPeriod + col("F", last) + "))", amount, accruing ? money(schedule.openingMinor(current)) : 0)
                .text(""));
        name(workbook, "AccrualYearFraction", kv.row("Its year fraction").formula("IF(AccrualPeriod>" + n
                        + ",0," + byPeriod + col("Q", last) + "))", styles.factor(),
                accruing ? periodYearFraction(current) : 0)
                .text("The whole period's fraction of a year on the accrual basis."));
        // The accruing period's own rate (the Schedule's Rate column): a floating or stepped note accrues at
        // the rate of its period, not at the rate it started with.
        name(workbook, "AccrualRate", kv.row("Its rate").formula("IF(AccrualPeriod>" + n + ",NoteRate,"
                        + byPeriod + col("R", last) + "))", styles.rate(),
                (accruing ? schedule.rate(current) : terms.annualRate()).doubleValue())
                .text("The annual rate the accruing period accrues at (Schedule, Rate)."));
        String carried = "";
        if (deferred) {
            // Interest an earlier row left unpaid (a deferral's, or an advance's accrual before the period's
            // payment) is owed with a later payment: part of what a buyer pays for on AsOf.
            String column = String.valueOf((char) ('A' + deferredInterestColumn()));
            long carriedMinor = current > 0 && accruing ? schedule.deferredInterestMinor(current - 1) : 0;
            name(workbook, "AccrualCarried", kv.row("Interest carried into it").formula("IF(OR(AccrualPeriod=1,AccrualPeriod>"
                    + n + "),0,SUMIF(" + col("A", last) + ",AccrualPeriod-1," + col(column, last) + "))", amount,
                    money(carriedMinor)).text("Interest accrued before the period and not yet paid (Schedule, Deferred"
                    + " interest of the period before): owed with a later payment."));
            carried = "+AccrualCarried";
        }
        name(workbook, "AccruedInterest", kv.row("Accrued interest").formula("IF(AsOf<=AccrualStart,0,"
                        + rounded("AccrualBalance*AccrualRate*" + accruedFraction()) + ")" + carried, amount,
                money(measures.accruedInterestMinor()))
                .text("Formula of AsOf: interest on the accruing period's balance from its start to AsOf, on the note's"
                        + " accrual basis (" + terms.accrualBasis().code() + ") and interest rounding ("
                        + terms.interestRounding().name() + ")" + (deferred ? ", with the interest carried into it" : "")
                        + "."));
        name(workbook, "DirtyPrice", kv.row("Dirty price").formula("Price+AccruedInterest", amount,
                        money(measures.priceMinor() + measures.accruedInterestMinor()))
                .text("What a buyer pays: clean price + accrued interest."));
        kv.row("").text("");
        kv.row("Recorded").text("").text("What this workbook was computed from (fixed text).");
        for (String[] r : assumptions.rows()) {
            kv.wrapped(r[0], r[1]);
        }
        kv.row("Live and fixed").text("").text("Blue cells on a yellow fill are inputs: every formula follows them."
                + " The Schedule's amounts are the engine's exact schedule (values); the Engine column of the"
                + " Summary holds the engine's figures at the recorded assumptions (fixed).");
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 100 * 256);
        PrintLayout.apply(sheet, TITLE, measures.asOf(), 1);
    }

    /** The accruing period's whole year fraction, as the schedule's Year fraction column holds it. */
    private double periodYearFraction(int i) {
        DayCount basis = terms.accrualBasis();
        int start = schedule.accrualStartEpochDay(i);
        int end = schedule.dueEpochDay(i);
        return (double) basis.numerator(start, end) / basis.denominator();
    }

    /** The fraction of a year from AccrualStart to AsOf on the note's basis, as a formula. */
    private String accruedFraction() {
        String days = AccrualFormulas.yearFraction(terms.accrualBasis(), "AccrualStart", "AsOf");
        // PERIODIC: the whole period's interest × days elapsed ÷ days in the period.
        return days != null ? days : "AccrualYearFraction*(AsOf-AccrualStart)/(AccrualDue-AccrualStart)";
    }

    /** {@code x} (an amount, not negative) rounded to the currency's minor unit by the note's interest rule. */
    private String rounded(String x) {
        return AccrualFormulas.rounded(x, schedule.scale(), terms.interestRounding());
    }

    /** Names the value cell (column B) of the row just written. */
    private static void name(Workbook workbook, String name, RowWriter row) {
        Name n = workbook.createName();
        n.setNameName(name);
        n.setRefersToFormula("Assumptions!$B$" + row.excelRow());
    }

    /** The zero rate the engine uses for a flow {@code years} after the as-of date. */
    private double engineZero(int due) {
        return curve.zeroRate(Math.max(0, due - asOfDay) / 365.0);
    }

    /** Writes the schedule and returns its last row (1-based). */
    private int writeSchedule(Workbook workbook, WorkbookStyles styles) {
        CellStyle amount = styles.amount(terms.currency());
        List<Column> columns = new ArrayList<>(List.of(
                new Column("Period", 10), new Column("Accrual start", 12), new Column("Accrual end", 12),
                new Column("Due date", 12), new Column("Days", 6), new Column("Opening balance", 18),
                new Column("Interest", 15), new Column("Principal", 18), new Column("Payment", 18),
                new Column("Closing balance", 18), new Column("Zero rate", 14),
                new Column("Years from as-of (due − AsOf)/365", 14), new Column("Discount factor", 14),
                new Column("Present value (flows after AsOf)", 18), new Column("Yield date", 12),
                new Column("Yield cash flow", 18), new Column("Year fraction (accrual basis)", 14),
                new Column("Rate (accrued at)", 12), new Column("Rate source (index data)", 22)));
        if (kinds) {
            // An ADVANCE row is money lent (its payment and principal negative, the balance rising), a
            // CAPITALIZATION row interest added to the balance, a FORGIVENESS row cash to the holder.
            columns.add(new Column("Kind (ADVANCE: the holder lends)", 24));
        }
        if (deferred) {
            columns.add(new Column("Deferred interest (accrued, unpaid after the row)", 18));
        }
        if (fees) {
            // Part of the row's payment (core's Schedule: payment = interest + principal + fee), shown apart.
            columns.add(new Column("Fee (in the payment)", 14));
        }
        StreamedTable table = new StreamedTable(workbook, styles, "Schedule", columns).asExcelTable("ScheduleTable");
        int scale = schedule.scale();
        LocalDate settlement = measures.asOf().isAfter(terms.issueDate()) ? measures.asOf() : terms.issueDate();
        // The schedule command's rate_source: which index data the note's rates read (empty for none).
        String rateSource = FlowCsvWriter.rateSource(schedule);
        for (int i = 0; i < schedule.size(); i++) {
            RowWriter row = table.next();
            int r = row.excelRow();
            int due = schedule.dueEpochDay(i);
            boolean after = due > asOfDay;
            double years = (due - asOfDay) / 365.0;
            double zero = engineZero(due);
            double factor = curve.discountFactor(years);
            double payment = money(schedule.paymentMinor(i));
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
            String shifted;
            if (flat()) {
                row.formula("DiscountRate", styles.rate(), zero);
                shifted = "K" + r;
            } else if (curveSheet != null) {
                row.formula(curveSheet.zeroRate("MAX(0,L" + r + ")"), styles.rate(), zero);
                shifted = "K" + r + "+CurveShift/10000";
            } else {
                // A curve the workbook cannot write as points: its zero rate at each flow's time, as a value.
                row.number(zero, styles.rate());
                shifted = "K" + r + "+CurveShift/10000";
            }
            String d = "D" + r;
            row.formula("(" + d + "-AsOf)/365", styles.years(), years)
                    .formula("(1+" + shifted + ")^-L" + r, styles.factor(), factor)
                    .formula("IF(" + d + ">AsOf,I" + r + "*M" + r + ",0)", amount, after ? payment * factor : 0)
                    .dateFormula("IF(" + d + ">AsOf," + d + ",Settlement)", styles.date(),
                            after ? LocalDate.ofEpochDay(due) : settlement)
                    .formula("IF(" + d + ">AsOf,I" + r + ",0)", amount, after ? payment : 0)
                    .number(periodYearFraction(i), styles.factor())
                    .number(schedule.rate(i).doubleValue(), styles.rate())
                    .text(rateSource);
            if (kinds) {
                row.text(FlowKind.label(schedule.flags(i)));
            }
            if (deferred) {
                row.amount(schedule.deferredInterestMinor(i), scale, amount);
            }
            if (fees) {
                row.amount(schedule.feeMinor(i), scale, amount);
            }
        }
        List<StreamedTable.Part> parts = table.finish();
        Sheet sheet = workbook.getSheet("Schedule");
        PrintLayout.apply(sheet, TITLE, measures.asOf(), 1);
        return parts.get(parts.size() - 1).lastRow();
    }

    /** The purchase, then every period in order: XIRR's cash flows, read from the Schedule by period number. */
    private void writeYieldFlows(Sheet sheet, WorkbookStyles styles, int last) {
        CellStyle amount = styles.amount(terms.currency());
        RowWriter.of(sheet.createRow(0), styles).header("Period (0 = purchase)").header("Date").header("Cash flow")
                .header("Why this sheet");
        LocalDate settlement = measures.asOf().isAfter(terms.issueDate()) ? measures.asOf() : terms.issueDate();
        RowWriter.of(sheet.createRow(1), styles).integer(0).dateFormula("Settlement", styles.date(), settlement)
                .formula("-DirtyPrice", amount, -money(measures.priceMinor() + measures.accruedInterestMinor()))
                .text("XIRR needs its first date first: the flows are kept here in period order, summed from the"
                        + " Schedule table by period number, so sorting the table changes nothing. Do not sort this sheet.");
        for (int i = 0; i < schedule.size(); i++) {
            int r = i + 3;
            int due = schedule.dueEpochDay(i);
            boolean after = due > asOfDay;
            String byPeriod = "SUMIF(" + col("A", last) + ",A" + r + ",";
            String dueCell = byPeriod + col("D", last) + ")";
            RowWriter.of(sheet.createRow(r - 1), styles).integer(i + 1)
                    .dateFormula("IF(" + dueCell + ">AsOf," + dueCell + ",Settlement)", styles.date(),
                            after ? LocalDate.ofEpochDay(due) : settlement)
                    .formula("IF(" + dueCell + ">AsOf," + byPeriod + col("I", last) + "),0)", amount,
                            after ? money(schedule.paymentMinor(i)) : 0);
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        sheet.setColumnWidth(2, 18 * 256);
        sheet.setColumnWidth(3, 100 * 256);
        PrintLayout.apply(sheet, TITLE, measures.asOf(), 1);
    }

    private void writeSummary(Sheet sheet, WorkbookStyles styles, int last) {
        CellStyle amount = styles.amount(terms.currency());
        String due = col("D", last);
        String ydate = col("O", last);
        String ycash = col("P", last);
        String fromSettlement = "(" + ydate + "-Settlement)/365";
        RowWriter header = RowWriter.of(sheet.createRow(0), styles);
        header.header("Measure").header("Workbook (formula)").header("Engine (Notefolio, fixed)")
                .header("Difference").header("Definition and basis");
        // 12, or (365/27) for a cycle of 27 days: a formula's divisor must be the whole ratio
        String m = terms.frequency().isDayCycle() ? "(" + terms.frequency().periodsPerYearText() + ")"
                : terms.frequency().periodsPerYearText();
        int scale = schedule.scale();
        long remainingPayments = 0;
        for (int i = schedule.firstDueAfter(asOfDay); i < schedule.size(); i++) {
            remainingPayments += schedule.paymentMinor(i);
        }
        long totalPrincipal = 0;
        for (int i = 0; i < schedule.size(); i++) {
            totalPrincipal += schedule.principalMinor(i);
        }
        String y = "$B$" + YIELD_ROW;
        String v = "(1+" + y + ")^-(" + fromSettlement + ")";
        String shift = flat() ? "" : "+CurveShift/10000";
        int yieldLast = schedule.size() + 2;
        measure(sheet, styles, NPV_ROW, "NPV", "SUM(" + col("N", last) + ")", measures.npv(), amount, scale,
                "Σ payment × (1 + r)^−(due − AsOf)/365 over the flows due after AsOf: the sum of the Schedule's"
                        + " PV column (SUMPRODUCT of payment and discount factor), equal to XNPV with AsOf as first date"
                        + " and no flow on it. " + BASIS + ".");
        measure(sheet, styles, YIELD_ROW, "Yield",
                "XIRR('Yield flows'!$C$2:$C$" + yieldLast + ",'Yield flows'!$B$2:$B$" + yieldLast + "," + guess() + ")",
                measures.yield(), styles.rate(), 6,
                "Excel XIRR over −dirty price at settlement, then the flows due after AsOf (sheet Yield flows). "
                        + BASIS + ".");
        measure(sheet, styles, NOMINAL_YIELD_ROW, "Yield, nominal at the payment frequency",
                m + "*((1+" + y + ")^(1/" + m + ")-1)", measures.yieldNominal(), styles.rate(), 6,
                "The XIRR yield compounded " + m + " time(s) a year: m × ((1 + y)^(1/m) − 1).");
        measure(sheet, styles, WAL_ROW, "WAL (years)",
                "SUMPRODUCT((" + due + ">AsOf)*(" + due + "-Settlement)/365*" + col("H", last) + ")/SUMIF("
                        + due + ",\">\"&AsOf," + col("H", last) + ")",
                measures.walYears(), styles.years(), 4,
                "Σ t × principal ÷ Σ principal over principal due after AsOf; t = actual days from settlement / 365.");
        measure(sheet, styles, MACAULAY_ROW, "Macaulay duration (years)",
                "SUMPRODUCT(" + ycash + "," + fromSettlement + "," + v + ")/SUMPRODUCT(" + ycash + "," + v + ")",
                measures.macaulayDuration(), styles.years(), 4,
                "Σ t × CF × v ÷ Σ CF × v, v = (1 + yield)^−t, t from settlement (actual/365).");
        measure(sheet, styles, MODIFIED_ROW, "Modified duration (years)", "B" + MACAULAY_ROW + "/(1+" + y + ")",
                measures.modifiedDuration(), styles.years(), 4, "Macaulay duration ÷ (1 + yield).");
        measure(sheet, styles, DV01_ROW, "DV01",
                "SUMPRODUCT(" + col("N", last) + "," + col("L", last) + "/(1+" + col("K", last) + shift + "))/10000",
                measures.dv01(), amount, scale,
                "NPV gained when every discount rate falls one basis point, to first order: 1e-4 × Σ t/(1 + r) × PV"
                        + (flat() ? "." : ", r the shifted zero rate."));
        measure(sheet, styles, OUTSTANDING_ROW, "Outstanding principal",
                "SUMIF(" + due + ",\">\"&AsOf," + col("H", last) + ")",
                money(measures.outstandingPrincipalMinor()), amount, scale, "Principal due after AsOf (exact).");
        measure(sheet, styles, REMAINING_PAYMENTS_ROW, "Payments due after AsOf",
                "SUMIF(" + due + ",\">\"&AsOf," + col("I", last) + ")", money(remainingPayments), amount, scale,
                "Undiscounted cash still to be received (exact).");
        measure(sheet, styles, TOTAL_INTEREST_ROW, "Total interest", "SUM(" + col("G", last) + ")",
                money(schedule.totalInterestMinor()), amount, scale, "Every period's interest (exact).");
        measure(sheet, styles, TOTAL_PRINCIPAL_ROW, "Total principal", "SUM(" + col("H", last) + ")",
                money(totalPrincipal), amount, scale, "Every period's principal: the amount lent (exact)"
                        + (kinds ? "; an advance after the note's first is negative principal, capitalized interest"
                        + " too, so this is the balance the note started with." : "."));
        measure(sheet, styles, TOTAL_PAYMENTS_ROW, "Total payments", "SUM(" + col("I", last) + ")",
                money(schedule.totalPaymentMinor()), amount, scale, "Every period's payment (exact)"
                        + (fees ? ", fees included: a row's payment is its interest + principal + fee, all cash to"
                        + " the holder." : "."));
        measure(sheet, styles, CONVEXITY_ROW, "Convexity (years²)",
                "SUMPRODUCT(" + ycash + "," + fromSettlement + "*(" + fromSettlement + "+1)," + v + ")/((1+" + y
                        + ")^2*SUMPRODUCT(" + ycash + "," + v + "))",
                measures.convexity(), styles.years(), 4, "Σ t(t+1) × CF × v ÷ ((1 + y)² × Σ CF × v).");
        measure(sheet, styles, ACCRUED_ROW, "Accrued interest", "AccruedInterest",
                money(measures.accruedInterestMinor()), amount, scale,
                "Accrued to AsOf on the note's accrual basis (Assumptions: a formula of AsOf).");
        double outstanding = money(measures.outstandingPrincipalMinor());
        double accrued = money(measures.accruedInterestMinor());
        measure(sheet, styles, CLEAN_VALUE_ROW, "Clean value (NPV − accrued interest)",
                "B" + NPV_ROW + "-AccruedInterest", measures.npv() - accrued, amount, scale,
                "The discounted value without the interest accrued to AsOf, comparable with the clean price.");
        measure(sheet, styles, PRICE_PERCENT_ROW, "Clean price, % of par", "IF(B" + OUTSTANDING_ROW + "=0,\"\",Price/B"
                        + OUTSTANDING_ROW + ")", outstanding == 0 ? Double.NaN : money(measures.priceMinor()) / outstanding,
                styles.rate(), 6, "Clean price ÷ outstanding principal.");
        measure(sheet, styles, CLEAN_VALUE_PERCENT_ROW, "Clean value, % of par", "IF(B" + OUTSTANDING_ROW
                        + "=0,\"\",B" + CLEAN_VALUE_ROW + "/B" + OUTSTANDING_ROW + ")",
                outstanding == 0 ? Double.NaN : (measures.npv() - accrued) / outstanding, styles.rate(), 6,
                "Clean value ÷ outstanding principal.");
        if (fees) {
            long totalFees = 0;
            for (int i = 0; i < schedule.size(); i++) {
                totalFees += schedule.feeMinor(i);
            }
            String column = String.valueOf((char) ('A' + feeColumn()));
            measure(sheet, styles, TOTAL_FEES_ROW, "Total fees (in the payments)", "SUM(" + col(column, last) + ")",
                    money(totalFees), amount, scale, "Every row's fee (a revolving line's commitment fee on the undrawn"
                            + " commitment), exact: part of the payments above, so the NPV and yield count it as cash.");
        }
        writeSensitivity(sheet, styles, amount, last, shift);
        if (terms.rate().floatingPart() != null) {
            writeRateMeasures(sheet, styles);
        }
        sheet.createFreezePane(1, 1);
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 20 * 256);
        sheet.setColumnWidth(3, 16 * 256);
        sheet.setColumnWidth(4, 110 * 256);
        PrintLayout.apply(sheet, TITLE, measures.asOf(), 1);
    }

    /** NPV with every discount rate moved by each shift: formulas over the Schedule, beside the engine. */
    private void writeSensitivity(Sheet sheet, WorkbookStyles styles, CellStyle amount, int last, String shift) {
        RowWriter.of(sheet.createRow(SENSITIVITY_ROW - 2), styles).header("Rate shift (bp)")
                .header("NPV (formula)").header("NPV (engine, fixed)").header("Difference")
                .header("Definition and basis");
        int scale = schedule.scale();
        for (int k = 0; k < SENSITIVITY_BP.length; k++) {
            int r = SENSITIVITY_ROW + k;
            int bp = SENSITIVITY_BP[k];
            double engine = NotePricer.presentValue(schedule, measures.asOf(), curve.shifted(bp));
            String formula = "SUMPRODUCT((" + col("D", last) + ">AsOf)*" + col("I", last) + ",(1+" + col("K", last)
                    + shift + "+$A" + r + "/10000)^-" + col("L", last) + ")";
            RowWriter.of(sheet.createRow(r - 1), styles).number(bp, styles.inputBasisPoints())
                    .formula(formula, amount, engine)
                    .number(engine, amount)
                    .formula("ROUND(B" + r + "-C" + r + "," + scale + ")", amount, 0)
                    .text(k == 0 ? "Σ payment × (1 + r + shift)^−t over the flows due after AsOf: NPV with every discount"
                            + " rate moved by the shift (change a shift to see another)." : "");
        }
    }

    /**
     * The discount margin and effective duration of a note whose rate follows an index: the engine's
     * figures (each re-fixes the coupons under moved index data, which a formula over this schedule
     * cannot do), with their definitions.
     */
    private void writeRateMeasures(Sheet sheet, WorkbookStyles styles) {
        RowWriter.of(sheet.createRow(DISCOUNT_MARGIN_ROW - 2), styles).header("Rate measure").header("")
                .header("Engine (Notefolio, fixed)").header("").header("Definition and basis");
        Double margin = measures.discountMargin();
        RowWriter dm = RowWriter.of(sheet.createRow(DISCOUNT_MARGIN_ROW - 1), styles).label("Discount margin").text("");
        if (margin != null && Double.isFinite(margin)) {
            dm.number(margin, styles.rate());
        } else {
            dm.text("n/a");
        }
        dm.text("").text("The margin over the index projection (Index sheet) at which the projected flows, re-fixed at"
                + " each reset, are worth the dirty price on the recorded discounting; the spread the price implies,"
                + " comparable with the note's spread (Terms).");
        RowWriter ed = RowWriter.of(sheet.createRow(EFFECTIVE_DURATION_ROW - 1), styles).label("Effective duration (years)")
                .text("");
        if (Double.isFinite(measures.effectiveDuration())) {
            ed.number(measures.effectiveDuration(), styles.years());
        } else {
            ed.text("n/a");
        }
        ed.text("").text("−(PV(+Δ) − PV(−Δ)) ÷ (2 × PV × Δ) with the discount curve and the index projection moved"
                + " together by Δ and the coupons re-fixed (caps and floors acting): the rate sensitivity of a note"
                + " whose coupons follow rates, beside the modified duration of fixed coupons.");
    }

    /** XIRR's starting point: the engine's yield when it has one, so Gnumeric and Excel converge at once. */
    private String guess() {
        double y = measures.yield();
        return Double.isFinite(y) ? Double.toString(y) : "0.1";
    }

    private static void measure(Sheet sheet, WorkbookStyles styles, int excelRow, String label, String formula,
                                double engine, CellStyle style, int digits, String definition) {
        RowWriter row = RowWriter.of(sheet.createRow(excelRow - 1), styles);
        row.label(label);
        if (Double.isFinite(engine)) {
            // The difference is rounded to the digits shown: a 1e-12 remainder would print as −0.00.
            row.formula(formula, style, engine).number(engine, style)
                    .formula("ROUND(B" + excelRow + "-C" + excelRow + "," + digits + ")", style, 0);
        } else {
            // No flows left: XIRR and the averages have no value; a formula would only show #NUM!.
            row.text("n/a").text("n/a").blank();
        }
        row.text(definition);
    }
}
