package com.notefolio.web.view.note;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PeriodicFee;
import com.notefolio.core.note.SavingsClause;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.note.NoteDetail;
import com.notefolio.web.note.Valuation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The note screen's charge panels (issue 15), built as the note screen builds them from {@link NoteDetail}: the
 * terms of examples/notes-charges.csv in words, the payoff quote of its 5-4-3-2-1 note on typed dates and of its
 * yield maintenance note at its floor, the
 * Truth in Lending box of the 2003 note, and the fee column of a revolving line. Every figure is worked by hand
 * beside it.
 */
class ChargesScreenTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private static List<NoteTerms> chargedNotes() {
        List<NoteTerms> notes = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-charges.csv"))) {
            reader.forEachRemaining(p -> notes.add(p.terms()));
        }
        return notes;
    }

    private static String term(NoteTerms terms, String name) {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new TermsPanel(terms));
        return _get(Span.class, spec -> spec.withId("term-" + name)).getText();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theTermsStateEachChargeAsTheFileGivesIt() {
        List<NoteTerms> notes = chargedNotes();
        NoteTerms stepDown = notes.get(0);
        // premium_steps 1:0.05;2:0.04;3:0.03;4:0.02;5:0.01;6:0 on a note of 2020-01-01: loan year k from 2019 + k.
        assertThat(term(stepDown, "prepayment-premium")).isEqualTo("loan year 1 (from 2020-01-01): 5%; "
                + "loan year 2 (from 2021-01-01): 4%; loan year 3 (from 2022-01-01): 3%; loan year 4 (from 2023-01-01): 2%; "
                + "loan year 5 (from 2024-01-01): 1%; loan year 6 (from 2025-01-01): none of the principal prepaid");
        // open_months 3 before the maturity of 2030-01-01.
        assertThat(term(stepDown, "open-period")).isEqualTo("the last 3 months before maturity, from 2029-10-01");
        assertThat(term(stepDown, "late-charge"))
                .isEqualTo("5% of the installment, at most 250.00 USD, when unpaid 10 days after its due date");
        assertThat(term(stepDown, "default-rate")).isEqualTo("the note rate in effect + 5%");

        NoteTerms ym = notes.get(1);
        assertThat(term(ym, "prepayment-premium")).isEqualTo("yield maintenance: the interest lost to maturity, "
                + "discounted at the reference yield + 0.5%, at least 1% of the principal prepaid");
        assertThat(term(ym, "late-charge")).isEqualTo("35.00 USD an installment, when unpaid 15 days after its due date");
        assertThat(term(ym, "default-rate")).isEqualTo("none (the note rate runs on)");

        NoteTerms capped = notes.get(2);
        assertThat(term(capped, "max-lawful-rate")).isEqualTo("10%");
        assertThat(term(capped, "savings-clause"))
                .isEqualTo("billed at the note rate and the excess refunded to the borrower on the same due date");
        assertThat(term(capped, "prepayment-premium")).isEqualTo("none");
        assertThat(term(capped, "open-period")).isEqualTo("none");
        assertThat(term(capped, "late-charge")).isEqualTo("none");
        assertThat(term(capped, "closing-fees")).isEqualTo("none");
    }

    @Test
    void theClauseAppliedToPrincipalAndThePeriodicFeeInWords() {
        NoteTerms capped = chargedNotes().get(2).toBuilder().savingsClause(SavingsClause.APPLIED_TO_PRINCIPAL)
                .periodicFee(PeriodicFee.of("10.00", "0.005")).build();
        assertThat(term(capped, "savings-clause")).isEqualTo("the installment is billed at the note rate, interest"
                + " charged at the lesser of its rate and the maximum, and the excess applied to principal (the note may"
                + " be repaid early)");
        // 0.005 is 0.5% a year of the balance.
        assertThat(term(capped, "periodic-fee")).isEqualTo("10.00 plus 0.5% a year of the balance outstanding, with"
                + " each installment (part of its payment)");
        assertThat(term(chargedNotes().get(0), "periodic-fee")).isEqualTo("none");
    }

    @Test
    void aPrecomputedNoteSaysItsRateIsAddOnAndHowItIsRebated() {
        List<NoteTerms> notes = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-precomputed.csv"))) {
            reader.forEachRemaining(p -> notes.add(p.terms()));
        }
        assertThat(term(notes.get(0), "precomputed-interest")).endsWith("by the Rule of 78s");
        assertThat(term(notes.get(1), "precomputed-interest")).endsWith("by the actuarial method");
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new TermsPanel(chargedNotes().get(0)));
        assertThat(_find(Span.class, spec -> spec.withId("term-precomputed-interest"))).isEmpty();
    }

    @Test
    void thePayoffQuoteFollowsTheTypedDateAndRefusesDatesOutsideTheNote() {
        NoteDetail note = NoteDetail.of(1, 1, 2, Position.atPar(chargedNotes().get(0)));
        Valuation valuation = Valuation.initial(note.position(), LocalDate.of(2022, 3, 16));
        PayoffPanel panel = new PayoffPanel(LocalDate.of(2022, 3, 16), date -> note.payoff(date, valuation));
        UI.getCurrent().add(panel);

        // STEPDOWN-2020, $1,000,000 at 6% ACT/360 interest only, paid on the 1st: on 16 March 2022 the principal is
        // whole; 15 days accrued since 1 March = 1,000,000 × 6% × 15/360 = 2,500.00; loan year 3 (from 2022-01-01)
        // charges 3% = 30,000.00; nothing unpaid; total 1,032,500.00; one day's interest 1,000,000 × 6% ÷ 360 =
        // 166.666… → 166.67 (the README's worked quote).
        assertThat(text("payoff-principal")).isEqualTo("1,000,000.00 USD");
        assertThat(text("payoff-accrued-interest")).isEqualTo("2,500.00 USD");
        assertThat(text("payoff-premium")).isEqualTo("30,000.00 USD");
        assertThat(text("payoff-late-charges")).isEqualTo("0.00 USD");
        assertThat(text("payoff-total")).isEqualTo("1,032,500.00 USD");
        assertThat(text("payoff-per-diem")).isEqualTo("166.67 USD");

        // In the open period (from 2029-10-01) no premium: 15 November 2029, 14 days since 1 November =
        // 1,000,000 × 6% × 14/360 = 2,333.333… → 2,333.33; total 1,002,333.33.
        panel.date.setValue(LocalDate.of(2029, 11, 15));
        assertThat(text("payoff-premium")).isEqualTo("0.00 USD");
        assertThat(text("payoff-accrued-interest")).isEqualTo("2,333.33 USD");
        assertThat(text("payoff-total")).isEqualTo("1,002,333.33 USD");

        // The maturity date and a day before the issue date are no payoff dates: the field says why, no lines.
        for (LocalDate outside : List.of(LocalDate.of(2030, 1, 1), LocalDate.of(2019, 12, 31))) {
            panel.date.setValue(outside);
            DatePicker field = _get(DatePicker.class, spec -> spec.withId("payoff-date"));
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).contains("outside the life of note STEPDOWN-2020");
            assertThat(_find(Span.class, spec -> spec.withId("payoff-total"))).isEmpty();
        }
        panel.date.setValue(LocalDate.of(2022, 3, 16));
        assertThat(panel.date.isInvalid()).isFalse();
        assertThat(text("payoff-total")).isEqualTo("1,032,500.00 USD");
    }

    @Test
    void aYieldMaintenancePremiumIsMeasuredOnTheScreensDiscountCurve() {
        NoteDetail note = NoteDetail.of(1, 1, 2, Position.atPar(chargedNotes().get(1)));
        // The screen discounts at the note's own 6% to begin with; the reference yield is that curve's rate for
        // the term left plus the 0.5% spread, above the 6% coupon however the 6% is compounded (its continuous
        // equivalent ln 1.06 = 5.83% is the lowest), so the interest lost is negative and the 1% floor applies:
        // 1,000,000 × 1% = 10,000.00. The note has no day_count (PERIODIC): on 16 March 2022 the month's
        // 1,000,000 × 6% ÷ 12 = 5,000.00 accrues by its days, 15 of March's 31: 2,419.354… → 2,419.35; total
        // 1,000,000.00 + 2,419.35 + 10,000.00 = 1,012,419.35.
        Valuation valuation = Valuation.initial(note.position(), LocalDate.of(2022, 3, 16));
        UI.getCurrent().add(new PayoffPanel(LocalDate.of(2022, 3, 16), date -> note.payoff(date, valuation)));
        assertThat(text("payoff-premium")).isEqualTo("10,000.00 USD");
        assertThat(text("payoff-accrued-interest")).isEqualTo("2,419.35 USD");
        assertThat(text("payoff-total")).isEqualTo("1,012,419.35 USD");
    }

    @Test
    void theDisclosureBoxOfThe2003Note() {
        NoteDetail note = NoteDetail.of(1, 1, 2, Position.atPar(PortfolioGenerator.promissoryNote2003()));
        UI.getCurrent().add(new DisclosurePanel(note.disclosure().orElseThrow(), "USD"));
        // No closing fees: financed 150,000.00. Payments 28 × 1,500.00 + 151,500.00 = 193,500.00; finance charge
        // 193,500.00 − 150,000.00 = 43,500.00. 1% of the principal each month and the principal back at the end
        // is a 1% monthly rate; the first period (13 August to 12 September, 30 days) counts as one unit-period
        // of Appendix J (0 months + 30/30), so the APR is 12 × 1% = 12.00%.
        assertThat(text("disclosure-amount-financed")).isEqualTo("150,000.00 USD");
        assertThat(text("disclosure-finance-charge")).isEqualTo("43,500.00 USD");
        assertThat(text("disclosure-total-of-payments")).isEqualTo("193,500.00 USD");
        assertThat(text("disclosure-apr")).isEqualTo("12.00%");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRevolvingLineShowsTheFeeEachPaymentIncludes() {
        // core's StructuredScheduleTest worked this line by hand: $100,000 at 8% ACT/360 with a 0.5% fee on the
        // undrawn; 1 Feb: fee 60,000 × 0.5% × 31/360 = 25.83 and interest 275.56, paid together as 301.39.
        NoteTerms line = NoteJson.fromJson("""
                {"id": "LINE", "borrower": {"name": "B"}, "principal": "100000.00", "annual_rate": "0.08",
                 "issue_date": "2024-01-01", "maturity_date": "2024-07-01", "amortization": "INTEREST_ONLY",
                 "accrual_basis": "ACT/360", "commitment_fee": "0.005",
                 "advances": [{"date": "2024-01-01", "amount": "40000.00"}, {"date": "2024-03-15", "amount": "45000.00"}],
                 "repayments": [{"date": "2024-02-10", "amount": "15000.00"}, {"date": "2024-05-20", "amount": "70000.00"}]}
                """);
        UI.getCurrent().add(new ScheduleGrid(NoteDetail.of(1, 1, 2, Position.atPar(line)).scheduleRows(), "USD"));
        Grid<Object> g = _get(Grid.class, spec -> spec.withId("schedule"));
        assertThat(g.getColumns().stream().map(Grid.Column::getKey).toList()).containsExactly("period", "dueDate",
                "kind", "rate", "payment", "interest", "principal", "fee", "balance", "deferredInterest");
        assertThat(GridKt._getFormattedRow(g, 0)).containsSequence("301.39", "275.56", "0.00", "25.83");
        // (The interest of a repayment's part of a period is carried to the next due date: the deferred column.)
        // The last payment is the fee of 30 days on the undrawn 100,000 = 41.67, nothing else.
        assertThat(GridKt._getFormattedRow(g, 8)).containsSequence("41.67", "0.00", "0.00", "41.67");

        // A plain note has no fee column.
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new ScheduleGrid(NoteDetail.of(1, 1, 2,
                Position.atPar(PortfolioGenerator.promissoryNote2003())).scheduleRows(), "USD"));
        Grid<Object> plain = _get(Grid.class, spec -> spec.withId("schedule"));
        assertThat(plain.getColumns().stream().map(Grid.Column::getKey)).doesNotContain("fee");
    }
}
