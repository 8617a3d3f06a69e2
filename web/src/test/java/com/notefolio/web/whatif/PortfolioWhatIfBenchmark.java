package com.notefolio.web.whatif;

import com.notefolio.web.discount.DiscountInput;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.web.dashboard.SparkEngine;
import com.notefolio.web.dashboard.SparkJob;
import com.notefolio.web.dashboard.SparkJobs;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.NoteStore.NewNote;
import com.notefolio.web.portfolio.PortfolioStore;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
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
 * Benchmark (a main class, not a test): a generated portfolio of {@code --notes} (100,000) notes in a file
 * H2 database with the application's schema, and a five-scenario grid (5 and 15 CPR, 100 PSA, 2 CDR with
 * 40% severity, +100 bp). Per round: start the Spark session (cold start, stated apart), compare on the
 * whole portfolio (database read + Spark pass + shaping, nothing cached), then again after a revision
 * bump (warm session). Prints each round and the medians.
 *
 * <p>Arguments: {@code [--notes N] [--rounds R] [--master URL]}. Run as {@code DashboardBenchmark} says
 * (test classpath, Spark's --add-opens), with main class
 * {@code com.notefolio.web.whatif.PortfolioWhatIfBenchmark}.
 */
public final class PortfolioWhatIfBenchmark {

    static final List<Scenario> GRID = List.of(
            new Scenario("5 CPR", List.of(), PrepaymentSpeed.cpr(0.05), null, List.of(), 0),
            new Scenario("15 CPR", List.of(), PrepaymentSpeed.cpr(0.15), null, List.of(), 0),
            new Scenario("100 PSA", List.of(), PrepaymentSpeed.psa(100), null, List.of(), 0),
            new Scenario("2 CDR 40%", List.of(), null, new DefaultSpeed(0.02, 0.40, 12), List.of(), 0),
            new Scenario("+100 bp", List.of(), null, null, List.of(), 100));

    private PortfolioWhatIfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notesWanted = Integer.parseInt(option(args, "--notes", "100000"));
        int rounds = Integer.parseInt(option(args, "--rounds", "3"));
        String master = option(args, "--master", "local[*]");
        Path dir = Files.createTempDirectory("notefolio-whatif-bench");
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
            System.out.printf("stored %,d notes in H2 (file) in %.1f s; master %s, %d cores; %d scenarios + base%n",
                    notesWanted, seconds(t), master, Runtime.getRuntime().availableProcessors(), GRID.size());

            LocalDate asOf = LocalDate.of(2024, 6, 30);
            DiscountInput rate = DiscountInput.flat(new BigDecimal("0.08"));
            double[] start = new double[rounds];
            double[] first = new double[rounds];
            double[] warm = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                SparkEngine engine = new SparkEngine(master, "", 4);
                SparkJobs jobs = new SparkJobs(engine, 2, 16);
                PortfolioWhatIf whatIf = new PortfolioWhatIf(portfolios, notes, new com.notefolio.web.portfolio.IndexDataStore(jdbc), jobs,
                        new ComparisonCache(10), new com.notefolio.web.dashboard.SharedJobs(), 8);
                try {
                    portfolios.bumpRevision(id);
                    t = System.nanoTime();
                    engine.session();
                    start[r] = seconds(t);
                    t = System.nanoTime();
                    PortfolioComparison result = compute(whatIf, id, asOf, rate);
                    first[r] = seconds(t);
                    portfolios.bumpRevision(id);
                    t = System.nanoTime();
                    compute(whatIf, id, asOf, rate);
                    warm[r] = seconds(t);
                    CurrencyComparison usd = result.currencies().get(0);
                    System.out.printf("round %d: Spark start %.2f s; first comparison %.2f s; warm comparison %.2f s; "
                                    + "%,d %s notes, base NPV %,.2f, 15 CPR ΔNPV %,.2f, top mover %s%n", r + 1, start[r],
                            first[r], warm[r], usd.base().totals().notes(), usd.currency(), usd.base().totals().npv(),
                            usd.cases().get(2).deltaNpv(usd.base()), usd.mostChanged("15 CPR").get(0).noteId());
                } finally {
                    jobs.destroy();
                    engine.destroy();
                }
            }
            System.out.printf("median of %d rounds: Spark start %.2f s; first comparison (cold session's first job) "
                    + "%.2f s; warm comparison %.2f s%n", rounds, median(start), median(first), median(warm));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static PortfolioComparison compute(PortfolioWhatIf whatIf, long id, LocalDate asOf, DiscountInput rate)
            throws Exception {
        SparkJob<PortfolioComparison> job = whatIf.open(id, asOf, rate, GRID, "bench", "bench");
        if (!job.await(Duration.ofMinutes(30)) || job.result().isEmpty()) {
            throw new IllegalStateException("comparison failed: " + job.progress());
        }
        return job.result().get();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
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
