package com.notefolio.web.view;

import com.notefolio.core.scenario.CashFlowDifference;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.scenario.InvalidScenarioException;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.web.portfolio.NoteStore.StoredNote;
import com.notefolio.web.portfolio.PortfolioListing;
import com.notefolio.web.discount.DiscountInput;
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
import com.notefolio.web.whatif.RefusedScenario;
import com.notefolio.web.whatif.PortfolioComparison;
import com.notefolio.web.whatif.PortfolioWhatIf;
import com.notefolio.web.whatif.SavedScenario;
import com.notefolio.web.whatif.SavedScenarios;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.notefolio.web.dashboard.SharedJobs;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What-if: the portfolio's saved scenarios and the comparison first, the editor in a dialog. Tick
 * scenarios, give the as-of date, rate and a note (or none), Compare: for a single note the comparison
 * is immediate (core engine): measures side by side with their deltas, the acceleration claim, and the
 * cash-flow differences date by date. Without a note, every note of the portfolio: a Spark job
 * ({@link PortfolioWhatIf}) that the view polls, with progress and cancel as on the dashboard, never
 * waiting for it on a request thread. Results take the full width; a message stands beside what it is
 * about (the field, Compare, Save).
 *
 * <p>The inputs and the ticked scenarios live in the address ({@code ?asOf=2004-06-01&rate=8
 * &note=INFINITE-2003&scenarios=3,5}; a zero curve as {@code rate=1:5,10:7}, tenor years : rate %): a reload or shared link shows the same comparison, and a portfolio
 * comparison still running (or cached) is shown again, never started by the reload itself.
 */
@Route("whatif")
@PageTitle("What-if · Notefolio")
@RolesAllowed(Role.ANALYST_NAME)
public class WhatIfView extends VerticalLayout implements HasUrlParameter<Long> {

    static final String AS_OF = "asOf";
    static final String RATE = "rate";
    static final String NOTE = "note";
    static final String SCENARIOS = "scenarios";

    private final Portfolios portfolios;
    private final SavedScenarios saved;
    private final NoteWhatIf noteWhatIf;
    private final SignedInUser user;
    private final PortfolioWhatIf portfolioWhatIf;
    private final SharedJobs shared;
    /** What the comparison download exports: set on the UI thread, read by the download request. */
    private volatile Valuation lastRun;

    private record Valuation(LocalDate asOf, DiscountInput discount, List<Scenario> scenarios) {
    }

    private long portfolioId;
    private String currency = "USD";
    final H2 title = new H2();
    final DatePicker asOf = new DatePicker("As of");
    final DiscountField discount = new DiscountField("Discount rate %", DiscountInput.flat(new BigDecimal("0.08")),
            ValueChangeMode.ON_CHANGE);
    /** Why the workbook is not offered for a curve: the export discounts at one flat rate. */
    final TextField noteId = new TextField("Note id");
    final Button run = new Button("Compare", e -> run());
    final Span message = new Span();
    final ScenarioEditor editor = new ScenarioEditor();
    final Dialog editorDialog = new Dialog();
    final Span editorMessage = new Span();
    final Grid<SavedScenario> savedGrid = new Grid<>();
    final Grid<ComparisonRow> comparison = new Grid<>();
    final Grid<CashFlowDifference> differences = new Grid<>();
    final H3 differencesTitle = new H3();

    final Anchor download = new Anchor();
    /** The scenarios a run left out, each with the core's reason: the others are compared all the same. */
    final Div refused = new Div();
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Button cancel = new Button("Cancel", e -> cancelJob());
    private final HorizontalLayout progress = new HorizontalLayout(progressBar, progressText, cancel);
    final PortfolioComparisonPanel portfolioComparison = new PortfolioComparisonPanel();
    private SparkJob<PortfolioComparison> job;
    private Registration pollListener;
    private boolean filling;

