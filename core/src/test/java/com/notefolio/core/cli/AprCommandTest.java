package com.notefolio.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code notefolio apr} end to end, in process. The rates are Appendix J (c)'s examples, checked to four
 * decimals against the general equation solved by plain bisection outside this program (for (c)(1)(i):
 * 5000 = Σ 230/(1+i)^k, k = 1..24, gives 12i = 9.68571%); the box's sums are worked by hand.
 */
class AprCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path payments(String... rows) throws IOException {
        return Files.writeString(dir.resolve("payments.csv"), "date,amount\n" + String.join("\n", rows) + "\n");
    }

    /** Appendix J (c)(1)(i): 24 monthly payments of $230 from 1978-02-10. */
    private Path monthly230() throws IOException {
        StringBuilder rows = new StringBuilder("date,amount\n");
        for (int k = 0; k < 24; k++) {
            rows.append(LocalDate.of(1978, 2, 10).plusMonths(k)).append(",230.00\n");
        }
        return Files.writeString(dir.resolve("payments.csv"), rows);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void monthlyExamplePrintsTheAprToFourDecimalsThenTheBox() throws IOException {
        Path csv = monthly230();
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-01-10", "--payments", csv.toString()))
                .isZero();
        List<String> lines = lines();
        assertThat(lines.get(0)).isEqualTo("9.6857");
        assertThat(lines.get(1)).contains("24 payments").contains("unit-period month (12 a year)");
        // 24 × 230 = 5,520; 5,520 − 5,000 = 520.
        assertThat(lines.get(2)).startsWith("Amount Financed").contains("$5,000.00");
        assertThat(lines.get(3)).startsWith("FINANCE CHARGE").contains("$520.00");
        assertThat(lines.get(4)).startsWith("Total of Payments").contains("$5,520.00");
        assertThat(lines.get(5)).startsWith("ANNUAL PERCENTAGE RATE").contains("9.69%");
    }

    @Test
    void singlePaymentInDaysGivenOrInferred() throws IOException {
        // Appendix J (c)(5)(i): 1,000 → 1,080 after 255 days: i = 0.08, APR = 0.08 × 365/255 = 11.45098%.
        Path csv = payments("1978-09-15,1080");
        assertThat(run("apr", "--amount-financed", "1000", "--date", "1978-01-03", "--payments", csv.toString(),
                "--unit-period", "255")).isZero();
        assertThat(lines().get(0)).isEqualTo("11.4510");
        out.getBuffer().setLength(0);
        assertThat(run("apr", "--amount-financed", "1000", "--date", "1978-01-03", "--payments", csv.toString()))
                .isZero();
        assertThat(lines().get(0)).isEqualTo("11.4510");
        assertThat(lines().get(1)).contains("unit-period 255days");
    }

    @Test
    void semimonthlyPaymentsInferTheSemimonth() throws IOException {
        // Appendix J (c)(1)(iii): 24 of $219.17 on the 1st and 16th from 1978-03-01, advanced 1978-02-23:
        // f = 6/15, w = 24, 10.33790%.
        StringBuilder rows = new StringBuilder("date,amount\n");
        LocalDate d = LocalDate.of(1978, 3, 1);
        for (int k = 0; k < 24; k++) {
            rows.append(d).append(",219.17\n");
            d = d.getDayOfMonth() == 1 ? d.withDayOfMonth(16) : d.plusMonths(1).withDayOfMonth(1);
        }
        Path csv = Files.writeString(dir.resolve("semi.csv"), rows);
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-02-23", "--payments", csv.toString()))
                .isZero();
        assertThat(lines().get(0)).isEqualTo("10.3379");
        assertThat(lines().get(1)).contains("unit-period semimonth (24 a year)");
        out.getBuffer().setLength(0);
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-02-23", "--payments", csv.toString(),
                "--unit-period", "semimonth")).isZero();
        assertThat(lines().get(0)).isEqualTo("10.3379");
    }

    @Test
    void anUnreadableFileIsBadInputNamingIt() {
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-01-10", "--payments",
                dir.resolve("missing.csv").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("missing.csv").contains("cannot be read");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadDateOrAmountNamesLineAndColumn() throws IOException {
        Path csv = payments("1978-02-10,230", "1978-13-10,230");
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-01-10", "--payments", csv.toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("payments.csv:3: column date: value \"1978-13-10\": not an ISO date");

        err.getBuffer().setLength(0);
        csv = payments("1978-02-10,230", "1978-03-10,2,30");
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-01-10", "--payments", csv.toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("payments.csv:3:");

        err.getBuffer().setLength(0);
        csv = payments("1978-02-10,230", "1978-03-10,abc");
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-01-10", "--payments", csv.toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("payments.csv:3: column amount: value \"abc\"");

        err.getBuffer().setLength(0);
        csv = payments("1978-02-10,-230");
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-01-10", "--payments", csv.toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("payments.csv:2: column amount: value \"-230\": a payment must be more than zero");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void noPaymentsIsBadInput() throws IOException {
        Path csv = Files.writeString(dir.resolve("payments.csv"), "date,amount\n");
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-01-10", "--payments", csv.toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("payments.csv: there are no payments");
    }

    @Test
    void aPaymentBeforeTheDateIsBadInputAtItsLine() throws IOException {
        Path csv = payments("1978-02-10,230", "1978-01-09,230");
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-01-10", "--payments", csv.toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("payments.csv:3: column date: value \"1978-01-09\": a payment cannot fall due"
                + " before the amount financed is advanced on 1978-01-10");
    }

    @Test
    void aBadUnitPeriodIsBadInput() throws IOException {
        Path csv = monthly230();
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-01-10", "--payments", csv.toString(),
                "--unit-period", "fortnight")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("'fortnight' is not a unit-period");

        err.getBuffer().setLength(0);
        assertThat(run("apr", "--amount-financed", "5000", "--date", "1978-01-10", "--payments", csv.toString(),
                "--unit-period", "30")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("the term of a single payment");

        err.getBuffer().setLength(0);
        assertThat(run("apr", "--amount-financed", "0", "--date", "1978-01-10", "--payments", csv.toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("must be more than zero");
        assertThat(out.toString()).isEmpty();
    }
}
