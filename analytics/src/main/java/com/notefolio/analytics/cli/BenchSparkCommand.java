package com.notefolio.analytics.cli;

import com.notefolio.analytics.io.NoteSource;
import com.notefolio.analytics.io.OutputFiles;
import com.notefolio.analytics.io.ResultFormat;
import com.notefolio.analytics.job.AnalyzeJob;
import com.notefolio.analytics.job.Assumptions;
import com.notefolio.analytics.job.PortfolioGeneration;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.pricer.FlatRate;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code notefolio bench-spark}: the analyze job on Spark against the core engine on the same notes and the
 * same number of cores, in one JVM, rounds alternating. Both are timed by the CPU time of the threads
 * doing the work (Spark's tasks; the engine's pricing threads), so that other processes on a shared machine
 * slow neither figure; a rate on N cores is notes × N / CPU seconds. The Spark job is the real
 * {@link AnalyzeJob} on a Parquet portfolio (reading, valuing, writing measures, totals, ladders and
 * exposure); its valuation phase is the stage that values the notes (the one that counts them), the rest
 * being the index-data check and the small result writes. The engine prices the generated positions of the
 * same portfolio by {@link PositionPricer}, generation not counted, as the core's {@code bench} does.
 */
@Command(name = "bench-spark", mixinStandardHelpOptions = true,
        description = {"Benchmark analyze on Spark against the core engine on the same notes and cores, in one run:",
            "notes per second of each (CPU time of the working threads) and their ratio, medians of alternating rounds."})
final class BenchSparkCommand implements Callable<Integer> {

    @Option(names = "--notes", defaultValue = "1000000", description = "Notes (default ${DEFAULT-VALUE}).")
    long notes;

    @Option(names = "--seed", defaultValue = "42", description = "Portfolio seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rate-mix", defaultValue = "fixed", paramLabel = "fixed|realistic",
            description = "The notes' rates, as generate's option (default ${DEFAULT-VALUE}: the figure kept since the"
                    + " first Spark benchmark).")
    String rateMix;

    @Option(names = "--portfolio", paramLabel = "DIR",
            description = "The Parquet portfolio: generated there first if absent (default: notefolio-bench-N-SEED-MIX.parquet"
                    + " in the temporary folder); if present it must be generate's portfolio of these --notes, --seed and"
                    + " --rate-mix.")
    Path portfolio;

    @Option(names = "--as-of", defaultValue = "2024-06-30", description = "Valuation date (default ${DEFAULT-VALUE}).")
    LocalDate asOf;

    @Option(names = "--discount-rate", defaultValue = "0.08", description = "Flat discount rate (default ${DEFAULT-VALUE}).")
    double discountRate;

    @Option(names = "--rounds", defaultValue = "3",
            description = "Rounds of each, alternating, after one warm-up round of each; medians reported (default ${DEFAULT-VALUE}).")
    int rounds;

    @Mixin
    SparkOptions spark;

