package com.notefolio.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.row.CheckedNoteRow;
import com.notefolio.core.cli.Main;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portfolio in a database table (H2 over JDBC) gives the same results as the same notes in CSV, read in
 * parallel ranges of its issue dates.
 */
class JdbcPortfolioTest {

    private static final String COLUMNS = "note_id,principal,annual_rate,issue_date,first_payment_date,maturity_date,"
            + "amortization,frequency,day_count,borrower,sector,region";

    @TempDir
    Path dir;

    @Test
    void tableAndCsvOfTheSameNotesGiveTheSameMeasures() throws Exception {
        List<NoteTerms> notes = notes(300);
        Path csv = dir.resolve("notes.csv");
        List<String> lines = new ArrayList<>(List.of(COLUMNS));
        notes.forEach(t -> lines.add(String.join(",", t.id(), NoteTerms.decimal(t.principal()).toPlainString(),
                t.annualRate().toPlainString(), t.issueDate().toString(), t.firstPaymentDate().toString(),
                t.maturityDate().toString(), t.amortization().name(), t.frequency().name(), t.accrualBasis().code(),
                t.borrower().name(), t.sector(), t.region())));
        Files.write(csv, lines);

        String url = table(notes, "portfolio");

        Path fromCsv = dir.resolve("from-csv");
        Path fromTable = dir.resolve("from-table");
        assertThat(Main.run("analyze", "--notes", csv.toString(), "--as-of", "2024-06-30", "--discount-rate", "0.07",
                "--format", "csv", "--master", "local[1]", "--out", fromCsv.toString())).isZero();
        assertThat(Main.run("analyze", "--notes", url, "--table", "NOTES", "--as-of", "2024-06-30",
                "--discount-rate", "0.07", "--format", "csv", "--master", "local[1]", "--partitions", "3",
                "--out", fromTable.toString()))
                .isZero();

        List<String> expected = sortedLines(fromCsv.resolve("measures"));
        assertThat(expected).hasSize(notes.size() + 1);
        assertThat(sortedLines(fromTable.resolve("measures"))).isEqualTo(expected);
        assertSameTotals(sortedLines(fromTable.resolve("totals")), sortedLines(fromCsv.resolve("totals")));
    }

