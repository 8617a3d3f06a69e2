package com.notefolio.web.whatif;

import com.notefolio.web.discount.DiscountInput;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.web.dashboard.BenchDatabase;
import com.notefolio.web.dashboard.DashboardBenchmark;
import com.notefolio.web.dashboard.PortfolioSnapshots;
import com.notefolio.web.dashboard.SparkEngine;
import com.notefolio.web.dashboard.SparkJob;
import com.notefolio.web.dashboard.SparkJobs;
import com.notefolio.web.portfolio.PortfolioStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark (a main class, not a test): a generated portfolio of {@code --notes} (100,000) notes in a file
 * H2 database with the application's schema ({@code DashboardBenchmark}'s {@code BenchDatabase}:
 * {@code --db DIR} keeps it), and a five-scenario grid (5 and 15 CPR, 100 PSA, 2 CDR with 40% severity,
 * +100 bp). Per round, in a new Spark session (its start stated apart): bump the revision and write its
 * snapshot (what an import does when it commits), compare on the whole portfolio (the session's first job,
 * nothing cached), then again at another discount rate (new inputs, same snapshot). Prints each round and
 * the medians.
 *
 * <p>Arguments: {@code [--notes N] [--rounds R] [--master URL] [--db DIR]}. Run with
 * {@code web/bench/main.sh com.notefolio.web.whatif.PortfolioWhatIfBenchmark --notes 100000 --rounds 3}.
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
        int notesWanted = Integer.parseInt(BenchDatabase.option(args, "--notes", "100000"));
        int rounds = Integer.parseInt(BenchDatabase.option(args, "--rounds", "3"));
        String master = BenchDatabase.option(args, "--master", "local[*]");
        try (BenchDatabase bench = BenchDatabase.open(args, notesWanted)) {
            PortfolioStore portfolios = bench.portfolios;
            long id = bench.portfolioId;
            System.out.printf("%,d notes; master %s, %d cores; %d scenarios + base; load average %.2f%n",
                    notesWanted, master, Runtime.getRuntime().availableProcessors(), GRID.size(),
                    DashboardBenchmark.load());

            LocalDate asOf = LocalDate.of(2024, 6, 30);
            DiscountInput rate = DiscountInput.flat(new BigDecimal("0.08"));
            DiscountInput otherRate = DiscountInput.flat(new BigDecimal("0.09"));
            double[] start = new double[rounds];
            double[] snapshot = new double[rounds];
            double[] first = new double[rounds];
            double[] again = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                SparkEngine engine = new SparkEngine(master, "", 4);
                SparkJobs jobs = new SparkJobs(engine, 2, 16);
                PortfolioSnapshots snapshots = new PortfolioSnapshots(bench.snapshots(), 20_000, false, portfolios,
                        bench.notes, engine);
                PortfolioWhatIf whatIf = new PortfolioWhatIf(portfolios, snapshots, bench.notes,
                        new com.notefolio.web.portfolio.IndexDataStore(bench.jdbc), jobs, new ComparisonCache(10),
                        new com.notefolio.web.dashboard.SharedJobs());
                try {
                    portfolios.bumpRevision(id);
                    long revision = portfolios.revision(id).orElseThrow();
                    long t = System.nanoTime();
                    engine.session();
                    start[r] = seconds(t);
                    t = System.nanoTime();
                    snapshots.ready(id, revision, DashboardBenchmark.NOT_CANCELLED);
                    snapshot[r] = seconds(t);
                    t = System.nanoTime();
                    PortfolioComparison result = compute(whatIf, id, asOf, rate);
                    first[r] = seconds(t);
                    t = System.nanoTime();
                    compute(whatIf, id, asOf, otherRate);
                    again[r] = seconds(t);
                    CurrencyComparison usd = result.currencies().get(0);
                    System.out.printf("round %d: Spark start %.2f s; snapshot %.2f s; first comparison %.2f s; "
                                    + "new inputs %.2f s; %,d %s notes, base NPV %,.2f, 15 CPR ΔNPV %,.2f, top mover %s; "
                                    + "load average %.2f%n", r + 1, start[r], snapshot[r], first[r], again[r],
                            usd.base().totals().notes(), usd.currency(), usd.base().totals().npv(),
                            usd.cases().get(2).deltaNpv(usd.base()), usd.mostChanged("15 CPR").get(0).noteId(),
                            DashboardBenchmark.load());
                } finally {
                    jobs.destroy();
                    snapshots.destroy();
                    engine.destroy();
                }
            }
            System.out.printf("median of %d rounds: Spark start %.2f s; snapshot %.2f s; first comparison (cold "
                    + "session's first job) %.2f s; new inputs %.2f s%n", rounds, median(start), median(snapshot),
                    median(first), median(again));
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
}
