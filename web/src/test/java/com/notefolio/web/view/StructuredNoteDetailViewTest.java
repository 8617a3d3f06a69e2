package com.notefolio.web.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.notefolio.core.io.DrawCsvReader;
import com.notefolio.core.io.InstallmentCsvReader;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.KaribuViews;
import com.notefolio.web.testing.StoredPortfolios;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The note screen, opened by its route, on structured notes stored in the database (issue 14): the notes of
 * examples/notes-structures.csv with examples/draws.csv and examples/installments.csv, stored and read back
 * through the note tables. The PPP note ($20,000 at 1% 30/360, deferred through 4 November 2020 with the
 * interest spread, $15,000 forgiven on 15 October 2020) shows its deferral rows; the equipment note its stepped
 * principal. Figures worked by hand, as in core's StructuredScheduleTest.
 */
@SpringBootTest
class StructuredNoteDetailViewTest extends KaribuViews {

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    TransactionTemplate transaction;

    long portfolio;

    @BeforeEach
    void storeAndSignIn() {
        Path examples = StoredPortfolios.examplesDir();
        List<Position> positions = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(examples.resolve("notes-structures.csv"),
                StatedSchedules.NONE, RateSteps.NONE, DrawCsvReader.read(examples.resolve("draws.csv")),
                InstallmentCsvReader.read(examples.resolve("installments.csv")), null)) {
            reader.forEachRemaining(positions::add);
        }
        portfolio = new StoredPortfolios(portfolios, notes, transaction).store("structures", positions);
        signIn("ann", "ANALYST");
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> open(String noteId) {
        long row = notes.page(portfolio, NoteFilter.ALL, List.of(), 0, 10).stream()
                .filter(n -> n.noteId().equals(noteId)).findFirst().orElseThrow().id();
        UI.getCurrent().navigate("notes/" + portfolio + "/" + row);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NoteDetailView.class);
        return _get(Grid.class, spec -> spec.withId("schedule"));
    }

    @Test
    void theStoredPppNoteShowsItsDeferralRowsAndForgiveness() {
        Grid<Object> g = open("PPP-2020-0417");
        // 24 due dates and the forgiveness.
        assertThat(GridKt._size(g)).isEqualTo(25);
        // Deferred 4 June to 4 October: nothing paid, the balance $20,000, 20,000 × 1% ÷ 12 = 16.67 carried each month.
        String[] carried = {"16.67", "33.34", "50.01", "66.68", "83.35"};
        for (int i = 0; i < 5; i++) {
            assertThat(GridKt._getFormattedRow(g, i)).containsExactly(Integer.toString(i + 1),
                    LocalDate.of(2020, 6 + i, 4).toString(), "Deferral", "1%", "0.00", "0.00", "0.00", "20,000.00",
                    carried[i]);
        }
        // 15 October: $15,000 forgiven; 5 × 16.67 + 11 days on 20,000 (6.11) = 89.46 carried.
        assertThat(GridKt._getFormattedRow(g, 5)).containsExactly("6", "2020-10-15", "Forgiveness (paid to the holder)",
                "1%", "15,000.00", "0.00", "15,000.00", "5,000.00", "89.46");
        // 4 November, the last deferred date: + 19 days on 5,000 = 2.64, 92.10 carried.
        assertThat(GridKt._getFormattedRow(g, 6)).containsExactly("7", "2020-11-04", "Deferral", "1%", "0.00", "0.00",
                "0.00", "5,000.00", "92.10");
        // First installment: PMT(5,000, 1% ÷ 12, 18) = 279.98 + 9,210¢ ÷ 18 = 5.11 of the deferred interest.
        assertThat(GridKt._getFormattedRow(g, 7)).containsExactly("8", "2020-12-04", "Scheduled", "1%", "285.09", "9.28",
                "275.81", "4,724.19", "86.99");
        assertThat(_get(Span.class, spec -> spec.withId("term-forgiveness")).getText())
                .isEqualTo("2020-10-15: 15,000.00 USD");
    }

    @Test
    void theStoredEquipmentNoteRepaysItsSteppedPrincipal() {
        Grid<Object> g = open("EQUIP-2024-01");
        assertThat(GridKt._size(g)).isEqualTo(12);
        // 1 Feb: principal 5,000, interest 120,000 × 8% ÷ 12 = 800.00.
        List<String> first = GridKt._getFormattedRow(g, 0);
        assertThat(first.subList(0, 2)).containsExactly("1", "2024-02-01");
        assertThat(first).contains("5,800.00", "800.00", "5,000.00", "115,000.00");
        // 1 Aug, the second step: principal 15,000, interest 90,000 × 8% ÷ 12 = 600.00, balance 75,000.
        assertThat(GridKt._getFormattedRow(g, 6)).contains("2024-08-01", "15,600.00", "600.00", "15,000.00",
                "75,000.00");
        // 1 Jan 2025: the last 15,000 with 15,000 × 8% ÷ 12 = 100.00.
        assertThat(GridKt._getFormattedRow(g, 11)).contains("2025-01-01", "15,100.00", "100.00", "15,000.00", "0.00");
    }
}
