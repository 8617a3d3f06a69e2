package com.notefolio.web.view.note;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.portfolio.NoteListing;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.testing.StoredPortfolios;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notes browser's data provider on the demo portfolio's size (the 2003 note and 10,000 generated
 * notes), on H2 (this class) and PostgreSQL ({@link NoteListingsPostgresTest}): it is not an in-memory
 * list, and a page deep inside the portfolio is the right 50 notes in the right order, checked against
 * the generated positions sorted here.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoteListingsTest {

    private static final int NOTES = 10_001;

    @Autowired
    NoteStore notes;
    @Autowired
    PortfolioStore portfolios;
    @Autowired
    TransactionTemplate transaction;

    /** The stored notes as (line, position), in file order. */
    final List<Line> lines = new ArrayList<>();
    ConfigurableFilterDataProvider<NoteListing, Void, NoteFilter> provider;

    record Line(int line, Position position) {
        String id() {
            return position.terms().id();
        }

        BigDecimal principal() {
            return position.terms().principal().getNumber().numberValueExact(BigDecimal.class);
        }
    }

    @BeforeAll
    void storeTheDemoPortfolio() {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(2003, NOTES);
        List<Position> positions = IntStream.range(0, NOTES).mapToObj(generator::note).toList();
        for (int i = 0; i < NOTES; i++) {
            lines.add(new Line(i + 2, positions.get(i)));
        }
        long id = new StoredPortfolios(portfolios, notes, transaction).store("demo", positions);
        provider = NoteListings.of(notes, id);
    }

    private List<String> fetch(int offset, int limit, List<QuerySortOrder> sorts, NoteFilter filter) {
        return provider.fetch(new Query<>(offset, limit, sorts, null, null)).map(NoteListing::noteId).toList();
    }

    @Test
    void theProviderIsLazyAndCountsEveryNote() {
        assertThat(provider.isInMemory()).isFalse();
        assertThat(provider.size(new Query<>())).isEqualTo(NOTES);
    }

    @Test
    void aPageDeepInsideThePortfolioIsTheNotesOfThoseLines() {
        List<String> expected = lines.subList(5000, 5050).stream().map(Line::id).toList();
        assertThat(fetch(5000, 50, List.of(), null)).containsExactlyElementsOf(expected);
    }

    @Test
    void aPageSortedByPrincipalDescendingFollowsTheSortedPositions() {
        List<String> expected = lines.stream()
                .sorted(Comparator.comparing(Line::principal).reversed().thenComparingInt(Line::line))
                .skip(5000).limit(50).map(Line::id).toList();
        assertThat(fetch(5000, 50, List.of(new QuerySortOrder("principal", SortDirection.DESCENDING)), null))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aFilteredSortedPageFollowsTheFilteredPositions() {
        String sector = lines.get(1).position().terms().sector();
        provider.setFilter(NoteFilter.ALL.withSector(sector));
        try {
            List<Line> matching = lines.stream().filter(l -> sector.equals(l.position().terms().sector())).toList();
            assertThat(provider.size(new Query<>())).isEqualTo(matching.size());
            List<String> expected = matching.stream()
                    .sorted(Comparator.comparing((Line l) -> l.position().terms().maturityDate())
                            .thenComparingInt(Line::line))
                    .skip(100).limit(50).map(Line::id).toList();
            assertThat(expected).hasSize(50);
            assertThat(fetch(100, 50, List.of(new QuerySortOrder("maturityDate", SortDirection.ASCENDING)), null))
                    .containsExactlyElementsOf(expected);
        } finally {
            provider.setFilter(null);
        }
    }
}
