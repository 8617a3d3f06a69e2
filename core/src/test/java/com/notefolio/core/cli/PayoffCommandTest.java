package com.notefolio.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code notefolio payoff} end to end, in process, on a $1,000,000 interest-only note at 6% ACT/360 issued
 * 2020-01-01 for ten years, with a 5-4-3-2-1 premium and a late charge of 5% of the installment after 10 days
 * (at most 250.00). Every figure is worked by hand: a day's interest is 1,000,000 × 6% ÷ 360 = 166.666….
 */
class PayoffCommandTest {

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

    private Path notes() throws IOException {
        return Files.writeString(dir.resolve("notes.csv"), "note_id,principal,annual_rate,issue_date,maturity_date,"
                + "amortization,day_count,premium_steps,late_charge_rate,late_charge_grace_days,late_charge_max,"
                + "lockout_until\n"
                + "PO-1,1000000.00,0.06,2020-01-01,2030-01-01,INTEREST_ONLY,ACT/360,1:0.05;2:0.04;3:0.03;4:0.02;5:0.01;6:0,"
                + "0.05,10,250.00,\n"
                + "PO-LOCK,1000000.00,0.06,2020-01-01,2030-01-01,INTEREST_ONLY,ACT/360,,,,,2023-01-01\n");
    }

    private String value(String item) {
        return out.toString().lines().filter(l -> l.startsWith(item + " ")).findFirst()
                .map(l -> l.substring(item.length()).strip()).orElseThrow(() -> new AssertionError("no " + item
                        + " in\n" + out));
    }

    @Test
    void quoteBetweenDueDatesWithEveryPaymentMade() throws IOException {
        // 2022-03-16, loan year 3: principal 1,000,000.00; accrued 15 days from 03-01 = 2,500.00; premium 3% =
        // 30,000.00; total 1,032,500.00; per-diem 166.67.
        assertThat(run("payoff", "--notes", notes().toString(), "--note", "PO-1", "--date", "2022-03-16"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Payoff quote: note PO-1 on 2022-03-16, in USD");
        assertThat(value("principal")).isEqualTo("1000000.00");
        assertThat(value("accrued_interest")).isEqualTo("2500.00");
        assertThat(value("premium")).isEqualTo("30000.00");
        assertThat(value("late_charges")).isEqualTo("0.00");
        assertThat(value("total")).isEqualTo("1032500.00");
        assertThat(value("per_diem")).isEqualTo("166.67");
        assertThat(value("rate")).isEqualTo("6%");
    }

    @Test
    void quoteWithUnpaidInstallmentsAddsTheirInterestAndLateCharges() throws IOException {
        // Unpaid from 2022-02-01: installments of 02-01 (31 days: 5,166.67) and 03-01 (28 days: 4,666.67) and 15
        // days accrued (2,500.00) = 12,333.34. Late charges, both past their 10 days' grace on 03-16: 5% of 5,166.67
        // = 258.33, capped at 250.00, and 5% of 4,666.67 = 233.33: 483.33. Total 1,000,000 + 12,333.34 + 30,000
        // + 483.33 = 1,042,816.67.
        assertThat(run("payoff", "--notes", notes().toString(), "--note", "PO-1", "--date", "2022-03-16",
                "--unpaid-from", "2022-02-01")).as(err.toString()).isZero();
        assertThat(value("accrued_interest")).isEqualTo("12333.34");
        assertThat(value("late_charges")).isEqualTo("483.33");
        assertThat(value("unpaid_installments")).isEqualTo("2");
        assertThat(value("total")).isEqualTo("1042816.67");
    }

    @Test
    void yieldMaintenanceQuoteTakesTheReferenceRate() throws IOException {
        // 6% PERIODIC note, paid off on the due date 2027-01-01 (nothing accrued): yield maintenance at 4% + 0.5%
        // over 36 months, 1,250 × (1 − 1.00375^−36) ÷ 0.00375 = 42,021.15 (PrepaymentPremiumTest); per-diem by
        // ACT/365F for a PERIODIC note: 1,000,000 × 6% ÷ 365 = 164.38.
        Path json = Files.writeString(dir.resolve("note.json"), """
                {"id":"YM-1","borrower":{"name":"B"},"principal":"1000000.00","annual_rate":"0.06",
                 "issue_date":"2020-01-01","maturity_date":"2030-01-01","amortization":"INTEREST_ONLY",
                 "prepayment":{"premium":{"kind":"yield_maintenance","spread":"0.005","floor":"0.01"}}}""");
        assertThat(run("payoff", "--notes", json.toString(), "--note", "YM-1", "--date", "2027-01-01",
                "--reference-rate", "4%")).as(err.toString()).isZero();
        assertThat(value("accrued_interest")).isEqualTo("0.00");
        assertThat(value("premium")).isEqualTo("42021.15");
        assertThat(value("per_diem")).isEqualTo("164.38");
        assertThat(value("total")).isEqualTo("1042021.15");

        out.getBuffer().setLength(0);
        assertThat(run("payoff", "--notes", json.toString(), "--note", "YM-1", "--date", "2027-01-01")).isEqualTo(2);
        assertThat(err.toString()).contains("yield maintenance", "reference rate or curve");
    }

    @Test
    void refusedQuotesNameTheReason() throws IOException {
        Path notes = notes();
        assertThat(run("payoff", "--notes", notes.toString(), "--note", "PO-LOCK", "--date", "2022-03-16"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("locked out until 2023-01-01");
        assertThat(run("payoff", "--notes", notes.toString(), "--note", "NOPE", "--date", "2022-03-16"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no note NOPE");
        assertThat(run("payoff", "--notes", notes.toString(), "--note", "PO-1", "--date", "2031-01-01"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("outside the life of note PO-1");
    }

    @Test
    void precomputedNoteQuotesItsRemainingPaymentsAndRebate() {
        // examples/notes-precomputed.csv ADDON-78, the $1,000 8% add-on note (12 × 90.00), after 4 installments:
        // remaining 8 × 90 = 720.00, Rule of 78s rebate 80 × 8·9/(12·13) = 36.92, total 683.08.
        Path examples = Path.of("..", "examples", "notes-precomputed.csv");
        assertThat(run("payoff", "--notes", examples.toString(), "--note", "ADDON-78", "--date", "2024-06-01"))
                .as(err.toString()).isZero();
        assertThat(value("total")).isEqualTo("683.08");
        assertThat(value("remaining_payments")).isEqualTo("720.00");
        assertThat(value("rebate")).isEqualTo("36.92    (rule_of_78s)");
    }
}
