package com.notefolio.web.view.note;

import com.notefolio.core.schedule.FlowKind;
import com.notefolio.web.note.ScheduleRow;
import com.notefolio.web.view.DisplayFormat;
import com.notefolio.web.view.PlainLabel;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A note's resolved schedule: due date, the annual rate each period accrued at (every decimal the rate
 * has), payment, interest, principal and closing balance, exact. A note with a repayment structure also
 * gets each row's kind (a deferred payment, capitalized interest, an advance, a forgiven amount) and,
 * when some interest is carried unpaid, the interest deferred after each row; when some row pays a fee (a
 * revolving line's commitment fee), the fee each payment includes. An advance is money the
 * holder lends: its payment and principal are negative, and its kind and the payment header say so.
 */
public class ScheduleGrid extends Grid<ScheduleRow> {

    public ScheduleGrid(List<ScheduleRow> rows, String currency) {
        setId("schedule");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // A plain note's rows are all scheduled payments: the kind column would say nothing.
        boolean kinds = rows.stream().anyMatch(r -> !r.plain());
        boolean advances = rows.stream().anyMatch(r -> r.kinds().contains(FlowKind.ADVANCE));
        boolean deferred = rows.stream().anyMatch(r -> r.deferredInterest().signum() != 0);
        boolean fees = rows.stream().anyMatch(r -> r.fee().signum() != 0);
        addColumn(ScheduleRow::period).setKey("period").setHeader("#").setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0).setWidth("5em");
        addColumn(r -> DisplayFormat.date(r.dueDate())).setKey("dueDate").setHeader("Due date");
        if (kinds) {
            addColumn(r -> kindWords(r.kinds())).setKey("kind").setHeader("Kind");
        }
        addColumn(r -> TermsPanel.percent(r.rate())).setKey("rate").setHeader("Rate").setTextAlign(ColumnTextAlign.END);
        amount("payment", advances ? "Payment, negative when the holder lends" : "Payment", ScheduleRow::payment, currency);
        amount("interest", "Interest", ScheduleRow::interest, currency);
        amount("principal", "Principal", ScheduleRow::principal, currency);
        if (fees) {
            // Payment = interest + principal + fee: the fee is paid with the row, not a flow of its own.
            amount("fee", "Fee, in the payment", ScheduleRow::fee, currency);
        }
        amount("balance", "Balance", ScheduleRow::balance, currency);
        if (deferred) {
            amount("deferredInterest", "Interest deferred, unpaid", ScheduleRow::deferredInterest, currency);
        }
        // A schedule has at most 1,200 rows (NoteTerms.MAX_PERIODS): held in memory, shown lazily.
        setItems(rows);
        if (rows.size() <= 40) {
            setAllRowsVisible(true);
        } else {
            setHeight("36em");
        }
    }

    /** A row's kinds in words, in the model's order: "Deferral + Capitalization", "Advance (the holder lends)". */
    static String kindWords(Set<FlowKind> kinds) {
        StringJoiner words = new StringJoiner(" + ");
        for (FlowKind k : FlowKind.values()) {
            if (kinds.contains(k)) {
                words.add(switch (k) {
                    case ADVANCE -> "Advance (the holder lends)";
                    case FORGIVENESS -> "Forgiveness (paid to the holder)";
                    case REPAYMENT -> "Repayment (revolving)";
                    default -> PlainLabel.of(k);
                });
            }
        }
        return words.toString();
    }

    private void amount(String key, String header, Function<ScheduleRow, BigDecimal> value, String currency) {
        addColumn(r -> DisplayFormat.amount(value.apply(r), currency)).setKey(key).setHeader(header + " (" + currency + ")")
                .setTextAlign(ColumnTextAlign.END);
    }
}
