package com.notefolio.reports.bench;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.reports.portfolio.PortfolioProjectionWorkbook;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.reports.workbook.WorkbookFile;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: a plain {@code main} that exports a generated portfolio of about {@code rows} flow rows (one
 * million by default) as a portfolio projection workbook, and prints the time, the CPU time (the process's,
 * all threads: the sheets are deflated on a second thread, and the JIT compiles on others; and the main
 * thread's), the load average and the peak heap. Run it with the heap limited to see that streaming keeps
 * memory flat, e.g. {@code -Xmx512m}. On a shared machine the wall time follows the load; the CPU time does
 * not, much.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("export-benchmark", ".xlsx");
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        FlatRate curve = FlatRate.of(0.07);
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(42, rows / 100);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] written = new long[2];
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long processCpu = os.getProcessCpuTime();
        long mainCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        WorkbookFile.write(out, wb -> {
            PortfolioProjectionWorkbook book = new PortfolioProjectionWorkbook(wb, asOf, curve,
                    StreamedTable.EXCEL_ROW_LIMIT);
            for (long i = 0; written[1] < rows; i++) {
                Position p = generator.note(i);
                Schedule s = ScheduleResolver.resolve(p.terms());
                NoteMeasures m = NotePricer.measures(s, asOf, p.priceAt(s, asOf), curve);
                book.add(p, s, m);
                written[0]++;
                written[1] += s.size();
            }
            book.finish();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - processCpu) / 1e9;
        double main = (threads.getCurrentThreadCpuTime() - mainCpu) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "export: %,d notes, %,d flow rows in %.1f s (%,.0f rows/s), CPU %.1f s"
                        + " (main thread %.1f s), load average %.1f, peak heap %d MB (max heap %d MB), file %,d bytes:"
                        + " %s%n", written[0], written[1], seconds, written[1] / seconds, cpu, main,
                os.getSystemLoadAverage(), peak >> 20, Runtime.getRuntime().maxMemory() >> 20, Files.size(out), out);
    }
}