    public WhatIfView(Portfolios portfolios, SavedScenarios saved, NoteWhatIf noteWhatIf, SignedInUser user,
                      PortfolioExports exports, PortfolioWhatIf portfolioWhatIf, SharedJobs shared) {
        this.portfolioWhatIf = portfolioWhatIf;
        this.portfolios = portfolios;
        this.saved = saved;
        this.noteWhatIf = noteWhatIf;
        this.user = user;
        this.shared = shared;
        setWidthFull();
        asOf.setValue(LocalDate.now());
        IsoDates.configure(asOf);
        asOf.setId("whatif-as-of");
        asOf.setWidth("10em");
        discount.rate.setId("whatif-rate");
        discount.rate.setWidth("9em");
        noteId.setId("whatif-note");
        noteId.setPlaceholder("blank: every note");
        noteId.setHelperText("The note to compare on; blank for the whole portfolio");
        noteId.setClearButtonVisible(true);
        noteId.setWidth("16em");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("run-whatif");
        message.setId("whatif-message");
        message.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        message.getStyle().set("max-width", "40em");
        FlexLayout inputs = new FlexLayout(asOf, discount, noteId, run, message);
        inputs.setId("whatif-inputs");
        inputs.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        inputs.setAlignItems(Alignment.BASELINE);
        inputs.addClassName(LumoUtility.Gap.MEDIUM);
        inputs.setWidthFull();

        Button create = new Button("New scenario", e -> openEditor(null));
        create.setId("new-scenario");
        savedGrid.setId("saved-scenarios");
        savedGrid.setSelectionMode(Grid.SelectionMode.MULTI);
        savedGrid.addColumn(SavedScenario::name).setHeader("Scenario").setKey("name").setAutoWidth(true)
                .setFlexGrow(1).setTooltipGenerator(SavedScenario::name);
        savedGrid.addColumn(s -> ScenarioEditor.parts(s.scenario())).setHeader("Holds").setKey("parts")
                .setAutoWidth(true).setFlexGrow(0);
        savedGrid.addColumn(s -> s.createdBy() == null ? "" : s.createdBy()).setHeader("Saved by").setAutoWidth(true)
                .setFlexGrow(0);
        savedGrid.addComponentColumn(s -> {
            // More than the editor's fields hold: shown whole instead, so that Save cannot drop the other parts.
            Optional<String> notEditable = ScenarioEditor.notEditable(s.scenario());
            Button edit = new Button(notEditable.isPresent() ? "Show" : "Edit",
                    e -> notEditable.ifPresentOrElse(why -> showWhole(s, why), () -> openEditor(s)));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setId("edit-scenario-" + s.id());
            return edit;
        }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        savedGrid.addComponentColumn(s -> {
            Button delete = new Button("Delete", e -> confirmDelete(s));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete-scenario-" + s.id());
            return delete;
        }).setKey("delete").setAutoWidth(true).setFlexGrow(0);
        savedGrid.setAllRowsVisible(true);
        savedGrid.setWidthFull();
        savedGrid.addSelectionListener(e -> {
            if (!filling) {
                replaceAddress();
            }
        });
        HorizontalLayout scenariosHeader = new HorizontalLayout(new H3("Scenarios"), create);
        scenariosHeader.setAlignItems(Alignment.BASELINE);

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
        comparison.setWidthFull();
        comparison.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showDifferences));

        differences.setId("differences");
        differences.addColumn(d -> DisplayFormat.date(d.date())).setHeader("Date").setAutoWidth(true);
        differences.addColumn(d -> minor(d.baseMinor())).setHeader("Base cash").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        differences.addColumn(d -> minor(d.scenarioMinor())).setHeader("Scenario cash").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        differences.addColumn(d -> minor(d.differenceMinor())).setHeader("Difference").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        differences.setHeight("22em");
        differences.setWidthFull();

