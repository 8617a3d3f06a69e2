package com.notefolio.web.view;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.web.discount.DiscountInput;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.notefolio.reports.scenario.ScenarioComparisonWorkbook;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.scenario.CashFlowDifference;
import com.notefolio.core.scenario.DatedAdvance;
import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.InvalidScenarioException;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.RateShockTarget;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.web.dashboard.JobProgress;
import com.notefolio.web.dashboard.SparkJob;
import com.notefolio.web.dashboard.StoredPortfolio;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.KaribuViews;
import com.notefolio.web.view.chart.ChartDataset;
import com.notefolio.web.view.chart.ChartJs;
import com.notefolio.web.view.whatif.ScenarioEditor;
import com.notefolio.web.view.whatif.ComparisonRow;
import com.notefolio.web.whatif.CaseFigures;
import com.notefolio.web.whatif.CurrencyComparison;
import com.notefolio.web.whatif.NoteChange;
import com.notefolio.web.whatif.PortfolioComparison;
import com.notefolio.web.whatif.PortfolioWhatIf;
import com.notefolio.web.whatif.SavedScenarios;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The what-if screen on the 2003 note, checked against the figures worked by hand in docs/scenarios.md:
 * $50,000 prepaid on 2004-06-12 lowers the interest to $1,000.00 and the balloon to $101,000.00; a missed
 * payment on 2004-07-12 with notice on 2004-07-20 and ten cure days accelerates a claim of
 * 150,000 + 1,500 + 887.67 default interest + 5,000 collection costs = $157,387.67, of which collateral
 * worth $90,000 recovers all but $67,387.67.
 */
@SpringBootTest
class WhatIfViewTest extends KaribuViews {

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    SavedScenarios savedScenarios;
    @Autowired
    PortfolioWhatIf portfolioWhatIf;
    @Autowired
    com.notefolio.web.portfolio.IndexDataStore indexData;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    long portfolioId;

    @BeforeEach
    void storeThe2003Note() {
        portfolioId = portfolios.insert("what-if " + System.nanoTime(), null, "test");
        notes.insert(portfolioId, List.of(new NewNote(2, Position.atPar(PortfolioGenerator.promissoryNote2003()))));
        signIn("ann", "ANALYST");
        UI.getCurrent().navigate(WhatIfView.class, portfolioId);
    }

    /** The editor is a dialog: New scenario opens it. */
    private static void openEditor() {
        _click(_get(Button.class, spec -> spec.withId("new-scenario")));
    }

    private static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static DatePicker datePicker(String id) {
        return _get(DatePicker.class, spec -> spec.withId(id));
    }

    private static BigDecimalField bigDecimalField(String id) {
        return _get(BigDecimalField.class, spec -> spec.withId(id));
    }

    @Test
    void aPrepaymentOnTheNoteLowersItsInterestAndBalloon() {
        WhatIfView view = _get(WhatIfView.class);
        openEditor();
        textField("scenario-name").setValue("50k on 2004-06-12");
        textField("prepayment-note").setValue("INFINITE-2003");
        datePicker("prepayment-date").setValue(LocalDate.of(2004, 6, 12));
        bigDecimalField("prepayment-amount").setValue(new BigDecimal("50000"));
        view.asOf.setValue(LocalDate.of(2004, 6, 1));
        view.noteId.setValue("INFINITE-2003");
        view.run();

        List<ComparisonRow> rows = GridKt._findAll(view.comparison);
        assertThat(rows).extracting(ComparisonRow::scenario).containsExactly("Base case", "50k on 2004-06-12");
        List<CashFlowDifference> differences = GridKt._findAll(view.differences);
        assertThat(differences.get(0)).isEqualTo(new CashFlowDifference(LocalDate.of(2004, 6, 12), 150_000, 5_150_000));
        assertThat(differences.subList(1, differences.size() - 1)).hasSize(18)
                .allSatisfy(d -> assertThat(d.differenceMinor()).isEqualTo(-50_000));
        assertThat(differences.get(differences.size() - 1))
                .isEqualTo(new CashFlowDifference(LocalDate.of(2006, 1, 12), 15_150_000, 10_100_000));
        // Paid back earlier at par with a 12% coupon: less life left, and worth less at an 8% discount rate.
        assertThat(rows.get(1).deltaWalYears()).isNegative();
        assertThat(rows.get(1).deltaNpv()).isNegative();
    }

