package com.notefolio.web.dashboard;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import com.notefolio.web.portfolio.PortfolioStore;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmarks' database: a file H2 with the application's schema holding generated portfolio
 * "benchmark N" of N notes (seed 2003), stored in batches of 1,000 as an import does. With {@code --db DIR}
 * the database is kept in DIR and the portfolio is generated only if it is not there yet (a 1,000,000-note
 * portfolio takes minutes to store); without, a temporary folder is used and deleted at the end.
 * Snapshots go to the database folder's {@code snapshots}.
 */
public final class BenchDatabase implements AutoCloseable {

    public final HikariDataSource db;
    public final JdbcTemplate jdbc;
    public final PortfolioStore portfolios;
    public final NoteStore notes;
    public final long portfolioId;
    public final Path dir;
    private final boolean temporary;

    private BenchDatabase(Path dir, boolean temporary, int count) {
        this.dir = dir;
        this.temporary = temporary;
        db = new HikariDataSource();
        db.setJdbcUrl("jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_DELAY=-1");
        db.setUsername("sa");
        db.setPassword("");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(db);
        portfolios = new PortfolioStore(jdbc);
        notes = new NoteStore(jdbc);
        String name = "benchmark " + count;
        portfolioId = portfolios.idOf(name).orElseGet(() -> generate(name, count));
    }

    /** The database of {@code --db} (or a temporary one) with a portfolio of {@code count} notes. */
    public static BenchDatabase open(String[] args, int count) throws IOException {
        String kept = option(args, "--db", null);
        if (kept == null) {
            return new BenchDatabase(Files.createTempDirectory("notefolio-bench"), true, count);
        }
        Path dir = Path.of(kept).toAbsolutePath();
        Files.createDirectories(dir);
        return new BenchDatabase(dir, false, count);
    }

    private long generate(String name, int count) {
        long t = System.nanoTime();
        long id = portfolios.insert(name, "generated", "bench");
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(2003, count);
        List<NewNote> batch = new ArrayList<>(1000);
        for (int i = 0; i < count; i++) {
            batch.add(new NewNote(i + 2, generator.note(i)));
            if (batch.size() == 1000) {
                notes.insert(id, batch);
                batch.clear();
            }
        }
        notes.insert(id, batch);
        System.out.printf("stored %,d notes in H2 (file) in %.1f s%n", count, (System.nanoTime() - t) / 1e9);
        return id;
    }

    public Path snapshots() {
        return dir.resolve("snapshots");
    }

    @Override
    public void close() throws IOException {
        db.close();
        if (temporary) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
