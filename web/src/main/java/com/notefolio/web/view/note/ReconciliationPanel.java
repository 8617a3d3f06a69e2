package com.notefolio.web.view.note;

import com.notefolio.core.schedule.StatedScheduleReconciliation;
import com.notefolio.core.schedule.StatedScheduleReconciliation.Discrepancy;
import com.notefolio.web.view.DisplayFormat;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A STATED note's table against its terms: a sentence when they agree, otherwise each disagreeing
 * payment with what the terms make due, the difference (stated − terms) and the reason.
 */
public class ReconciliationPanel extends VerticalLayout {

    final Paragraph verdict = new Paragraph();
    final Grid<Discrepancy> discrepancies = new Grid<>();

    public ReconciliationPanel(StatedScheduleReconciliation reconciliation) {
        setPadding(false);
        setId("reconciliation");
        verdict.setId("reconciliation-verdict");
        add(new H3("Stated schedule reconciliation"), verdict);
        int rows = reconciliation.discrepancies().size();
        if (reconciliation.agrees()) {
            verdict.setText("The stated table agrees with the terms: every payment covers the interest the terms "
                    + "charge and the last one is exactly the remaining balance plus its interest.");
            return;
        }
        verdict.setText(rows + (rows == 1 ? " stated payment disagrees" : " stated payments disagree")
                + " with what the terms make due.");
        discrepancies.setId("discrepancies");
        discrepancies.addColumn(d -> DisplayFormat.date(d.dueDate())).setKey("dueDate").setHeader("Due date");
        discrepancies.addColumn(d -> DisplayFormat.money(d.statedPayment())).setKey("stated").setHeader("Stated")
                .setTextAlign(ColumnTextAlign.END);
        discrepancies.addColumn(d -> DisplayFormat.money(d.termsPayment())).setKey("terms").setHeader("Per the terms")
                .setTextAlign(ColumnTextAlign.END);
        discrepancies.addColumn(d -> DisplayFormat.money(d.difference())).setKey("difference")
                .setHeader("Difference").setTextAlign(ColumnTextAlign.END);
        discrepancies.addColumn(d -> d.reason().description()).setKey("reason").setHeader("Reason").setFlexGrow(3);
        discrepancies.setItems(reconciliation.discrepancies());
        discrepancies.setAllRowsVisible(true);
        add(discrepancies);
    }
}
