package com.notefolio.web.view.note;

import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.portfolio.NoteListing;
import com.notefolio.web.portfolio.NoteSort;
import com.notefolio.web.portfolio.NoteStore;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The notes browser's data: a lazy data provider over {@link NoteStore#count} and {@link NoteStore#page},
 * so the database filters, sorts and pages and the browser holds one page at a time however large the
 * portfolio. Grid columns sort by their {@link NoteSort} property.
 */
public final class NoteListings {

    private NoteListings() {
    }

    /** The notes of one portfolio, filtered by the provider's filter (null: all). */
    public static ConfigurableFilterDataProvider<NoteListing, Void, NoteFilter> of(NoteStore notes, long portfolioId) {
        return of(notes, portfolioId, page -> { });
    }

    /**
     * The notes of one portfolio, each page fetched handed to {@code fetched} before the grid shows it: the
     * browser values the notes of that page, and only those.
     */
    public static ConfigurableFilterDataProvider<NoteListing, Void, NoteFilter> of(NoteStore notes, long portfolioId,
                                                                                   Consumer<List<NoteListing>> fetched) {
        DataProvider<NoteListing, NoteFilter> provider = DataProvider.fromFilteringCallbacks(
                query -> {
                    List<NoteListing> page = notes.page(portfolioId, filter(query), sorts(query), query.getOffset(),
                            query.getLimit());
                    fetched.accept(page);
                    return page.stream();
                },
                query -> (int) Math.min(Integer.MAX_VALUE, notes.count(portfolioId, filter(query))));
        return provider.withConfigurableFilter();
    }

    private static NoteFilter filter(Query<NoteListing, NoteFilter> query) {
        return query.getFilter().orElse(NoteFilter.ALL);
    }

    private static List<NoteSort> sorts(Query<NoteListing, NoteFilter> query) {
        return query.getSortOrders().stream()
                .map(o -> new NoteSort(o.getSorted(), o.getDirection() == SortDirection.DESCENDING)).toList();
    }
}
