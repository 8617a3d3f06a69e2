package com.notefolio.web.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.scenario.CashFlowDifference;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.KaribuViews;
import com.notefolio.web.view.whatif.ComparisonRow;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
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

    long portfolioId;

    @BeforeEach
    void storeThe2003Note() {
        portfolioId = portfolios.insert("what-if " + System.nanoTime(), null, "test");
        notes.insert(portfolioId, List.of(new NewNote(2, Position.atPar(PortfolioGenerator.promissoryNote2003()))));
        signIn("ann", "ANALYST");
        UI.getCurrent().navigate(WhatIfView.class, portfolioId);
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
    void anEventOfDefaultShowsTheAccelerationClaimAndSavedScenariosRunAgain() {
        WhatIfView view = _get(WhatIfView.class);
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
    }

    @Test
    void incompleteOrRefusedScenariosAreExplained() {
        WhatIfView view = _get(WhatIfView.class);
        textField("scenario-name").setValue("half a prepayment");
        textField("prepayment-note").setValue("INFINITE-2003");
        view.noteId.setValue("INFINITE-2003");
        view.run();
        assertThat(view.message.getText()).contains("Tick saved scenarios or fill in the editor");

        datePicker("prepayment-date").setValue(LocalDate.of(2010, 1, 1));
        view.run();
        assertThat(view.message.getText()).contains("INFINITE-2003");
        assertThat(GridKt._findAll(view.comparison)).isEmpty();

        view.noteId.setValue("NO-SUCH-NOTE");
        view.run();
        assertThat(view.message.getText()).isEqualTo("No note NO-SUCH-NOTE in this portfolio.");
    }
}
