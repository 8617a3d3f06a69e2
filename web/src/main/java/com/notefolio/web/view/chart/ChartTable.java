package com.notefolio.web.view.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * The figures of a chart as a table under it, for keyboard and screen-reader users: a row per bar or
 * slice, and in each row the link the bar's click follows, so the drill-down works from the keyboard
 * (Tab to the link, Enter). Scrolls within a bounded height when the chart has many bars.
 */
public class ChartTable extends Div {

    private final NativeTableBody body = new NativeTableBody();

    /** A table with the given column headers; numbers are right-aligned after the first column. */
    public ChartTable(String id, String caption, List<String> headers) {
        setId(id);
        addClassName("chart-table");
        NativeTableRow head = new NativeTableRow();
        for (int i = 0; i < headers.size(); i++) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(headers.get(i));
            cell.getElement().setAttribute("scope", "col");
            cell.getStyle().set("text-align", i > 0 ? "end" : "start");
            head.add(cell);
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.getElement().setAttribute("aria-label", caption);
        table.getStyle().set("width", "100%").set("border-collapse", "collapse")
                .set("font-size", "var(--lumo-font-size-s)");
        add(table);
        getStyle().set("max-height", "14em").set("overflow", "auto").set("margin-top", "var(--lumo-space-s)");
    }

    /** A row: the label (a link when {@code link} is given) and the figures, each with its full text on hover. */
    public void addRow(Component label, List<String> figures, List<String> fullFigures) {
        NativeTableRow row = new NativeTableRow();
        row.add(new NativeTableCell(label));
        for (int i = 0; i < figures.size(); i++) {
            NativeTableCell cell = new NativeTableCell(figures.get(i));
            cell.getStyle().set("text-align", "end").set("white-space", "nowrap");
            if (fullFigures != null && fullFigures.get(i) != null) {
                cell.getElement().setAttribute("title", fullFigures.get(i));
            }
            row.add(cell);
        }
        body.add(row);
    }
}
