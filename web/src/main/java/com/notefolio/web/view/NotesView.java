package com.notefolio.web.view;

import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.portfolio.NoteListing;
import com.notefolio.web.portfolio.NoteSort;
import com.notefolio.web.view.note.NoteSortQuery;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.web.portfolio.NoteTotals;
import com.notefolio.web.portfolio.NoteValuation;
import com.notefolio.web.portfolio.NoteValue;
import com.notefolio.web.portfolio.NoteValues;
import com.notefolio.web.view.note.NoteValuationBar;
import com.notefolio.web.view.note.NoteValuationQuery;
import com.vaadin.flow.component.html.Div;
import com.notefolio.web.export.NoteListExports;
import com.notefolio.web.view.download.FileDownload;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioListing;
import com.notefolio.web.portfolio.Portfolios;
import com.notefolio.web.security.Role;
import com.notefolio.web.view.note.NoteFilterBar;
import com.notefolio.web.view.note.NoteFilterQuery;
import com.notefolio.web.view.note.NoteListings;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The notes of one portfolio in a lazily loaded grid: the database filters, sorts and pages, so the
 * screen stays quick at any size. The engine columns (outstanding, NPV, yield, price) are the core's
 * figures at the as-of date and discount rate above the grid, computed by {@link NoteValues} for the rows
 * of each page fetched; the totals under the grid are those of the whole filtered set. The filter, sort and
 * valuation are also the URL's query parameters ({@link NoteFilterQuery}, {@link NoteSortQuery},
 * {@link NoteValuationQuery}), so a link can open a drill-down and each change replaces the address. A row
 * opens the note's screen.
 */
@Route("notes")
@PageTitle("Notes · Notefolio")
@RolesAllowed(Role.ANALYST_NAME)
public class NotesView extends VerticalLayout implements HasUrlParameter<Long> {

    /** The most rows whose figures the view keeps: a few pages of scrolling, not the portfolio. */
    private static final int KEPT_VALUES = 2_000;

    private final Portfolios portfolios;
    private final NoteValues noteValues;
    private final NoteListExports exports;
    /** The filtered list in the portfolio CSV format (notes, schedules, rate steps, draws, installments, zipped),
     * importable again. */
    final Anchor downloadCsv = new Anchor();
    /** The filtered list with the engine columns as a workbook. */
    final Anchor downloadWorkbook = new Anchor();
    final Grid<NoteListing> grid = new Grid<>();
    final Span count = new Span();
    final Div totalsLine = new Div();
    NoteFilterBar filters;
    NoteValuationBar valuationBar;
    /** The totals shown under the grid. */
    NoteTotals totals;
    /** The figures of the rows fetched so far at the current valuation, by row id. */
    private final Map<Long, NoteValue> values = new HashMap<>();
    private NoteValuation valuation = new NoteValuation(LocalDate.now(), NoteValuationQuery.DEFAULT_RATE);
    private NoteFilter filter = NoteFilter.ALL;
    private ConfigurableFilterDataProvider<NoteListing, Void, NoteFilter> listings;
    private NoteStore notes;
    private long portfolioId;
    private long total;
    private final Grid.Column<NoteListing> principal;
    private final Grid.Column<NoteListing> outstanding;
    private final Grid.Column<NoteListing> npv;
    private NoteListing focused;
    /** The filter, sort and valuation of the address, carried to a note's screen so its way back keeps them. */
    private QueryParameters query = QueryParameters.empty();