        download.setText("Download the comparison workbook (every note)");
        download.setId("download-comparison");
        download.setHref(FileDownload.workbook("scenario-comparison.xlsx", file -> {
            Valuation v = lastRun;
            exports.scenarioComparison(portfolioId, v.asOf(), v.discount().curve(), v.scenarios(), file);
        }));
        download.setVisible(false);
        progressBar.setId("whatif-progress");
        progressBar.setWidth("20em");
        progressText.setId("whatif-progress-text");
        cancel.setId("whatif-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        progress.setAlignItems(Alignment.CENTER);
        progress.setVisible(false);
        portfolioComparison.setVisible(false);
        // Nothing compared yet: no empty tables.
        comparison.setVisible(false);
        differencesTitle.setVisible(false);
        differences.setVisible(false);

        editorDialog.setHeaderTitle("Scenario");
        editorDialog.setWidth("min(60em, 95vw)");
        editorDialog.add(editor);
        Button save = new Button("Save", e -> saveScenario());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-scenario");
        Button close = new Button("Cancel", e -> editorDialog.close());
        close.setId("close-scenario");
        Button clear = new Button("Clear", e -> editor.clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editorMessage.setId("scenario-message");
        editorMessage.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        editorMessage.getStyle().set("max-width", "28em");
        editorDialog.getFooter().add(editorMessage, clear, close, save);

        refused.setId("refused-scenarios");
        refused.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        refused.setVisible(false);

        add(title, inputs, scenariosHeader, savedGrid, progress, refused, download, comparison, differencesTitle,
                differences, portfolioComparison);
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
        if (fill(event.getLocation().getQueryParameters())) {
            resume();
        }
    }

    private void refreshSaved() {
        Set<Long> ticked = new HashSet<>();
        savedGrid.getSelectedItems().forEach(s -> ticked.add(s.id()));
        List<SavedScenario> all = saved.list(portfolioId);
        filling = true;
        try {
            savedGrid.setItems(all);
            all.stream().filter(s -> ticked.contains(s.id())).forEach(savedGrid::select);
        } finally {
            filling = false;
        }
    }

    /** The address's inputs and ticked scenarios on screen; whether scenarios were ticked. */
    private boolean fill(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        List<String> problems = new ArrayList<>();
        first(p, AS_OF).ifPresent(v -> {
            try {
                asOf.setValue(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
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
        first(p, NOTE).ifPresent(noteId::setValue);
        Set<Long> ids = new HashSet<>();
        first(p, SCENARIOS).ifPresent(v -> {
            for (String id : v.split(",")) {
                try {
                    ids.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    problems.add("scenarios: \"" + id + "\" is not a scenario number.");
                }
            }
        });
        filling = true;
        try {
            savedGrid.getListDataView().getItems().filter(s -> ids.contains(s.id())).forEach(savedGrid::select);
        } finally {
            filling = false;
        }
        if (!problems.isEmpty()) {
            error(String.join(" ", problems));
        }
        return !savedGrid.getSelectedItems().isEmpty();
    }

    private static Optional<String> first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? Optional.empty()
                : Optional.of(values.get(0).strip());
    }

    /** The inputs and ticked scenarios as the address's query. */
    QueryParameters query() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (asOf.getValue() != null) {
            p.put(AS_OF, List.of(asOf.getValue().toString()));
        }
        discount.input().ifPresent(d -> p.put(RATE, List.of(d.address())));
        if (!noteId.getValue().isBlank()) {
            p.put(NOTE, List.of(noteId.getValue().strip()));
        }
        List<String> ids = savedGrid.getSelectedItems().stream().map(SavedScenario::id).sorted()
                .map(String::valueOf).toList();
        if (!ids.isEmpty()) {
            p.put(SCENARIOS, List.of(String.join(",", ids)));
        }
        return new QueryParameters(p);
    }

    private void replaceAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("whatif/" + portfolioId, query())));
    }

