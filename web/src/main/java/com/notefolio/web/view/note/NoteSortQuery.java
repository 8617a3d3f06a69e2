package com.notefolio.web.view.note;

import com.notefolio.web.portfolio.NoteSort;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes browser's sort order in its URL, {@code sort=principal.desc,maturityDate}: properties of
 * {@link NoteSort}, each with {@code .desc} for descending. A property that does not sort is ignored,
 * so a stale or edited link still opens.
 */
public final class NoteSortQuery {

    public static final String SORT = "sort";
    private static final String DESCENDING = ".desc";

    private NoteSortQuery() {
    }

    public static List<NoteSort> parse(QueryParameters parameters) {
        List<String> values = parameters.getParameters().getOrDefault(SORT, List.of());
        List<NoteSort> sorts = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                String p = part.strip();
                boolean descending = p.endsWith(DESCENDING);
                String property = descending ? p.substring(0, p.length() - DESCENDING.length()) : p;
                try {
                    sorts.add(new NoteSort(property, descending));
                } catch (IllegalArgumentException e) {
                    // not a sortable property: left out
                }
            }
        }
        return sorts;
    }

    /** {@code parameters} with the sort order added (none for the file order). */
    public static QueryParameters with(QueryParameters parameters, List<NoteSort> sorts) {
        Map<String, List<String>> p = new LinkedHashMap<>(parameters.getParameters());
        p.remove(SORT);
        if (!sorts.isEmpty()) {
            p.put(SORT, List.of(String.join(",", sorts.stream()
                    .map(s -> s.property() + (s.descending() ? DESCENDING : "")).toList())));
        }
        return new QueryParameters(p);
    }
}
