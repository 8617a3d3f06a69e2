package com.notefolio.core.pricer;

import com.notefolio.core.convention.EpochDay;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Not a test: a plain {@code main} that solves 100-flow XIRR problems in a loop and prints the microseconds
 * per solve, the median of {@code rounds} runs (default 7) of about half a second each, against the 10 µs
 * target of issue 16. The problems: pyxirr's benchmark file {@code rw-100.csv} (−1,000,000, then 100 monthly
 * flows), its sample {@code random_100.csv} (100 flows of both signs, root 2,983%), and 1,000 generated
 * notes of 100 flows (−price, then 99 monthly level payments; rate 3–15%, price 90–110% of par), each from
 * pyxirr's default guess; then, apart from the target, two 30-flow samples where Newton's method fails (one
 * bracketed, one without a root) for the fallback's cost. Time is the thread's CPU time, as {@code ./notefolio bench} counts it, so other
 * processes on a shared machine slow it less than the wall clock. A checksum of the rates keeps the work from
 * being optimized away.
 */
public final class XirrBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private XirrBenchmark() {
    }

    private record Problem(int[] days, double[] amounts) {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        System.out.printf(Locale.ROOT, "xirr bench: %d rounds, Java %s%n", rounds, System.getProperty("java.version"));
        run("rw-100.csv (101 flows)", List.of(sample("rw-100")), rounds);
        run("random_100.csv (100 flows)", List.of(sample("random_100")), rounds);
        run("1,000 generated 100-flow notes", generated(1000, 100), rounds);
        // Not of the target: what the fallback costs where Newton's method fails, and a search that finds nothing.
        run("30-23.csv (30 flows, bracketed)", List.of(sample("30-23")), rounds);
        run("30-29.csv (30 flows, no root)", List.of(sample("30-29")), rounds);
    }

    private static Problem sample(String name) {
        XirrTest.Sample s = XirrTest.sample(name);
        return new Problem(s.days(), s.amounts());
    }

    /** −price on the issue date, then monthly level payments of a 100,000 loan over flows − 1 months. */
    private static List<Problem> generated(int count, int flows) {
        SplittableRandom random = new SplittableRandom(16);
        Problem[] out = new Problem[count];
        for (int k = 0; k < count; k++) {
            double rate = 0.03 + 0.12 * random.nextDouble();
            double price = 100_000 * (0.9 + 0.2 * random.nextDouble());
            int months = flows - 1;
            double i = rate / 12;
            double payment = 100_000 * i / (1 - Math.pow(1 + i, -months));
            LocalDate issue = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365));
            int[] days = new int[flows];
            double[] amounts = new double[flows];
            days[0] = EpochDay.of(issue);
            amounts[0] = -price;
            for (int m = 1; m < flows; m++) {
                days[m] = EpochDay.of(issue.plusMonths(m));
                amounts[m] = payment;
            }
            out[k] = new Problem(days, amounts);
        }
        return List.of(out);
    }

    private static void run(String label, List<Problem> problems, int rounds) {
        double checksum = 0;
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < 1_000_000_000L) {
            for (Problem p : problems) {
                checksum += Xirr.solve(p.days(), p.amounts()).rate();
            }
        }
        double[] micros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long solves = 0;
            long start = CPU.getCurrentThreadCpuTime();
            long elapsed;
            do {
                for (Problem p : problems) {
                    checksum += Xirr.solve(p.days(), p.amounts()).rate();
                }
                solves += problems.size();
                elapsed = CPU.getCurrentThreadCpuTime() - start;
            } while (elapsed < 500_000_000L);
            micros[r] = elapsed / 1e3 / solves;
        }
        double[] sorted = micros.clone();
        Arrays.sort(sorted);
        Xirr.Result first = Xirr.solve(problems.get(0).days(), problems.get(0).amounts());
        System.out.printf(Locale.ROOT, "%s: %.2f µs per solve (median of %d: %s; target 10 µs); first: %s; checksum %.6f%n",
                label, sorted[rounds / 2], rounds, Arrays.toString(Arrays.stream(micros)
                        .map(m -> Math.round(m * 100) / 100.0).toArray()), first, checksum);
    }
}