    /**
     * After a reload: a single note's comparison again (immediate), or the portfolio comparison if it is
     * cached or still running, shown with its progress and cancel.
     */
    private void resume() {
        if (asOf.getValue() == null || discount.input().isEmpty()) {
            return;
        }
        if (!noteId.getValue().isBlank()) {
            run();
            return;
        }
        List<Scenario> scenarios = chosen();
        try {
            portfolioWhatIf.find(portfolioId, asOf.getValue(), discount.input().orElseThrow(), scenarios, owner())
                    .ifPresent(found -> {
                        job = found;
                        showNoteComparison(false);
                        lastRun = new Valuation(asOf.getValue(), discount.input().orElseThrow(), List.copyOf(scenarios));
                        poll();
                        if (job != null && !job.state().finished()) {
                            UI.getCurrent().setPollInterval(DashboardView.POLL_MILLIS);
                        }
                    });
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        }
    }

    /**
     * Saved scenarios are shared by everyone on the portfolio: deleting one asks first, saying who saved
     * it and when, so that nobody removes a colleague's work by a slip.
     */
    private void confirmDelete(SavedScenario s) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-scenario");
        confirm.setHeader("Delete scenario");
        String by = s.createdBy() == null || s.createdBy().isBlank() ? "an unknown user" : s.createdBy();
        confirm.setText("Delete " + s.name() + ", saved by " + by + " on "
                + DisplayFormat.date(s.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())
                + "? Everyone on this portfolio loses it; this cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            saved.delete(portfolioId, s.id());
            refreshSaved();
            Notification.show("Deleted " + s.name() + ".", 3000, Notification.Position.BOTTOM_START);
        });
        confirm.open();
    }

    /** A scenario the editor cannot hold whole: why, and the whole of it as its scenario JSON. */
    private void showWhole(SavedScenario s, String why) {
        Dialog whole = new Dialog();
        whole.setId("scenario-whole");
        whole.setHeaderTitle(s.name());
        whole.setWidth("min(50em, 95vw)");
        Paragraph reason = new Paragraph(why);
        reason.setId("scenario-whole-reason");
        Pre json = new Pre(ScenarioJson.toJson(new ScenarioSet(s.name(), List.of(s.scenario()))));
        json.setId("scenario-whole-json");
        json.getStyle().set("white-space", "pre-wrap");
        whole.add(reason, json);
        Button close = new Button("Close", e -> whole.close());
        whole.getFooter().add(close);
        whole.open();
    }

    /** Opens the editor on a saved scenario, or empty for a new one. */
    private void openEditor(SavedScenario scenario) {
        editorMessage.setText("");
        if (scenario == null) {
            editor.clear();
        } else {
            editor.show(scenario.scenario());
        }
        editorDialog.open();
    }

    private void saveScenario() {
        editorMessage.setText("");
        ScenarioEditor.Result result = editor.scenario();
        if (result.scenario().isEmpty()) {
            // The fields at fault say why beside themselves; what concerns no one field is said here.
            editorMessage.setText(String.join(" ", result.problems()));
            return;
        }
        try {
            SavedScenario stored = saved.save(portfolioId, result.scenario().get(), user.name());
            refreshSaved();
            savedGrid.getListDataView().getItems().filter(s -> s.id() == stored.id()).findFirst()
                    .ifPresent(savedGrid::select);
            editorDialog.close();
            Notification.show("Saved " + result.scenario().get().name() + " and ticked it for the comparison.", 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidScenarioException e) {
            // Refused against the portfolio's notes: the reason beside the field it is about.
            List<String> elsewhere = editor.refused(e);
            editorMessage.setText("Not saved: " + (elsewhere.isEmpty() ? "see the field marked." : String.join(" ", elsewhere)));
        } catch (IllegalArgumentException e) {
            editorMessage.setText(e.getMessage());
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
        noteId.setInvalid(false);
        List<Scenario> scenarios = chosen();
        if (scenarios.isEmpty()) {
            error("Tick saved scenarios or fill in the editor (New scenario).");
            return;
        }
        if (asOf.getValue() == null || discount.input().isEmpty()) {
            error("Give the as-of date and the discount rate (or correct the curve points marked).");
            return;
        }
        replaceAddress();
        if (noteId.getValue().isBlank()) {
            runOnPortfolio(scenarios);
            return;
        }
        showNoteComparison(true);
        showRefused(List.of());
        Optional<StoredNote> note = portfolios.notes().findByNoteId(portfolioId, noteId.getValue().strip());
        if (note.isEmpty()) {
            String text = "No note " + noteId.getValue().strip() + " in this portfolio.";
            noteId.setErrorMessage(text);
            noteId.setInvalid(true);
            error(text);
            return;
        }
        try {
            NoteComparison result = noteWhatIf.compare(note.get(), scenarios, asOf.getValue(),
                    discount.input().orElseThrow());
            showRefused(result.refused());
            currency = result.base().currency().getCurrencyCode();
            List<ComparisonRow> rows = new ArrayList<>();
            rows.add(ComparisonRow.base(result.base()));
            result.results().forEach(r -> rows.add(ComparisonRow.of(r)));
            comparison.setItems(rows);
            lastRun = new Valuation(asOf.getValue(), discount.input().orElseThrow(), List.copyOf(scenarios));
            download.setVisible(true);
            if (rows.size() > 1) {
                comparison.select(rows.get(1));
            }
        } catch (IllegalArgumentException e) {
            // InvalidScenarioException is one: the core names the scenario, the field and why.
            error(e.getMessage());
        }
    }

    private static String owner() {
        return SessionJobs.ownerOf(VaadinSession.getCurrent());
    }

    /** The scenarios on every note of the portfolio, as a job the view polls. */
    private void runOnPortfolio(List<Scenario> scenarios) {
        SparkJob<PortfolioComparison> previous = job;
        DiscountInput rate = discount.input().orElseThrow();
        try {
            job = portfolioWhatIf.open(portfolioId, asOf.getValue(), rate, scenarios, owner(), user.name());
        } catch (JobsBusyException | IllegalArgumentException e) {
            error(e.getMessage());
            return;
        }
        // Let go of the one shown before only now: Compare again on the same inputs joins the same job.
        if (previous != null && !previous.state().finished()) {
            shared.leave(previous, owner());
        }
        showNoteComparison(false);
        portfolioComparison.clear();
        showRefused(List.of());
        download.setVisible(false);
        lastRun = new Valuation(asOf.getValue(), rate, List.copyOf(scenarios));
        poll();
        if (job != null && !job.state().finished()) {
            UI.getCurrent().setPollInterval(DashboardView.POLL_MILLIS);
        }
    }

    /** The job whose progress or result the view shows (tests wait for it). */
    SparkJob<PortfolioComparison> job() {
        return job;
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
                showRefused(r.refused());
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
        // Nobody may look at it again: free the worker for others, unless a reload of the page takes it up.
        if (job != null && !job.state().finished()) {
            shared.leaveSoon(job, owner());
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
            shared.leave(job, owner());
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

    /**
     * Shows the workbook download when {@code ready}: for a flat rate only, since the export takes one rate
     * (it is not this screen's to change); for a curve, says why it is not there.
     */

    private String minor(long minor) {
        return DisplayFormat.minorAmount(minor, currency);
    }

    /** Lists the scenarios a run left out, one line each; hidden when none was. */
    private void showRefused(List<RefusedScenario> left) {
        refused.removeAll();
        left.forEach(r -> refused.add(new Div(r.text())));
        refused.setVisible(!left.isEmpty());
    }

    private void error(String text) {
        message.setText(text);
    }

    private static void column(Grid<ComparisonRow> grid, com.vaadin.flow.function.ValueProvider<ComparisonRow, String> value,
                               String header) {
        grid.addColumn(value).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
