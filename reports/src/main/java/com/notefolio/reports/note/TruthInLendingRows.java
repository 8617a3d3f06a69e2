package com.notefolio.reports.note;

import com.notefolio.core.disclosure.AprSolution;
import com.notefolio.core.disclosure.NoteDisclosure;
import com.notefolio.core.disclosure.TruthInLendingDisclosure;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The Truth in Lending box of a note on the Terms sheet (Regulation Z, 12 CFR 1026.18(b), (d), (e), (h)):
 * the amount financed, the finance charge, the total of payments and the annual percentage rate, the core's
 * figures ({@link NoteDisclosure#of}) as values, with the unit-period the APR was solved in. Written only when
 * the box applies (a note with a principal and payments to disclose).
 *
 * <p>The APR is a value, not a formula: Appendix J's actuarial equation counts each payment's time in whole
 * unit-periods measured back from its date plus a fraction earning simple interest ((b)(5)), in the
 * unit-period (b)(4) chooses, and no Excel function solves that equation (RATE assumes equal periods and
 * payments, XIRR compounds on actual days ÷ 365), so a formula would disclose another rate than the rule's.
 */
final class TruthInLendingRows {

    private TruthInLendingRows() {
    }

    /** Writes the box of {@code schedule}, when it has one, under a heading row. */
    static void write(KeyValueSheet kv, WorkbookStyles styles, Schedule schedule) {
        Optional<TruthInLendingDisclosure> box = NoteDisclosure.of(schedule);
        if (box.isEmpty()) {
            return;
        }
        TruthInLendingDisclosure t = box.get();
        CellStyle amount = styles.amount(schedule.terms().currency());
        kv.row("Truth in Lending (Regulation Z)").text("12 CFR 1026.18; the APR by the actuarial method of Appendix J"
                + " to Part 1026 (the engine's figures, values)");
        decimal(kv, "Amount financed", t.amountFinanced(), amount)
                .text("The principal less the closing fees (prepaid finance charges, 1026.18(b), 1026.4), advanced"
                        + " when the note is funded; a grid note's later advances on their dates.");
        decimal(kv, "Finance charge", t.financeCharge(), amount)
                .text("Total of payments − amount financed (1026.18(d)): interest, fees and the prepaid finance charges.");
        decimal(kv, "Total of payments", t.totalOfPayments(), amount)
                .text("Every scheduled payment on its due date (1026.18(h)).");
        AprSolution apr = t.apr();
        RowWriter row = kv.row("Annual percentage rate");
        if (apr.solved()) {
            row.number(apr.percentHundredths().movePointLeft(2).doubleValue(), styles.rate());
        } else {
            row.text("none: no rate balances the advances and the payments (Appendix J (b)(8) has no root)");
        }
        row.text("1026.18(e), 1026.22: Appendix J's actuarial rate in a unit-period of " + apr.unitPeriod()
                + ", to the hundredth of a percent. A value, not a formula: Appendix J counts each payment's time in"
                + " whole unit-periods measured back from its date plus a fraction at simple interest, which no Excel"
                + " function reproduces (XIRR compounds on actual days ÷ 365, RATE needs equal periods).");
    }

    private static RowWriter decimal(KeyValueSheet kv, String label, BigDecimal value, CellStyle amount) {
        return kv.row(label).amount(value.unscaledValue().longValueExact(), value.scale(), amount);
    }
}
