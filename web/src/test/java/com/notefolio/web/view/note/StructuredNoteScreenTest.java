package com.notefolio.web.view.note;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.note.NoteDetail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The note screen's terms and schedule grid on structured notes (issue 14): examples/note-ppp.json (an SBA
 * PPP note of $20,000 at 1% on 30/360, payments deferred through 4 November 2020 with the interest spread
 * over the 18 installments after, $15,000 forgiven on 15 October 2020) and examples/note-grid.json (a grid
 * note of up to $300,000 at 6% ACT/360, interest only, advances of $100,000, $50,000 and $75,000). The
 * panels are built as the note screen builds them, from {@link NoteDetail}; every figure is worked by hand
 * (the working is beside each, from core's StructuredScheduleTest where it has it).
 */
class StructuredNoteScreenTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private static NoteDetail detail(NoteTerms terms) {
        return NoteDetail.of(1, 1, 2, Position.atPar(terms));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(NoteTerms terms) {
        UI.getCurrent().add(new ScheduleGrid(detail(terms).scheduleRows(), "USD"));
        return _get(Grid.class, spec -> spec.withId("schedule"));
    }

    private static String term(NoteTerms terms, String name) {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new TermsPanel(terms));
        return _get(Span.class, spec -> spec.withId("term-" + name)).getText();
    }

    private static List<String> headers(Grid<Object> grid) {
        return grid.getColumns().stream().map(Grid.Column::getKey).toList();
    }

    @Test
    void thePppNoteShowsItsDeferralForgivenessAndInstallmentsWithTheInterestCarried() {
        Grid<Object> g = grid(NoteJson.read(EXAMPLES.resolve("note-ppp.json")));
        assertThat(headers(g)).containsExactly("period", "dueDate", "kind", "rate", "payment", "interest", "principal",
                "balance", "deferredInterest");
        assertThat(GridKt._size(g)).isEqualTo(25);
        // Five deferred due dates, 4 June to 4 October: nothing paid (payment = interest + principal = 0), the
        // balance still $20,000, each month's 20,000 × 1% ÷ 12 = 16.666… → $16.67 carried.
        String[] carried = {"16.67", "33.34", "50.01", "66.68", "83.35"};
        for (int i = 0; i < 5; i++) {
            assertThat(GridKt._getFormattedRow(g, i)).containsExactly(Integer.toString(i + 1),
                    LocalDate.of(2020, 6 + i, 4).toString(), "Deferral", "1%", "0.00", "0.00", "0.00", "20,000.00",
                    carried[i]);
        }
        // $15,000 forgiven on 15 October, remitted to the holder: carried 5 × 16.67 + 11 days on 20,000
        // (20,000 × 1% × 11/360 = 6.11) = 89.46.
        assertThat(GridKt._getFormattedRow(g, 5)).containsExactly("6", "2020-10-15", "Forgiveness (paid to the holder)",
                "1%", "15,000.00", "0.00", "15,000.00", "5,000.00", "89.46");
        // 4 November, the deferral's last date: 19 days on 5,000 = 2.638… → 2.64 more, 92.10 carried.
        assertThat(GridKt._getFormattedRow(g, 6)).containsExactly("7", "2020-11-04", "Deferral", "1%", "0.00", "0.00",
                "0.00", "5,000.00", "92.10");
        // First installment: PMT(5,000, 1% ÷ 12, 18) = 279.98 + 9,210¢ ÷ 18 = 5.11 of deferred interest; interest
        // 5,000 × 1% ÷ 12 = 4.17 + 5.11 = 9.28, principal 279.98 − 4.17 = 275.81, balance 4,724.19; 92.10 − 5.11 = 86.99 left.
        assertThat(GridKt._getFormattedRow(g, 7)).containsExactly("8", "2020-12-04", "Scheduled", "1%", "285.09", "9.28",
                "275.81", "4,724.19", "86.99");
        // Last: principal 279.80, interest 0.23 + the residue 5.23, nothing left.
        assertThat(GridKt._getFormattedRow(g, 24)).containsExactly("25", "2022-05-04", "Scheduled", "1%", "285.26",
                "5.46", "279.80", "0.00", "0.00");
    }

    @Test
    void theGridNoteShowsEachAdvanceAsANegativePaymentTheHolderLends() {
        Grid<Object> g = grid(NoteJson.read(EXAMPLES.resolve("note-grid.json")));
        assertThat(g.getColumnByKey("payment").getHeaderText()).isEqualTo("Payment, negative when the holder lends (USD)");
        assertThat(GridKt._size(g)).isEqualTo(8);
        // 1 Feb: 100,000 × 6% × 31/360 = 516.67. 15 Feb: $50,000 lent, 14 days on 100,000 = 233.33 accrued, paid
        // on 1 Mar with 15 days on 150,000 = 375.00. 1 Apr: 31 days on 150,000 = 775.00. 10 Apr: $75,000 lent, 9
        // days on 150,000 = 225.00 accrued; 1 May: + 21 days on 225,000 = 787.50. 1 Jun: 31 days on 225,000 =
        // 1,162.50. 1 Jul: 30 days = 1,125.00 and the $225,000 lent.
        List<List<String>> expected = List.of(
                List.of("1", "2024-02-01", "Scheduled", "6%", "516.67", "516.67", "0.00", "100,000.00", "0.00"),
                List.of("2", "2024-02-15", "Advance (the holder lends)", "6%", "-50,000.00", "0.00", "-50,000.00",
                        "150,000.00", "233.33"),
                List.of("3", "2024-03-01", "Scheduled", "6%", "608.33", "608.33", "0.00", "150,000.00", "0.00"),
                List.of("4", "2024-04-01", "Scheduled", "6%", "775.00", "775.00", "0.00", "150,000.00", "0.00"),
                List.of("5", "2024-04-10", "Advance (the holder lends)", "6%", "-75,000.00", "0.00", "-75,000.00",
                        "225,000.00", "225.00"),
                List.of("6", "2024-05-01", "Scheduled", "6%", "1,012.50", "1,012.50", "0.00", "225,000.00", "0.00"),
                List.of("7", "2024-06-01", "Scheduled", "6%", "1,162.50", "1,162.50", "0.00", "225,000.00", "0.00"),
                List.of("8", "2024-07-01", "Scheduled", "6%", "226,125.00", "1,125.00", "225,000.00", "0.00", "0.00"));
        for (int i = 0; i < expected.size(); i++) {
            assertThat(GridKt._getFormattedRow(g, i)).as("row %d", i + 1).containsExactlyElementsOf(expected.get(i));
        }
    }

    @Test
    void aPlainNoteKeepsItsGridWithoutKindsOrDeferredInterest() {
        Grid<Object> g = grid(PortfolioGenerator.promissoryNote2003());
        assertThat(headers(g)).containsExactly("period", "dueDate", "rate", "payment", "interest", "principal", "balance");
        assertThat(g.getColumnByKey("payment").getHeaderText()).isEqualTo("Payment (USD)");
    }

    @Test
    void theTermsStateTheStructureInWords() {
        NoteTerms ppp = NoteJson.read(EXAMPLES.resolve("note-ppp.json"));
        assertThat(term(ppp, "disbursement-date")).isEqualTo("2020-05-04 (the note's date)");
        assertThat(term(ppp, "deferral")).isEqualTo("no payments through 2020-11-04; the interest accrued meanwhile is "
                + "spread evenly over the payments after the deferral");
        assertThat(term(ppp, "forgiveness")).isEqualTo("2020-10-15: 15,000.00 USD");
        assertThat(term(ppp, "advances")).isEqualTo("none: lent in full when disbursed");
        assertThat(term(ppp, "interest-only-until")).isEqualTo("—");

        NoteTerms grid = NoteJson.read(EXAMPLES.resolve("note-grid.json"));
        assertThat(term(grid, "advances"))
                .isEqualTo("2024-01-01: 100,000.00 USD; 2024-02-15: 50,000.00 USD; 2024-04-10: 75,000.00 USD");
        // 100,000 + 50,000 + 75,000 of the note's 300,000.
        assertThat(term(grid, "advances-total")).isEqualTo("225,000.00 USD of at most 300,000.00 USD");
        assertThat(term(grid, "deferral")).isEqualTo("none");
        assertThat(term(grid, "forgiveness")).isEqualTo("none");

        NoteTerms capitalized = ppp.toBuilder().structure(new StructureTerms(LocalDate.of(2020, 5, 11), List.of(),
                new com.notefolio.core.note.Deferral(LocalDate.of(2020, 11, 4), null), List.of())).build();
        assertThat(term(capitalized, "disbursement-date")).isEqualTo("2020-05-11");
        assertThat(term(capitalized, "deferral"))
                .isEqualTo("no payments through 2020-11-04; the interest accrued meanwhile is capitalized into the balance");

        NoteTerms leadIn = NoteTerms.builder("lead-in").borrower("B").principal("12000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2025, 1, 1))
                .amortization(Amortization.LEVEL_PAYMENT).accrualBasis(DayCounts.THIRTY_360_US)
                .firstPrincipalDate(LocalDate.of(2024, 7, 1)).build();
        assertThat(term(leadIn, "interest-only-until")).isEqualTo("2024-07-01 (the first principal date)");

        NoteTerms cycle = NoteJson.fromJson("""
                {"id": "E", "borrower": {"name": "E"}, "principal": "12000.00", "annual_rate": "0.06",
                 "issue_date": "2025-01-01", "first_payment_date": "2025-04-01", "frequency": "QUARTERLY",
                 "first_principal_date": "2025-02-01", "principal_frequency": "MONTHLY", "maturity_date": "2025-07-01",
                 "amortization": "CONSTANT_PRINCIPAL", "accrual_basis": "ACT/360"}
                """);
        assertThat(term(cycle, "principal-frequency")).startsWith("Monthly from 2025-02-01;");
    }

    @Test
    void theTermsStateARevolvingLineStepsAndADemandNote() {
        NoteTerms line = NoteJson.fromJson("""
                {"id": "line", "borrower": {"name": "B"}, "principal": "100000.00", "annual_rate": "0.08",
                 "issue_date": "2024-01-01", "maturity_date": "2024-07-01", "amortization": "INTEREST_ONLY",
                 "accrual_basis": "ACT/360", "commitment_fee": "0.005", "payable_on_demand": true,
                 "advances": [{"date": "2024-01-01", "amount": "40000.00"}, {"date": "2024-03-15", "amount": "45000.00"}],
                 "repayments": [{"date": "2024-02-10", "amount": "15000.00"}]}
                """);
        assertThat(term(line, "repayments")).isEqualTo("2024-02-10: 15,000.00 USD");
        assertThat(term(line, "commitment-fee")).isEqualTo("0.5% a year on the undrawn commitment, paid with each payment");
        assertThat(term(line, "on-demand")).isEqualTo("yes: valued as if demanded on 2024-07-01 (the assumed demand date)");

        NoteTerms equipment = NoteJson.fromJson("""
                {"id": "equip", "borrower": {"name": "B"}, "principal": "120000.00", "annual_rate": "0.08",
                 "issue_date": "2024-01-01", "maturity_date": "2025-01-01", "amortization": "CONSTANT_PRINCIPAL",
                 "accrual_basis": "30/360", "installments": [{"from": "2024-02-01", "amount": "5000.00"},
                 {"from": "2024-08-01", "amount": "15000.00", "kind": "payment"}]}
                """);
        assertThat(term(equipment, "installments")).isEqualTo("from 2024-02-01: 5,000.00 USD of principal each due date; "
                + "from 2024-08-01: 15,000.00 USD a payment each due date");
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new TermsPanel(NoteJson.read(EXAMPLES.resolve("note-grid.json"))));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class, spec -> spec.withId("term-on-demand")))
                .as("a note with a maturity of its own states no demand").isEmpty();
    }
}
