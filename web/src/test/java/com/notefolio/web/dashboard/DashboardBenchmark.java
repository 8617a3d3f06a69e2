package com.notefolio.web.dashboard;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import com.notefolio.web.portfolio.PortfolioStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark (a main class, not a test): a generated portfolio of {@code --notes} (100,000) notes in a
 * file H2 database with the application's schema, then per round: start the Spark session, compute the
 * dashboard (nothing cached, first job of the session), compute it again after a revision bump (warm
 * session), and load it three times from the cache. Prints each figure and the medians over the rounds.
 * The first round runs in a cold JVM; later rounds restart Spark in a warm one.
 *
 * <p>Arguments: {@code [--notes N] [--rounds R] [--master URL]}. Run from the reactor's classes:
 * {@code ./mvnw -q -o -pl web -am test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=/tmp/cp.txt}, then {@code java <Spark's --add-opens> -cp web/target/test-classes:
 * web/target/classes:core/target/classes:analytics/target/classes:reports/target/classes:$(cat /tmp/cp.txt)
 * com.notefolio.web.dashboard.DashboardBenchmark}.
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notesWanted = Integer.parseInt(option(args, "--notes", "100000"));
        int rounds = Integer.parseInt(option(args, "--rounds", "3"));
        String master = option(args, "--master", "local[*]");
        Path dir = Files.createTempDirectory("notefolio-dashboard-bench");
        try (HikariDataSource db = new HikariDataSource()) {
            db.setJdbcUrl("jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_DELAY=-1");
            db.setUsername("sa");
            db.setPassword("");
            Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            PortfolioStore portfolios = new PortfolioStore(jdbc);
            NoteStore notes = new NoteStore(jdbc);

            long t = System.nanoTime();
            long id = portfolios.insert("benchmark", "generated", "bench");
            PortfolioGenerator generator = PortfolioGenerator.forPortfolio(2003, notesWanted);
            List<NewNote> batch = new ArrayList<>(1000);
            for (int i = 0; i < notesWanted; i++) {
                batch.add(new NewNote(i + 2, generator.note(i)));
                if (batch.size() == 1000) {
                    notes.insert(id, batch);
                    batch.clear();
                }
            }
            notes.insert(id, batch);
            System.out.printf("stored %,d notes in H2 (file) in %.1f s; master %s, %d cores%n", notesWanted,
                    seconds(t), master, Runtime.getRuntime().availableProcessors());

            double[] reads = new double[3];
            for (int i = 0; i < reads.length; i++) {
                t = System.nanoTime();
                List<Object> rows = new ArrayList<>(notesWanted);
                notes.rows(id, rows::add);
                reads[i] = seconds(t);
            }
            System.out.printf("reading the %,d notes back as rows (part of every computation): %.2f s (median of 3)%n",
                    notesWanted, median(reads));

            DashboardInputs inputs = DashboardInputs.defaults(LocalDate.of(2024, 6, 30));
            double[] start = new double[rounds];
            double[] first = new double[rounds];
            double[] warm = new double[rounds];
            double[] cached = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                SparkEngine engine = new SparkEngine(master, "", 4);
                SparkJobs jobs = new SparkJobs(engine, 2, 16);
                Dashboards dashboards = new Dashboards(portfolios, notes, new com.notefolio.web.portfolio.IndexDataStore(jdbc), jobs,
                        new DashboardCache(100), new SharedJobs(), 8);
                try {
                    portfolios.bumpRevision(id);
                    t = System.nanoTime();
                    engine.session();
                    start[r] = seconds(t);
                    t = System.nanoTime();
                    DashboardFigures figures = compute(dashboards, id, inputs);
                    first[r] = seconds(t);
                    portfolios.bumpRevision(id);
                    t = System.nanoTime();
                    compute(dashboards, id, inputs);
                    warm[r] = seconds(t);
                    double[] loads = new double[3];
                    for (int i = 0; i < loads.length; i++) {
                        t = System.nanoTime();
                        SparkJob<DashboardFigures> hit = dashboards.open(id, inputs, "bench", "bench");
                        if (hit.result().isEmpty()) {
                            throw new IllegalStateException("expected a cached dashboard");
                        }
                        loads[i] = seconds(t);
                    }
                    cached[r] = median(loads);
                    System.out.printf("round %d: Spark session start %.2f s; first dashboard %.2f s (start + first "
                                    + "= %.2f s); recompute on a warm session %.2f s; cached load %.4f s "
                                    + "(median of 3); %,d notes, NPV %,.2f USD%n", r + 1, start[r], first[r],
                            start[r] + first[r], warm[r], cached[r], figures.notes(),
                            figures.currencies().get(0).totals().npv());
                } finally {
                    jobs.destroy();
                    engine.destroy();
                }
            }
            System.out.printf("median of %d rounds: Spark session start %.2f s; first dashboard %.2f s; start + first "
                            + "%.2f s; warm recompute %.2f s; cached load %.4f s%n", rounds, median(start), median(first),
                    median(sum(start, first)), median(warm), median(cached));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static DashboardFigures compute(Dashboards dashboards, long id, DashboardInputs inputs) throws Exception {
        SparkJob<DashboardFigures> job = dashboards.open(id, inputs, "bench", "bench");
        if (!job.await(Duration.ofMinutes(30)) || job.result().isEmpty()) {
            throw new IllegalStateException("dashboard failed: " + job.progress());
        }
        return job.result().get();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
