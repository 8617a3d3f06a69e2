package com.notefolio.reports.note;

import com.notefolio.core.note.ClosingFee;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.LateCharge;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PremiumStep;
import com.notefolio.core.note.PrepaymentPremium;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The charges of a note on the Terms sheet, in the words of the note and as values: each closing fee (its
 * words and its amount on the principal), the periodic fee charged with each installment (its words), the prepayment premium — a step-down as a small table of the day
 * each step starts and its rate, yield maintenance as its spread and floor —, the open period before maturity,
 * the late charge and the default margin. Only the charges the note states are written, so a plain note's
 * sheet stays as it was. The step table's rows are kept ({@link #stepRows}) for the Payoff sheet's formula
 * of the premium, which looks its rate up there.
 */
final class ChargeTermRows {

    /** The first and last Excel rows (1-based) of the step-down table's steps; {@code null} without one. */
    private int[] stepRows;

    private ChargeTermRows() {
    }

    /**
     * Writes the closing fees of {@code terms} (after the principal's terms: they are what the borrower pays
     * to close) and its periodic fee, {@code openingMinor} the balance a rate of the principal is taken of.
     */
    static void writeFees(KeyValueSheet kv, NoteTerms terms, long openingMinor, int scale, CellStyle amount) {
        List<ClosingFee> fees = terms.fees();
        for (int i = 0; i < fees.size(); i++) {
            ClosingFee fee = fees.get(i);
            // The words in B (the fee's name is the user's text, written as a string cell), the amount in C.
            kv.row("Closing fee " + (i + 1) + " (words, amount)").text(fee.words())
                    .amount(fee.minor(openingMinor, scale), scale, amount);
        }
        if (terms.periodicFee() != null) {
            kv.wrapped("Periodic fee", terms.periodicFee().words());
        }
    }

    /** Writes the prepayment premium and open period of {@code terms}; returns where the step table went. */
    static ChargeTermRows writePremium(KeyValueSheet kv, WorkbookStyles styles, NoteTerms terms) {
        ChargeTermRows rows = new ChargeTermRows();
        PrepaymentTerms p = terms.prepayment();
        if (p.premium() instanceof PrepaymentPremium.StepDown s) {
            kv.wrapped("Prepayment premium", "steps down: the rate of the step a prepayment falls in × the principal"
                    + " prepaid (a step from loan year k starts on the issue date's (k − 1)th anniversary); none before"
                    + " the first step or after a 0% step");
            RowWriter header = kv.row("Premium step (starts, rate)");
            header.text("Starts on").text("Rate of the principal prepaid");
            List<PremiumStep> steps = s.steps();
            int first = 0;
            int last = 0;
            for (int i = 0; i < steps.size(); i++) {
                PremiumStep step = steps.get(i);
                String label = step.fromYear() != null ? "From loan year " + step.fromYear() : "From " + step.fromDate();
                RowWriter r = kv.row(label).date(step.start(terms.issueDate())).number(step.rate().doubleValue(),
                        styles.rate());
                first = i == 0 ? r.excelRow() : first;
                last = r.excelRow();
            }
            rows.stepRows = new int[] {first, last};
        } else if (p.premium() instanceof PrepaymentPremium.YieldMaintenance ym) {
            kv.wrapped("Prepayment premium", "yield maintenance: the interest the lender loses on the principal prepaid"
                    + " — the note rate less the reference yield (the reference curve's rate for the term left, plus"
                    + " the spread) — for each month left to maturity, discounted at that yield, never less than the"
                    + " floor × the principal prepaid");
            kv.rate("Yield maintenance spread (over the reference)", ym.spread());
            kv.rate("Yield maintenance floor (of the principal prepaid)", ym.floor());
        }
        if (p.openMonths() > 0) {
            kv.row("Open period (no premium or penalty)").text("the last " + p.openMonths() + " months before maturity,"
                    + " from").date(p.openFrom(terms.maturityDate()));
        }
        return rows;
    }

    /** Writes the default margin and late charge of {@code terms}, where it states them. */
    static void writeDefaultCharges(KeyValueSheet kv, NoteTerms terms) {
        DefaultTerms d = terms.defaults();
        if (d.defaultMargin() != null) {
            kv.rate("Default margin (over the note rate in effect)", d.defaultMargin());
        }
        LateCharge late = d.lateCharge();
        if (late != null) {
            kv.wrapped("Late charge", words(late));
        }
    }

    /** The late charge as a note states it: "5% of the installment, at most 50.00, if unpaid 10 days after it is due". */
    static String words(LateCharge late) {
        String charge = late.rate() != null
                ? late.rate().movePointRight(2).stripTrailingZeros().toPlainString() + "% of the installment"
                : late.amount().toPlainString() + " an installment";
        return charge + (late.maximum() != null ? ", at most " + late.maximum().toPlainString() : "")
                + ", if unpaid " + late.graceDays() + " days after it is due";
    }

    /** The step table's first and last rows, or {@code null} when the premium does not step down. */
    int[] stepRows() {
        return stepRows;
    }
}
