package com.notefolio.web.view.note;

import com.notefolio.web.discount.DiscountInput;
import com.notefolio.web.note.Valuation;
import com.notefolio.web.portfolio.NoteValuation;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes browser's valuation in its URL, beside the filter and sort: {@code asOf} (an ISO date) and
 * {@code rate} (the flat discount rate in percent a year, {@code rate=12} for 12%). Absent, each takes its
 * default (today, {@link #DEFAULT_RATE}), and only a value that differs from its default is written, so
 * the plain address stays plain. A value that does not parse is left at its default and reported.
 *
 * @param valuation what the parameters give
 * @param problems  one message per parameter that could not be used
 */
public record NoteValuationQuery(NoteValuation valuation, List<String> problems) {

    public static final String AS_OF = "asOf";
    public static final String RATE = "rate";
    /** 8% a year, the dashboards' default discount rate. */
    public static final BigDecimal DEFAULT_RATE = new BigDecimal("0.08");

    public NoteValuationQuery {
        problems = List.copyOf(problems);
    }

    /** The valuation of a URL's query parameters, {@code today} and 8% where they say nothing. */
    public static NoteValuationQuery parse(QueryParameters parameters, LocalDate today) {
        Map<String, List<String>> p = parameters.getParameters();
        List<String> problems = new ArrayList<>();
        LocalDate asOf = today;
        String date = first(p, AS_OF);
        if (date != null) {
            try {
                asOf = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(AS_OF + " = \"" + date + "\" is not a date (YYYY-MM-DD); the notes are valued as of "
                        + today + ".");
            }
        }
        BigDecimal rate = DEFAULT_RATE;
        String percent = first(p, RATE);
        if (percent != null) {
            try {
                rate = Valuation.parseDiscountRate(percent);
            } catch (IllegalArgumentException e) {
                problems.add(RATE + " = \"" + percent + "\": " + e.getMessage() + " The notes are discounted at 8%.");
            }
        }
        return new NoteValuationQuery(new NoteValuation(asOf, rate), problems);
    }

    /** {@code parameters} with the valuation's parameters set, each only when it is not its default. */
    public static QueryParameters with(QueryParameters parameters, NoteValuation valuation, LocalDate today) {
        Map<String, List<String>> p = new LinkedHashMap<>(parameters.getParameters());
        p.remove(AS_OF);
        p.remove(RATE);
        if (!valuation.asOf().equals(today)) {
            p.put(AS_OF, List.of(valuation.asOf().toString()));
        }
        if (valuation.discountRate().compareTo(DEFAULT_RATE) != 0) {
            p.put(RATE, List.of(DiscountInput.typedPercent(valuation.discountRate())));
        }
        return new QueryParameters(p);
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }
}
