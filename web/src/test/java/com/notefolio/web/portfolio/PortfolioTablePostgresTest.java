package com.notefolio.web.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.io.DrawRows;
import com.notefolio.analytics.io.NoteDatasetReader;
import com.notefolio.analytics.io.RateStepRows;
import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.row.CheckedNoteRow;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.web.testing.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A portfolio table on a real PostgreSQL read by the analytics module in parallel ranges of its issue
 * dates (the H2 case is the analytics module's JdbcPortfolioTest): the asked number of partitions, and
 * every note of the table once. Lives here because the project's PostgreSQL for tests does.
 */
class PortfolioTablePostgresTest {

    @Test
    void aPostgresTableIsReadInTheAskedNumberOfPartitionsWithEveryNoteOnce() throws Exception {
        List<NoteTerms> notes = new ArrayList<>();
        PortfolioGenerator g = new PortfolioGenerator(11, 50);
        for (long i = 1; notes.size() < 200; i++) {
            NoteTerms t = g.note(i).terms();
            if (t.amortization() != Amortization.STATED && t.amortizationMonths() == null) {
                notes.add(t);
            }
        }
        String url = PostgresServer.newDatabase();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            c.createStatement().execute("create table notes (note_id varchar(100), principal numeric(18,2),"
                    + " annual_rate numeric(14,10), issue_date date, first_payment_date date, maturity_date date,"
                    + " amortization varchar(20), frequency varchar(20), day_count varchar(20), borrower varchar(200),"
                    + " sector varchar(100), region varchar(20))");
            try (PreparedStatement p = c.prepareStatement("insert into notes values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (NoteTerms t : notes) {
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
                p.executeBatch();
            }
        }
        String withUser = url + (url.contains("?") ? "&" : "?") + "user=postgres";
        SparkSession spark = AnalyticsSession.builder("local[2]", 2).getOrCreate();
        try {
            Dataset<CheckedNoteRow> read = NoteDatasetReader.jdbc(spark, withUser, "notes", null, RateStepRows.NONE, DrawRows.NONE, 3);
            assertThat(read.rdd().getNumPartitions()).isEqualTo(3);
            List<CheckedNoteRow> rows = read.collectAsList();
            assertThat(rows).allSatisfy(r -> assertThat(r.getError()).isNull());
            assertThat(rows.stream().map(r -> r.getNote().getNoteId()).sorted().toList())
                    .isEqualTo(notes.stream().map(NoteTerms::id).sorted().toList());
            assertThat(rows.stream().map(r -> r.getNote().getIssueDate()).sorted().toList())
                    .isEqualTo(notes.stream().map(NoteTerms::issueDate).sorted().toList());
        } finally {
            spark.stop();
        }
    }
}
