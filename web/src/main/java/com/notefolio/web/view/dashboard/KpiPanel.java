package com.notefolio.web.view.dashboard;

import com.notefolio.core.portfolio.NoteStatus;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.web.dashboard.CurrencyDashboard;
import com.notefolio.web.dashboard.DashboardInputs;
import com.notefolio.web.view.DisplayFormat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The KPI tiles of one currency, each with what it counts written under its figure (id
 * {@code <tile>-definition}, and the tile's accessible description, so a keyboard or screen-reader user
 * who tabs onto a tile hears it too): the notes held and, apart, the active, matured and not yet issued
 * ones ({@link NoteStatus} on the as-of date), outstanding principal, exposure, NPV, weighted yield, WAL,
 * modified duration and expected loss. Notes not yet issued are also warned about above the tiles
 * ({@code not-yet-issued-warning}), since they count as outstanding though nothing has been lent.
 */
public class KpiPanel extends Div {

    public KpiPanel(CurrencyDashboard c, DashboardInputs inputs) {
        setId("kpis");
        PortfolioTotals t = c.totals();
        String money = c.currency();
        LocalDate asOf = inputs.asOf();
        if (t.notYetIssuedNotes() > 0) {
            Span warning = new Span("Warning: " + t.notYetIssuedWarning(asOf)
                    + ". Choose a later as-of date to value them once lent.");
            warning.setId("not-yet-issued-warning");
            warning.getElement().setAttribute("role", "alert");
            warning.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
            add(new Div(warning));
        }
        Div notYetIssued = tile("kpi-not-yet-issued", "Not yet issued", count(t.notYetIssuedNotes()),
                "issued after " + asOf + ": counted at their whole principal");
        if (t.notYetIssuedNotes() > 0) {
            notYetIssued.addClassName(LumoUtility.TextColor.ERROR);
        }
        FlexLayout tiles = new FlexLayout(
                tile("kpi-notes", "Notes held", count(t.notes()),
                        "every note of the portfolio in " + money + ": active, matured and not yet issued"),
                tile("kpi-active", "Active notes", count(t.activeNotes()),
                        "issued on or before " + asOf + " and maturing after it"),
                tile("kpi-matured", "Matured notes", count(t.maturedNotes()),
                        "maturing on or before " + asOf + ": nothing left to pay"),
                notYetIssued,
                tile("kpi-outstanding", "Outstanding principal", DisplayFormat.money(c.amount(t.outstandingMinor()), money),
                        "principal not yet repaid at " + asOf),
                tile("kpi-exposure", "Exposure", DisplayFormat.money(c.amount(t.exposureMinor()), money),
                        "Exposure = outstanding principal + accrued interest at " + asOf),
                tile("kpi-npv", "NPV", DisplayFormat.money(BigDecimal.valueOf(t.npv()), money),
                        "present value of the flows due after " + asOf + ", discounted at "
                                + inputs.discount().describe() + " (XNPV basis)"),
                tile("kpi-yield", "Weighted yield", DisplayFormat.percent(t.weightedYield(), 3),
                        "XIRR basis, weighted by market value (clean price + accrued)"
                                + (t.notesOutOfYield() == 0 ? "" : "; " + t.yieldExclusions())),
                tile("kpi-wal", "WAL", years(t.walYears()),
                        "weighted average life: years until principal is repaid, weighted by outstanding principal"),
                tile("kpi-duration", "Modified duration", years(t.modifiedDuration()),
                        "% change of value per point of yield, weighted by market value"),
                tile("kpi-expected-loss", "Expected loss", DisplayFormat.money(c.amount(c.expectedLossMinor()), money),
                        DisplayFormat.percent(inputs.cdr(), 1) + " CDR, "
                                + DisplayFormat.percent(inputs.severity(), 0)
                                + " severity: defaulted less recovered, undiscounted"));
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-m)");
        add(tiles);
    }

    private static String count(long notes) {
        return DisplayFormat.number(BigDecimal.valueOf(notes), 0);
    }

    private static String years(double value) {
        return Double.isNaN(value) ? "" : DisplayFormat.number(value, 2) + " years";
    }

    /** A tile: caption, figure ({@code <id>-value}) and definition ({@code <id>-definition}); focusable. */
    private static Div tile(String id, String caption, String value, String definition) {
        Span label = new Span(caption);
        label.setId(id + "-caption");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span number = new Span(value);
        number.setId(id + "-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Span meaning = new Span(definition);
        meaning.setId(id + "-definition");
        meaning.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        Div tile = new Div(label, new Div(number), new Div(meaning));
        tile.setId(id);
        // Reachable by Tab, and read out with its definition.
        tile.getElement().setAttribute("tabindex", "0");
        tile.getElement().setAttribute("aria-labelledby", id + "-caption " + id + "-value");
        tile.getElement().setAttribute("aria-describedby", id + "-definition");
        tile.getElement().setAttribute("title", caption + ": " + definition);
        tile.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("min-width", "12em").set("max-width", "20em");
        return tile;
    }
}
