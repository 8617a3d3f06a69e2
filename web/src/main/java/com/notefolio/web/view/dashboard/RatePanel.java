package com.notefolio.web.view.dashboard;

import com.notefolio.core.portfolio.ExposureRow;
import com.notefolio.web.dashboard.CurrencyDashboard;
import com.notefolio.web.view.DisplayFormat;
import com.notefolio.web.view.chart.ChartTable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.math.BigDecimal;
import java.util.List;

/**
 * How one currency's book splits between fixed and floating rates, as the core's aggregate grouped it:
 * the floating share of outstanding principal (id {@code floating-share}), and exposure by rate kind
 * ({@code table-rate-kinds}) and by the index the rates read ({@code table-indexes}, "Fixed" for notes
 * reading none), each with notes, outstanding principal, exposure and share of exposure.
 */
public class RatePanel extends Div {

    public RatePanel(CurrencyDashboard c) {
        setId("rates");
        setWidthFull();
        Span share = new Span(DisplayFormat.percent(c.floatingShare(), 2));
        share.setId("floating-share");
        Paragraph summary = new Paragraph();
        summary.add(new Span("Floating share of outstanding principal: "), share, new Span(
                " — notes whose rate follows an index for some of their life (floating, and conversions to or from"
                        + " floating). Exposure is outstanding principal plus accrued interest."));
        FlexLayout tables = new FlexLayout(box(table("table-rate-kinds", "Rate kind", c, c.rateKinds())),
                box(table("table-indexes", "Index", c, c.indexes())));
        tables.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tables.getStyle().set("gap", "var(--lumo-space-m)");
        tables.setWidthFull();
        add(new H3("Fixed and floating (" + c.currency() + ")"), summary, tables);
    }

    private static ChartTable table(String id, String what, CurrencyDashboard c, List<ExposureRow> rows) {
        ChartTable table = new ChartTable(id, "Exposure by " + what.toLowerCase(java.util.Locale.ROOT),
                List.of(what, "Notes", "Outstanding (" + c.currency() + ")", "Exposure (" + c.currency() + ")", "Share"));
        for (ExposureRow r : rows) {
            table.addRow(new Span(r.key()), List.of(DisplayFormat.number(BigDecimal.valueOf(r.notes()), 0),
                    DisplayFormat.amount(c.amount(r.outstandingMinor()), c.currency()),
                    DisplayFormat.amount(c.amount(r.exposureMinor()), c.currency()),
                    DisplayFormat.percent(r.share(), 2)), null);
        }
        return table;
    }

    private static Div box(ChartTable table) {
        Div box = new Div(table);
        box.setWidth("48%");
        box.setMinWidth("30em");
        box.getStyle().set("flex-grow", "1");
        return box;
    }
}
