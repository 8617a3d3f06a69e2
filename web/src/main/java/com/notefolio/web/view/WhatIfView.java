package com.notefolio.web.view;

import com.notefolio.core.scenario.CashFlowDifference;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.web.portfolio.NoteStore.StoredNote;
import com.notefolio.web.portfolio.PortfolioListing;
import com.notefolio.web.portfolio.Portfolios;
import com.notefolio.web.security.Role;
import com.notefolio.web.security.SignedInUser;
import com.notefolio.web.export.PortfolioExports;
import com.notefolio.web.view.download.FileDownload;
import com.notefolio.web.dashboard.JobProgress;
import com.notefolio.web.dashboard.JobsBusyException;
import com.notefolio.web.dashboard.SessionJobs;
import com.notefolio.web.dashboard.SparkJob;
import com.notefolio.web.view.whatif.ComparisonRow;
import com.notefolio.web.view.whatif.PortfolioComparisonPanel;
import com.notefolio.web.view.whatif.ScenarioEditor;
import com.notefolio.web.whatif.NoteComparison;
import com.notefolio.web.whatif.NoteWhatIf;
import com.notefolio.web.whatif.PortfolioComparison;
import com.notefolio.web.whatif.PortfolioWhatIf;
import com.notefolio.web.whatif.SavedScenario;
import com.notefolio.web.whatif.SavedScenarios;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What-if: build scenarios, save them by name in the portfolio, and run one or several against the base
 * case. For a single note the comparison is immediate (core engine): measures side by side with their
 * deltas, the acceleration claim, and the cash-flow differences date by date. Without a note, every note
 * of the portfolio: a Spark job ({@link PortfolioWhatIf}) that the view polls, with progress and cancel as
 * on the dashboard, never waiting for it on a request thread.
 */
@Route("whatif")
@PageTitle("What-if · Notefolio")
@RolesAllowed(Role.ANALYST_NAME)
public class WhatIfView extends VerticalLayout implements HasUrlParameter<Long> {

    private final Portfolios portfolios;
    private final SavedScenarios saved;
    private final NoteWhatIf noteWhatIf;
    private final SignedInUser user;
    private final PortfolioExports exports;
    private final PortfolioWhatIf portfolioWhatIf;
    /** What the comparison download exports: set on the UI thread, read by the download request. */
    private volatile Valuation lastRun;

    private record Valuation(LocalDate asOf, double discountRate, List<Scenario> scenarios) {
    }

    private long portfolioId;
    private String currency = "USD";
    final H2 title = new H2();
    final DatePicker asOf = new DatePicker("As of");
    final BigDecimalField discountRate = new BigDecimalField("Discount rate %");
    final TextField noteId = new TextField("Note id");
    final ScenarioEditor editor = new ScenarioEditor();
    final Grid<SavedScenario> savedGrid = new Grid<>();
    final Grid<ComparisonRow> comparison = new Grid<>();
    final Grid<CashFlowDifference> differences = new Grid<>();
    final H3 differencesTitle = new H3();
    final Paragraph message = new Paragraph();

    final Anchor download = new Anchor();
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Button cancel = new Button("Cancel", e -> cancelJob());
    private final HorizontalLayout progress = new HorizontalLayout(progressBar, progressText, cancel);
    final PortfolioComparisonPanel portfolioComparison = new PortfolioComparisonPanel();
    private SparkJob<PortfolioComparison> job;
    private Registration pollListener;

