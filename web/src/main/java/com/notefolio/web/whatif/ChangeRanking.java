package com.notefolio.web.whatif;

import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The notes whose NPV a scenario changes most, per scenario and currency (amounts of different currencies
 * are never compared): at most {@code size} of each, by |ΔNPV|. Filled per Spark partition and merged on
 * the driver; not thread-safe. Holds only a mutable {@link HashMap} of {@link ArrayList}s because Kryo must
 * rebuild it (it cannot fill the JDK's immutable collections).
 */
final class ChangeRanking {

    private final int size;
    /** "scenario␀currency" → candidates, trimmed to {@code size} whenever they reach four times that. */
    private final HashMap<String, ArrayList<NoteChange>> byCase = new HashMap<>();

    ChangeRanking(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        this.size = size;
    }

    /** Adds a note's scenario results (the base case, first of them, is the reference). */
    ChangeRanking add(String borrower, PositionResult note) {
        String currency = note.position().terms().currency().getCurrencyCode();
        for (ScenarioResult r : note.scenarios()) {
            add(new NoteChange(r.scenario(), currency, r.noteId(), borrower, r.base().npv(), r.measures().npv()));
        }
        return this;
    }

    private void add(NoteChange change) {
        ArrayList<NoteChange> list = byCase.computeIfAbsent(key(change.scenario(), change.currency()),
                k -> new ArrayList<>());
        list.add(change);
        if (list.size() >= 4 * size) {
            trim(list);
        }
    }

    /** A new ranking holding the best of both. */
    static ChangeRanking merged(ChangeRanking a, ChangeRanking b) {
        ChangeRanking out = new ChangeRanking(a.size);
        for (ChangeRanking r : List.of(a, b)) {
            r.byCase.forEach((k, v) -> out.byCase.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        out.byCase.values().forEach(out::trim);
        return out;
    }

    /** The notes of {@code currency} that {@code scenario} changes most, largest |ΔNPV| first. */
    List<NoteChange> top(String scenario, String currency) {
        ArrayList<NoteChange> list = new ArrayList<>(byCase.getOrDefault(key(scenario, currency), new ArrayList<>()));
        trim(list);
        return List.copyOf(list);
    }

    private void trim(ArrayList<NoteChange> list) {
        list.sort(NoteChange.LARGEST_FIRST);
        if (list.size() > size) {
            list.subList(size, list.size()).clear();
        }
    }

    private static String key(String scenario, String currency) {
        return scenario + '\u0000' + currency;
    }
}
