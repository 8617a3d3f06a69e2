package com.notefolio.core.cli;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.portfolio.ShapeMix;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The core engine's throughput benchmark: price generated notes through the position pricer (resolve the
 * schedule and compute NPV, yield, WAL, durations, convexity and DV01 — and for a note that reads an index
 * its discount margin and effective duration; with --scenarios, ten scenarios too), fixed-rate notes or the
 * realistic rate mix ({@code --rate-mix}), plain shapes or the structured mix ({@code --shape-mix}), on one thread
 * and on several, reporting notes per second and the peak heap. Notes are generated in batches that are dropped once priced, so memory stays flat in
 * the number of notes; generation is timed apart and excluded from the engine's rate, which counts each
 * thread's CPU time in the engine (so other processes on the machine slow it less than the wall clock).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark schedule + valuation over generated notes (notes per second, peak heap).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--notes", defaultValue = "1000000", description = "Notes to price per run (default ${DEFAULT-VALUE}).")
    long notes;

    @Option(names = "--seed", defaultValue = "42", description = "Portfolio seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", split = ",", description = "Thread counts to run, e.g. 1,2 (default: 1 and all cores).")
    List<Integer> threads;

    @Option(names = "--as-of", defaultValue = "2024-06-30", description = "Valuation date (default ${DEFAULT-VALUE}).")
    LocalDate asOf;

    @Option(names = "--discount-rate", defaultValue = "0.07", description = "Flat discount rate (default ${DEFAULT-VALUE}).")
    double discountRate;

    @Option(names = "--rounds", defaultValue = "3", description = "Runs per thread count; the median is reported (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--scenarios", description = "Price the base and ten scenarios per note (CPR, PSA, CDR, rate shocks,"
            + " combinations); rates are then note-scenarios per second.")
    boolean scenarios;

    @Option(names = "--rate-mix", defaultValue = "fixed", paramLabel = "fixed|realistic",
            description = "The notes' rates: fixed (every note at one fixed rate: the figure kept since the first bench)"
                    + " or realistic (a third floating over Prime or SOFR, some stepped, a few converting, set from the"
                    + " generated index data; see PortfolioGenerator). Default ${DEFAULT-VALUE}.")
    String rateMix;

    @Option(names = "--shape-mix", defaultValue = "plain", paramLabel = "plain|structured",
            description = "The notes' repayment shapes: plain (the generator's original shapes: the figure kept since"
                    + " the first bench) or structured (some with an interest-only lead-in, a later disbursement, a"
                    + " PPP-style deferral and forgiveness, or 2-4 advances; see PortfolioGenerator). Default ${DEFAULT-VALUE}.")
    String shapeMix;

    /** Ten what-ifs of the kinds analysts run across a book: speeds, defaults, shocks and combinations. */
    static final List<Scenario> TEN_SCENARIOS = List.of(
            new Scenario("5 CPR", List.of(), PrepaymentSpeed.cpr(0.05), null, List.of(), 0),
            new Scenario("15 CPR", List.of(), PrepaymentSpeed.cpr(0.15), null, List.of(), 0),
            new Scenario("100 PSA", List.of(), PrepaymentSpeed.psa(100), null, List.of(), 0),
            new Scenario("250 PSA", List.of(), PrepaymentSpeed.psa(250), null, List.of(), 0),
            new Scenario("2 CDR 40 sev", List.of(), null, new DefaultSpeed(0.02, 0.40, 12), List.of(), 0),
            new Scenario("6 CDR 60 sev", List.of(), null, new DefaultSpeed(0.06, 0.60, 18), List.of(), 0),
            new Scenario("+100bp", List.of(), null, null, List.of(), 100),
            new Scenario("-100bp", List.of(), null, null, List.of(), -100),
            new Scenario("10 CPR 2 CDR", List.of(), PrepaymentSpeed.cpr(0.10), new DefaultSpeed(0.02, 0.40, 12), List.of(), 0),
            new Scenario("15 CPR +200bp", List.of(), PrepaymentSpeed.cpr(0.15), null, List.of(), 200));

    private static final int BATCH = 4096;
    /**
     * Engine time is each thread's CPU time, not the wall clock: on a shared machine a thread waiting for
     * a core would otherwise count as a slow engine.
     */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() throws Exception {
        List<Integer> counts = threads == null
                ? List.of(1, Runtime.getRuntime().availableProcessors()) : threads;
        RateMix mix;
        try {
            mix = RateMix.of(rateMix);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--rate-mix: " + e.getMessage());
        }
        ShapeMix shapes;
        try {
            shapes = ShapeMix.of(shapeMix);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--shape-mix: " + e.getMessage());
        }
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(seed, notes, mix, shapes);
        IndexData indices = generator.indexData(asOf);
        FlatRate curve = FlatRate.of(discountRate);
        System.out.printf(Locale.ROOT, "bench: %,d notes%s, %s rates, %s shapes, seed %d, as of %s, discount %.4f, %d rounds,"
                        + " max heap %d MB%n", notes, scenarios ? " x (base + " + TEN_SCENARIOS.size() + " scenarios)" : "",
                mix.label(), shapes.label(), seed, asOf, discountRate, rounds, Runtime.getRuntime().maxMemory() >> 20);
        run(generator, indices, curve, Math.min(notes, 200_000), 1); // warm-up: let the JIT compile the hot paths
        for (int t : counts) {
            List<Result> results = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                results.add(run(generator, indices, curve, notes, t));
            }
            results.sort((a, b) -> Double.compare(a.engineRate(), b.engineRate()));
            Result median = results.get(results.size() / 2);
            System.out.printf(Locale.ROOT,
                    "threads=%d engine=%,.0f " + unit() + "/s (median of %d: %s) end-to-end=%,.0f " + unit() + "/s"
                            + " flows=%,d peak-heap=%d MB checksum=%.2f%n",
                    t, median.engineRate(), rounds, results.stream()
                            .map(r -> String.format(Locale.ROOT, "%,.0f", r.engineRate())).toList(),
                    median.endToEndRate(), median.flows, median.peakHeapBytes >> 20, median.checksum);
        }
        return 0;
    }

    private String unit() {
        return scenarios ? "note-scenarios" : "notes";
    }

    /** Results of one run; {@code items} are notes, or note-scenarios (base included) with --scenarios. */
    private record Result(long items, int threads, long engineNanos, long wallNanos, long flows,
                          long peakHeapBytes, double checksum) {
        /** Items per second of engine time on each thread, times the threads. */
        double engineRate() {
            return items * 1e9 * threads / engineNanos;
        }

        double endToEndRate() {
            return items * 1e9 / wallNanos;
        }
    }

    private Result run(PortfolioGenerator generator, IndexData indices, FlatRate curve, long count, int threadCount)
            throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Scenario> cases = scenarios ? TEN_SCENARIOS : List.of();
        AtomicLong next = new AtomicLong();
        AtomicLong engineNanos = new AtomicLong();
        AtomicLong flows = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threadCount);
        List<Future<Double>> parts = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            parts.add(pool.submit(() -> {
                double sum = 0;
                Position[] batch = new Position[BATCH];
                long from;
                while ((from = next.getAndAdd(BATCH)) < count) {
                    int size = (int) Math.min(BATCH, count - from);
                    for (int i = 0; i < size; i++) {
                        batch[i] = generator.note(from + i);
                    }
                    long t0 = CPU.getCurrentThreadCpuTime();
                    long rows = 0;
                    for (int i = 0; i < size; i++) {
                        PositionResult p = PositionPricer.price(batch[i], asOf, curve, indices, cases);
                        rows += p.schedule().size();
                        sum += p.measures().npv();
                        for (ScenarioResult r : p.scenarios()) {
                            rows += r.schedule().size();
                            sum += r.measures().npv();
                        }
                    }
                    engineNanos.addAndGet(CPU.getCurrentThreadCpuTime() - t0);
                    flows.addAndGet(rows);
                }
                return sum;
            }));
        }
        double checksum = 0;
        for (Future<Double> part : parts) {
            checksum += part.get();
        }
        pool.shutdown();
        long wall = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long items = scenarios ? count * (TEN_SCENARIOS.size() + 1) : count;
        return new Result(items, threadCount, engineNanos.get(), wall, flows.get(), peak, checksum);
    }
}
