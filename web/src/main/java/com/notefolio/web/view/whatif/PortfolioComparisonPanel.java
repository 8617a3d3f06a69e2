package com.notefolio.web.view.whatif;

import com.notefolio.web.discount.DiscountInput;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.web.view.DisplayFormat;
import com.notefolio.web.view.chart.ChartConfiguration;
import com.notefolio.web.view.chart.ChartDataset;
import com.notefolio.web.view.chart.ChartJs;
import com.notefolio.web.whatif.CaseFigures;
import com.notefolio.web.whatif.CurrencyComparison;
import com.notefolio.web.whatif.NoteChange;
import com.notefolio.web.whatif.PortfolioComparison;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A portfolio what-if comparison as the service prepared it, one section per currency: the cases' key
 * figures side by side with their deltas to the base case, the monthly cash of every case in one chart,
 * and the notes a chosen scenario changes most. Arranges; computes nothing but the chart's month axis.
 */
public class PortfolioComparisonPanel extends Div {

    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    public PortfolioComparisonPanel() {
        setId("portfolio-comparison");
        setWidthFull();
    }

    public void show(PortfolioComparison comparison) {
        removeAll();
        if (comparison.currencies().isEmpty()) {
            add(new Span("This portfolio has no notes."));
            return;
        }
        if (comparison.currencies().size() > 1) {
            add(new Span("Figures are per currency; amounts in different currencies are never added."));
        }
        comparison.currencies().forEach(c -> add(section(c, comparison.key().discount())));
    }

    public void clear() {
        removeAll();
    }

    private Div section(CurrencyComparison c, DiscountInput discount) {
        String code = c.currency();
        Grid<CaseFigures> grid = new Grid<>();
        grid.setId("portfolio-cases-" + code);
        grid.setAllRowsVisible(true);
        CaseFigures base = c.base();
        grid.addColumn(f -> f == base ? "Base case" : f.name()).setHeader("Case").setAutoWidth(true).setFrozen(true);
        column(grid, f -> DisplayFormat.number(BigDecimal.valueOf(f.totals().notes()), 0), "Notes");
        column(grid, f -> DisplayFormat.amount(c.amount(f.totals().outstandingMinor()), code), "Outstanding");
        column(grid, f -> DisplayFormat.number(f.totals().npv(), 2), "NPV");
        column(grid, f -> f == base ? "" : DisplayFormat.number(f.deltaNpv(base), 2), "Δ NPV");
        column(grid, f -> DisplayFormat.percent(f.totals().weightedYield(), 3), "Weighted yield");
        column(grid, f -> f == base ? "" : DisplayFormat.number(f.deltaWeightedYield(base) * 10_000, 1) + " bp", "Δ yield");
        column(grid, f -> DisplayFormat.number(f.totals().walYears(), 2), "WAL (years)");
        column(grid, f -> f == base ? "" : DisplayFormat.number(f.deltaWalYears(base), 2), "Δ WAL");
        column(grid, f -> DisplayFormat.number(f.totals().modifiedDuration(), 2), "Mod. duration");
        column(grid, f -> f.hasDefaults() ? DisplayFormat.amount(c.amount(f.defaultedMinor()), code) : "", "Defaulted");
        column(grid, f -> f.hasDefaults() ? DisplayFormat.amount(c.amount(f.expectedLossMinor()), code) : "",
                "Expected loss");
        grid.setItems(c.cases());
        Span basis = new Span("NPV discounted at " + discount.describe() + " (XNPV basis); yield on the XIRR "
                + "basis weighted by market value; WAL by outstanding principal; expected loss = defaulted principal "
                + "less recoveries, undiscounted.");
        basis.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        ChartJs ladder = new ChartJs("chart-whatif-ladder-" + code);
        ladder.setConfiguration(ladder(c));
        ladder.setHeight("22em");

        Grid<NoteChange> changed = new Grid<>();
        changed.setId("most-changed-" + code);
        changed.setAllRowsVisible(true);
        changed.addColumn(NoteChange::noteId).setHeader("Note").setAutoWidth(true);
        changed.addColumn(NoteChange::borrower).setHeader("Borrower").setFlexGrow(2);
        changed.addColumn(n -> DisplayFormat.number(n.baseNpv(), 2)).setHeader("Base NPV").setTextAlign(ColumnTextAlign.END);
        changed.addColumn(n -> DisplayFormat.number(n.scenarioNpv(), 2)).setHeader("Scenario NPV")
                .setTextAlign(ColumnTextAlign.END);
        changed.addColumn(n -> DisplayFormat.number(n.deltaNpv(), 2)).setHeader("Δ NPV").setTextAlign(ColumnTextAlign.END);
        ComboBox<String> scenario = new ComboBox<>("Scenario");
        scenario.setId("most-changed-scenario-" + code);
        List<String> names = c.scenarios().stream().map(CaseFigures::name).toList();
        scenario.setItems(names);
        scenario.addValueChangeListener(e -> changed.setItems(e.getValue() == null ? List.of() : c.mostChanged(e.getValue())));
        scenario.setValue(names.get(0));

        Div section = new Div(new H3(code), grid, basis, ladder,
                new H3("Notes that change most (largest |Δ NPV|, " + code + ")"), scenario, changed);
        section.setId("portfolio-section-" + code);
        section.setWidthFull();
        return section;
    }

    /** Every case's cash per month, on the months any of them has flows (a prepaid case ends sooner). */
    private static ChartConfiguration ladder(CurrencyComparison c) {
        TreeMap<YearMonth, long[]> months = new TreeMap<>();
        List<CaseFigures> cases = c.cases();
        for (int i = 0; i < cases.size(); i++) {
            for (LadderRow r : cases.get(i).monthlyLadder()) {
                months.computeIfAbsent(r.month(), m -> new long[cases.size()])[i] += r.totalMinor();
            }
        }
        List<ChartDataset> sets = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            int k = i;
            sets.add(ChartDataset.of(i == 0 ? "Base case" : cases.get(i).name(), months.values().stream()
                    .map(v -> c.amount(v[k]).doubleValue()).toList(), PALETTE[i % PALETTE.length]));
        }
        return new ChartConfiguration("line", "Cash per month, base case and scenarios (" + c.currency() + ")",
                months.keySet().stream().map(YearMonth::toString).toList(), sets, false, false);
    }

    private static void column(Grid<CaseFigures> grid, ValueProvider<CaseFigures, String> value, String header) {
        grid.addColumn(value).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
