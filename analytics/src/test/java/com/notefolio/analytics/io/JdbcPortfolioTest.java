package com.notefolio.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.cli.Main;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portfolio in a database table (H2 over JDBC) gives the same results as the same notes in CSV. */
class JdbcPortfolioTest {

    private static final String COLUMNS = "note_id,principal,annual_rate,issue_date,first_payment_date,maturity_date,"
            + "amortization,frequency,day_count,borrower,sector,region";

    @TempDir
    Path dir;

    @Test
    void tableAndCsvOfTheSameNotesGiveTheSameMeasures() throws Exception {
        List<NoteTerms> notes = new ArrayList<>();
        PortfolioGenerator g = new PortfolioGenerator(11, 50);
        for (long i = 1; notes.size() < 300; i++) {
            NoteTerms t = g.note(i).terms();
            if (t.amortization() != Amortization.STATED && t.amortizationMonths() == null) {
                notes.add(t);
            }
        }
        Path csv = dir.resolve("notes.csv");
        List<String> lines = new ArrayList<>(List.of(COLUMNS));
        notes.forEach(t -> lines.add(String.join(",", t.id(), NoteTerms.decimal(t.principal()).toPlainString(),
                t.annualRate().toPlainString(), t.issueDate().toString(), t.firstPaymentDate().toString(),
                t.maturityDate().toString(), t.amortization().name(), t.frequency().name(), t.accrualBasis().code(),
                t.borrower().name(), t.sector(), t.region())));
        Files.write(csv, lines);

        String url = "jdbc:h2:file:" + dir.resolve("portfolio") + ";DB_CLOSE_DELAY=-1";
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

        Path fromCsv = dir.resolve("from-csv");
        Path fromTable = dir.resolve("from-table");
        assertThat(Main.run("analyze", "--notes", csv.toString(), "--as-of", "2024-06-30", "--discount-rate", "0.07",
                "--format", "csv", "--master", "local[1]", "--out", fromCsv.toString())).isZero();
        assertThat(Main.run("analyze", "--notes", url, "--table", "NOTES", "--as-of", "2024-06-30",
                "--discount-rate", "0.07", "--format", "csv", "--master", "local[1]", "--out", fromTable.toString()))
                .isZero();

        List<String> expected = sortedLines(fromCsv.resolve("measures"));
        assertThat(expected).hasSize(notes.size() + 1);
        assertThat(sortedLines(fromTable.resolve("measures"))).isEqualTo(expected);
        assertThat(sortedLines(fromTable.resolve("totals"))).isEqualTo(sortedLines(fromCsv.resolve("totals")));
    }

    @Test
    void aTableWithoutTableNameIsBadInput() {
        assertThat(Main.run("analyze", "--notes", "jdbc:h2:mem:none", "--as-of", "2024-06-30", "--discount-rate",
                "0.07", "--master", "local[1]", "--out", dir.resolve("out").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(dir.resolve("out")).doesNotExist();
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