    @Test
    void aTypedZeroCurveDiscountsTheNoteAndGoesIntoTheAddress() {
        WhatIfView view = _get(WhatIfView.class);
        openEditor();
        textField("scenario-name").setValue("50k on 2004-06-12");
        textField("prepayment-note").setValue("INFINITE-2003");
        datePicker("prepayment-date").setValue(LocalDate.of(2004, 6, 12));
        bigDecimalField("prepayment-amount").setValue(new BigDecimal("50000"));
        LocalDate asOf = LocalDate.of(2004, 6, 1);
        view.asOf.setValue(asOf);
        view.noteId.setValue("INFINITE-2003");
        HasValueUtilsKt._setValue(view.discount.kind, DiscountField.CURVE);
        HasValueUtilsKt._setValue(view.discount.rows.get(0)[0], "1");
        HasValueUtilsKt._setValue(view.discount.rows.get(0)[1], "5");
        _click(view.discount.addPoint);
        HasValueUtilsKt._setValue(view.discount.rows.get(1)[0], "2");
        HasValueUtilsKt._setValue(view.discount.rows.get(1)[1], "7");
        view.run();

        assertThat(view.message.getText()).isEmpty();
        List<ComparisonRow> rows = GridKt._findAll(view.comparison);
        // The base case's NPV is the core's on the typed curve (the same flows, the same arithmetic: exact).
        assertThat(rows.get(0).npv()).isEqualTo(NotePricer.presentValue(
                ScheduleResolver.resolve(PortfolioGenerator.promissoryNote2003()), asOf,
                ZeroCurve.of(new double[] {1, 2}, new double[] {0.05, 0.07})));
        assertThat(view.query().getParameters().get("rate")).containsExactly("1:5,2:7");
        // The comparison workbook discounts on the same curve.
        assertThat(view.download.isVisible()).isTrue();
    }

    @Test
    void anEventOfDefaultShowsTheAccelerationClaimAndSavedScenariosRunAgain() throws Exception {
        WhatIfView view = _get(WhatIfView.class);
        openEditor();
        textField("scenario-name").setValue("default July 2004");
        textField("default-note").setValue("INFINITE-2003");
        datePicker("missed-payment").setValue(LocalDate.of(2004, 7, 12));
        datePicker("notice").setValue(LocalDate.of(2004, 7, 20));
        bigDecimalField("collection-costs").setValue(new BigDecimal("5000"));
        // The note is secured but states no collateral value: the scenario gives one.
        bigDecimalField("collateral-value").setValue(new BigDecimal("90000"));
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("save-scenario")).click();
        assertThat(GridKt._findAll(view.savedGrid)).extracting(s -> s.name()).containsExactly("default July 2004");

        view.editor.clear();
        view.savedGrid.select(GridKt._get(view.savedGrid, 0));
        view.asOf.setValue(LocalDate.of(2004, 6, 30));
        view.noteId.setValue("INFINITE-2003");
        view.run();
        assertThat(view.message.getText()).isEmpty();
        ComparisonRow accelerated = GridKt._get(view.comparison, 1);
        assertThat(accelerated.claim()).isEqualByComparingTo("157387.67");
        assertThat(accelerated.loss()).isEqualByComparingTo("67387.67");

