package com.notefolio.web.dashboard;

import com.notefolio.web.NotefolioApplication;
import com.notefolio.web.portfolio.DemoPortfolio;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.security.Role;
import com.notefolio.web.security.UserAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Load benchmark (a main class, not a test): the application on 127.0.0.1 with the demo portfolio
 * ({@code --notes}, 10,000 by default, plus the 2003 note), then {@code --sessions} (20) analysts, each
 * with an HTTP session of their own, signing in through the real login form and opening the dashboard
 * over Vaadin's own protocol as a browser does: the page (whose first response creates the UI and starts
 * the computation), then the UI's poll every 500 ms until the KPI tiles arrive. {@code --cycles} (3)
 * times, all sessions at once (a barrier), each cycle with a discount rate of its own so that nothing is
 * cached from the cycle before. One dashboard of another date is computed first and not counted (Spark's
 * first job in a JVM). Prints each cycle's slowest, median and fastest dashboard and how many did not
 * arrive (the server refused, or {@code --wait} seconds passed).
 *
 * <p>{@code --share false} turns off the sharing of identical computations in flight
 * ({@code notefolio.jobs.share-in-flight}) to show what it saves. Loopback only; bounded by the wait.
 * Run: {@code web/bench/main.sh com.notefolio.web.dashboard.DashboardLoadBenchmark [--share false]}.
 */
