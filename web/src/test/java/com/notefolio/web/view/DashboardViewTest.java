package com.notefolio.web.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.web.dashboard.CurrencyDashboard;
import com.notefolio.web.dashboard.DashboardFigures;
import com.notefolio.web.dashboard.DashboardInputs;
import com.notefolio.web.dashboard.Dashboards;
import com.notefolio.web.dashboard.JobProgress;
import com.notefolio.web.dashboard.SparkJob;
import com.notefolio.web.dashboard.StoredPortfolio;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.KaribuViews;
import com.notefolio.web.view.chart.ChartJs;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboard screen in a browserless UI: it computes on opening, polls the job, shows the service's
 * figures in its tiles, and a click on a bar or slice opens the notes behind it with the filter's
 * query parameters.
 */
@SpringBootTest
class DashboardViewTest extends KaribuViews {

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    Dashboards dashboards;

    StoredPortfolio stored;

    @BeforeEach
    void store() {
        stored = StoredPortfolio.store(portfolios, notes, 5, 300, 0);
        signIn("ann", "ANALYST");
    }

    @Test
    void computingShowsTheServicesFiguresInTheTiles() throws Exception {
        DashboardView view = open();
        assertThat(!_find(Button.class, spec -> spec.withId("cancel")).isEmpty() || view.job().state().finished()).isTrue();
        awaitAndPoll(view);

        DashboardInputs inputs = DashboardInputs.defaults(LocalDate.now());
        SparkJob<DashboardFigures> cached = dashboards.open(stored.id(), inputs, "test", "ann");
        assertThat(cached.state()).as("the view's result is the cached one").isEqualTo(JobProgress.State.SUCCEEDED);
        CurrencyDashboard usd = cached.result().orElseThrow().currency("USD").orElseThrow();
        PortfolioTotals t = usd.totals();
        assertThat(tile("kpi-notes")).isEqualTo("300");
        assertThat(t.notes()).isEqualTo(300);
        assertThat(tile("kpi-outstanding")).isEqualTo(DisplayFormat.money(usd.amount(t.outstandingMinor()), "USD"));
        assertThat(tile("kpi-npv")).isEqualTo(DisplayFormat.money(BigDecimal.valueOf(t.npv()), "USD"));
        assertThat(tile("kpi-yield")).isEqualTo(DisplayFormat.percent(t.weightedYield(), 3));
        assertThat(tile("kpi-wal")).isEqualTo(DisplayFormat.number(t.walYears(), 2) + " years");
        assertThat(tile("kpi-duration")).isEqualTo(DisplayFormat.number(t.modifiedDuration(), 2) + " years");
        assertThat(tile("kpi-expected-loss")).isEqualTo(DisplayFormat.money(usd.amount(usd.expectedLossMinor()), "USD"));
        assertThat(usd.expectedLossMinor()).isPositive();
        assertThat(_get(Span.class, spec -> spec.withId("herfindahl")).getText())
                .endsWith("Herfindahl index " + DisplayFormat.number(usd.concentration().herfindahl(), 4));
        ChartJs borrowers = _get(ChartJs.class, spec -> spec.withId("chart-borrowers"));
        assertThat(borrowers.getConfiguration().labels()).containsExactlyElementsOf(
                usd.topBorrowers().stream().map(com.notefolio.core.portfolio.ExposureRow::key).toList());
    }

    @Test
    void clickingABarOrSliceOpensTheNotesBehindIt() throws Exception {
        DashboardView view = open();
        awaitAndPoll(view);
        CurrencyDashboard usd = view.job().result().orElseThrow().currencies().get(0);

        _get(ChartJs.class, spec -> spec.withId("chart-borrowers")).clicked(0);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotesView.class);
        // The whole name, in the currency shown: "Borrower 1" must not bring in "Borrower 11".
        assertLocation(Map.of("exactBorrower", List.of(usd.topBorrowers().get(0).key()), "currency", List.of("USD")));

        view = open();
        awaitAndPoll(view);
        _get(ChartJs.class, spec -> spec.withId("chart-sectors")).clicked(1);
        assertLocation(Map.of("sector", List.of(usd.sectors().get(1).key()), "currency", List.of("USD")));

        view = open();
        awaitAndPoll(view);
        ChartJs maturity = _get(ChartJs.class, spec -> spec.withId("chart-maturity"));
        String year = maturity.getConfiguration().labels().get(2);
        maturity.clicked(2);
        assertLocation(Map.of("maturityFrom", List.of(year + "-01-01"), "maturityTo", List.of(year + "-12-31"),
                "currency", List.of("USD")));

        view = open();
        awaitAndPoll(view);
        // An index the chart does not have (a forged call) does nothing.
        _get(ChartJs.class, spec -> spec.withId("chart-regions")).clicked(999);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
    }

    @Test
    void theInputsComeFromTheAddressSoAReloadOrALinkComputesTheSameDashboard() throws Exception {
        UI.getCurrent().navigate(DashboardView.class, stored.id(), com.vaadin.flow.router.QueryParameters.simple(
                Map.of("asOf", "2024-06-30", "rate", "7.5", "cdr", "3", "severity", "35")));
        DashboardView view = (DashboardView) UI.getCurrent().getCurrentView();
        assertThat(view.asOf.getValue()).isEqualTo(java.time.LocalDate.of(2024, 6, 30));
        assertThat(view.discountRate.getValue()).isEqualTo(7.5);
        awaitAndPoll(view);
        com.notefolio.web.dashboard.DashboardInputs inputs = view.job().result().orElseThrow().key().inputs();
        assertThat(inputs.discountRate()).isEqualByComparingTo("0.075");
        assertThat(inputs.cdr()).isEqualByComparingTo("0.03");
        assertThat(inputs.severity()).isEqualByComparingTo("0.35");
    }

    @Test
    void cancellingStopsTheComputation() throws Exception {
        portfolios.bumpRevision(stored.id());
        DashboardView view = open();
        SparkJob<DashboardFigures> job = view.job();
        // A new revision: nothing cached, the job reads and computes for a while.
        assertThat(job.state().finished()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("cancel")));
        assertThat(job.await(Duration.ofSeconds(30))).isTrue();
        assertThat(job.state()).isEqualTo(JobProgress.State.CANCELLED);
        poll();
        assertThat(_find(Button.class, spec -> spec.withId("cancel"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("kpi-notes-value"))).isEmpty();
    }

    private DashboardView open() {
        UI.getCurrent().navigate(DashboardView.class, stored.id());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        return (DashboardView) UI.getCurrent().getCurrentView();
    }

    private static void awaitAndPoll(DashboardView view) throws InterruptedException {
        assertThat(view.job().await(Duration.ofMinutes(3))).isTrue();
        poll();
        assertThat(view.job().state()).isEqualTo(JobProgress.State.SUCCEEDED);
    }

    /** What the browser's poll request does: fires the UI's poll event. */
    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private static String tile(String id) {
        return _get(Span.class, spec -> spec.withId(id + "-value")).getText();
    }

    private void assertLocation(Map<String, List<String>> query) {
        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("notes/" + stored.id());
        assertThat(location.getQueryParameters().getParameters()).isEqualTo(query);
    }
}
