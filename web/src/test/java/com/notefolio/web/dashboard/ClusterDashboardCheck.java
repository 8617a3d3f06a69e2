package com.notefolio.web.dashboard;

import com.notefolio.web.NotefolioApplication;
import com.notefolio.web.portfolio.DemoPortfolio;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.security.Role;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Cluster check of the web application (a main class, not a test; {@code analytics/cluster/standalone-check.sh}
 * runs it): the application started on 127.0.0.1 with {@code notefolio.spark.master} naming a standalone
 * cluster computes the demo portfolio's dashboard there, on the cluster's executors; the same application
 * restarted on the same database in local mode computes it again; the two must be equal. Exits 0 when
 * they are, 1 when not, printing the first difference.
 *
 * <p>The check asks the application's own {@link Dashboards} service, which the dashboard view draws from,
 * rather than reading the page over HTTP: the service's {@link DashboardFigures} hold every figure at
 * full precision (the page shows them rounded, and driving Vaadin's protocol adds nothing Spark-related),
 * and the application is configured as a user configures it, by its properties.
 *
 * <p>Equal means: text, dates and whole numbers (cents, counts) exactly; doubles (NPVs, yields, shares)
 * to 1e-9 relative, since partition aggregates may reach the driver in another order on a cluster and
 * double addition is not associative.
 *
 * <p>Arguments: {@code --master spark://127.0.0.1:PORT --jars A.jar,B.jar [--notes N] [--local local[2]]}.
 */
public final class ClusterDashboardCheck {

    private static final double RELATIVE = 1e-9;

    private ClusterDashboardCheck() {
    }

    public static void main(String[] args) throws Exception {
        String master = option(args, "--master", null);
        String jars = option(args, "--jars", null);
        String local = option(args, "--local", "local[2]");
        int notes = Integer.parseInt(option(args, "--notes", "20000"));
        if (master == null || jars == null) {
            throw new IllegalArgumentException("usage: --master spark://HOST:PORT --jars A.jar,B.jar [--notes N]");
        }
        Path dir = Files.createTempDirectory("notefolio-cluster-check");
        try {
            DashboardFigures onCluster = dashboard(dir, notes, master, jars, true);
            DashboardFigures inLocal = dashboard(dir, notes, local, "", false);
            List<String> differences = new ArrayList<>();
            compare("dashboard", onCluster, inLocal, differences);
            if (!differences.isEmpty()) {
                System.out.println("web dashboard: cluster and local differ (" + differences.size() + " figures), first: "
                        + differences.get(0));
                System.exit(1);
            }
            System.out.printf("web dashboard: %,d notes, %d currencies, %d monthly ladder rows; cluster == local"
                            + " (exact, doubles to %.0e relative)%n", onCluster.currencies().get(0).totals().notes(),
                    onCluster.currencies().size(), onCluster.currencies().get(0).monthlyLadder().size(), RELATIVE);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    /** The application on {@code master}, its demo portfolio's dashboard as of 2024-06-30, the application closed. */
    private static DashboardFigures dashboard(Path dir, int notes, String master, String jars, boolean cluster)
            throws Exception {
        // As arguments: they outrank the test class path's config/application.properties.
        ConfigurableApplicationContext app = new SpringApplicationBuilder(NotefolioApplication.class).run(
                "--server.address=127.0.0.1", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("check") + ";DB_CLOSE_DELAY=-1",
                "--notefolio.data-dir=" + dir, "--notefolio.admin-password=cluster-check-password",
                "--notefolio.demo.notes=" + notes, "--notefolio.spark.master=" + master,
                "--notefolio.spark.jars=" + jars, "--notefolio.spark.driver-host=127.0.0.1",
                "--notefolio.spark.driver-bind-address=127.0.0.1", "--notefolio.spark.start-at-boot=false",
                "--vaadin.productionMode=true", "--logging.level.root=WARN");
        try {
            long demo = app.getBean(PortfolioStore.class).idOf(DemoPortfolio.NAME).orElseThrow();
            SecurityContextHolderStrategy security = app.getBean(SecurityContextHolderStrategy.class);
            var context = security.createEmptyContext();
            context.setAuthentication(new UsernamePasswordAuthenticationToken("cluster-check", null,
                    List.of(new SimpleGrantedAuthority(Role.ANALYST_AUTHORITY))));
            security.setContext(context);
            long t = System.nanoTime();
            SparkJob<DashboardFigures> job;
            try {
                job = app.getBean(Dashboards.class).open(demo, DashboardInputs.defaults(LocalDate.of(2024, 6, 30)),
                        "cluster-check", "cluster-check");
            } finally {
                security.clearContext();
            }
            if (!job.await(Duration.ofMinutes(10))) {
                throw new IllegalStateException("the dashboard on " + master + " did not arrive in 10 minutes");
            }
            DashboardFigures figures = job.result().orElseThrow(() -> new IllegalStateException(
                    "the dashboard on " + master + " failed: " + job.progress().error()));
            var spark = app.getBean(SparkEngine.class).session().sparkContext();
            // The driver counts itself among the executors: more than one means the work left this JVM.
            int executors = spark.statusTracker().getExecutorInfos().length - 1;
            if (cluster && executors < 1) {
                throw new IllegalStateException("no executor of " + master + " joined the application");
            }
            System.out.printf("web dashboard on %s (%s, driver %s:%s, %d executors): %.1f s%n", master,
                    spark.master(), spark.getConf().get("spark.driver.host"), spark.getConf().get("spark.driver.port"),
                    executors, (System.nanoTime() - t) / 1e9);
            return figures;
        } finally {
            app.close();
        }
    }

    /** Collects where {@code a} and {@code b} differ, component by component of the records. */
    private static void compare(String path, Object a, Object b, List<String> differences) {
        if (a == null || b == null) {
            if (a != b) {
                differences.add(path + ": " + a + " vs " + b);
            }
        } else if (a instanceof Double || a instanceof Float) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) b).doubleValue();
            boolean same = Double.compare(x, y) == 0 || Math.abs(x - y) <= RELATIVE * Math.max(Math.abs(x), Math.abs(y));
            if (!same) {
                differences.add(path + ": " + x + " vs " + y);
            }
        } else if (a instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    compare(path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b), differences);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(path + "." + c.getName() + ": " + e.getMessage(), e);
                }
            }
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                differences.add(path + ": " + x.size() + " vs " + y.size() + " entries");
                return;
            }
            for (int i = 0; i < x.size(); i++) {
                compare(path + "[" + i + "]", x.get(i), y.get(i), differences);
            }
        } else if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                differences.add(path + ": keys " + x.keySet() + " vs " + y.keySet());
                return;
            }
            x.forEach((k, v) -> compare(path + "[" + k + "]", v, y.get(k), differences));
        } else if (a.getClass().isArray()) {
            int n = Array.getLength(a);
            if (n != Array.getLength(b)) {
                differences.add(path + ": " + n + " vs " + Array.getLength(b) + " entries");
                return;
            }
            for (int i = 0; i < n; i++) {
                compare(path + "[" + i + "]", Array.get(a, i), Array.get(b, i), differences);
            }
        } else if (!a.equals(b)) {
            differences.add(path + ": " + a + " vs " + b);
        }
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
