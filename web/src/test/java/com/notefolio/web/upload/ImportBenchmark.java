package com.notefolio.web.upload;

import com.notefolio.analytics.io.PortfolioCsvWriter;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.web.NotefolioApplication;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark (a main, not a test): imports a portfolio CSV of generated notes (100,000 by default, with
 * the stated schedules, rate steps, draws and installments its notes have; generated once into
 * {@code web/target/bench-import/COUNT}) through the real {@link PortfolioImport} in the running
 * application, on an H2 file database as the application uses by default. Prints the import's wall time
 * and the heap's peak, sampled every 10 ms and as the sum of the heap pools' peaks (an upper bound).
 *
 * <p>Run from the repository root with {@code web/bench/main.sh}, for example
 * {@code BENCH_HEAP=512m web/bench/main.sh com.notefolio.web.upload.ImportBenchmark 100000}; a 1,000,000-note
 * run needs {@code BENCH_HEAP=2g} (the core reads the stated schedules whole: 4.3 million rows). The generated
 * files are kept in {@code web/target/bench-import/COUNT} (system property {@code notefolio.bench.cache}).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path files = generated(count);
        Path dir = Files.createTempDirectory("notefolio-import-benchmark");
        try {
            StringBuilder sizes = new StringBuilder();
            for (String name : COMPANIONS) {
                sizes.append(String.format(Locale.ROOT, ", %s %,d rows", name, rows(files.resolve(name))));
            }
            System.out.printf(Locale.ROOT, "portfolio: %,d notes (%.1f MB of CSV)%s; %.1f MB in all%n", count,
                    Files.size(files.resolve("notes.csv")) / 1e6, sizes, totalBytes(files) / 1e6);
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NotefolioApplication.class)
                    .run("--server.port=0", "--notefolio.demo.notes=-1", "--notefolio.spark.start-at-boot=false",
                            "--notefolio.data-dir=" + dir, "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"),
                            "--logging.level.root=WARN", "--vaadin.productionMode=true")) {
                run(app, dir, files, count);
            }
        } finally {
            try (Stream<Path> left = Files.walk(dir)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long totalBytes(Path files) throws IOException {
        long total = Files.size(files.resolve("notes.csv"));
        for (String name : COMPANIONS) {
            total += Files.size(files.resolve(name));
        }
        return total;
    }

    private static void run(ConfigurableApplicationContext app, Path dir, Path files, int count) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        PortfolioImport imports = app.getBean(PortfolioImport.class);
        UploadReceiver receiver = new UploadReceiver(app.getBean(UploadReceiver.class).maxBytes(), dir);
        List<ReceivedFile> companions = new ArrayList<>();
        for (String name : COMPANIONS) {
            // An empty companion (headed, no rows) is left out, as a user would not upload it.
            companions.add(rows(files.resolve(name)) == 0 ? null : receive(receiver, files.resolve(name)));
        }
        try (ReceivedFile notes = receive(receiver, files.resolve("notes.csv"))) {
            PortfolioFiles upload = new PortfolioFiles(notes, companions.get(0), companions.get(1), null, null,
                    companions.get(2), companions.get(3));
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long base = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            AtomicLong sampledPeak = new AtomicLong(base);
            AtomicLong liveAfterGc = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    // What each pool held after its last collection: the live heap, free of garbage not yet collected.
                    liveAfterGc.accumulateAndGet(heap.stream().filter(MemoryPoolMXBean::isCollectionUsageThresholdSupported)
                            .mapToLong(p -> p.getCollectionUsage().getUsed()).sum(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long processCpu = os.getProcessCpuTime();
            long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ImportOutcome outcome = imports.importPortfolio("Benchmark " + System.nanoTime(), upload);
            double seconds = (System.nanoTime() - start) / 1e9;
            double threadSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpu) / 1e9;
            double processSeconds = (os.getProcessCpuTime() - processCpu) / 1e9;
            sampler.interrupt();
            long poolPeaks = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            if (!outcome.imported() || outcome.notes() != count) {
                throw new IllegalStateException("the import failed: " + outcome.errors());
            }
            System.out.printf(Locale.ROOT, "imported %,d notes in %.2f s wall (%,.0f notes/s), CPU %.2f s in the "
                            + "importing thread, %.2f s in the process; -Xmx %d MB; heap before %.0f MB, sampled peak "
                            + "%.0f MB, sum of pool peaks %.0f MB, largest heap after a collection %.0f MB; load average %.1f "
                            + "on %d cores%n", outcome.notes(),
                    seconds, outcome.notes() / seconds, threadSeconds, processSeconds,
                    Runtime.getRuntime().maxMemory() >> 20, base / 1048576.0, sampledPeak.get() / 1048576.0,
                    poolPeaks / 1048576.0, liveAfterGc.get() / 1048576.0, os.getSystemLoadAverage(),
                    os.getAvailableProcessors());
        } finally {
            companions.stream().filter(f -> f != null).forEach(ReceivedFile::close);
        }
    }

    private static ReceivedFile receive(UploadReceiver receiver, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return receiver.receive(file.getFileName().toString(), in);
        }
    }

    /** The companion files beside the notes, in the order {@link PortfolioCsvWriter#open} takes them. */
    private static final List<String> COMPANIONS = List.of("schedules.csv", "rate-steps.csv", "draws.csv",
            "installments.csv");

    /**
     * The generated portfolio of {@code count} notes in {@code cache} (written once, by analytics'
     * {@link PortfolioCsvWriter}: every column of the portfolio CSV and the companion files the import takes),
     * so a 1,000,000-note file is generated on the first run only.
     */
    static Path generated(int count) throws IOException {
        Path cache = Path.of(System.getProperty("notefolio.bench.cache", "web/target/bench-import"))
                .resolve(Integer.toString(count));
        if (Files.exists(cache.resolve("complete"))) {
            return cache;
        }
        Files.createDirectories(cache);
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(2024, count);
        try (BufferedWriter notes = Files.newBufferedWriter(cache.resolve("notes.csv"));
             BufferedWriter schedules = Files.newBufferedWriter(cache.resolve(COMPANIONS.get(0)));
             BufferedWriter steps = Files.newBufferedWriter(cache.resolve(COMPANIONS.get(1)));
             BufferedWriter draws = Files.newBufferedWriter(cache.resolve(COMPANIONS.get(2)));
             BufferedWriter installments = Files.newBufferedWriter(cache.resolve(COMPANIONS.get(3)));
             PortfolioCsvWriter csv = PortfolioCsvWriter.open(notes, schedules, steps, draws, installments)) {
            for (int i = 0; i < count; i++) {
                csv.write(NoteRow.of(generator.note(i)));
            }
        }
        Files.writeString(cache.resolve("complete"), "");
        return cache;
    }

    /** Rows of a CSV file after its header. */
    static long rows(Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return Math.max(0, lines.count() - 1);
        }
    }
}
