package com.notefolio.web.portfolio;

import com.notefolio.web.dashboard.BenchDatabase;
import com.notefolio.web.dashboard.DashboardBenchmark;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark (a main class, not a test): what the notes browser asks the database for as it scrolls a
 * generated portfolio of {@code --notes} (100,000) notes in file H2 ({@code BenchDatabase}; {@code --db DIR}
 * keeps it): the count, and a page of 50 at the start and in the middle, in file order (the grid's order
 * when no column is sorted), sorted by principal, and filtered by sector. Each is asked five times at
 * offsets 997 notes apart (H2 answers a query it has just answered, same arguments, from its last result):
 * the first (pages not yet cached) and the median of the five are printed.
 *
 * <p>Arguments: {@code [--notes N] [--db DIR]}; run with {@code web/bench/main.sh
 * com.notefolio.web.portfolio.NotesPageBenchmark --notes 1000000 --db DIR}.
 */
public final class NotesPageBenchmark {

    private NotesPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notesWanted = Integer.parseInt(BenchDatabase.option(args, "--notes", "100000"));
        try (BenchDatabase bench = BenchDatabase.open(args, notesWanted)) {
            NoteStore notes = bench.notes;
            long id = bench.portfolioId;
            long middle = notesWanted / 2;
            System.out.printf("%,d notes; load average %.2f%n", notesWanted, DashboardBenchmark.load());
            time("count", k -> notes.count(id, k == 0 ? NoteFilter.ALL : NoteFilter.ALL.withSector("no such " + k)));
            time("page of 50 at offset 0, file order", k -> notes.page(id, NoteFilter.ALL, List.of(), k * 997L, 50));
            time(String.format("page of 50 at offset %,d, file order", middle),
                    k -> notes.page(id, NoteFilter.ALL, List.of(), middle + k * 997L, 50));
            time(String.format("page of 50 at offset %,d, principal descending", middle),
                    k -> notes.page(id, NoteFilter.ALL, List.of(new NoteSort("principal", true)), middle + k * 997L, 50));
            String sector = notes.distinct(id, "sector").get(0);
            NoteFilter bySector = NoteFilter.ALL.withSector(sector);
            long inSector = notes.count(id, bySector);
            time(String.format("page of 50 at offset %,d of sector %s (%,d notes), file order", inSector / 2, sector,
                    inSector), k -> notes.page(id, bySector, List.of(), inSector / 2 + k * 97L, 50));
            System.out.printf("load average %.2f%n", DashboardBenchmark.load());
        }
    }

    private static void time(String what, java.util.function.IntFunction<Object> query) {
        double[] seconds = new double[5];
        Object result = null;
        for (int k = 0; k < seconds.length; k++) {
            long t = System.nanoTime();
            result = query.apply(k);
            seconds[k] = (System.nanoTime() - t) / 1e9;
        }
        double first = seconds[0];
        Arrays.sort(seconds);
        String shown = result instanceof List<?> l ? l.size() + " rows" : String.valueOf(result);
        System.out.printf("%s: first %.1f ms, median %.1f ms (%.1f–%.1f ms), %s%n", what, first * 1000,
                seconds[2] * 1000, seconds[0] * 1000, seconds[4] * 1000, shown);
    }
}
