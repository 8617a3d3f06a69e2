package com.notefolio.web.view.dashboard;

import com.notefolio.core.portfolio.Stratum;
import com.notefolio.core.portfolio.StratumDimension;
import com.notefolio.web.dashboard.CurrencyDashboard;
import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.view.DisplayFormat;
import com.notefolio.web.view.chart.ChartTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The stratification tables of one currency, one per {@link StratumDimension} (id
 * {@code strata-<dimension>}, such as {@code strata-rating}): per bucket the notes held and the active
 * ones, outstanding principal and its share, weighted coupon, weighted yield and WAL, as the core
 * computed them. A bucket of rating, sector or maturity year is a link to exactly its notes (the notes
 * grid filters on those exactly, in the currency shown); coupon, vintage and original principal are not
 * columns the grid filters on, so their buckets are plain text.
 */
public class StrataPanel extends Div {

    /**
     * The tables of {@code c}; {@code link} makes a link of a text to the notes a filter gives (the view
     * adds the portfolio and the currency).
     */
    public StrataPanel(CurrencyDashboard c, BiFunction<String, NoteFilter, Component> link) {
        setId("strata");
        setWidthFull();
        FlexLayout tables = new FlexLayout();
        tables.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tables.getStyle().set("gap", "var(--lumo-space-m)");
        tables.setWidthFull();
        for (StratumDimension d : StratumDimension.values()) {
            Div box = new Div(table(d, c, link));
            box.setWidth("48%");
            box.setMinWidth("36em");
            box.getStyle().set("flex-grow", "1");
            tables.add(box);
        }
        add(new H3("Stratification (" + c.currency() + ")"), new Paragraph("Notes held (active ones apart) and"
                + " outstanding principal per bucket; share of the outstanding principal; coupon in effect and WAL"
                + " weighted by outstanding principal, yield (XIRR basis) by market value. Ranges hold their lower"
                + " bound. Ratings, sectors and maturity years open their notes; the notes grid does not filter"
                + " on coupon, vintage or original principal."), tables);
    }

    private static ChartTable table(StratumDimension d, CurrencyDashboard c,
                                    BiFunction<String, NoteFilter, Component> link) {
        String caption = d.label() + (d == StratumDimension.ORIGINAL_PRINCIPAL ? " (" + c.currency() + ")" : "");
        ChartTable table = new ChartTable("strata-" + d.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "Stratification by " + d.label().toLowerCase(Locale.ROOT),
                List.of(caption, "Notes", "Active", "Outstanding (" + c.currency() + ")", "Share", "Coupon", "Yield",
                        "WAL"));
        for (Stratum s : c.strata(d)) {
            NoteFilter filter = filter(d, s.key());
            Component label = filter == null ? new Span(s.key()) : link.apply(s.key(), filter);
            List<String> hover = new ArrayList<>(Collections.nCopies(7, (String) null));
            if (s.notesOutOfYield() > 0) {
                hover.set(5, s.notesOutOfYield() + (s.notesOutOfYield() == 1 ? " note" : " notes")
                        + " left out: a stale price, or no yield (nothing left to pay)");
            }
            table.addRow(label, List.of(count(s.notes()), count(s.activeNotes()),
                    DisplayFormat.amount(c.amount(s.outstandingMinor()), c.currency()),
                    DisplayFormat.percent(s.share(), 2), percent(s.weightedCoupon(), 3), percent(s.weightedYield(), 3),
                    Double.isNaN(s.walYears()) ? "n/a" : DisplayFormat.number(s.walYears(), 2)), hover);
        }
        return table;
    }

    /** The notes grid's filter for exactly a bucket's notes, or null when the grid has none for it. */
    static NoteFilter filter(StratumDimension d, String key) {
        if (StratumDimension.UNSPECIFIED.equals(key)) {
            return null;
        }
        return switch (d) {
            case RATING -> NoteFilter.ALL.withRating(key);
            case SECTOR -> NoteFilter.ALL.withSector(key);
            case MATURITY_YEAR -> {
                int year = Integer.parseInt(key);
                yield NoteFilter.ALL.withMaturity(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            case COUPON, VINTAGE, ORIGINAL_PRINCIPAL -> null;
        };
    }

    private static String count(long n) {
        return DisplayFormat.number(BigDecimal.valueOf(n), 0);
    }

    private static String percent(double fraction, int decimals) {
        return Double.isNaN(fraction) ? "n/a" : DisplayFormat.percent(fraction, decimals);
    }
}
