package com.notefolio.web.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.StoredPortfolios;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opening stored notes for the note screen, on H2 (this class) and PostgreSQL
 * ({@link NoteAnalysisPostgresTest}): the note read back resolves to the schedule of the terms that were
 * stored, only within its own portfolio, and only for analysts.
 */
@SpringBootTest
@WithMockUser(roles = "ANALYST")
class NoteAnalysisTest {

    @Autowired
    NoteAnalysis analysis;
    @Autowired
    NoteStore notes;
    @Autowired
    PortfolioStore portfolioStore;
    @Autowired
    TransactionTemplate transaction;

    List<Position> examples;
    long portfolio;

    @BeforeEach
    void storeExamples() {
        examples = StoredPortfolios.examples();
        portfolio = new StoredPortfolios(portfolioStore, notes, transaction).store("examples", examples);
    }

    private long rowOf(long portfolioId, String noteId) {
        return notes.page(portfolioId, NoteFilter.ALL.withText(noteId), List.of(), 0, 10).stream()
                .filter(n -> n.noteId().equals(noteId)).findFirst().orElseThrow().id();
    }

    @Test
    void everyStoredNoteOpensResolvedFromTheTermsThatWereStored() {
        for (int i = 0; i < examples.size(); i++) {
            Position stored = examples.get(i);
            NoteDetail detail = analysis.open(portfolio, rowOf(portfolio, stored.terms().id())).orElseThrow();
            assertThat(detail.line()).isEqualTo(i + 2);
            assertThat(detail.portfolioId()).isEqualTo(portfolio);
            // Equal by value: the database keeps a number's value, not its text's trailing zeros.
            NoteDetail direct = NoteDetail.of(portfolio, detail.id(), i + 2, stored);
            assertThat(detail.scheduleRows()).as(stored.terms().id()).containsExactlyElementsOf(direct.scheduleRows());
            assertThat(detail.reconciliation().isPresent()).isEqualTo(direct.reconciliation().isPresent());
            assertThat(detail.terms().defaults().events()).isEqualTo(stored.terms().defaults().events());
        }
    }

    @Test
    void theNoteOf2003OpensWithItsStatedTableReconciledAndItsEventsOfDefault() {
        long id = new StoredPortfolios(portfolioStore, notes, transaction)
                .store("2003", List.of(Position.atPar(PortfolioGenerator.promissoryNote2003())));
        NoteDetail detail = analysis.open(id, rowOf(id, "INFINITE-2003")).orElseThrow();
        assertThat(detail.reconciliation()).get().satisfies(r -> assertThat(r.agrees()).isTrue());
        assertThat(detail.scheduleRows()).hasSize(29);
        assertThat(detail.scheduleRows().get(28).payment()).isEqualTo(new BigDecimal("151500.00"));
        assertThat(detail.terms().defaults().events())
                .isEqualTo(PortfolioGenerator.promissoryNote2003().defaults().events()).hasSize(4);
    }

    @Test
    void aNoteOpensOnlyInItsOwnPortfolio() {
        long other = new StoredPortfolios(portfolioStore, notes, transaction).store("other", examples.subList(0, 1));
        long row = rowOf(portfolio, "INFINITE-2003");
        assertThat(analysis.open(other, row)).isEmpty();
        assertThat(analysis.open(portfolio, Long.MAX_VALUE)).isEmpty();
        assertThat(analysis.open(portfolio, row)).isPresent();
    }

    @Test
    @WithAnonymousUser
    void openingANoteNeedsAnAnalyst() {
        long row = rowOf(portfolio, "INFINITE-2003");
        assertThatThrownBy(() -> analysis.open(portfolio, row)).isInstanceOf(AccessDeniedException.class);
    }
}