    private static final int BATCH = 4096;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() throws Exception {
        RateMix mix;
        try {
            mix = RateMix.of(rateMix);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--rate-mix: " + e.getMessage());
        }
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(seed, notes, mix);
        Assumptions assumptions = Assumptions.of(asOf, FlatRate.of(discountRate), null)
                .withIndexData(generator.fixings(asOf), generator.indexCurves(asOf));
        Path folder = portfolio != null ? portfolio : Path.of(System.getProperty("java.io.tmpdir"),
                String.format(Locale.ROOT, "notefolio-bench-%d-%d-%s.parquet", notes, seed, mix.label()));
        SparkSession session = spark.start();
        try {
            int cores = session.sparkContext().defaultParallelism();
            if (!Files.exists(folder)) {
                long t = System.nanoTime();
                Path work = OutputFiles.workingFolder(folder);
                PortfolioGeneration.notes(session, notes, seed, spark.partitionsFor(session, notes), mix,
                        com.notefolio.core.portfolio.ShapeMix.PLAIN).write().parquet(work.toString());
                OutputFiles.replace(work, folder);
                System.out.printf(Locale.ROOT, "bench-spark: generated %s in %.1f s (not counted)%n", folder,
                        (System.nanoTime() - t) / 1e9);
            }
            System.out.printf(Locale.ROOT, "bench-spark: %,d notes (%s rates, seed %d) in %s, master %s (%d cores),"
                            + " as of %s, discount %.4f, %d rounds, max heap %d MB%n", notes, mix.label(), seed, folder,
                    session.sparkContext().master(), cores, asOf, discountRate, rounds,
                    Runtime.getRuntime().maxMemory() >> 20);
            IndexData indices = generator.indexData(asOf);
            FlatRate curve = FlatRate.of(discountRate);
            TaskCpu meter = new TaskCpu();
            session.sparkContext().addSparkListener(meter);
            List<double[]> engine = new ArrayList<>();
            List<SparkRound> sparks = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                double e = engine(generator, indices, curve, cores);
                SparkRound s = analyze(session, folder, assumptions, meter, cores);
                String label = round == 0 ? "warm-up" : "round " + round;
                System.out.printf(Locale.ROOT, "bench-spark: %s: engine %,.0f notes/s | analyze job %,.0f notes/s,"
                                + " valuation phase %,.0f notes/s (%.0f%% of the engine), job wall %.1f s%n", label, e,
                        s.jobRate, s.valuationRate, 100 * s.valuationRate / e, s.wallSeconds);
                if (round > 0) {
                    engine.add(new double[] {e});
                    sparks.add(s);
                }
            }
            double e = median(engine.stream().mapToDouble(x -> x[0]).toArray());
            double job = median(sparks.stream().mapToDouble(s -> s.jobRate).toArray());
            double valuation = median(sparks.stream().mapToDouble(s -> s.valuationRate).toArray());
            double wall = median(sparks.stream().mapToDouble(s -> s.wallSeconds).toArray());
            System.out.printf(Locale.ROOT, "bench-spark: medians on %d cores: engine %,.0f notes/s; analyze valuation phase"
                            + " %,.0f notes/s = %.0f%% of the engine; whole analyze job %,.0f notes/s = %.0f%%; job wall %.1f s%n",
                    cores, e, valuation, 100 * valuation / e, job, 100 * job / e, wall);
        } finally {
            session.stop();
        }
        return 0;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The engine's notes per second on {@code threads} threads: notes × threads / CPU seconds pricing. */
    private double engine(PortfolioGenerator generator, IndexData indices, FlatRate curve, int threads) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong nanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Double>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    double sum = 0;
                    Position[] batch = new Position[BATCH];
                    long from;
                    while ((from = next.getAndAdd(BATCH)) < notes) {
                        int size = (int) Math.min(BATCH, notes - from);
                        for (int i = 0; i < size; i++) {
                            batch[i] = generator.note(from + i);
                        }
                        long t0 = CPU.getCurrentThreadCpuTime();
                        for (int i = 0; i < size; i++) {
                            sum += PositionPricer.price(batch[i], asOf, curve, indices, List.of()).measures().npv();
                        }
                        nanos.addAndGet(CPU.getCurrentThreadCpuTime() - t0);
                    }
                    return sum;
                }));
            }
            for (Future<Double> f : parts) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return notes * 1e9 * threads / nanos.get();
    }

    private record SparkRound(double jobRate, double valuationRate, double wallSeconds) {
    }

    /** One analyze of the portfolio into a temporary folder, timed by its tasks' CPU. */
    private SparkRound analyze(SparkSession session, Path folder, Assumptions assumptions, TaskCpu meter, int cores)
            throws IOException, java.util.concurrent.TimeoutException {
        Path out = Files.createTempDirectory("notefolio-bench-spark-").resolve("out");
        LongAccumulator done = session.sparkContext().longAccumulator("notes");
        meter.start(done.id());
        long t0 = System.nanoTime();
        AnalyzeJob.Outcome outcome = AnalyzeJob.run(session, new AnalyzeJob.Request(NoteSource.of(folder.toString()),
                null, null, null, null, List.of(), assumptions, out, ResultFormat.PARQUET, false, cores, null), done);
        double wall = (System.nanoTime() - t0) / 1e9;
        session.sparkContext().listenerBus().waitUntilEmpty();
        OutputFiles.deleteTree(out.getParent());
        if (outcome.notes() != notes || done.value() != notes) {
            throw new IllegalStateException(folder + " holds " + outcome.notes() + " notes, not the " + notes
                    + " of --notes: give another --portfolio");
        }
        return new SparkRound(notes * 1e9 * cores / meter.totalNanos(), notes * 1e9 * cores / meter.valuationNanos(),
                wall);
    }

    /**
     * Sums the CPU time of the tasks that ran since {@link #start}, and of the stages among them that counted
     * notes on the given accumulator (the valuation). Listener events arrive on Spark's listener thread.
     */
    private static final class TaskCpu extends SparkListener {
        private long notesAccumulator = -1;
        private final java.util.Map<Integer, Long> byStage = new java.util.HashMap<>();
        private final Set<Integer> valuationStages = new HashSet<>();

        synchronized void start(long accumulatorId) {
            notesAccumulator = accumulatorId;
            byStage.clear();
            valuationStages.clear();
        }

        @Override
        public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.taskMetrics() != null) {
                long cpu = end.taskMetrics().executorCpuTime() + end.taskMetrics().executorDeserializeCpuTime();
                byStage.merge(end.stageId(), cpu, Long::sum);
            }
        }

        @Override
        public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
            if (completed.stageInfo().accumulables().contains(notesAccumulator)) {
                valuationStages.add(completed.stageInfo().stageId());
            }
        }

        synchronized long totalNanos() {
            return byStage.values().stream().mapToLong(Long::longValue).sum();
        }

        synchronized long valuationNanos() {
            return valuationStages.stream().mapToLong(s -> byStage.getOrDefault(s, 0L)).sum();
        }
    }
}
