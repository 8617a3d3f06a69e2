package com.notefolio.web.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.web.testing.StoredPortfolios;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notes browser's totals on the examples: outstanding principal per currency equal to the core's
 * figures summed here, and past the valuation limit the count and principal alone, with the reason.
 */
@SpringBootTest
class NoteValuesTest {

    @Autowired
    PortfolioStore portfolios;
    @Autowired
    NoteStore notes;
    @Autowired
    IndexDataStore indexData;
    @Autowired
    TransactionTemplate transaction;

    private static final NoteValuation AT = new NoteValuation(LocalDate.of(2024, 6, 30), new BigDecimal("0.08"));

    @Test
    void pastTheLimitTheTotalsCountAndSumThePrincipalAndSayWhyTheyDoNotValue() {
        List<Position> examples = StoredPortfolios.examples();
        long id = new StoredPortfolios(portfolios, notes, transaction).store("values " + System.nanoTime(), examples);
        Map<String, BigDecimal> principal = new TreeMap<>();
        Map<String, Long> outstanding = new TreeMap<>();
        for (Position p : examples) {
            String c = p.terms().currency().getCurrencyCode();
            principal.merge(c, NoteTerms.decimal(p.terms().principal()), BigDecimal::add);
            outstanding.merge(c, PositionPricer.price(p, AT.asOf(), FlatRate.of(0.08), indexData.load(id).indexData(),
                    List.of()).measures().outstandingPrincipalMinor(), Long::sum);
        }
        NoteTotals valued = new NoteValues(notes, indexData).totals(id, NoteFilter.ALL, AT);
        assertThat(valued.valued()).isTrue();
        assertThat(valued.lines()).extracting(NoteTotals.Line::currency).containsExactlyElementsOf(principal.keySet());
        for (NoteTotals.Line line : valued.lines()) {
            assertThat(line.principal()).isEqualByComparingTo(principal.get(line.currency()));
            assertThat(line.outstandingMinor()).isEqualTo(outstanding.get(line.currency()));
        }

        NoteTotals limited = new NoteValues(notes, indexData, examples.size() - 1).totals(id, NoteFilter.ALL, AT);
        assertThat(limited.valued()).isFalse();
        assertThat(limited.unvalued()).isEqualTo("outstanding and NPV are totalled for at most " + (examples.size() - 1)
                + " notes and " + examples.size() + " match: narrow the filter");
        for (NoteTotals.Line line : limited.lines()) {
            assertThat(line.principal()).isEqualByComparingTo(principal.get(line.currency()));
            assertThat(line.outstandingMinor()).isNull();
            assertThat(line.npv()).isNull();
        }
    }
}