    public NotesView(Portfolios portfolios, NoteValues noteValues, NoteListExports exports) {
        this.portfolios = portfolios;
        this.noteValues = noteValues;
        this.exports = exports;
        setSizeFull();
        grid.setId("notes");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        column(NoteListing::line, "line", "Line").setTextAlign(ColumnTextAlign.END).setFlexGrow(0);
        column(NoteListing::noteId, "noteId", "Note id").setFlexGrow(2);
        column(NoteListing::borrower, "borrower", "Borrower").setFlexGrow(3);
        column(NoteListing::sector, "sector", "Sector");
        column(NoteListing::region, "region", "Region");
        column(NoteListing::rating, "rating", "Rating");
        column(n -> PlainLabel.of(n.amortization()), "amortization", "Amortization").setFlexGrow(2);
        column(NoteListing::currency, "currency", "Currency");
        principal = column(n -> DisplayFormat.amount(n.principal(), n.currency()), "principal", "Principal")
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0)
                .setTooltipGenerator(n -> DisplayFormat.money(n.principal(), n.currency()));
        column(n -> DisplayFormat.percent(n.annualRate(), 3), "annualRate", "Rate").setTextAlign(ColumnTextAlign.END);
        column(n -> DisplayFormat.date(n.issueDate()), "issueDate", "Issue");
        column(n -> DisplayFormat.date(n.maturityDate()), "maturityDate", "Maturity");
        outstanding = figure(n -> measures(n) == null ? "" : DisplayFormat.minorAmount(
                measures(n).outstandingPrincipalMinor(), n.currency()), "outstanding", "Outstanding");
        npv = figure(n -> measures(n) == null ? "" : estimate(measures(n).npv(), n.currency()), "npv", "NPV");
        figure(n -> measures(n) == null ? "" : DisplayFormat.percent(measures(n).yield(), 3), "yield", "Yield (XIRR)");
        figure(n -> measures(n) == null || measures(n).pricePercentOfPar(2) == null ? ""
                : DisplayFormat.number(measures(n).pricePercentOfPar(2), 2), "pricePercent", "Price % of par");
        grid.addItemClickListener(e -> open(e.getItem()));
        // Enter on a focused row opens it, as a click does: the grid reports which row has the focus.
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                open(focused);
            }
        }).setFilter("event.key === 'Enter'");
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                replaceAddress(filters.filter());
            }
        });
        count.setId("notes-count");
    }

    /**
     * An engine column: not sortable, since the database does not hold the figures; a note the core could not
     * value shows "—" and the reason on hover.
     */
    private Grid.Column<NoteListing> figure(ValueProvider<NoteListing, String> value, String key, String header) {
        return grid.addColumn(n -> {
            NoteValue v = values.get(n.id());
            return v != null && v.measures() == null ? "\u2014" : value.apply(n);
        }).setKey(key).setHeader(header).setTextAlign(ColumnTextAlign.END).setResizable(true).setAutoWidth(true)
                .setTooltipGenerator(n -> {
                    NoteValue v = values.get(n.id());
                    return v == null || v.problem() == null ? null : "Not valued: " + v.problem();
                });
    }

    /** An estimate in currency units (an NPV) at the currency's decimals; blank where it does not exist. */
    private static String estimate(double value, String currency) {
        return Double.isFinite(value) ? DisplayFormat.amount(BigDecimal.valueOf(value), currency) : "";
    }

    private NoteMeasures measures(NoteListing note) {
        NoteValue v = values.get(note.id());
        return v == null ? null : v.measures();
    }

    /** Values the rows of a page just fetched that are not valued yet at the current valuation. */
    private void value(List<NoteListing> page) {
        List<Long> ids = page.stream().map(NoteListing::id).filter(id -> !values.containsKey(id)).toList();
        if (ids.isEmpty()) {
            return;
        }
        if (values.size() + ids.size() > KEPT_VALUES) {
            values.clear();
            ids = page.stream().map(NoteListing::id).toList();
        }
        values.putAll(noteValues.page(portfolioId, ids, valuation));
    }

    /** A text column sorted by the database on the {@code NoteSort} property {@code key}. */
    private Grid.Column<NoteListing> column(ValueProvider<NoteListing, ?> value, String key, String header) {
        return grid.addColumn(value).setKey(key).setHeader(header).setSortProperty(key).setResizable(true)
                .setAutoWidth(true);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        PortfolioListing portfolio = portfolios.find(id).orElse(null);
        if (portfolio == null) {
            removeAll();
            filters = null;
            H2 title = new H2("No such portfolio");
            title.setId("no-portfolio");
            add(title, new Paragraph("There is no portfolio " + id + ". It may have been deleted."),
                    new RouterLink("Back to the portfolios", PortfoliosView.class));
            return;
        }
        NoteFilterQuery query = NoteFilterQuery.parse(event.getLocation().getQueryParameters());
        NoteValuationQuery valuationQuery = NoteValuationQuery.parse(event.getLocation().getQueryParameters(),
                LocalDate.now());
        if (filters == null || portfolioId != id) {
            show(portfolio, valuationQuery.valuation());
        }
        filters.setFilter(query.filter());
        valuationBar.setValuation(valuationQuery.valuation());
        if (!valuationQuery.valuation().equals(valuation)) {
            valuation = valuationQuery.valuation();
            values.clear();
        }
        apply(query.filter());
        List<GridSortOrder<NoteListing>> order = new ArrayList<>();
        for (NoteSort sort : NoteSortQuery.parse(event.getLocation().getQueryParameters())) {
            Grid.Column<NoteListing> column = grid.getColumnByKey(sort.property());
            if (column != null) {
                order.add(new GridSortOrder<>(column, sort.descending() ? SortDirection.DESCENDING
                        : SortDirection.ASCENDING));
            }
        }
        grid.sort(order);
        this.query = address(query.filter());
        List<String> problems = new ArrayList<>(query.problems());
        problems.addAll(valuationQuery.problems());
        for (String problem : problems) {
            Notification.show(problem, 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private void show(PortfolioListing portfolio, NoteValuation initial) {
        portfolioId = portfolio.id();
        valuation = initial;
        values.clear();
        total = portfolio.noteCount();
        notes = portfolios.notes();
        removeAll();
        NoteFilterBar.Choices choices = new NoteFilterBar.Choices(notes.distinct(portfolioId, "sector"),
                notes.distinct(portfolioId, "region"), notes.distinct(portfolioId, "rating"),
                notes.distinct(portfolioId, "amortization"), notes.distinct(portfolioId, "currency"));
        filters = new NoteFilterBar(choices);
        // The columns of known values are as wide as their longest value, for the same reason.
        fit("sector", choices.sectors());
        fit("region", choices.regions());
        fit("rating", choices.ratings());
        fit("amortization", choices.amortizations().stream().map(PlainLabel::of).toList());
        filters.setWidthFull();
        filters.addFilterChangeListener(e -> {
            apply(e.filter());
            replaceAddress(e.filter());
        });
        // Wide enough for the portfolio's largest principal: the grid fetches rows lazily and would size
        // the column for the first page only, cutting the millions further down.
        String widest = DisplayFormat.amount(notes.largestPrincipal(portfolioId), "USD");
        principal.setAutoWidth(false).setWidth("calc(" + (widest.length() + 1) + "ch + 2 * var(--lumo-space-m))");
        // Outstanding is at most the principal (more only under negative amortization, by its cap); an NPV
        // can pass it (a high coupon discounted low): two more characters hold up to ten times the principal.
        outstanding.setAutoWidth(false).setWidth("calc(" + (widest.length() + 2) + "ch + 2 * var(--lumo-space-m))");
        npv.setAutoWidth(false).setWidth("calc(" + (widest.length() + 3) + "ch + 2 * var(--lumo-space-m))");
        valuationBar = new NoteValuationBar(initial);
        valuationBar.addValuationChangeListener(e -> {
            valuation = e.valuation();
            values.clear();
            listings.refreshAll();
            showTotals();
            replaceAddress(filters.filter());
        });
        listings = NoteListings.of(notes, portfolioId, this::value);
        grid.setItems(listings);
        H2 title = new H2("Notes of " + portfolio.name());
        title.setId("notes-title");
        totalsLine.setId("notes-totals");
        // The handlers read the filter and valuation when the file is asked for: the list shown at that moment.
        String base = FileDownload.safeName(portfolio.name());
        downloadCsv.setId("download-notes-csv");
        downloadCsv.setText("Download the listed notes as CSV (importable: notes, schedules, rate steps)");
        downloadCsv.setHref(new FileDownload(base + "-notes-csv.zip", "application/zip",
                file -> exports.csv(portfolioId, filter, file)));
        downloadWorkbook.setId("download-notes-xlsx");
        downloadWorkbook.setText("Download the listed notes with their figures as Excel");
        downloadWorkbook.setHref(FileDownload.workbook(base + "-notes.xlsx",
                file -> exports.workbook(portfolioId, filter, valuation, file)));
        HorizontalLayout downloads = new HorizontalLayout(downloadCsv, downloadWorkbook);
        add(new RouterLink("Portfolios", PortfoliosView.class), title, filters, valuationBar, count, grid, totalsLine,
                downloads);
        setFlexGrow(1, grid);
    }

    private void apply(NoteFilter filter) {
        this.filter = filter;
        listings.setFilter(filter);
        showTotals();
        long matching = notes.count(portfolioId, filter);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        count.setText(matching == total ? n.format(total) + (total == 1 ? " note" : " notes")
                : n.format(matching) + " of " + n.format(total) + " notes match");
    }

    /**
     * The totals of the filtered set under the grid, a line per currency: count and principal from the
     * database, outstanding and NPV from the core over every note of the set (or "—" and why, past
     * {@link NoteValues#VALUED_LIMIT}).
     */
    private void showTotals() {
        totals = noteValues.totals(portfolioId, filter, valuation);
        totalsLine.removeAll();
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        for (NoteTotals.Line line : totals.lines()) {
            String c = line.currency();
            String text = "Total " + c + ": " + n.format(line.notes()) + (line.notes() == 1 ? " note" : " notes")
                    + " \u00b7 principal " + DisplayFormat.amount(line.principal(), c) + " \u00b7 outstanding "
                    + (line.outstandingMinor() == null ? "\u2014" : DisplayFormat.minorAmount(line.outstandingMinor(), c))
                    + " \u00b7 NPV " + (line.npv() == null ? "\u2014" : estimate(line.npv(), c))
                    + (line.failed() == 0 ? "" : " (" + n.format(line.failed()) + " not valued, left out)");
            Div div = new Div(text);
            div.setId("notes-total-" + c);
            totalsLine.add(div);
        }
        if (!totals.valued()) {
            Div why = new Div("Outstanding and NPV not totalled: " + totals.unvalued() + ".");
            why.setId("notes-totals-unvalued");
            totalsLine.add(why);
        }
    }

    /** Sizes a column for its longest value (and its header with the sort arrows). */
    private void fit(String key, List<String> values) {
        Grid.Column<NoteListing> column = grid.getColumnByKey(key);
        int longest = Math.max(column.getHeaderText() == null ? 0 : column.getHeaderText().length() + 3,
                values.stream().mapToInt(String::length).max().orElse(0));
        column.setAutoWidth(false).setWidth("calc(" + (longest + 1) + "ch + 2 * var(--lumo-space-m))");
    }

    /** Puts the filter and sort order in the address without a navigation, so reload and bookmarks keep them. */
    private void replaceAddress(NoteFilter filter) {
        query = address(filter);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("notes/" + portfolioId, query)));
    }

    /** The address's query: the filter, the sort order and the valuation where it is not the default. */
    private QueryParameters address(NoteFilter filter) {
        return NoteValuationQuery.with(NoteSortQuery.with(NoteFilterQuery.of(filter), sorts()), valuation,
                LocalDate.now());
    }

    private List<NoteSort> sorts() {
        return grid.getSortOrder().stream().map(o -> new NoteSort(o.getSorted().getKey(),
                o.getDirection() == SortDirection.DESCENDING)).toList();
    }

    private void open(NoteListing note) {
        getUI().ifPresent(ui -> ui.navigate(NoteDetailView.class, new RouteParameters(Map.of(
                NoteDetailView.PORTFOLIO, Long.toString(portfolioId), NoteDetailView.NOTE, Long.toString(note.id()))),
                query));
    }
}
