package com.notefolio.reports.note;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrepaymentPremium;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.payoff.PayoffQuote;
import com.notefolio.core.payoff.PayoffQuoter;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.reports.workbook.PrintLayout;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The {@code Payoff} sheet: what retires the note on the workbook's named as-of date — principal outstanding,
 * accrued interest, prepayment premium, late charges, their total, and the per-diem by which the total grows a
 * day — each as a formula of {@code AsOf} and the Schedule sheet where Excel can compute it, beside core's
 * {@link PayoffQuoter} figure for the recorded as-of date and their difference. Change {@code AsOf} and the
 * formulas give the quote of the new date.
 *
 * <p>The formulas read the Assumptions sheet's named cells, which find the period accruing on AsOf by its
 * number in the Schedule table (so sorting the table changes nothing): the principal is {@code AccrualBalance}
 * (the opening balance of the first row due after AsOf: the balance after the last row due on or before it),
 * the accrued interest {@code AccruedInterest} (on the note's day count and interest rounding, with any interest
 * carried unpaid), the premium the flat penalty or the step-down rate of AsOf (looked up in the Terms sheet's
 * step table) × the principal, half up, nothing in the open period; the per-diem one day's interest on the
 * principal at {@code AccrualRate} on the note's day count (ACT/365F for a PERIODIC note), rounded as its
 * interest is. Values, with the reason beside them, where Excel cannot follow the engine: a yield maintenance
 * premium (a present value on the reference curve — the workbook's discounting —, month by month), and the
 * accrued interest and per-diem of a note whose rate changes inside a period or whose accrual ends before a
 * due date moved to a business day, or of a precomputed note (earned by its rebate method). Late charges are 0: the quote takes every installment due on or before
 * AsOf as paid, as the projection does (the {@code payoff} command's {@code --unpaid-from} quotes unpaid ones).
 *
 * <p>A note that may not be prepaid, or an as-of date outside its life or in its lockout, has no quote: the
 * sheet says why instead.
 */
final class PayoffSheet {

    /** Rows, 1-based as formulas write them. */
    static final int DATE_ROW = 2;
    static final int QUOTABLE_ROW = 3;
    static final int PRINCIPAL_ROW = 4;
    static final int ACCRUED_ROW = 5;
    static final int PREMIUM_ROW = 6;
    static final int LATE_CHARGES_ROW = 7;
    static final int TOTAL_ROW = 8;
    static final int PER_DIEM_ROW = 9;
    static final int RATE_ROW = 10;

    private final Schedule schedule;
    private final NoteTerms terms;
    private final LocalDate asOf;
    private final DiscountCurve reference;
    /** The Terms sheet's step-down table, first and last Excel rows; {@code null} without one. */
    private final int[] stepRows;

    PayoffSheet(Schedule schedule, LocalDate asOf, DiscountCurve reference, int[] stepRows) {
        this.schedule = schedule;
        this.terms = schedule.terms();
        this.asOf = asOf;
        this.reference = reference;
        this.stepRows = stepRows;
    }

    void writeTo(Workbook workbook, WorkbookStyles styles, String title) {
        Sheet sheet = workbook.createSheet("Payoff");
        RowWriter.of(sheet.createRow(0), styles).header("Payoff on AsOf").header("Workbook (formula)")
                .header("Engine (Notefolio, fixed)").header("Difference").header("How");
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 20 * 256);
        sheet.setColumnWidth(3, 14 * 256);
        sheet.setColumnWidth(4, 110 * 256);
        sheet.createFreezePane(1, 1);
        PrintLayout.apply(sheet, title, asOf, 1);
        PayoffQuote q;
        try {
            q = PayoffQuoter.quote(schedule, asOf, reference);
        } catch (IllegalArgumentException e) {
            RowWriter.of(sheet.createRow(DATE_ROW - 1), styles).label("No payoff quote").text("").text("").text("")
                    .text("On the as-of date " + asOf + ": " + e.getMessage() + ". Export at another as-of date for one.");
            return;
        }
        int scale = schedule.scale();
        CellStyle amount = styles.amount(terms.currency());
        RowWriter.of(sheet.createRow(DATE_ROW - 1), styles).label("Payoff date").dateFormula("AsOf", styles.date(), asOf)
                .date(asOf).blank().text("The named as-of date (Assumptions): change it there and the quote follows.");
        RowWriter.of(sheet.createRow(QUOTABLE_ROW - 1), styles).label("Quotable on AsOf")
                .textFormula(quotable(), styles.text(), "yes").text("yes").blank()
                .text("A payoff is quoted after the issue date and before maturity"
                        + (terms.prepayment().lockoutUntil() != null ? ", from the end of the lockout" : "")
                        + "; on another date the figures below mean nothing.");
        boolean interestByFormula = interestExpressible();
        amountRow(sheet, styles, PRINCIPAL_ROW, "Principal outstanding", "AccrualBalance", q.principalMinor(), amount,
                "The balance after the last row due on or before AsOf (a payment due on AsOf counts as made): the"
                        + " opening balance of the first row due after it, found by period number (Assumptions,"
                        + " AccrualBalance).");
        amountRow(sheet, styles, ACCRUED_ROW, "Accrued interest", interestByFormula ? "AccruedInterest" : null,
                q.accruedInterestMinor(), amount, interestByFormula
                        ? "Interest accrued and unpaid on AsOf: the accruing period's from its start on the note's basis ("
                        + terms.accrualBasis().code() + ") and interest rounding, with any carried unpaid (Assumptions,"
                        + " AccruedInterest)."
                        : "The engine's figure (a value): " + noFormulaReason() + ".");
        String premium = premiumFormula();
        amountRow(sheet, styles, PREMIUM_ROW, "Prepayment premium", premium, q.premiumMinor(), amount,
                premium != null ? premiumWords()
                        : "The engine's figure (a value): yield maintenance is a present value month by month on the"
                        + " reference curve (here the workbook's discounting), which the Terms sheet words; it is not"
                        + " recomputed when AsOf changes.");
        amountRow(sheet, styles, LATE_CHARGES_ROW, "Late charges", null, q.lateChargesMinor(), amount,
                "0: the quote takes every installment due on or before AsOf as paid, as the projection does; a late"
                        + " charge (Terms) falls on an installment left unpaid past its grace (payoff --unpaid-from).");
        amountRow(sheet, styles, TOTAL_ROW, "Total to pay off", "SUM(B" + PRINCIPAL_ROW + ":B" + LATE_CHARGES_ROW + ")",
                q.totalMinor(), amount, "Principal + accrued interest + premium + late charges: what retires the note on"
                        + " AsOf.");
        amountRow(sheet, styles, PER_DIEM_ROW, "Per-diem interest", interestByFormula ? perDiemFormula() : null,
                q.perDiemMinor(), amount, interestByFormula
                        ? "One day's interest on the principal at the rate in force on AsOf, on " + perDiemBasis().code()
                        + (terms.accrualBasis() == DayCounts.PERIODIC ? " (a PERIODIC note's interest is by period, not"
                        + " by day)" : "") + ", rounded " + terms.interestRounding().name() + ": the total grows by"
                        + " about this each day the payoff is later."
                        : "The engine's figure (a value): " + noFormulaReason() + ".");
        RowWriter rate = RowWriter.of(sheet.createRow(RATE_ROW - 1), styles).label("Rate in force on AsOf");
        if (interestByFormula) {
            rate.formula("AccrualRate", styles.rate(), q.rate().doubleValue());
        } else {
            rate.number(q.rate().doubleValue(), styles.rate());
        }
        rate.number(q.rate().doubleValue(), styles.rate()).blank()
                .text("The annual rate of the period accruing on AsOf (Schedule, Rate), at which the per-diem runs.");
    }

    private void amountRow(Sheet sheet, WorkbookStyles styles, int excelRow, String label, String formula,
                           long engineMinor, CellStyle amount, String how) {
        int scale = schedule.scale();
        double engine = BigDecimal.valueOf(engineMinor, scale).doubleValue();
        RowWriter row = RowWriter.of(sheet.createRow(excelRow - 1), styles).label(label);
        if (formula != null) {
            row.formula(formula, amount, engine);
        } else {
            row.number(engine, amount);
        }
        row.number(engine, amount).formula("ROUND(B" + excelRow + "-C" + excelRow + "," + scale + ")", amount, 0)
                .text(how);
    }

    /** "yes" when AsOf is a date a payoff may be quoted on, else why not. */
    private String quotable() {
        String inLife = "AND(AsOf>IssueDate,AsOf<" + date(terms.maturityDate()) + ")";
        LocalDate lockout = terms.prepayment().lockoutUntil();
        String f = "IF(NOT(" + inLife + "),\"no: outside the note's life\"";
        if (lockout != null) {
            f += ",IF(AsOf<" + date(lockout) + ",\"no: in the lockout\",\"yes\"))";
        } else {
            f += ",\"yes\")";
        }
        return f;
    }

    /**
     * Whether the Assumptions' accrued interest formula gives the engine's accrual: a period whose rate changes
     * inside it, or an accrual that ends before a due date moved to a business day, accrues in pieces the named
     * cells do not hold.
     */
    private boolean interestExpressible() {
        if (terms.precomputed() != null || schedule.hasUnadjustedAccrual()) {
            return false;
        }
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.rateChangesWithin(i)) {
                return false;
            }
        }
        return true;
    }

    private String noFormulaReason() {
        if (terms.precomputed() != null) {
            // The balance is already the rebated payoff on each due date (the schedule's rows), so the principal
            // formula holds; what accrues between due dates is the rebate method's, not the note's day count.
            return "a precomputed note earns its add-on interest by the " + (terms.precomputed()
                    == com.notefolio.core.note.PrecomputedInterest.RULE_OF_78S ? "Rule of 78s, nothing between due dates"
                    : "actuarial method, at its per-period yield between due dates")
                    + "; its principal is the remaining installments less the unearned interest rebate";
        }
        return schedule.hasUnadjustedAccrual()
                ? "a due date moved to a business day accrues to the rolled date and the next period from there,"
                + " which one period's cells cannot hold"
                : "the note's rate changes inside a period (a reset on its date), so the period accrues in pieces at"
                + " two rates, which one period's cells cannot hold";
    }

    /** The premium of AsOf as a formula; {@code null} for yield maintenance, which is a value. */
    private String premiumFormula() {
        PrepaymentTerms p = terms.prepayment();
        String rate;
        if (p.premium() instanceof PrepaymentPremium.StepDown) {
            String starts = "Terms!$B$" + stepRows[0] + ":$B$" + stepRows[1];
            String rates = "Terms!$C$" + stepRows[0] + ":$C$" + stepRows[1];
            rate = "IF(AsOf<Terms!$B$" + stepRows[0] + ",0,LOOKUP(AsOf," + starts + "," + rates + "))";
        } else if (p.premium() == null) {
            if (p.penaltyRate().signum() == 0) {
                return "0";
            }
            rate = p.penaltyRate().toPlainString();
        } else {
            return null;
        }
        String f = AccrualFormulas.rounded("B" + PRINCIPAL_ROW + "*" + rate, schedule.scale(), RoundingRule.HALF_UP);
        LocalDate open = p.openFrom(terms.maturityDate());
        return open == null ? f : "IF(AsOf>=" + date(open) + ",0," + f + ")";
    }

    private String premiumWords() {
        PrepaymentTerms p = terms.prepayment();
        String open = p.openMonths() > 0 ? "; nothing from " + p.openFrom(terms.maturityDate()) + " (the open period)" : "";
        if (p.premium() instanceof PrepaymentPremium.StepDown) {
            return "The step-down rate of AsOf (the last step of the Terms sheet's table started on or before it, by"
                    + " LOOKUP) × the principal, rounded half up" + open + ".";
        }
        if (p.penaltyRate().signum() == 0) {
            return "The note charges no premium or penalty on prepayment.";
        }
        return "The flat penalty (" + p.penaltyRate().movePointRight(2).stripTrailingZeros().toPlainString()
                + "% of the principal prepaid) × the principal, rounded half up" + open + ".";
    }

    private DayCount perDiemBasis() {
        return terms.accrualBasis() == DayCounts.PERIODIC ? DayCounts.ACT_365F : terms.accrualBasis();
    }

    private String perDiemFormula() {
        String fraction = AccrualFormulas.yearFraction(perDiemBasis(), "AsOf", "(AsOf+1)");
        return AccrualFormulas.rounded("B" + PRINCIPAL_ROW + "*AccrualRate*" + fraction, schedule.scale(),
                terms.interestRounding());
    }

    private static String date(LocalDate d) {
        return "DATE(" + d.getYear() + "," + d.getMonthValue() + "," + d.getDayOfMonth() + ")";
    }
}
