package com.notefolio.web.upload;

import com.notefolio.analytics.row.NoteRow;
import com.notefolio.analytics.row.StatedPaymentRow;
import com.notefolio.core.io.PortfolioCsvReader;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark (a main, not a test): imports a portfolio CSV of generated notes (100,000 by default, with
 * the stated schedules of its STATED notes) through the real {@link PortfolioImport} in the running
 * application, on an H2 file database as the application uses by default. Prints the import's wall time
 * and the heap's peak, sampled every 10 ms and as the sum of the heap pools' peaks (an upper bound).
 *
 * <p>Run from the repository root after {@code ./mvnw -pl web -am test-compile}, with the class path of
 * the web module's tests, for example {@code java -Xmx512m -cp "$CP" com.notefolio.web.upload.ImportBenchmark 100000}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("notefolio-import-benchmark");
        try {
            Path notesCsv = dir.resolve("notes.csv");
            Path schedulesCsv = dir.resolve("schedules.csv");
            long stated = writePortfolio(count, notesCsv, schedulesCsv);
            System.out.printf(Locale.ROOT, "portfolio: %,d notes (%,d stated payments), %.1f MB + %.1f MB of CSV%n",
                    count, stated, Files.size(notesCsv) / 1e6, Files.size(schedulesCsv) / 1e6);
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NotefolioApplication.class)
                    .run("--server.port=0", "--notefolio.demo.notes=-1",
                            "--notefolio.data-dir=" + dir, "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"),
                            "--logging.level.root=WARN", "--vaadin.productionMode=true")) {
                run(app, dir, notesCsv, schedulesCsv, count);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(ConfigurableApplicationContext app, Path dir, Path notesCsv, Path schedulesCsv, int count)
            throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        PortfolioImport imports = app.getBean(PortfolioImport.class);
        UploadReceiver receiver = new UploadReceiver(app.getBean(UploadReceiver.class).maxBytes(), dir);
        try (ReceivedFile notes = receive(receiver, notesCsv); ReceivedFile schedules = receive(receiver, schedulesCsv)) {
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
            ImportOutcome outcome = imports.importPortfolio("Benchmark " + System.nanoTime(), notes, schedules);
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
        }
    }

    private static ReceivedFile receive(UploadReceiver receiver, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return receiver.receive(file.getFileName().toString(), in);
        }
    }

    /** Writes the generator's notes as the portfolio CSV and stated schedules CSV; returns the stated rows. */
    static long writePortfolio(int count, Path notesCsv, Path schedulesCsv) throws IOException {
        Map<String, Function<NoteRow, Object>> columns = columns();
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(2024, count);
        long stated = 0;
        try (BufferedWriter notes = Files.newBufferedWriter(notesCsv);
             BufferedWriter schedules = Files.newBufferedWriter(schedulesCsv)) {
            notes.write(String.join(",", columns.keySet()));
            notes.write('\n');
            schedules.write("note_id,due_date,payment\n");
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < count; i++) {
                NoteRow row = NoteRow.of(generator.note(i));
                line.setLength(0);
                for (Function<NoteRow, Object> column : columns.values()) {
                    if (!line.isEmpty() || column != columns.get(PortfolioCsvReader.NOTE_ID)) {
                        line.append(',');
                    }
                    Object value = column.apply(row);
                    line.append(value == null ? "" : field(value.toString()));
                }
                notes.append(line).append('\n');
                if (row.getStatedPayments() != null) {
                    for (StatedPaymentRow p : row.getStatedPayments()) {
                        schedules.append(field(row.getNoteId())).append(',').append(p.getDueDate().toString())
                                .append(',').append(p.getPayment()).append('\n');
                        stated++;
                    }
                }
            }
        }
        return stated;
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Every column of the portfolio CSV with the row property it holds. */
    private static Map<String, Function<NoteRow, Object>> columns() {
        Map<String, Function<NoteRow, Object>> c = new LinkedHashMap<>();
        c.put(PortfolioCsvReader.NOTE_ID, NoteRow::getNoteId);
        c.put(PortfolioCsvReader.PRINCIPAL, NoteRow::getPrincipal);
        c.put(PortfolioCsvReader.ANNUAL_RATE, NoteRow::getAnnualRate);
        c.put(PortfolioCsvReader.ISSUE_DATE, NoteRow::getIssueDate);
        c.put(PortfolioCsvReader.MATURITY_DATE, NoteRow::getMaturityDate);
        c.put(PortfolioCsvReader.AMORTIZATION, NoteRow::getAmortization);
        c.put(PortfolioCsvReader.CURRENCY, NoteRow::getCurrency);
        c.put(PortfolioCsvReader.FIRST_PAYMENT_DATE, NoteRow::getFirstPaymentDate);
        c.put(PortfolioCsvReader.FREQUENCY, NoteRow::getFrequency);
        c.put(PortfolioCsvReader.DAY_COUNT, NoteRow::getDayCount);
        c.put(PortfolioCsvReader.PAYMENT, NoteRow::getPayment);
        c.put(PortfolioCsvReader.AMORTIZATION_MONTHS, NoteRow::getAmortizationMonths);
        c.put(PortfolioCsvReader.PAYMENT_ROUNDING, NoteRow::getPaymentRounding);
        c.put(PortfolioCsvReader.INTEREST_ROUNDING, NoteRow::getInterestRounding);
        c.put(PortfolioCsvReader.BORROWER, NoteRow::getBorrower);
        c.put(PortfolioCsvReader.BORROWER_ADDRESS, NoteRow::getBorrowerAddress);
        c.put(PortfolioCsvReader.LENDER, NoteRow::getLender);
        c.put(PortfolioCsvReader.LENDER_ADDRESS, NoteRow::getLenderAddress);
        c.put(PortfolioCsvReader.SECTOR, NoteRow::getSector);
        c.put(PortfolioCsvReader.REGION, NoteRow::getRegion);
        c.put(PortfolioCsvReader.RATING, NoteRow::getRating);
        c.put(PortfolioCsvReader.SECURED, NoteRow::getSecured);
        c.put(PortfolioCsvReader.COLLATERAL, NoteRow::getCollateral);
        c.put(PortfolioCsvReader.COLLATERAL_VALUE, NoteRow::getCollateralValue);
        c.put(PortfolioCsvReader.PRICE, NoteRow::getPrice);
        c.put(PortfolioCsvReader.PREPAYMENT_ALLOWED, NoteRow::getPrepaymentAllowed);
        c.put(PortfolioCsvReader.PREPAYMENT_PENALTY, NoteRow::getPrepaymentPenalty);
        c.put(PortfolioCsvReader.LOCKOUT_UNTIL, NoteRow::getLockoutUntil);
        c.put(PortfolioCsvReader.CURE_DAYS, NoteRow::getCureDays);
        c.put(PortfolioCsvReader.DEFAULT_RATE, NoteRow::getDefaultRate);
        c.put(PortfolioCsvReader.ACCELERATES, NoteRow::getAccelerates);
        c.put(PortfolioCsvReader.COLLECTION_COSTS_PAYABLE, NoteRow::getCollectionCostsPayable);
        c.put(PortfolioCsvReader.GOVERNING_LAW, NoteRow::getGoverningLaw);
        List<String> missing = new ArrayList<>(PortfolioCsvReader.REQUIRED_COLUMNS);
        missing.addAll(PortfolioCsvReader.OPTIONAL_COLUMNS);
        missing.removeAll(c.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("columns not written: " + missing);
        }
        return c;
    }
}
