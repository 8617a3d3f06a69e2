package com.notefolio.web.view;

import com.notefolio.core.portfolio.Concentration;
import com.notefolio.core.portfolio.ExposureRow;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.MaturityYear;
import com.notefolio.web.dashboard.CurrencyDashboard;
import com.notefolio.web.dashboard.DashboardFigures;
import com.notefolio.web.dashboard.DashboardInputs;
import com.notefolio.web.dashboard.Dashboards;
import com.notefolio.web.dashboard.JobProgress;
import com.notefolio.web.dashboard.JobsBusyException;
import com.notefolio.web.dashboard.SessionJobs;
import com.notefolio.web.dashboard.SparkJob;
import com.notefolio.web.dashboard.SharedJobs;
import com.notefolio.web.export.PortfolioExports;
import com.notefolio.web.view.download.FileDownload;
import com.vaadin.flow.component.html.Anchor;
import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.view.chart.ChartTable;
import com.notefolio.web.discount.DiscountInput;
import com.notefolio.web.view.dashboard.KpiPanel;
import com.notefolio.web.view.dashboard.RatePanel;
import com.notefolio.web.view.dashboard.SensitivityPanel;
import com.notefolio.web.view.dashboard.StaleNotice;
import com.notefolio.web.view.dashboard.StrataPanel;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.notefolio.web.view.note.NoteFilterQuery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import com.notefolio.web.portfolio.PortfolioListing;
import com.notefolio.web.portfolio.Portfolios;
import com.notefolio.web.security.Role;
import com.notefolio.web.security.SignedInUser;
import com.notefolio.web.view.chart.ChartConfiguration;
import com.notefolio.web.view.chart.ChartDataset;
import com.notefolio.web.view.chart.ChartJs;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A portfolio's dashboard: KPI tiles with their definitions ({@link KpiPanel}), the monthly cash-flow
 * ladder, exposure by borrower, sector and region, the maturity profile, borrower concentration and the
 * stratification tables ({@link StrataPanel}), one currency at a time; figures that no longer match the
 * inputs on screen are marked stale until Compute ({@link StaleNotice}). The figures come
 * from {@link Dashboards} (computed on Spark, or cached); the view polls the running job and never waits
 * for it on a request thread. Clicking a bar or slice opens exactly the notes behind it (the borrower's
 * whole name, the currency shown); a table under each chart holds the same figures with the same
 * drill-down as links, for the keyboard. The inputs live in the address ({@code ?asOf=2030-01-05&rate=8
 * &cdr=2&severity=40}, percentages; a zero curve as {@code rate=1:5,2:6}, tenor years : rate), so a
 * reload or a shared link computes the same dashboard, and a reload finds a computation still running
 * (shared by {@link SharedJobs}) and shows it. Once figures are shown, a link above the KPIs downloads
 * the portfolio projection workbook at their as-of date and discounting ({@link PortfolioExports}).
 */
@Route("dashboard")
@PageTitle("Dashboard · Notefolio")
@RolesAllowed(Role.ANALYST_NAME)
public class DashboardView extends VerticalLayout implements HasUrlParameter<Long> {

