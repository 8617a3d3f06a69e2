package com.notefolio.web.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.reports.portfolio.PortfolioProjectionWorkbook;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.web.dashboard.CurrencyDashboard;
import com.notefolio.web.dashboard.DashboardFigures;
import com.notefolio.web.dashboard.DashboardInputs;
import com.notefolio.web.dashboard.Dashboards;
import com.notefolio.web.dashboard.JobProgress;
import com.notefolio.web.dashboard.SparkJob;
import com.notefolio.web.dashboard.StoredPortfolio;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.testing.StoredPortfolios;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.KaribuViews;
import com.notefolio.web.view.chart.ChartJs;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.NativeTableBody;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.notefolio.core.portfolio.Stratum;
import com.notefolio.core.portfolio.StratumDimension;
import com.notefolio.web.view.dashboard.StaleNotice;
import com.notefolio.web.view.note.NoteFilterQuery;
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
    @Autowired
    com.notefolio.web.portfolio.IndexDataStore indexData;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

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
        // Every generated note is issued by 2025-12-31, before today: nothing to warn about.
        assertThat(_find(Span.class, spec -> spec.withId("not-yet-issued-warning"))).isEmpty();
        assertThat(tile("kpi-not-yet-issued")).isEqualTo("0");
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

    /**
     * Relative tolerance between the dashboard's NPV (summed on Spark, partition by partition) and the
     * workbook's (summed note by note in the export): the same per-note doubles added in another order,
     * about 1e-15 relative; 1e-9 leaves room and still catches any cent on a portfolio of this size.
     */
    static final double SUM_ORDER_TOLERANCE = 1e-9;

    @Test
    void theProjectionWorkbookOfTheFiguresShownDownloadsBesideTheKpis() throws Exception {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        UI.getCurrent().navigate(DashboardView.class, stored.id(),
                QueryParameters.simple(Map.of("asOf", asOf.toString(), "rate", "7.25")));
        DashboardView view = (DashboardView) UI.getCurrent().getCurrentView();
        assertThat(view.download.isVisible()).as("no figures yet, nothing to download").isFalse();
        awaitAndPoll(view);

        Anchor download = _get(Anchor.class, spec -> spec.withId("download-projection"));
        assertThat(download.getText()).isEqualTo("Download the projection workbook");
        // A link with an address is in the tab order; it sits just above the figures, the KPIs first among them.
        assertThat(download.getElement().getAttribute("href")).isNotBlank();
        assertThat(download.getElement().hasAttribute("tabindex")).isFalse();
        assertThat(view.indexOf(download)).isEqualTo(view.indexOf(view.content) - 1);

        CurrencyDashboard usd = view.job().result().orElseThrow().currency("USD").orElseThrow();
        byte[] bytes = DownloadKt._download(download);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet assumptions = book.getSheet("Assumptions");
            // The named inputs AsOf (B2) and DiscountRate (B3) are the dashboard's: 2024-03-31 and 7.25%.
            assertThat(assumptions.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(asOf);
            assertThat(assumptions.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.0725);
            Sheet summary = book.getSheet("Summary");
            int top = 1;
            while (!summary.getRow(top).getCell(1).getStringCellValue().equals("USD")) {
                top += PortfolioProjectionWorkbook.S_BLOCK;
            }
            double npv = summary.getRow(top + PortfolioProjectionWorkbook.S_NPV).getCell(1).getNumericCellValue();
            double shown = usd.totals().npv();
            assertThat(npv).isCloseTo(shown, org.assertj.core.api.Assertions.within(Math.abs(shown) * SUM_ORDER_TOLERANCE));
            assertThat(summary.getRow(top + PortfolioProjectionWorkbook.S_NOTES).getCell(1).getNumericCellValue())
                    .isEqualTo(300);
        }
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
        assertThat(view.discount.rate.getValue()).isEqualTo("7.5");
        awaitAndPoll(view);
        com.notefolio.web.dashboard.DashboardInputs inputs = view.job().result().orElseThrow().key().inputs();
        assertThat(inputs.discount()).isEqualTo(com.notefolio.web.discount.DiscountInput.flat(new BigDecimal("0.075")));
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

    @Test
    void kpisCountActiveMaturedAndNotYetIssuedNotesApartDefineEachFigureAndWarn() throws Exception {
        LocalDate asOf = LocalDate.of(2020, 6, 30);
        DashboardView view = open(asOf);
        awaitAndPoll(view);
        // Counted here from the stored notes' own dates, not through the aggregate.
        long notYetIssued = stored.positions().stream().filter(p -> p.terms().issueDate().isAfter(asOf)).count();
        long matured = stored.positions().stream().filter(p -> !p.terms().maturityDate().isAfter(asOf)).count();
        long active = 300 - notYetIssued - matured;
        assertThat(List.of(notYetIssued, matured, active)).as("the portfolio holds every status").allMatch(n -> n > 0);
        assertThat(tile("kpi-notes")).isEqualTo("300");
        assertThat(tile("kpi-active")).isEqualTo(Long.toString(active));
        assertThat(tile("kpi-matured")).isEqualTo(Long.toString(matured));
        assertThat(tile("kpi-not-yet-issued")).isEqualTo(Long.toString(notYetIssued));
        assertThat(_get(Span.class, spec -> spec.withId("not-yet-issued-warning")).getText()).isEqualTo("Warning: "
                + notYetIssued + " notes are not yet issued on 2020-06-30 (issued after it): their whole principal"
                + " counts as outstanding, as if already lent. Choose a later as-of date to value them once lent.");

        CurrencyDashboard usd = view.job().result().orElseThrow().currencies().get(0);
        PortfolioTotals t = usd.totals();
        assertThat(tile("kpi-exposure")).isEqualTo(DisplayFormat.money(usd.amount(t.outstandingMinor() + t.accruedMinor()), "USD"));
        assertThat(definition("kpi-exposure")).isEqualTo("Exposure = outstanding principal + accrued interest at 2020-06-30");
        assertThat(definition("kpi-active")).isEqualTo("issued on or before 2020-06-30 and maturing after it");
        assertThat(definition("kpi-npv")).isEqualTo("present value of the flows due after 2020-06-30, discounted at"
                + " 8.00% (XNPV basis)");
        for (String id : List.of("kpi-notes", "kpi-active", "kpi-matured", "kpi-not-yet-issued", "kpi-outstanding",
                "kpi-exposure", "kpi-npv", "kpi-yield", "kpi-wal", "kpi-duration", "kpi-expected-loss")) {
            assertThat(definition(id)).as(id).isNotBlank();
            // Reachable by Tab, and read out with its definition.
            var tile = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId(id)).getElement();
            assertThat(tile.getAttribute("tabindex")).as(id).isEqualTo("0");
            assertThat(tile.getAttribute("aria-describedby")).as(id).isEqualTo(id + "-definition");
        }
    }

    @Test
    void figuresAreMarkedStaleWhileTheInputsAreNotTheirs() throws Exception {
        DashboardView view = open();
        awaitAndPoll(view);
        StaleNotice notice = view.staleNotice;
        assertThat(notice.isVisible()).isFalse();
        assertThat(view.content.getClassNames()).doesNotContain(StaleNotice.STALE);

        HasValueUtilsKt._setValue(view.discount.rate, "9");
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("discount rate 8.00%").contains("Press Compute");
        assertThat(view.content.getClassNames()).contains(StaleNotice.STALE);
        // Put back as it was: the figures match the inputs again.
        HasValueUtilsKt._setValue(view.discount.rate, "8");
        assertThat(notice.isVisible()).isFalse();
        assertThat(view.content.getClassNames()).doesNotContain(StaleNotice.STALE);
        // An input that does not read cannot match.
        HasValueUtilsKt._setValue(view.cdr, null);
        assertThat(notice.isVisible()).isTrue();
        HasValueUtilsKt._setValue(view.cdr, 2.0);
        assertThat(notice.isVisible()).isFalse();

        HasValueUtilsKt._setValue(view.asOf, LocalDate.of(2023, 3, 31));
        assertThat(notice.isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("compute")));
        // Until the new figures arrive, the old ones stay marked.
        if (!view.job().state().finished()) {
            assertThat(notice.isVisible()).isTrue();
        }
        awaitAndPoll(view);
        assertThat(view.job().result().orElseThrow().key().inputs().asOf()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(notice.isVisible()).isFalse();
        assertThat(view.content.getClassNames()).doesNotContain(StaleNotice.STALE);
    }

    @Test
    void aZeroCurveInTheInputsGoesIntoTheAddressAndValuesTheNotesOnIt() throws Exception {
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        DashboardView view = open(asOf);
        awaitAndPoll(view);
        String flatNpv = tile("kpi-npv");

        HasValueUtilsKt._setValue(view.discount.kind, DiscountField.CURVE);
        HasValueUtilsKt._setValue(view.discount.rows.get(0)[0], "1");
        HasValueUtilsKt._setValue(view.discount.rows.get(0)[1], "5");
        _click(view.discount.addPoint);
        HasValueUtilsKt._setValue(view.discount.rows.get(1)[0], "10");
        HasValueUtilsKt._setValue(view.discount.rows.get(1)[1], "7");
        assertThat(view.staleNotice.isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("compute")));
        awaitAndPoll(view);
        assertThat(view.query().getParameters().get("rate")).containsExactly("1:5,10:7");

        // The core alone: each USD note's NPV on the 1y 5%, 10y 7% zero curve, at each shift of it.
        double[] tenors = {1, 10};
        int[] shifts = {-200, -100, -50, 0, 50, 100, 200};
        double[] expected = new double[shifts.length];
        for (var p : stored.positions()) {
            if (p.terms().currency().getCurrencyCode().equals("USD")) {
                var schedule = ScheduleResolver.resolve(p.terms());
                for (int i = 0; i < shifts.length; i++) {
                    double bp = shifts[i] * 1e-4;
                    expected[i] += NotePricer.presentValue(schedule, asOf,
                            ZeroCurve.of(tenors, new double[] {0.05 + bp, 0.07 + bp}));
                }
            }
        }
        // Shown to the cent; the sums' order differs between Spark's partitions and this loop (1e-9 relative).
        double cent = 0.005 + Math.abs(expected[3]) * 1e-9;
        assertThat(tile("kpi-npv")).isNotEqualTo(flatNpv);
        assertThat(new BigDecimal(tile("kpi-npv").replace(" USD", "").replace(",", "")).doubleValue())
                .isCloseTo(expected[3], org.assertj.core.data.Offset.offset(cent));
        List<List<String>> rows = tableRows("sensitivity-table");
        assertThat(rows).hasSize(shifts.length);
        for (int i = 0; i < shifts.length; i++) {
            assertThat(new BigDecimal(rows.get(i).get(1).replace(",", "")).doubleValue()).as(shifts[i] + " bp")
                    .isCloseTo(expected[i], org.assertj.core.data.Offset.offset(cent));
            assertThat(new BigDecimal(rows.get(i).get(2).replace(",", "").replace("+", "")).doubleValue())
                    .as("change at " + shifts[i] + " bp")
                    .isCloseTo(expected[i] - expected[3], org.assertj.core.data.Offset.offset(2 * cent));
        }
        assertThat(rows.get(0).get(0)).isEqualTo("−200 bp");

        // The address brings the same curve back, and with it the same (cached) figures.
        UI.getCurrent().navigate(DashboardView.class, stored.id(), QueryParameters.simple(
                Map.of("asOf", "2024-06-30", "rate", "1:5,10:7")));
        DashboardView reloaded = (DashboardView) UI.getCurrent().getCurrentView();
        assertThat(reloaded.discount.kind.getValue()).isEqualTo(DiscountField.CURVE);
        assertThat(reloaded.discount.rows.get(1)[0].getValue()).isEqualTo("10");
        awaitAndPoll(reloaded);
        assertThat(reloaded.job().result().orElseThrow()).isSameAs(view.job().result().orElseThrow());
    }

    @Test
    void stratificationTablesAddUpAndTheirRowsOpenExactlyTheirNotes() throws Exception {
        DashboardView view = open();
        awaitAndPoll(view);
        CurrencyDashboard usd = view.job().result().orElseThrow().currencies().get(0);
        for (StratumDimension d : StratumDimension.values()) {
            String id = "strata-" + d.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            List<List<String>> rows = tableRows(id);
            assertThat(rows).as(id).hasSize(usd.strata(d).size());
            assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get(1).replace(",", ""))).sum()).as(id).isEqualTo(300);
            for (int i = 0; i < rows.size(); i++) {
                Stratum s = usd.strata(d).get(i);
                assertThat(rows.get(i)).as(id).containsExactly(s.key(), Long.toString(s.notes()),
                        Long.toString(s.activeNotes()), DisplayFormat.amount(usd.amount(s.outstandingMinor()), "USD"),
                        DisplayFormat.percent(s.share(), 2), percentOrNa(s.weightedCoupon()),
                        percentOrNa(s.weightedYield()), Double.isNaN(s.walYears()) ? "n/a" : DisplayFormat.number(s.walYears(), 2));
            }
        }
        // Ratings counted here from the stored notes: the table's counts are theirs.
        Map<String, Long> byRating = stored.positions().stream().collect(java.util.stream.Collectors.groupingBy(
                p -> p.terms().rating(), java.util.stream.Collectors.counting()));
        List<List<String>> ratings = tableRows("strata-rating");
        assertThat(ratings).hasSize(byRating.size());
        ratings.forEach(r -> assertThat(Long.parseLong(r.get(1))).as(r.get(0)).isEqualTo(byRating.get(r.get(0))));

        // Each link of rating, sector and maturity year lists exactly the row's notes.
        for (String id : List.of("strata-rating", "strata-sector", "strata-maturity-year")) {
            var table = _get(com.notefolio.web.view.chart.ChartTable.class, spec -> spec.withId(id));
            List<RouterLink> links = com.github.mvysny.kaributesting.v10.LocatorJ._find(table, RouterLink.class);
            List<List<String>> rows = tableRows(id);
            assertThat(links).as(id).hasSize(rows.size());
            for (int i = 0; i < links.size(); i++) {
                QueryParameters query = links.get(i).getQueryParameters().orElseThrow();
                assertThat(query.getParameters().get("currency")).containsExactly("USD");
                long listed = notes.count(stored.id(), NoteFilterQuery.parse(query).filter());
                assertThat(listed).as(id + " " + rows.get(i).get(0)).isEqualTo(Long.parseLong(rows.get(i).get(1)));
            }
        }
        // The grid does not filter on coupon, vintage or original principal: no links there.
        for (String id : List.of("strata-coupon", "strata-vintage", "strata-original-principal")) {
            var table = _get(com.notefolio.web.view.chart.ChartTable.class, spec -> spec.withId(id));
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(table, RouterLink.class)).as(id).isEmpty();
        }
    }

    private static String percentOrNa(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : DisplayFormat.percent(fraction, 3);
    }

    /**
     * examples/notes-rates.csv on its index data: by the file, three floating notes (SOFR, PRIME and the
     * kept-payment PRIME note), a stepped one, one fixed-to-floating on SOFR and one floating(PRIME)-to-fixed;
     * the index of a conversion is its floating side's. The floating share is every note but the stepped
     * one, by outstanding principal as the core computes it note by note.
     */
    @Test
    void theBookSplitsByRateKindAndIndexWithItsFloatingShare() throws Exception {
        List<com.notefolio.core.portfolio.Position> positions = StoredPortfolios.rateExamples();
        var index = StoredPortfolios.rateExampleIndexData();
        long id = new StoredPortfolios(portfolios, notes, transaction).store("rates", positions);
        transaction.executeWithoutResult(status -> indexData.save(id, index));
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        UI.getCurrent().navigate(DashboardView.class, id, QueryParameters.simple(Map.of("asOf", asOf.toString())));
        DashboardView view = (DashboardView) UI.getCurrent().getCurrentView();
        awaitAndPoll(view);

        assertThat(tableRows("table-rate-kinds")).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactlyInAnyOrder("Floating 3", "Stepped 1", "Fixed to floating 1", "Floating to fixed 1");
        assertThat(tableRows("table-indexes")).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactlyInAnyOrder("PRIME 3", "SOFR 2", "Fixed 1");
        long total = 0;
        long stepped = 0;
        var rate = DashboardInputs.defaults(asOf).discount().curve();
        for (var p : positions) {
            long outstanding = com.notefolio.core.portfolio.PositionPricer.price(p, asOf, rate, index.indexData(),
                    List.of()).measures().outstandingPrincipalMinor();
            total += outstanding;
            stepped += p.terms().id().equals("STEP-2022") ? outstanding : 0;
        }
        assertThat(stepped).isPositive();
        assertThat(_get(Span.class, spec -> spec.withId("floating-share")).getText())
                .isEqualTo(DisplayFormat.percent((double) (total - stepped) / total, 2));
    }

    /** A table's body rows, each cell's text. */
    private static List<List<String>> tableRows(String id) {
        var table = _get(com.notefolio.web.view.chart.ChartTable.class, spec -> spec.withId(id));
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(table, NativeTableBody.class).get(0).getChildren()
                .map(row -> row.getChildren().map(cell -> cell.getElement().getTextRecursively()).toList()).toList();
    }

    private static String definition(String id) {
        return _get(Span.class, spec -> spec.withId(id + "-definition")).getText();
    }

    private DashboardView open(LocalDate asOf) {
        UI.getCurrent().navigate(DashboardView.class, stored.id(), QueryParameters.simple(Map.of("asOf", asOf.toString())));
        return (DashboardView) UI.getCurrent().getCurrentView();
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
