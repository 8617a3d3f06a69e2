package com.notefolio.web.dashboard;

import com.notefolio.web.portfolio.PortfolioStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Benchmark (a main class, not a test): a generated portfolio of {@code --notes} (100,000) notes in a
 * file H2 database with the application's schema ({@link BenchDatabase}: {@code --db DIR} keeps it, so a
 * 1,000,000-note portfolio is stored once), then per round, in a new Spark session: bump the revision,
 * write its snapshot (what an import does in the background when it commits), compute the dashboard
 * (the session's first job), compute it with another discount rate (new inputs, same snapshot), and
 * load it three times from the cache. Prints each figure and the medians over the rounds.
 *
 * <p>Arguments: {@code [--notes N] [--rounds R] [--master URL] [--db DIR]}. Run with
 * {@code web/bench/main.sh com.notefolio.web.dashboard.DashboardBenchmark --notes 100000 --rounds 3}.
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notesWanted = Integer.parseInt(BenchDatabase.option(args, "--notes", "100000"));
        int rounds = Integer.parseInt(BenchDatabase.option(args, "--rounds", "3"));
        String master = BenchDatabase.option(args, "--master", "local[*]");
        try (BenchDatabase bench = BenchDatabase.open(args, notesWanted)) {
            PortfolioStore portfolios = bench.portfolios;
            long id = bench.portfolioId;
            System.out.printf("%,d notes; master %s, %d cores; load average %.2f%n", notesWanted, master,
                    Runtime.getRuntime().availableProcessors(), load());

            DashboardInputs inputs = DashboardInputs.defaults(LocalDate.of(2024, 6, 30));
            DashboardInputs other = new DashboardInputs(inputs.asOf(),
                    com.notefolio.web.discount.DiscountInput.flat(new java.math.BigDecimal("0.09")), inputs.cdr(),
                    inputs.severity());
            double[] start = new double[rounds];
            double[] snapshot = new double[rounds];
            double[] first = new double[rounds];
            double[] again = new double[rounds];
            double[] cached = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                SparkEngine engine = new SparkEngine(master, "", 4);
                SparkJobs jobs = new SparkJobs(engine, 2, 16);
                PortfolioSnapshots snapshots = new PortfolioSnapshots(bench.snapshots(), 20_000, false, portfolios,
                        bench.notes, engine);
                Dashboards dashboards = new Dashboards(portfolios, snapshots,
                        new com.notefolio.web.portfolio.IndexDataStore(bench.jdbc), jobs, new DashboardCache(100),
                        new SharedJobs());
                try {
                    portfolios.bumpRevision(id);
                    long revision = portfolios.revision(id).orElseThrow();
                    long t = System.nanoTime();
                    engine.session();
                    start[r] = seconds(t);
                    t = System.nanoTime();
                    snapshots.ready(id, revision, NOT_CANCELLED);
                    snapshot[r] = seconds(t);
                    t = System.nanoTime();
                    DashboardFigures figures = compute(dashboards, id, inputs);
                    first[r] = seconds(t);
                    t = System.nanoTime();
                    compute(dashboards, id, other);
                    again[r] = seconds(t);
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
                    System.out.printf("round %d: Spark session start %.2f s; snapshot written (at import, in the "
                                    + "background) %.2f s; first dashboard %.2f s (snapshot + first = %.2f s, a "
                                    + "revision without a snapshot); new inputs %.2f s; cached load %.4f s (median of "
                                    + "3); %,d notes, NPV %,.2f USD; load average %.2f%n", r + 1, start[r], snapshot[r],
                            first[r], snapshot[r] + first[r], again[r], cached[r], figures.notes(),
                            figures.currencies().get(0).totals().npv(), load());
                } finally {
                    jobs.destroy();
                    snapshots.destroy();
                    engine.destroy();
                }
            }
            System.out.printf("median of %d rounds: Spark session start %.2f s; snapshot %.2f s; first dashboard "
                            + "%.2f s; snapshot + first %.2f s; new inputs %.2f s; cached load %.4f s%n", rounds,
                    median(start), median(snapshot), median(first), median(sum(snapshot, first)), median(again),
                    median(cached));
        }
    }

    /** A wait nobody cancels, for the benchmarks. */
    public static final PortfolioSnapshots.Waiting NOT_CANCELLED = new PortfolioSnapshots.Waiting() {
        @Override
        public void written(long notes) {
        }

        @Override
        public void checkCancelled() {
        }
    };

    public static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
}