    static final int POLL_MILLIS = 500;
    /** The core's key for notes without a value in a dimension (ExposureRow). */
    private static final String UNSPECIFIED = "(unspecified)";
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173",
        "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363"};

    private final Dashboards dashboards;
    private final Portfolios portfolios;
    private final SignedInUser user;
    private final SharedJobs shared;
    static final String AS_OF = "asOf";
    static final String RATE = "rate";
    static final String CDR = "cdr";
    static final String SEVERITY = "severity";

    private final H2 title = new H2();
    final DatePicker asOf = new DatePicker("As of");
    // Each keystroke reaches the server, so the figures are marked stale as soon as the input changes.
    final DiscountField discount = new DiscountField("Discount rate (%)",
            DiscountInput.flat(DashboardInputs.DEFAULT_DISCOUNT_RATE), ValueChangeMode.EAGER);
    final NumberField cdr = percentField("Default rate, CDR (%)", "cdr", DashboardInputs.DEFAULT_CDR);
    final NumberField severity = percentField("Loss severity (%)", "severity", DashboardInputs.DEFAULT_SEVERITY);
    final Button compute = new Button("Compute", e -> start());
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Button cancel = new Button("Cancel", e -> cancelJob());
    private final HorizontalLayout progress = new HorizontalLayout(progressBar, progressText, cancel);
    final Div content = new Div();
    final StaleNotice staleNotice = new StaleNotice(content);
    final Anchor download = new Anchor();

    private long portfolioId;
    private SparkJob<DashboardFigures> job;
    /** The figures on screen: set on the UI thread, read by the download request too. */
    private volatile DashboardFigures shown;
    private Registration pollListener;

    public DashboardView(Dashboards dashboards, Portfolios portfolios, SignedInUser user, SharedJobs shared,
                         PortfolioExports exports) {
        this.shared = shared;
        this.dashboards = dashboards;
        this.portfolios = portfolios;
        this.user = user;
        setWidthFull();
        IsoDates.configure(asOf);
        asOf.setId("as-of");
        asOf.setValue(LocalDate.now());
        compute.setId("compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout inputs = new HorizontalLayout(asOf, discount, cdr, severity, compute);
        inputs.setAlignItems(Alignment.BASELINE);
        inputs.getStyle().set("flex-wrap", "wrap");
        progressBar.setId("progress");
        progressBar.setWidth("20em");
        progressText.setId("progress-text");
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        progress.setAlignItems(Alignment.CENTER);
        progress.setVisible(false);
        content.setId("dashboard-content");
        content.setWidthFull();
        title.setId("dashboard-title");
        download.setId("download-projection");
        download.setText("Download the projection workbook");
        // The figures shown, not the inputs being typed: the workbook is theirs (read by the download request).
        download.setHref(FileDownload.workbook("portfolio-projection.xlsx", file -> {
            DashboardInputs of = shown.key().inputs();
            exports.portfolioProjection(portfolioId, of.asOf(), of.discount().curve(), file);
        }));
        download.setVisible(false);
        add(title, inputs, progress, staleNotice, download, content);
        asOf.addValueChangeListener(e -> markStale());
        discount.addDiscountChangeListener(e -> markStale());
        List.of(cdr, severity).forEach(f -> f.addValueChangeListener(e -> markStale()));
    }

    /** Marks the figures on screen stale while the inputs on screen are not theirs. */
    private void markStale() {
        DashboardInputs onScreen;
        try {
            onScreen = new DashboardInputs(asOf.getValue(), discountOnScreen(), fraction(cdr), fraction(severity));
        } catch (IllegalArgumentException | NullPointerException e) {
            onScreen = null;
        }
        staleNotice.update(shown == null ? null : shown.key().inputs(), onScreen);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        portfolioId = id;
        PortfolioListing portfolio = portfolios.find(id).orElse(null);
        title.setText(portfolio == null ? "No portfolio " + id : "Dashboard · " + portfolio.name());
        compute.setEnabled(portfolio != null);
        fill(event.getLocation().getQueryParameters());
        if (portfolio != null) {
            start();
        }
    }

    /** The job whose progress or result the view shows (tests wait for it). */
    SparkJob<DashboardFigures> job() {
        return job;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        pollListener = event.getUI().addPollListener(e -> poll());
        if (job != null && !job.state().finished()) {
            event.getUI().setPollInterval(POLL_MILLIS);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollListener != null) {
            pollListener.remove();
        }
        event.getUI().setPollInterval(-1);
        // Nobody may look at it again: free the worker for others, unless a reload of the page takes it up.
        if (job != null && !job.state().finished()) {
            shared.leaveSoon(job, owner());
        }
    }

    private static String owner() {
        return SessionJobs.ownerOf(VaadinSession.getCurrent());
    }

    /** The inputs of the address, where given; a value that does not read is reported and left as it was. */
    private void fill(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        List<String> problems = new java.util.ArrayList<>();
        first(p, AS_OF).ifPresent(v -> {
            try {
                asOf.setValue(LocalDate.parse(v));
            } catch (java.time.format.DateTimeParseException e) {
                problems.add("asOf = \"" + v + "\" is not a date (YYYY-MM-DD).");
            }
        });
        first(p, RATE).ifPresent(v -> {
            try {
                discount.setInput(DiscountInput.parseAddress(v));
            } catch (IllegalArgumentException e) {
                problems.add("rate = \"" + v + "\": " + e.getMessage());
            }
        });
        for (Map.Entry<String, NumberField> e : Map.of(CDR, cdr, SEVERITY, severity).entrySet()) {
            first(p, e.getKey()).ifPresent(v -> {
                try {
                    e.getValue().setValue(Double.parseDouble(v));
                } catch (NumberFormatException ex) {
                    problems.add(e.getKey() + " = \"" + v + "\" is not a number.");
                }
            });
        }
        if (!problems.isEmpty()) {
            error(String.join(" ", problems));
        }
    }

    private static java.util.Optional<String> first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(values.get(0).strip());
    }

    /** The inputs on screen as the address's query (percentages as typed). */
    QueryParameters query() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (asOf.getValue() != null) {
            p.put(AS_OF, List.of(asOf.getValue().toString()));
        }
        discount.input().ifPresent(d -> p.put(RATE, List.of(d.address())));
        for (Map.Entry<String, NumberField> e : List.of(Map.entry(CDR, cdr), Map.entry(SEVERITY, severity))) {
            if (e.getValue().getValue() != null) {
                p.put(e.getKey(), List.of(BigDecimal.valueOf(e.getValue().getValue()).stripTrailingZeros()
                        .toPlainString()));
            }
        }
        return new QueryParameters(p);
    }

    private void start() {
        DashboardInputs inputs;
        try {
            inputs = new DashboardInputs(asOf.getValue(), discountOnScreen(), fraction(cdr), fraction(severity));
        } catch (IllegalArgumentException | NullPointerException e) {
            error(e.getMessage());
            return;
        }
        SparkJob<DashboardFigures> previous = job;
        try {
            job = dashboards.open(portfolioId, inputs, owner(), user.name());
        } catch (JobsBusyException | IllegalArgumentException e) {
            error(e.getMessage());
            return;
        }
        // Let go of the one shown before only now: Compute again on the same inputs joins the same job.
        if (previous != null && !previous.state().finished()) {
            shared.leave(previous, owner());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("dashboard/" + portfolioId, query())));
        poll();
        if (!job.state().finished()) {
            UI.getCurrent().setPollInterval(POLL_MILLIS);
        }
    }

    /** Stops this screen's computation: cancelled unless another session is waiting for the same one. */
    private void cancelJob() {
        if (job != null && !job.state().finished()) {
            shared.leave(job, owner());
            job = null;
            progress.setVisible(false);
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            Notification.show("Computation cancelled.", 3000, Notification.Position.BOTTOM_START);
        }
    }

    /** Shows where the job is; when it has finished, its result (or why there is none). */
    void poll() {
        if (job == null) {
            return;
        }
        JobProgress p = job.progress();
        if (!p.state().finished()) {
            progress.setVisible(true);
            progressBar.setIndeterminate(p.fraction() < 0);
            progressBar.setValue(Math.max(0, p.fraction()));
            progressText.setText(p.phase() + (p.tasksTotal() > 0 ? " · " + p.tasksDone() + " of " + p.tasksTotal()
                    + " tasks" : ""));
            return;
        }
        progress.setVisible(false);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        switch (p.state()) {
            case SUCCEEDED -> job.result().ifPresent(this::show);
            case CANCELLED -> Notification.show("Computation cancelled.", 3000, Notification.Position.BOTTOM_START);
            default -> error("The dashboard could not be computed: " + p.error());
        }
        job = p.state() == JobProgress.State.SUCCEEDED ? job : null;
    }

    private void show(DashboardFigures figures) {
        if (figures == shown) {
            return;
        }
        shown = figures;
        markStale();
        content.removeAll();
        download.setVisible(!figures.currencies().isEmpty());
        if (figures.currencies().isEmpty()) {
            content.add(new Span("This portfolio has no notes."));
            return;
        }
        Div section = new Div();
        section.setWidthFull();
        if (figures.currencies().size() > 1) {
            Map<Tab, CurrencyDashboard> byTab = new LinkedHashMap<>();
            figures.currencies().forEach(c -> byTab.put(new Tab(c.currency()), c));
            Tabs tabs = new Tabs(byTab.keySet().toArray(Tab[]::new));
            tabs.setId("currencies");
            tabs.addSelectedChangeListener(e -> showCurrency(section, byTab.get(e.getSelectedTab())));
            content.add(new Span("Figures are per currency; amounts in different currencies are never added."), tabs);
        }
        content.add(section);
        showCurrency(section, figures.currencies().get(0));
    }

    private void showCurrency(Div section, CurrencyDashboard c) {
        section.removeAll();
        section.add(new KpiPanel(c, shown.key().inputs()), new SensitivityPanel("sensitivity",
                "NPV under parallel shifts of the curve (" + c.currency() + ")", c.sensitivity(), c.currency()));
        ChartJs ladder = new ChartJs("chart-ladder");
        ladder.setConfiguration(ladder(c));
        ChartJs borrowers = new ChartJs("chart-borrowers");
        borrowers.setConfiguration(exposureBars("Largest borrowers (exposure, " + c.currency() + ")", c,
                c.topBorrowers()).horizontalBars());
        borrowers.onClick(i -> drill(NoteFilter.ALL.withExactBorrower(c.topBorrowers().get(i).key()), c));
        ChartJs sectors = new ChartJs("chart-sectors");
        sectors.setConfiguration(ChartConfiguration.doughnut("Exposure by sector (" + c.currency() + ")",
                keys(c.sectors()), ChartDataset.of("Exposure", amounts(c, c.sectors(), ExposureRow::exposureMinor), null)
                        .withColors(colors(c.sectors().size()))));
        sectors.onClick(i -> drill(NoteFilter.ALL.withSector(c.sectors().get(i).key()), c));
        ChartJs regions = new ChartJs("chart-regions");
        regions.setConfiguration(exposureBars("Exposure by region (" + c.currency() + ")", c, c.regions()));
        regions.onClick(i -> drill(NoteFilter.ALL.withRegion(c.regions().get(i).key()), c));
        List<MaturityYear> years = maturing(c);
        ChartJs maturity = new ChartJs("chart-maturity");
        maturity.setConfiguration(ChartConfiguration.bar("Outstanding principal by maturity year (" + c.currency() + ")",
                years.stream().map(y -> Integer.toString(y.year())).toList(),
                List.of(ChartDataset.of("Outstanding principal", years.stream()
                        .map(y -> c.amount(y.outstandingMinor()).doubleValue()).toList(), PALETTE[2]))));
        maturity.onClick(i -> drill(year(years.get(i).year()), c));
        ChartTable maturityTable = new ChartTable("table-maturity", "Outstanding principal by maturity year",
                List.of("Maturity year", "Notes", "Outstanding principal (" + c.currency() + ")"));
        for (MaturityYear y : years) {
            BigDecimal amount = c.amount(y.outstandingMinor());
            maturityTable.addRow(link(Integer.toString(y.year()), year(y.year()), c),
                    List.of(DisplayFormat.number(BigDecimal.valueOf(y.notes()), 0), DisplayFormat.amount(amount, c.currency())),
                    null);
        }
        FlexLayout charts = new FlexLayout(box(ladder, "100%"),
                box(borrowers, "48%", exposureTable("table-borrowers", "Borrower", c, c.topBorrowers(),
                        r -> NoteFilter.ALL.withExactBorrower(r.key()))),
                box(sectors, "48%", exposureTable("table-sectors", "Sector", c, c.sectors(),
                        r -> NoteFilter.ALL.withSector(r.key()))),
                box(regions, "48%", exposureTable("table-regions", "Region", c, c.regions(),
                        r -> NoteFilter.ALL.withRegion(r.key()))),
                box(maturity, "48%", maturityTable));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-m)");
        charts.setWidthFull();
        section.add(charts, concentration(c), new RatePanel(c),
                new StrataPanel(c, (text, filter) -> link(text, filter, c)));
    }

    /** The chart's rows as a table: each group a link to its notes, with the notes and the exposure. */
    private ChartTable exposureTable(String id, String what, CurrencyDashboard c, List<ExposureRow> rows,
                                     Function<ExposureRow, NoteFilter> filter) {
        ChartTable table = new ChartTable(id, "Exposure by " + what.toLowerCase(java.util.Locale.ROOT),
                List.of(what, "Notes", "Exposure (" + c.currency() + ")", "Share"));
        for (ExposureRow r : rows) {
            BigDecimal exposure = c.amount(r.exposureMinor());
            Component label = UNSPECIFIED.equals(r.key()) ? new Span(r.key()) : link(r.key(), filter.apply(r), c);
            table.addRow(label, List.of(DisplayFormat.number(BigDecimal.valueOf(r.notes()), 0),
                    DisplayFormat.amount(exposure, c.currency()), DisplayFormat.percent(r.share(), 2)), null);
        }
        return table;
    }

    /** A link to the notes a filter gives, in the currency shown (figures of other currencies are apart). */
    private RouterLink link(String text, NoteFilter filter, CurrencyDashboard c) {
        RouterLink link = new RouterLink(text, NotesView.class, portfolioId);
        link.setQueryParameters(NoteFilterQuery.of(filter.withCurrency(c.currency())));
        return link;
    }

    private static NoteFilter year(int year) {
        return NoteFilter.ALL.withMaturity(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static Div box(ChartJs chart, String width, Component... below) {
        Div box = new Div(chart);
        box.add(below);
        box.setWidth(width);
        box.setMinWidth("22em");
        box.getStyle().set("flex-grow", "1");
        return box;
    }

    private static ChartConfiguration ladder(CurrencyDashboard c) {
        List<LadderRow> rows = c.monthlyLadder();
        return ChartConfiguration.bar("Monthly cash flows (" + c.currency() + ")",
                rows.stream().map(r -> r.month().toString()).toList(), List.of(
                        ChartDataset.of("Interest", rows.stream().map(r -> c.amount(r.interestMinor()).doubleValue()).toList(),
                                PALETTE[1]).stacked("cash"),
                        ChartDataset.of("Principal", rows.stream().map(r -> c.amount(r.principalMinor() + r.prepaidMinor())
                                .doubleValue()).toList(), PALETTE[0]).stacked("cash"),
                        ChartDataset.of("Balance", rows.stream().map(r -> c.amount(r.closingBalanceMinor()).doubleValue())
                                .toList(), PALETTE[3]).asLineOnRightAxis()))
                .stackedBars();
    }

    private static ChartConfiguration exposureBars(String title, CurrencyDashboard c, List<ExposureRow> rows) {
        return ChartConfiguration.bar(title, keys(rows),
                List.of(ChartDataset.of("Exposure", amounts(c, rows, ExposureRow::exposureMinor), PALETTE[0])));
    }

    private static List<String> keys(List<ExposureRow> rows) {
        return rows.stream().map(ExposureRow::key).toList();
    }

    private static List<Double> amounts(CurrencyDashboard c, List<ExposureRow> rows, Function<ExposureRow, Long> minor) {
        return rows.stream().map(r -> c.amount(minor.apply(r)).doubleValue()).toList();
    }

    private static List<String> colors(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> PALETTE[i % PALETTE.length]).toList();
    }

    /** Years in which notes still outstanding mature; matured notes have nothing left to show. */
    private static List<MaturityYear> maturing(CurrencyDashboard c) {
        return c.maturityProfile().stream().filter(y -> y.outstandingMinor() != 0).toList();
    }

    private Div concentration(CurrencyDashboard c) {
        Concentration k = c.concentration();
        Grid<ExposureRow> grid = new Grid<>();
        grid.setId("concentration");
        grid.setAllRowsVisible(true);
        List<ExposureRow> top = c.topBorrowers();
        grid.addColumn(r -> top.indexOf(r) + 1).setHeader("#").setWidth("4em").setFlexGrow(0);
        grid.addColumn(ExposureRow::key).setHeader("Borrower").setFlexGrow(3);
        grid.addColumn(ExposureRow::notes).setHeader("Notes").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> DisplayFormat.amount(c.amount(r.exposureMinor()), c.currency()))
                .setHeader("Exposure (" + c.currency() + ")").setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        grid.addColumn(r -> DisplayFormat.percent(r.share(), 2)).setHeader("Share").setTextAlign(ColumnTextAlign.END);
        grid.setItems(top);
        Span summary = new Span(String.format("%,d borrowers · largest %s · top 5 %s · top 10 %s · Herfindahl index %s",
                c.borrowers(), DisplayFormat.percent(k.top1Share(), 2), DisplayFormat.percent(k.top5Share(), 2),
                DisplayFormat.percent(k.top10Share(), 2), DisplayFormat.number(k.herfindahl(), 4)));
        summary.setId("herfindahl");
        return new Div(new H3("Borrower concentration"), summary, grid);
    }

    /** The notes behind a bar or slice: exactly its value, in the currency shown. */
    private void drill(NoteFilter filter, CurrencyDashboard c) {
        if (UNSPECIFIED.equals(filter.exactBorrower()) || UNSPECIFIED.equals(filter.sector())
                || UNSPECIFIED.equals(filter.region())) {
            Notification.show("Notes without that value cannot be filtered on it.", 3000,
                    Notification.Position.BOTTOM_START);
            return;
        }
        navigateToNotes(NoteFilterQuery.of(filter.withCurrency(c.currency())));
    }

    private void navigateToNotes(QueryParameters query) {
        getUI().ifPresent(ui -> ui.navigate(NotesView.class, portfolioId, query));
    }

    private void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static NumberField percentField(String label, String id, BigDecimal fraction) {
        NumberField field = new NumberField(label);
        field.setId(id);
        field.setValue(fraction.movePointRight(2).doubleValue());
        field.setStep(0.25);
        // Each keystroke reaches the server, so the figures are marked stale as soon as the input changes.
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setWidth("11em");
        return field;
    }

    private DiscountInput discountOnScreen() {
        return discount.input().orElseThrow(() -> new IllegalArgumentException(
                "Discounting: correct the rate or the curve points marked."));
    }

    private static BigDecimal fraction(NumberField field) {
        Double value = field.getValue();
        if (value == null) {
            throw new IllegalArgumentException(field.getLabel() + ": enter a number.");
        }
        return BigDecimal.valueOf(value).movePointLeft(2);
    }
}