        // The comparison workbook states what the screen computed from: as-of date, rate, the scenario's
        // definition, and its claim and loss (here the portfolio is this one note, so the sums are the note's).
        assertThat(view.download.isVisible()).isTrue();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DownloadKt._download(view.download)))) {
            Map<String, String> recorded = assumptions(book);
            assertThat(recorded.get("As-of date")).isEqualTo("2004-06-30");
            assertThat(recorded.get("Discounting")).startsWith("Flat discount rate 8%");
            assertThat(recorded.get("Scenario: default July 2004, prepayments and defaults"))
                    .startsWith("event of default on note INFINITE-2003: payment of 2004-07-12 missed, notice 2004-07-20")
                    .contains("recovery from the collateral (90000");
            Row row = comparisonRow(book, "default July 2004", "USD");
            assertThat(row.getCell(ScenarioComparisonWorkbook.CMP_CLAIMS).getNumericCellValue()).isEqualTo(157387.67);
            assertThat(row.getCell(ScenarioComparisonWorkbook.CMP_CLAIM_LOSS).getNumericCellValue()).isEqualTo(67387.67);
            assertThat(comparisonRow(book, "base", "USD").getCell(ScenarioComparisonWorkbook.CMP_CLAIMS)
                    .getNumericCellValue()).isZero();
        }
    }

    /** The Assumptions sheet's labelled rows: label → recorded text. */
    private static Map<String, String> assumptions(XSSFWorkbook book) {
        Map<String, String> recorded = new HashMap<>();
        for (Row r : book.getSheet("Assumptions")) {
            if (r.getCell(0) != null && r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING) {
                recorded.put(r.getCell(0).getStringCellValue(), r.getCell(1).getStringCellValue());
            }
        }
        return recorded;
    }

    /** The Comparison sheet's row of a case (its name as the scenario set names it) in a currency. */
    private static Row comparisonRow(XSSFWorkbook book, String scenario, String currency) {
        Sheet cmp = book.getSheet("Comparison");
        for (Row r : cmp) {
            if (r.getRowNum() > 0 && scenario.equals(r.getCell(0).getStringCellValue())
                    && currency.equals(r.getCell(1).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no Comparison row of " + scenario + " in " + currency);
    }

    @Test
    void incompleteOrRefusedScenariosAreExplained() {
        WhatIfView view = _get(WhatIfView.class);
        openEditor();
        textField("scenario-name").setValue("half a prepayment");
        textField("prepayment-note").setValue("INFINITE-2003");
        view.noteId.setValue("INFINITE-2003");
        view.run();
        assertThat(view.message.getText()).contains("Tick saved scenarios or fill in the editor");

        // Refused by the note: left out with the core's reason, the base case shown alone.
        datePicker("prepayment-date").setValue(LocalDate.of(2010, 1, 1));
        view.run();
        assertThat(view.refused.isVisible()).isTrue();
        assertThat(view.refused.getElement().getTextRecursively()).contains("half a prepayment", "INFINITE-2003",
                "outside the life");
        assertThat(GridKt._findAll(view.comparison)).extracting(ComparisonRow::scenario).containsExactly("Base case");

        view.noteId.setValue("NO-SUCH-NOTE");
        view.run();
        assertThat(view.message.getText()).isEqualTo("No note NO-SUCH-NOTE in this portfolio.");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aCprAboveOneHundredPercentIsRefusedAtItsFieldAndNotSaved() {
        WhatIfView view = _get(WhatIfView.class);
        openEditor();
        textField("scenario-name").setValue("150 CPR");
        ((ComboBox<PrepaymentSpeed.Kind>) _get(ComboBox.class, spec -> spec.withId("speed-kind")))
                .setValue(PrepaymentSpeed.Kind.CPR);
        BigDecimalField speed = bigDecimalField("speed-value");
        speed.setValue(new BigDecimal("150"));
        _get(Button.class, spec -> spec.withId("save-scenario")).click();

        // The core's PrepaymentSpeed refused 1.50 when the editor built it; its reason is shown at the field.
        assertThat(speed.isInvalid()).isTrue();
        assertThat(speed.getErrorMessage()).isEqualTo("must be at most 1 (100%)");
        assertThat(view.editorMessage.getText()).contains("Prepayment speed: cpr must be at most 1 (100%)");
        assertThat(GridKt._findAll(view.savedGrid)).isEmpty();

        speed.setValue(new BigDecimal("10"));
        _get(Button.class, spec -> spec.withId("save-scenario")).click();
        assertThat(speed.isInvalid()).isFalse();
        assertThat(GridKt._findAll(view.savedGrid)).extracting(s -> s.name()).containsExactly("150 CPR");
    }

    /**
     * Checked against the portfolio's notes at Save: the 2003 note owes $150,000 of principal until its
     * balloon on 2006-01-12, so $200,000 prepaid on 2004-06-12 is more than it holds; a note id the
     * portfolio does not have is refused at its field.
     */
    @Test
    void anUnknownNoteOrAPrepaymentAboveTheBalanceIsRefusedAtSave() {
        WhatIfView view = _get(WhatIfView.class);
        openEditor();
        textField("scenario-name").setValue("too much");
        TextField note = textField("prepayment-note");
        note.setValue("NO-SUCH-NOTE");
        datePicker("prepayment-date").setValue(LocalDate.of(2004, 6, 12));
        BigDecimalField amount = bigDecimalField("prepayment-amount");
        amount.setValue(new BigDecimal("200000"));
        Button save = _get(Button.class, spec -> spec.withId("save-scenario"));
        save.click();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("There is no note NO-SUCH-NOTE in this portfolio.");
        assertThat(view.editorDialog.isOpened()).isTrue();
        assertThat(GridKt._findAll(view.savedGrid)).isEmpty();

        note.setValue("INFINITE-2003");
        save.click();
        assertThat(note.isInvalid()).isFalse();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("exceeds the balance then, 150000.00");
        assertThat(GridKt._findAll(view.savedGrid)).isEmpty();

        amount.setValue(new BigDecimal("150000"));
        save.click();
        assertThat(amount.isInvalid()).isFalse();
        assertThat(GridKt._findAll(view.savedGrid)).extracting(s -> s.name()).containsExactly("too much");
    }

    /**
     * A draw (from a scenario JSON file) is checked against its note when saved, like a prepayment: an unknown
     * note at {@code draws.note}, and the 2003 note, whose STATED table states every payment, cannot draw.
     */
    @Test
    void aDrawIsCheckedAgainstTheNoteItNamesAtSave() {
        assertThatThrownBy(() -> savedScenarios.check(portfolioId, draw("NO-SUCH-NOTE")))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.field()).isEqualTo("draws.note"))
                .hasMessageContaining("there is no note NO-SUCH-NOTE in this portfolio");
        assertThatThrownBy(() -> savedScenarios.check(portfolioId, draw("INFINITE-2003")))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.field()).isEqualTo("draws"))
                .hasMessageContaining("STATED");
        // The editor has no field for a draw: such a scenario is shown whole, never opened and saved without it.
        assertThat(ScenarioEditor.parts(draw("INFINITE-2003"))).isEqualTo("1 draw");
        assertThat(ScenarioEditor.notEditable(draw("INFINITE-2003"))).hasValueSatisfying(
                why -> assertThat(why).contains("holds 1 draw"));
    }

    private static Scenario draw(String note) {
        return new Scenario("draw", null, null, null, null, 0, null, null,
                List.of(new DatedAdvance(note, LocalDate.of(2004, 8, 1), new BigDecimal("1000.00"))));
    }

    /** A saved scenario is shared: Delete asks first and says who saved it; only Confirm deletes it. */
    @Test
    void deletingASavedScenarioAsksAndSaysWhoSavedIt() {
        long id = savedScenarios.save(portfolioId, new Scenario("bob's 5 CPR", List.of(), PrepaymentSpeed.cpr(0.05),
                null, List.of(), 0), "bob").id();
        UI.getCurrent().navigate(WhatIfView.class, portfolioId);
        WhatIfView view = _get(WhatIfView.class);
        Button delete = (Button) GridKt._getCellComponent(view.savedGrid, 0, "delete");
        assertThat(delete.getId()).contains("delete-scenario-" + id);

        _click(delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-scenario"));
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith("Delete bob's 5 CPR, saved by bob on ");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(savedScenarios.list(portfolioId)).extracting(s -> s.name()).containsExactly("bob's 5 CPR");
        assertThat(GridKt._findAll(view.savedGrid)).hasSize(1);

        _click(delete);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-scenario")));
        assertThat(savedScenarios.list(portfolioId)).isEmpty();
        assertThat(GridKt._findAll(view.savedGrid)).isEmpty();
    }

    /**
     * A saved 7 CPR / 7 CDR at 57% severity opens in the editor as 7, 7 and 57: in binary floating point
     * 0.07 × 100 is 7.000000000000001 and 0.57 × 100 is 56.99999999999999, which the fields showed before.
     */
    @Test
    void aSavedScenarioOpensWithItsPercentagesAsTyped() {
        savedScenarios.save(portfolioId, new Scenario("7 CPR 7 CDR", List.of(), PrepaymentSpeed.cpr(0.07),
                new DefaultSpeed(0.07, 0.57, 6), List.of(), 0), "bob");
        UI.getCurrent().navigate(WhatIfView.class, portfolioId);
        WhatIfView view = _get(WhatIfView.class);
        _click((Button) GridKt._getCellComponent(view.savedGrid, 0, "edit"));
        assertThat(view.editorDialog.isOpened()).isTrue();
        assertThat(bigDecimalField("speed-value").getValue()).isEqualByComparingTo("7")
                .hasToString("7");
        assertThat(bigDecimalField("cdr").getValue()).hasToString("7");
        assertThat(bigDecimalField("severity").getValue()).hasToString("57");
    }

    /**
     * A prepayment dated before the as-of date is accepted at Save (it fits the note's life) but not in a
     * run as of later: that scenario is left out with the core's reason and the others are compared, on
     * the portfolio and on the note alike, with the figures they have without it.
     */
    @Test
    void aScenarioRefusedAtTheAsOfDateIsLeftOutAndTheOthersRun() throws Exception {
        Scenario early = new Scenario("50k on 2004-06-12", List.of(new DatedPrepayment("INFINITE-2003",
                LocalDate.of(2004, 6, 12), new BigDecimal("50000"), null)), null, null, List.of(), 0);
        savedScenarios.save(portfolioId, early, "ann");
        savedScenarios.save(portfolioId, CPR_10, "ann");
        UI.getCurrent().navigate(WhatIfView.class, portfolioId);
        WhatIfView view = _get(WhatIfView.class);
        GridKt._findAll(view.savedGrid).forEach(view.savedGrid::select);
        LocalDate asOf = LocalDate.of(2004, 7, 1);
        view.asOf.setValue(asOf);
        view.discount.setInput(DiscountInput.flat(new BigDecimal("0.08")));
        view.noteId.setValue("");
        view.run();
        SparkJob<PortfolioComparison> job = view.job();
        assertThat(job.await(Duration.ofMinutes(3))).isTrue();
        poll();
        assertThat(job.state()).isEqualTo(JobProgress.State.SUCCEEDED);
        PortfolioComparison result = job.result().orElseThrow();
        assertThat(result.scenarios()).containsExactly("10 CPR");
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.scenario()).isEqualTo("50k on 2004-06-12");
            assertThat(r.reason()).contains("INFINITE-2003", "2004-06-12 is not after the as-of date");
        });
        assertThat(view.refused.getElement().getTextRecursively()).contains("50k on 2004-06-12", "not after the as-of");
        // The scenario that ran has the figures it has alone.
        SparkJob<PortfolioComparison> alone = portfolioWhatIf.open(portfolioId, asOf, DiscountInput.flat(new BigDecimal("0.08")),
                List.of(CPR_10), "test", "ann");
        assertThat(alone.await(Duration.ofMinutes(3))).isTrue();
        assertThat(result.currency("USD").orElseThrow().cases())
                .isEqualTo(alone.result().orElseThrow().currency("USD").orElseThrow().cases());

        view.noteId.setValue("INFINITE-2003");
        view.run();
        assertThat(GridKt._findAll(view.comparison)).extracting(ComparisonRow::scenario)
                .containsExactly("Base case", "10 CPR");
        assertThat(view.refused.getElement().getTextRecursively()).contains("50k on 2004-06-12", "not after the as-of");
        assertThat(view.message.getText()).isEmpty();
    }

    /**
     * A +100 bp shock aimed at the index projections only, typed in the editor and run on single notes of
     * examples/notes-rates.csv with its index data: the floating SOFR note's coupons re-fix, so its ΔNPV is
     * the core's for that scenario and differs from a discount-only shock; the stepped note reads no index,
     * so an index-only shock leaves its NPV exactly as it was. Saved, the scenario opens with its target.
     */
    @Test
    void aRateShockCanMoveTheIndexProjectionsOnly() {
        List<Position> positions = com.notefolio.web.testing.StoredPortfolios.rateExamples();
        var index = com.notefolio.web.testing.StoredPortfolios.rateExampleIndexData();
        long id = new com.notefolio.web.testing.StoredPortfolios(portfolios, notes, transaction).store("rates", positions);
        transaction.executeWithoutResult(status -> indexData.save(id, index));
        UI.getCurrent().navigate(WhatIfView.class, id);
        WhatIfView view = _get(WhatIfView.class);
        openEditor();
        textField("scenario-name").setValue("index +100");
        _get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("shock-bp")).setValue(100);
        @SuppressWarnings("unchecked")
        ComboBox<RateShockTarget> target = _get(ComboBox.class, spec -> spec.withId("shock-target"));
        target.setValue(RateShockTarget.INDEX);
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        view.asOf.setValue(asOf);
        view.discount.setInput(DiscountInput.flat(new BigDecimal("0.08")));

        view.noteId.setValue("FLOAT-SOFR-2023");
        view.run();
        assertThat(view.message.getText()).isEmpty();
        Position sofr = positions.stream().filter(p -> p.terms().id().equals("FLOAT-SOFR-2023")).findFirst().orElseThrow();
        Scenario indexOnly = new Scenario("index +100", List.of(), null, null, List.of(), 100, RateShockTarget.INDEX, null);
        Scenario discountOnly = new Scenario("discount +100", List.of(), null, null, List.of(), 100,
                RateShockTarget.DISCOUNT, null);
        var curve = com.notefolio.core.pricer.FlatRate.of(0.08);
        var core = com.notefolio.core.portfolio.PositionPricer.price(sofr, asOf, curve, index.indexData(),
                List.of(indexOnly, discountOnly)).scenarios();
        double shown = GridKt._get(view.comparison, 1).deltaNpv();
        assertThat(shown).isEqualTo(core.get(0).deltaNpv()).isNotEqualTo(core.get(1).deltaNpv());

        view.noteId.setValue("STEP-2022");
        view.run();
        assertThat(GridKt._get(view.comparison, 1).deltaNpv()).isZero();

        _get(Button.class, spec -> spec.withId("save-scenario")).click();
        view.editor.clear();
        assertThat(target.getValue()).isEqualTo(RateShockTarget.BOTH);
        _click((Button) GridKt._getCellComponent(view.savedGrid, 0, "edit"));
        assertThat(target.getValue()).isEqualTo(RateShockTarget.INDEX);
        assertThat(GridKt._getFormattedRow(view.savedGrid, 0)).anySatisfy(cell ->
                assertThat(cell).contains("+100 bp (index projections only)"));
    }

    /**
     * A scenario from JSON with two dated prepayments of the 2003 note: the editor has fields for one, so
     * it is not opened there (Save would drop the other); the list says what it holds and shows it whole.
     */
    @Test
    void aScenarioWithSeveralPrepaymentsIsShownWholeNotTruncated() {
        Scenario two = new Scenario("twice 10k", List.of(
                new DatedPrepayment("INFINITE-2003", LocalDate.of(2004, 6, 12), new BigDecimal("10000"), null),
                new DatedPrepayment("INFINITE-2003", LocalDate.of(2004, 12, 13), new BigDecimal("10000"), null)),
                null, null, List.of(), 0);
        savedScenarios.save(portfolioId, two, "bob");
        UI.getCurrent().navigate(WhatIfView.class, portfolioId);
        WhatIfView view = _get(WhatIfView.class);
        assertThat(GridKt._getFormattedRow(view.savedGrid, 0)).contains("2 dated prepayments");

        _click((Button) GridKt._getCellComponent(view.savedGrid, 0, "edit"));
        assertThat(view.editorDialog.isOpened()).as("not opened in the editor, which holds one").isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("scenario-whole-reason")).getText())
                .startsWith("twice 10k holds 2 dated prepayments;");
        assertThat(_get(Pre.class, spec -> spec.withId("scenario-whole-json")).getText())
                .contains("2004-06-12", "2004-12-13");
    }

    private static final LocalDate PORTFOLIO_AS_OF = LocalDate.of(2024, 6, 30);
    private static final Scenario CPR_10 = new Scenario("10 CPR", List.of(), PrepaymentSpeed.cpr(0.10), null, List.of(), 0);
    private static final Scenario CDR_2 = new Scenario("2 CDR 40% severity", List.of(), null,
            new DefaultSpeed(0.02, 0.40, 12), List.of(), 0);

    /** A generated portfolio in dollars and euros with both scenarios saved, open on the screen. */
    private WhatIfView openGenerated(StoredPortfolio stored) {
        savedScenarios.save(stored.id(), CPR_10, "ann");
        savedScenarios.save(stored.id(), CDR_2, "ann");
        UI.getCurrent().navigate(WhatIfView.class, stored.id());
        WhatIfView view = _get(WhatIfView.class);
        GridKt._findAll(view.savedGrid).forEach(view.savedGrid::select);
        view.asOf.setValue(PORTFOLIO_AS_OF);
        view.discount.setInput(DiscountInput.flat(new BigDecimal("0.075")));
        view.noteId.setValue("");
        return view;
    }

    @Test
    void aBlankNoteIdComparesTheScenariosOnTheWholePortfolioInAJob() throws Exception {
        StoredPortfolio stored = StoredPortfolio.store(portfolios, notes, 23, 300, 4);
        WhatIfView view = openGenerated(stored);
        view.run();
        SparkJob<PortfolioComparison> job = view.job();
        assertThat(job).as("a job runs").isNotNull();
        assertThat(job.await(Duration.ofMinutes(3))).isTrue();
        poll();
        assertThat(job.state()).isEqualTo(JobProgress.State.SUCCEEDED);
        assertThat(view.message.getText()).isEmpty();
        assertThat(view.comparison.isVisible()).isFalse();
        assertThat(view.download.isVisible()).isTrue();

        // The same request again is the service's cached result: what the screen shows must be it.
        SparkJob<PortfolioComparison> cached = portfolioWhatIf.open(stored.id(), PORTFOLIO_AS_OF, DiscountInput.flat(new BigDecimal("0.075")),
                List.of(CPR_10, CDR_2), "test", "ann");
        assertThat(cached.state()).isEqualTo(JobProgress.State.SUCCEEDED);
        PortfolioComparison result = cached.result().orElseThrow();
        assertThat(result).isSameAs(job.result().orElseThrow());
        for (String code : List.of("USD", "EUR")) {
            CurrencyComparison c = result.currency(code).orElseThrow();
            @SuppressWarnings("unchecked")
            Grid<CaseFigures> cases = _get(Grid.class, spec -> spec.withId("portfolio-cases-" + code));
            assertThat(GridKt._findAll(cases)).containsExactlyElementsOf(c.cases());
            CaseFigures base = c.base();
            CaseFigures defaults = c.cases().get(2);
            List<String> cells = GridKt._getFormattedRow(cases, 2);
            assertThat(cells).containsSequence("2 CDR 40% severity",
                    DisplayFormat.number(BigDecimal.valueOf(defaults.totals().notes()), 0),
                    DisplayFormat.amount(c.amount(defaults.totals().outstandingMinor()), code),
                    DisplayFormat.number(defaults.totals().npv(), 2),
                    DisplayFormat.number(defaults.deltaNpv(base), 2),
                    DisplayFormat.percent(defaults.totals().weightedYield(), 3),
                    DisplayFormat.number(defaults.deltaWeightedYield(base) * 10_000, 1) + " bp");
            assertThat(cells.get(cells.size() - 1)).isEqualTo(DisplayFormat.amount(c.amount(defaults.expectedLossMinor()), code));
            assertThat(defaults.expectedLossMinor()).isPositive();
            assertThat(GridKt._getFormattedRow(cases, 0).get(4)).as("no delta for the base case").isEmpty();

            ChartJs ladder = _get(ChartJs.class, spec -> spec.withId("chart-whatif-ladder-" + code));
            assertThat(ladder.getConfiguration().type()).isEqualTo("line");
            assertThat(ladder.getConfiguration().datasets()).extracting(ChartDataset::label)
                    .containsExactly("Base case", "10 CPR", "2 CDR 40% severity");
            // Every case pays out its whole ladder: the chart's points add up to each case's cash.
            for (int i = 0; i < c.cases().size(); i++) {
                double plotted = ladder.getConfiguration().datasets().get(i).values().stream().mapToDouble(Double::doubleValue).sum();
                assertThat(plotted).isCloseTo(c.amount(c.cases().get(i).cashMinor()).doubleValue(),
                        org.assertj.core.api.Assertions.within(0.01));
            }

            @SuppressWarnings("unchecked")
            Grid<NoteChange> changed = _get(Grid.class, spec -> spec.withId("most-changed-" + code));
            assertThat(GridKt._findAll(changed)).hasSize(10).containsExactlyElementsOf(c.mostChanged("10 CPR"));
            @SuppressWarnings("unchecked")
            ComboBox<String> scenario = _get(ComboBox.class, spec -> spec.withId("most-changed-scenario-" + code));
            scenario.setValue("2 CDR 40% severity");
            assertThat(GridKt._findAll(changed)).containsExactlyElementsOf(c.mostChanged("2 CDR 40% severity"));
        }

        // The comparison workbook: each scenario's definition, and per scenario and currency the defaulted
        // principal and the expected loss the screen shows (exact cents: sums of the core's minor units).
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DownloadKt._download(view.download)))) {
            Map<String, String> recorded = assumptions(book);
            assertThat(recorded.get("As-of date")).isEqualTo(PORTFOLIO_AS_OF.toString());
            assertThat(recorded.get("Discounting")).startsWith("Flat discount rate 7.5%");
            assertThat(recorded.get("Scenario: 10 CPR, prepayments and defaults"))
                    .isEqualTo("prepayment speed 10% CPR on every note");
            assertThat(recorded.get("Scenario: 2 CDR 40% severity, prepayments and defaults")).isEqualTo(
                    "default speed 2% CDR with 40% loss severity on every note, recovered 12 months after default");
            for (String code : List.of("USD", "EUR")) {
                CurrencyComparison c = result.currency(code).orElseThrow();
                int scale = javax.money.Monetary.getCurrency(code).getDefaultFractionDigits();
                for (CaseFigures f : c.cases()) {
                    String name = f == c.base() ? "base" : f.name();
                    Row row = comparisonRow(book, name, code);
                    assertThat(row.getCell(ScenarioComparisonWorkbook.CMP_EXPECTED_LOSS).getNumericCellValue())
                            .as(name + " " + code).isEqualTo(BigDecimal.valueOf(f.expectedLossMinor(), scale).doubleValue());
                    assertThat(row.getCell(ScenarioComparisonWorkbook.CMP_DEFAULTED).getNumericCellValue())
                            .as(name + " " + code).isEqualTo(BigDecimal.valueOf(f.defaultedMinor(), scale).doubleValue());
                }
            }
        }

        // A note id again: the immediate single-note path, the portfolio panel hidden.
        view.noteId.setValue(stored.positions().get(0).terms().id());
        view.run();
        assertThat(view.job()).isNull();
        assertThat(GridKt._findAll(view.comparison)).extracting(ComparisonRow::scenario)
                .containsExactly("Base case", "10 CPR", "2 CDR 40% severity");
        assertThat(view.portfolioComparison.isVisible()).isFalse();
    }

    @Test
    void cancellingStopsThePortfolioComparison() throws Exception {
        StoredPortfolio stored = StoredPortfolio.store(portfolios, notes, 29, 300, 0);
        WhatIfView view = openGenerated(stored);
        view.run();
        SparkJob<PortfolioComparison> job = view.job();
        // Nothing cached for this new portfolio: the job reads and computes for a while.
        assertThat(job.state().finished()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("whatif-cancel")).isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("whatif-cancel")));
        assertThat(job.await(Duration.ofSeconds(30))).isTrue();
        assertThat(job.state()).isEqualTo(JobProgress.State.CANCELLED);
        poll();
        assertThat(_find(Button.class, spec -> spec.withId("whatif-cancel"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("portfolio-cases-USD"))).isEmpty();
        assertThat(view.download.isVisible()).isFalse();
    }

    /** What the browser's poll request does: fires the UI's poll event. */
    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }
}