public final class DashboardLoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SPRING_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "load-benchmark-password";
    private static final boolean DEBUG = Boolean.getBoolean("bench.debug");

    private DashboardLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.parseInt(option(args, "--sessions", "20"));
        int cycles = Integer.parseInt(option(args, "--cycles", "3"));
        int demoNotes = Integer.parseInt(option(args, "--notes", "10000"));
        boolean share = Boolean.parseBoolean(option(args, "--share", "true"));
        int waitSeconds = Integer.parseInt(option(args, "--wait", "120"));
        Path dir = Files.createTempDirectory("notefolio-load-bench");
        // As arguments: they outrank the test class path's config/application.properties.
        ConfigurableApplicationContext app = new SpringApplicationBuilder(NotefolioApplication.class).run(
                "--server.address=127.0.0.1", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_DELAY=-1",
                "--notefolio.data-dir=" + dir, "--notefolio.admin-password=" + PASSWORD,
                "--notefolio.demo.notes=" + demoNotes, "--notefolio.jobs.share-in-flight=" + share,
                "--notefolio.spark.start-at-boot=false", "--vaadin.productionMode=true", "--logging.level.root=WARN");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            long demo = app.getBean(PortfolioStore.class).idOf(DemoPortfolio.NAME).orElseThrow();
            createAnalysts(app, sessions);
            SparkEngine engine = app.getBean(SparkEngine.class);
            long t = System.nanoTime();
            engine.session();
            System.out.printf("demo portfolio: %,d notes; Spark session started in %.1f s; %d sessions x %d cycles; "
                            + "sharing of identical computations %s; %d cores%n", demoNotes + 1, seconds(t), sessions,
                    cycles, share ? "on" : "off", Runtime.getRuntime().availableProcessors());

            // One dashboard first, not measured: Spark's first job in a JVM pays for class loading and JIT
            // (stack.md: first job ≈ 7 s, later < 1 s); a running server has paid that long before.
            t = System.nanoTime();
            Analyst warmUp = new Analyst("http://127.0.0.1:" + port, "analyst0");
            warmUp.signIn();
            double warm = warmUp.openDashboard(demo, "asOf=2024-01-31", Duration.ofSeconds(waitSeconds));
            System.out.printf("warm-up dashboard (as of 2024-01-31, not counted): %.2f s%n", warm);

            List<Analyst> analysts = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                Analyst a = new Analyst("http://127.0.0.1:" + port, "analyst" + i);
                a.signIn();
                analysts.add(a);
            }
            ExecutorService pool = Executors.newFixedThreadPool(sessions);
            double slowest = 0;
            int failedAll = 0;
            try {
                for (int c = 0; c < cycles; c++) {
                    // A rate of its own per cycle: nothing cached from the cycle before.
                    String query = "asOf=2024-06-30&rate=" + (8 - c) + "&cdr=2&severity=40";
                    CyclicBarrier barrier = new CyclicBarrier(sessions);
                    List<Future<Double>> times = new ArrayList<>();
                    for (Analyst a : analysts) {
                        times.add(pool.submit(() -> {
                            barrier.await();
                            return a.openDashboard(demo, query, Duration.ofSeconds(waitSeconds));
                        }));
                    }
                    List<Double> done = new ArrayList<>();
                    int failed = 0;
                    for (Future<Double> f : times) {
                        double s = f.get();
                        if (Double.isNaN(s)) {
                            failed++;
                        } else {
                            done.add(s);
                        }
                    }
                    double[] sorted = done.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    double max = sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
                    slowest = Math.max(slowest, sorted.length == 0 ? 0 : max);
                    failedAll += failed;
                    System.out.printf("cycle %d (%s): slowest dashboard %.2f s, median %.2f s, fastest %.2f s; "
                                    + "%d of %d did not arrive%n", c + 1, query, max, median(sorted),
                            sorted.length == 0 ? Double.NaN : sorted[0], failed, sessions);
                }
            } finally {
                pool.shutdownNow();
            }
            System.out.printf("slowest dashboard over %d sessions x %d cycles: %.2f s; %d did not arrive%n", sessions,
                    cycles, slowest, failedAll);
        } finally {
            app.close();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void createAnalysts(ConfigurableApplicationContext app, int n) {
        SecurityContextHolderStrategy security = app.getBean(SecurityContextHolderStrategy.class);
        var context = security.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN_AUTHORITY))));
        security.setContext(context);
        try {
            UserAccounts users = app.getBean(UserAccounts.class);
            for (int i = 0; i < n; i++) {
                users.create("analyst" + i, PASSWORD, Role.ANALYST);
            }
        } finally {
            security.clearContext();
        }
    }

    /**
     * One analyst's browser as far as the server can tell: a cookie jar, the login form's post, the
     * page and its UIDL requests (Vaadin's client protocol: the security key, sync and client ids).
     */
    private static final class Analyst {

        private final String base;
        private final String name;
        private final HttpClient http;

        Analyst(String base, String name) {
            this.base = base;
            this.name = name;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        }

        void signIn() throws IOException, InterruptedException {
            String page = get("/login");
            Matcher csrf = SPRING_CSRF.matcher(page);
            String form = "username=" + enc(name) + "&password=" + enc(PASSWORD)
                    + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.uri().getPath().startsWith("/login")) {
                throw new IllegalStateException(name + " could not sign in: " + r.statusCode() + " " + r.uri());
            }
        }

        /** Seconds from asking for the page until the KPI tiles arrive; NaN if they never do. */
        double openDashboard(long portfolio, String query, Duration wait) throws Exception {
            long t = System.nanoTime();
            String route = "dashboard/" + portfolio;
            String init = get("/?v-r=init&location=" + enc(route) + "&query=" + enc(query));
            if (DEBUG) {
                System.out.println("init: " + init.substring(0, Math.min(1500, init.length())));
            }
            if (init.contains("kpi-notes-value")) {
                return seconds(t);
            }
            Matcher key = CSRF.matcher(init);
            Matcher ui = UI_ID.matcher(init);
            if (!key.find() || !ui.find()) {
                throw new IllegalStateException("no Vaadin UI in the init response: "
                        + init.substring(0, Math.min(400, init.length())));
            }
            String csrf = key.group(1);
            String uiId = ui.group(1);
            int syncId = lastSync(init, 0);
            int clientId = 0;
            long deadline = System.nanoTime() + wait.toNanos();
            // The client router's first message navigates the new UI to the route (the view starts the
            // dashboard there); later ones are the UI's poll, every 500 ms while a job runs.
            String navigate = "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                    + route + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":null,"
                    + "\"trigger\":\"\"}}";
            boolean first = true;
            while (System.nanoTime() < deadline) {
                if (!first) {
                    Thread.sleep(500);
                }
                String rpc = first ? navigate : "{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\"}";
                first = false;
                String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                        + ",\"clientId\":" + clientId + "}";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                clientId++;
                String answer = r.body();
                if (DEBUG) {
                    System.out.println("poll " + r.statusCode() + ": " + answer.substring(0, Math.min(600, answer.length())));
                }
                syncId = lastSync(answer, syncId);
                if (answer.contains("kpi-notes-value")) {
                    return seconds(t);
                }
                if (answer.contains("could not be computed") || answer.contains("is busy")) {
                    return Double.NaN;
                }
            }
            return Double.NaN;
        }

        private String get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private static int lastSync(String response, int previous) {
        Matcher m = SYNC.matcher(response);
        int sync = previous;
        while (m.find()) {
            sync = Integer.parseInt(m.group(1));
        }
        return sync;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(sorted, sorted.length);
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
