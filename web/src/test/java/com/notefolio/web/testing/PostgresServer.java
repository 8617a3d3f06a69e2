package com.notefolio.web.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for tests, on 127.0.0.1. {@code .ci/run} starts one and names it in
 * {@code NOTEFOLIO_TEST_POSTGRES_URL} (a JDBC URL of a database the tests may create databases from);
 * without it, the first test to ask starts a private server in a temporary folder with Debian's
 * {@code initdb} and {@code pg_ctl} (as the postgres user when run as root) and stops it when the JVM
 * ends. There is no fallback to another database: if PostgreSQL cannot be reached the tests fail.
 */
public final class PostgresServer {

    public static final String URL_VARIABLE = "NOTEFOLIO_TEST_POSTGRES_URL";
    private static String adminUrl;

    private PostgresServer() {
    }

    /** A JDBC URL of a new, empty database (user postgres, no password: trust on loopback). */
    public static synchronized String newDatabase() {
        if (adminUrl == null) {
            String given = System.getenv(URL_VARIABLE);
            adminUrl = given != null && !given.isBlank() ? given : startPrivateServer();
        }
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "")) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + adminUrl + ": " + e.getMessage(), e);
        }
        // Batched inserts rewritten as multi-row inserts: what production should set too (README).
        return adminUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name) + "?reWriteBatchedInserts=true";
    }

    private static String startPrivateServer() {
        try {
            Path bin = postgresBin();
            Path dir = Files.createTempDirectory("notefolio-pg");
            Path data = dir.resolve("data");
            Path log = dir.resolve("server.log");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            run(asPostgres(root, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-locale")));
            run(asPostgres(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(),
                    "-w", "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir, "start")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(asPostgres(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                            "stop")));
                    deleteTree(dir);
                } catch (IOException | RuntimeException e) {
                    // the JVM is ending; a left-over temp folder is all that can remain
                }
            }));
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    private static Path postgresBin() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql): run .ci/run, "
                    + "or apt-get install postgresql, or set " + URL_VARIABLE);
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(p -> p.getParent().getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql"));
        }
    }

    private static List<String> asPostgres(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Makes a Spring test context use a new, empty PostgreSQL database (migrated by Flyway like
     * production). Call from the test class's {@code @DynamicPropertySource} method; a PostgreSQL
     * subclass of an H2 test runs the same tests on both.
     */
    public static void register(DynamicPropertyRegistry registry) {
        String url = newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