    /**
     * Totals alike: text and whole numbers (cents, counts) exactly; other numbers to 1e-12 relative, since
     * the table's three partitions add their doubles in another order than the file's one partition.
     */
    private static void assertSameTotals(List<String> actual, List<String> expected) throws IOException {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            List<String> a = CSVParser.parse(actual.get(i), CSVFormat.DEFAULT).getRecords().get(0).toList();
            List<String> e = CSVParser.parse(expected.get(i), CSVFormat.DEFAULT).getRecords().get(0).toList();
            assertThat(a).hasSameSizeAs(e);
            for (int f = 0; f < e.size(); f++) {
                String x = a.get(f);
                String y = e.get(f);
                if (x.equals(y) || !y.matches("-?[0-9.]+(E-?[0-9]+)?") || y.matches("-?[0-9]+")) {
                    assertThat(x).as("totals line %d field %d", i, f).isEqualTo(y);
                } else {
                    double dy = Double.parseDouble(y);
                    assertThat(Double.parseDouble(x)).as("totals line %d field %d", i, f)
                            .isCloseTo(dy, within(1e-12 * Math.abs(dy)));
                }
            }
        }
    }

    /**
     * A server's URL keeps its {@code //}: the notes of a table behind H2's TCP server on loopback (a URL
     * of the same shape as {@code jdbc:postgresql://host/db}) are all analyzed, and the run's assumptions
     * record the URL as given. As a file path, the URL lost a slash and named no server.
     */
    @Test
    void aServersUrlKeepsItsDoubleSlash() throws Exception {
        List<NoteTerms> notes = notes(40);
        table(notes, "served");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Server server = Server.createTcpServer("-tcpPort", Integer.toString(port))
                .start();
        try {
            String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/" + dir.resolve("served");
            Path out = dir.resolve("from-server");
            assertThat(Main.run("analyze", "--notes", url, "--table", "NOTES", "--as-of", "2024-06-30",
                    "--discount-rate", "0.07", "--format", "csv", "--master", "local[1]", "--out", out.toString()))
                    .isZero();
            assertThat(sortedLines(out.resolve("measures"))).hasSize(notes.size() + 1);
            assertThat(Files.readString(out.resolve("assumptions.json"))).contains("\"" + url + "\"");
        } finally {
            server.stop();
        }
    }

    @Test
    void aTableIsReadInTheAskedNumberOfIssueDateRangesWithEveryNoteOnce() throws Exception {
        List<NoteTerms> notes = notes(300);
        String url = table(notes, "ranges");
        // The issue dates the ranges split, counted here from the notes inserted, not from Spark.
        Set<LocalDate> issueDates = notes.stream().map(NoteTerms::issueDate).collect(Collectors.toSet());
        assertThat(issueDates.size()).isGreaterThan(4);
        SparkSession spark = AnalyticsSession.builder("local[2]", 2).getOrCreate();
        try {
            Dataset<CheckedNoteRow> read = NoteDatasetReader.jdbc(spark, url, "NOTES", null, RateStepRows.NONE, DrawRows.NONE, 4);
            assertThat(read.rdd().getNumPartitions()).isEqualTo(4);
            List<CheckedNoteRow> rows = read.collectAsList();
            assertThat(rows).allSatisfy(r -> assertThat(r.getError()).isNull());
            assertThat(rows.stream().map(r -> r.getNote().getNoteId()).sorted().toList())
                    .isEqualTo(notes.stream().map(NoteTerms::id).sorted().toList());
            // Ranges of issue dates: every partition's dates lie after the previous partition's.
            List<List<LocalDate>> byPartition = read.javaRDD()
                    .glom().map(p -> {
                        // An ArrayList: Kryo cannot rebuild the JDK's immutable lists on the driver.
                        List<LocalDate> dates = new ArrayList<>();
                        p.forEach(r -> dates.add(r.getNote().getIssueDate()));
                        dates.sort(null);
                        return dates;
                    }).collect();
            assertThat(byPartition).hasSize(4).allSatisfy(p -> assertThat(p).isNotEmpty());
            for (int i = 1; i < byPartition.size(); i++) {
                List<LocalDate> before = byPartition.get(i - 1);
                assertThat(byPartition.get(i).get(0)).isAfter(before.get(before.size() - 1));
            }
        } finally {
            spark.stop();
        }
    }

    @Test
    void aTableWhoseIssueDatesAreTextIsRefusedNamingTheColumn() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("text-dates") + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("CREATE TABLE NOTES (NOTE_ID VARCHAR(100), ISSUE_DATE VARCHAR(10))");
            c.createStatement().execute("INSERT INTO NOTES VALUES ('N-1', '2020-01-15')");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = Main.run("analyze", "--notes", url, "--table", "NOTES", "--as-of", "2024-06-30",
                    "--discount-rate", "0.07", "--master", "local[1]", "--out", dir.resolve("out").toString());
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("table NOTES: column issue_date:")
                .containsPattern("ISSUE_DATE column is (STRING|VARCHAR\\(10\\))")
                .contains("needs a DATE (or TIMESTAMP) column");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aTableWithoutTableNameIsBadInput() {
        assertThat(Main.run("analyze", "--notes", "jdbc:h2:mem:none", "--as-of", "2024-06-30", "--discount-rate",
                "0.07", "--master", "local[1]", "--out", dir.resolve("out").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** Generated notes of the kinds a table of these columns holds (no stated or amortization-months notes). */
    private static List<NoteTerms> notes(int count) {
        List<NoteTerms> notes = new ArrayList<>();
        PortfolioGenerator g = new PortfolioGenerator(11, 50);
        for (long i = 1; notes.size() < count; i++) {
            NoteTerms t = g.note(i).terms();
            if (t.amortization() != Amortization.STATED && t.amortizationMonths() == null) {
                notes.add(t);
            }
        }
        return notes;
    }

    /** A new H2 database file {@code name} with the notes in table NOTES; its JDBC URL. */
    private String table(List<NoteTerms> notes, String name) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve(name) + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("CREATE TABLE NOTES (NOTE_ID VARCHAR(100), PRINCIPAL DECIMAL(18,2),"
                    + " ANNUAL_RATE DECIMAL(14,10), ISSUE_DATE DATE, FIRST_PAYMENT_DATE DATE, MATURITY_DATE DATE,"
                    + " AMORTIZATION VARCHAR(20), FREQUENCY VARCHAR(20), DAY_COUNT VARCHAR(20), BORROWER VARCHAR(200),"
                    + " SECTOR VARCHAR(100), REGION VARCHAR(20))");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO NOTES VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (NoteTerms t : notes) {
                    insert(p, t);
                }
                p.executeBatch();
            }
        }
        return url;
    }

    private static void insert(PreparedStatement p, NoteTerms t) throws SQLException {
        p.setString(1, t.id());
        p.setBigDecimal(2, NoteTerms.decimal(t.principal()));
        p.setBigDecimal(3, t.annualRate());
        p.setObject(4, t.issueDate());
        p.setObject(5, t.firstPaymentDate());
        p.setObject(6, t.maturityDate());
        p.setString(7, t.amortization().name());
        p.setString(8, t.frequency().name());
        p.setString(9, t.accrualBasis().code());
        p.setString(10, t.borrower().name());
        p.setString(11, t.sector());
        p.setString(12, t.region());
        p.addBatch();
    }

    /** Every line of a CSV result folder's part files, header once, data sorted (partitions may differ). */
    private static List<String> sortedLines(Path folder) throws IOException {
        List<String> data = new ArrayList<>();
        String header = null;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                List<String> l = Files.readAllLines(f);
                if (!l.isEmpty()) {
                    header = l.get(0);
                    data.addAll(l.subList(1, l.size()));
                }
            }
        }
        data.sort(null);
        List<String> out = new ArrayList<>();
        out.add(header);
        out.addAll(data);
        return out;
    }
}
