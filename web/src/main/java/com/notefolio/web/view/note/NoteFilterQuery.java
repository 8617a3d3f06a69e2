package com.notefolio.web.view.note;

import com.notefolio.web.portfolio.NoteFilter;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes browser's filter in its URL, so other screens can link to a drill-down
 * ({@code notes/1?sector=Energy}) and a reload keeps the filter: {@code borrower}, {@code sector},
 * {@code region}, {@code rating}, {@code amortization}, {@code maturityFrom} and {@code maturityTo}
 * (ISO dates), {@code q} (text search), and from drill-downs {@code exactBorrower} (the whole name) and
 * {@code currency}. Sector, region, rating, amortization and currency take several values as the parameter
 * repeated ({@code sector=Energy&sector=Retail}: either). Unknown parameters are ignored; a date that does not parse
 * is left out of the filter and reported.
 *
 * @param filter   the filter the parameters give
 * @param problems one message per parameter that could not be used
 */
public record NoteFilterQuery(NoteFilter filter, List<String> problems) {

    public static final String BORROWER = "borrower";
    public static final String SECTOR = "sector";
    public static final String REGION = "region";
    public static final String RATING = "rating";
    public static final String AMORTIZATION = "amortization";
    public static final String MATURITY_FROM = "maturityFrom";
    public static final String MATURITY_TO = "maturityTo";
    public static final String TEXT = "q";
    public static final String EXACT_BORROWER = "exactBorrower";
    public static final String CURRENCY = "currency";

    public NoteFilterQuery {
        problems = List.copyOf(problems);
    }

    /** The filter of a URL's query parameters (the first value of each, every value of a choice). */
    public static NoteFilterQuery parse(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        List<String> problems = new ArrayList<>();
        NoteFilter filter = new NoteFilter(text(p, BORROWER), all(p, SECTOR), all(p, REGION), all(p, RATING),
                all(p, AMORTIZATION), date(p, MATURITY_FROM, problems), date(p, MATURITY_TO, problems),
                text(p, TEXT), exact(p, EXACT_BORROWER), all(p, CURRENCY));
        return new NoteFilterQuery(filter, problems);
    }

    /** The query parameters of a filter: one per field that filters. */
    public static QueryParameters of(NoteFilter filter) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, BORROWER, filter.borrower());
        putAll(p, SECTOR, filter.sectors());
        putAll(p, REGION, filter.regions());
        putAll(p, RATING, filter.ratings());
        putAll(p, AMORTIZATION, filter.amortizations());
        put(p, MATURITY_FROM, filter.maturityFrom() == null ? null : filter.maturityFrom().toString());
        put(p, MATURITY_TO, filter.maturityTo() == null ? null : filter.maturityTo().toString());
        put(p, TEXT, filter.text());
        if (filter.exactBorrower() != null && !filter.exactBorrower().isEmpty()) {
            p.put(EXACT_BORROWER, List.of(filter.exactBorrower()));
        }
        putAll(p, CURRENCY, filter.currencies());
        return new QueryParameters(p);
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, List.of(value.strip()));
        }
    }

    /** The parameter once per value ({@code sector=Energy&sector=Retail}), none for no value. */
    private static void putAll(Map<String, List<String>> p, String name, List<String> values) {
        if (!values.isEmpty()) {
            p.put(name, values);
        }
    }

    /** Every value of a repeated parameter; a value is never split, since a stored name may hold a comma. */
    private static List<String> all(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null ? List.of() : values;
    }

    private static String text(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    /** A value taken whole: a stored name is matched as it is, spaces included. */
    private static String exact(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() || values.get(0) == null || values.get(0).isEmpty() ? null
                : values.get(0);
    }

    private static LocalDate date(Map<String, List<String>> p, String name, List<String> problems) {
        String value = text(p, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(name + " = \"" + value + "\" is not a date (YYYY-MM-DD) and was left out of the filter.");
            return null;
        }
    }
}
