package com.notefolio.web.view.note;

import com.notefolio.web.note.ScheduleRow;
import com.notefolio.web.view.DisplayFormat;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A note's resolved schedule: due date, the annual rate each period accrued at (every decimal the rate
 * has), payment, interest, principal and closing balance, exact.
 */
public class ScheduleGrid extends Grid<ScheduleRow> {

    public ScheduleGrid(List<ScheduleRow> rows, String currency) {
        setId("schedule");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(ScheduleRow::period).setKey("period").setHeader("#").setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0).setWidth("5em");
        addColumn(r -> DisplayFormat.date(r.dueDate())).setKey("dueDate").setHeader("Due date");
        addColumn(r -> TermsPanel.percent(r.rate())).setKey("rate").setHeader("Rate").setTextAlign(ColumnTextAlign.END);
        amount("payment", "Payment", ScheduleRow::payment, currency);
        amount("interest", "Interest", ScheduleRow::interest, currency);
        amount("principal", "Principal", ScheduleRow::principal, currency);
        amount("balance", "Balance", ScheduleRow::balance, currency);
        // A schedule has at most 1,200 rows (NoteTerms.MAX_PERIODS): held in memory, shown lazily.
        setItems(rows);
        if (rows.size() <= 40) {
            setAllRowsVisible(true);
        } else {
            setHeight("36em");
        }
    }

    private void amount(String key, String header, Function<ScheduleRow, BigDecimal> value, String currency) {
        addColumn(r -> DisplayFormat.amount(value.apply(r), currency)).setKey(key).setHeader(header + " (" + currency + ")")
                .setTextAlign(ColumnTextAlign.END);
    }
}
