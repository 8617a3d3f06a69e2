package com.notefolio.web.view.note;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.portfolio.NoteFilter;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The notes browser's filter as query parameters, both ways. */
class NoteFilterQueryTest {

    @Test
    void everyFieldHasItsParameter() {
        NoteFilterQuery q = NoteFilterQuery.parse(QueryParameters.fromString(
                "borrower=Harbor&sector=Real%20Estate&region=US-TX&rating=BBB-&amortization=STATED"
                        + "&maturityFrom=2020-01-01&maturityTo=2030-12-31&q=a%26b&other=x"));
        assertThat(q.filter()).isEqualTo(new NoteFilter("Harbor", "Real Estate", "US-TX", "BBB-", "STATED",
                LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), "a&b"));
        assertThat(q.problems()).isEmpty();
    }

    @Test
    void aFilterRoundTripsThroughItsQueryString() {
        NoteFilter filter = new NoteFilter("O'Neil & Sons", null, "DE", null, null, null, LocalDate.of(2027, 3, 1),
                "100% <b>");
        String query = NoteFilterQuery.of(filter).getQueryString();
        assertThat(query).contains("borrower=O'Neil%20%26%20Sons").contains("region=DE").contains("maturityTo=2027-03-01")
                .doesNotContain("sector");
        assertThat(NoteFilterQuery.parse(QueryParameters.fromString(query)).filter()).isEqualTo(filter);
        assertThat(NoteFilterQuery.of(NoteFilter.ALL).getQueryString()).isEmpty();
    }

    @Test
    void aChoiceTakesSeveralValuesAsTheParameterRepeated() {
        NoteFilterQuery q = NoteFilterQuery.parse(QueryParameters.fromString(
                "sector=Energy&sector=Retail,%20Food&currency=USD&currency=EUR&exactBorrower=Borrower%201"));
        // A value is never split at its comma: a stored sector may hold one.
        assertThat(q.filter().sectors()).containsExactly("Energy", "Retail, Food");
        assertThat(q.filter().currencies()).containsExactly("USD", "EUR");
        assertThat(q.filter().exactBorrower()).isEqualTo("Borrower 1");
        String query = NoteFilterQuery.of(q.filter()).getQueryString();
        assertThat(query).contains("sector=Energy&sector=Retail").contains("currency=USD&currency=EUR");
        assertThat(NoteFilterQuery.parse(QueryParameters.fromString(query)).filter()).isEqualTo(q.filter());
        // A drill-down's one value reads as before.
        assertThat(NoteFilterQuery.of(NoteFilter.ALL.withSector("Energy").withCurrency("USD")).getParameters())
                .containsOnly(java.util.Map.entry("sector", java.util.List.of("Energy")),
                        java.util.Map.entry("currency", java.util.List.of("USD")));
    }

    @Test
    void aDateThatDoesNotParseIsLeftOutAndReported() {
        NoteFilterQuery q = NoteFilterQuery.parse(QueryParameters.fromString("sector=Energy&maturityFrom=2020-13-01"));
        assertThat(q.filter()).isEqualTo(NoteFilter.ALL.withSector("Energy"));
        assertThat(q.problems()).containsExactly(
                "maturityFrom = \"2020-13-01\" is not a date (YYYY-MM-DD) and was left out of the filter.");
    }
}
