package com.notefolio.web.view.dashboard;

import com.notefolio.core.pricer.SensitivityLadder;
import com.notefolio.web.view.DisplayFormat;
import com.notefolio.web.view.chart.ChartTable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * A sensitivity ladder as the core gave it: a row per parallel shift of the discount curve (−200 bp to
 * +200 bp) with the NPV on the shifted curve and its change from the unshifted NPV, in the currency's
 * decimals. The dashboard shows a currency's sums ({@code sensitivity}), the note screen one note's
 * ({@code note-sensitivity}); the table's id is the panel's with {@code -table}.
 */
public class SensitivityPanel extends Div {

    public SensitivityPanel(String id, String title, SensitivityLadder ladder, String currency) {
        setId(id);
        setWidthFull();
        ChartTable table = new ChartTable(id + "-table", title,
                List.of("Shift", "NPV (" + currency + ")", "ΔNPV vs base (" + currency + ")"));
        for (SensitivityLadder.Rung r : ladder.rungs()) {
            table.addRow(new Span(shift(r.shiftBp())), List.of(DisplayFormat.amount(BigDecimal.valueOf(r.npv()), currency),
                    change(r.change(), currency)), null);
        }
        table.getStyle().set("max-height", "none");
        add(new H3(title), new Paragraph("Every zero rate of the discount curve moved by the same number of basis"
                + " points (1 bp = 0.01%), the notes' remaining flows discounted again on it; ΔNPV is the change"
                + " from the NPV on the curve as given. Exact at each shift, so the gains and losses are not"
                + " symmetric (convexity)."), table);
    }

    /** "−200 bp", "0 bp (base)", "+50 bp". */
    static String shift(int bp) {
        return bp == 0 ? "0 bp (base)" : (bp > 0 ? "+" : "−") + Math.abs(bp) + " bp";
    }

    private static String change(double change, String currency) {
        String text = DisplayFormat.amount(BigDecimal.valueOf(change), currency);
        return change > 0 && !text.startsWith("-") ? "+" + text : text;
    }
}