    public WhatIfView(Portfolios portfolios, SavedScenarios saved, NoteWhatIf noteWhatIf, SignedInUser user,
                      PortfolioExports exports, PortfolioWhatIf portfolioWhatIf) {
        this.exports = exports;
        this.portfolioWhatIf = portfolioWhatIf;
        this.portfolios = portfolios;
        this.saved = saved;
        this.noteWhatIf = noteWhatIf;
        this.user = user;
        setSizeFull();
        asOf.setValue(LocalDate.now());
        asOf.setI18n(IsoDates.i18n());
        asOf.setId("whatif-as-of");
        discountRate.setValue(new BigDecimal("8"));
        discountRate.setId("whatif-rate");
        BoundedNumbers.guard(discountRate);
        noteId.setId("whatif-note");
        noteId.setHelperText("The note to compare scenarios on; blank for the whole portfolio");

        Button save = new Button("Save scenario", e -> saveScenario());
        save.setId("save-scenario");
        Button clear = new Button("Clear", e -> editor.clear());
        savedGrid.setId("saved-scenarios");
        savedGrid.setSelectionMode(Grid.SelectionMode.MULTI);
        savedGrid.addColumn(SavedScenario::name).setHeader("Saved scenario").setFlexGrow(1);
        savedGrid.addComponentColumn(s -> new Button("Edit", e -> editor.show(s.scenario()))).setAutoWidth(true)
                .setFlexGrow(0);
        savedGrid.addComponentColumn(s -> {
            Button delete = new Button("Delete", e -> {
                saved.delete(portfolioId, s.id());
                refreshSaved();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return delete;
        }).setAutoWidth(true).setFlexGrow(0);
        savedGrid.setAllRowsVisible(true);

        Button run = new Button("Compare with the base case", e -> run());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("run-whatif");

        VerticalLayout left = new VerticalLayout(editor, new HorizontalLayout(save, clear), savedGrid);
        left.setPadding(false);
        left.setWidth("34em");

        comparison.setId("comparison");
        comparison.addColumn(ComparisonRow::scenario).setHeader("Scenario").setAutoWidth(true).setFrozen(true);
        column(comparison, r -> DisplayFormat.number(r.npv(), 2), "NPV");
        column(comparison, r -> r.isBase() ? "" : DisplayFormat.number(r.deltaNpv(), 2), "Δ NPV");
        column(comparison, r -> DisplayFormat.percent(r.yield(), 3), "Yield");
        column(comparison, r -> r.isBase() ? "" : DisplayFormat.number(r.deltaYield() * 10_000, 1) + " bp", "Δ yield");
        column(comparison, r -> DisplayFormat.number(r.walYears(), 2), "WAL (years)");
        column(comparison, r -> r.isBase() ? "" : DisplayFormat.number(r.deltaWalYears(), 2), "Δ WAL");
        column(comparison, r -> DisplayFormat.number(r.modifiedDuration(), 2), "Mod. duration");
        column(comparison, r -> r.claim() == null ? "" : DisplayFormat.amount(r.claim(), currency), "Claim");
        column(comparison, r -> r.loss() == null ? "" : DisplayFormat.amount(r.loss(), currency), "Loss");
        comparison.setAllRowsVisible(true);
        comparison.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showDifferences));

        differences.setId("differences");
        differences.addColumn(d -> DisplayFormat.date(d.date())).setHeader("Date");
        differences.addColumn(d -> minor(d.baseMinor())).setHeader("Base cash").setTextAlign(ColumnTextAlign.END);
        differences.addColumn(d -> minor(d.scenarioMinor())).setHeader("Scenario cash").setTextAlign(ColumnTextAlign.END);
        differences.addColumn(d -> minor(d.differenceMinor())).setHeader("Difference").setTextAlign(ColumnTextAlign.END);
        differences.setHeight("22em");

        message.setId("whatif-message");
        download.setText("Download the comparison workbook (every note)");
        download.setId("download-comparison");
        download.setHref(FileDownload.workbook("scenario-comparison.xlsx", file -> {
            Valuation v = lastRun;
            exports.scenarioComparison(portfolioId, v.asOf(), v.discountRate(), v.scenarios(), file);
        }));
        download.setVisible(false);
        HorizontalLayout inputs = new HorizontalLayout(asOf, discountRate, noteId, run);
        inputs.setAlignItems(Alignment.BASELINE);
        progressBar.setId("whatif-progress");
        progressBar.setWidth("20em");
        progressText.setId("whatif-progress-text");
        cancel.setId("whatif-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        progress.setAlignItems(Alignment.CENTER);
        progress.setVisible(false);
        portfolioComparison.setVisible(false);
        VerticalLayout right = new VerticalLayout(inputs, message, progress, download,
                comparison, differencesTitle, differences, portfolioComparison);
        right.setPadding(false);
        HorizontalLayout body = new HorizontalLayout(left, right);
        body.setWidthFull();
        body.expand(right);
        add(title, body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        Optional<PortfolioListing> portfolio = portfolios.find(parameter);
        if (portfolio.isEmpty()) {
            title.setText("No such portfolio");
            return;
        }
        portfolioId = parameter;
        title.setText("What-if · " + portfolio.get().name());
        refreshSaved();
    }

    private void refreshSaved() {
        savedGrid.setItems(saved.list(portfolioId));
    }

    private void saveScenario() {
        ScenarioEditor.Result result = editor.scenario();
        if (result.scenario().isEmpty()) {
            error(String.join(" ", result.problems()));
            return;
        }
        try {
            saved.save(portfolioId, result.scenario().get(), user.name());
            refreshSaved();
            Notification.show("Saved " + result.scenario().get().name() + ".", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        }
    }

    /** The scenarios to run: those ticked in the saved list, else the one in the editor. */
    private List<Scenario> chosen() {
        List<Scenario> scenarios = new ArrayList<>();
        savedGrid.getSelectedItems().forEach(s -> scenarios.add(s.scenario()));
        if (scenarios.isEmpty()) {
            editor.scenario().scenario().ifPresent(scenarios::add);
        }
        return scenarios;
    }

    void run() {
        message.setText("");
        List<Scenario> scenarios = chosen();
        if (scenarios.isEmpty()) {
            error("Tick saved scenarios or fill in the editor.");
            return;
        }
        if (asOf.getValue() == null || discountRate.getValue() == null) {
            error("Give the as-of date and the discount rate.");
            return;
        }
        if (noteId.getValue().isBlank()) {
            runOnPortfolio(scenarios);
            return;
        }
        showNoteComparison(true);
        Optional<StoredNote> note = portfolios.notes().findByNoteId(portfolioId, noteId.getValue().strip());
        if (note.isEmpty()) {
            error("No note " + noteId.getValue().strip() + " in this portfolio.");
            return;
        }
        try {
            NoteComparison result = noteWhatIf.compare(note.get().position(), scenarios, asOf.getValue(),
                    discountFraction().doubleValue());
            currency = result.base().currency().getCurrencyCode();
            List<ComparisonRow> rows = new ArrayList<>();
            rows.add(ComparisonRow.base(result.base()));
            result.results().forEach(r -> rows.add(ComparisonRow.of(r)));
            comparison.setItems(rows);
            lastRun = new Valuation(asOf.getValue(), discountFraction().doubleValue(), List.copyOf(scenarios));
            download.setVisible(true);
            if (rows.size() > 1) {
                comparison.select(rows.get(1));
            }
        } catch (IllegalArgumentException e) {
            // InvalidScenarioException is one: the core names the scenario, the field and why.
            error(e.getMessage());
        }
    }

    /** The scenarios on every note of the portfolio, as a job the view polls. */
    private void runOnPortfolio(List<Scenario> scenarios) {
        if (job != null && !job.state().finished()) {
            job.cancel();
        }
        BigDecimal rate = discountFraction();
        try {
            job = portfolioWhatIf.open(portfolioId, asOf.getValue(), rate, scenarios,
                    SessionJobs.ownerOf(VaadinSession.getCurrent()), user.name());
        } catch (JobsBusyException | IllegalArgumentException e) {
            error(e.getMessage());
            return;
        }
        showNoteComparison(false);
        portfolioComparison.clear();
        download.setVisible(false);
        lastRun = new Valuation(asOf.getValue(), rate.doubleValue(), List.copyOf(scenarios));
        poll();
        if (job != null && !job.state().finished()) {
            UI.getCurrent().setPollInterval(DashboardView.POLL_MILLIS);
        }
    }

    /** The job whose progress or result the view shows (tests wait for it). */
    SparkJob<PortfolioComparison> job() {
        return job;
    }

    private void cancelJob() {
        if (job != null) {
            job.cancel();
            poll();
        }
    }

    /** Shows where the portfolio job is; when it has finished, its result (or why there is none). */
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
            case SUCCEEDED -> job.result().ifPresent(r -> {
                portfolioComparison.show(r);
                download.setVisible(true);
            });
            case CANCELLED -> Notification.show("Computation cancelled.", 3000, Notification.Position.BOTTOM_START);
            default -> error("The comparison could not be computed: " + p.error());
        }
        job = null;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        pollListener = event.getUI().addPollListener(e -> poll());
        if (job != null && !job.state().finished()) {
            event.getUI().setPollInterval(DashboardView.POLL_MILLIS);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollListener != null) {
            pollListener.remove();
        }
        event.getUI().setPollInterval(-1);
        // Nobody will look at it: free the worker for others.
        if (job != null && !job.state().finished()) {
            job.cancel();
        }
    }

    /** Shows the single-note tables, or the portfolio panel. */
    private void showNoteComparison(boolean note) {
        comparison.setVisible(note);
        differencesTitle.setVisible(note);
        differences.setVisible(note);
        portfolioComparison.setVisible(!note);
        if (note && job != null) {
            // A note's comparison replaces the portfolio's on the screen: stop computing what nobody will see.
            job.cancel();
            job = null;
            progress.setVisible(false);
        }
        if (!note) {
            comparison.setItems(List.of());
            differences.setItems(List.of());
            differencesTitle.setText("");
        }
    }

    private void showDifferences(ComparisonRow row) {
        ScenarioResult result = row.result();
        differencesTitle.setText(result == null ? "" : "Where the cash differs · " + row.scenario());
        differences.setItems(result == null ? List.of()
                : result.cashFlowDifferences().stream().filter(d -> d.differenceMinor() != 0).toList());
    }

    /** The discount rate typed as a percentage, as a fraction. */
    private BigDecimal discountFraction() {
        return discountRate.getValue().movePointLeft(2);
    }

    private String minor(long minor) {
        return DisplayFormat.minorAmount(minor, currency);
    }

    private void error(String text) {
        message.setText(text);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private static void column(Grid<ComparisonRow> grid, com.vaadin.flow.function.ValueProvider<ComparisonRow, String> value,
                               String header) {
        grid.addColumn(value).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
