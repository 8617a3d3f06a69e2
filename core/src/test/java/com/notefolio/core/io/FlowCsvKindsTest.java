package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioProjector;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schedule command's flows CSV says what each row of a structured note is ({@code kind}) and how much
 * interest is carried unpaid after it ({@code deferred_interest}), figures worked by hand from the example
 * notes' documents.
 */
class FlowCsvKindsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    /** The lines of the note's flows CSV, each split into its fields, the header first. */
    private static List<List<String>> flows(String example) {
        StringWriter out = new StringWriter();
        FlowCsvWriter.to(out).write(ScheduleResolver.resolve(NoteJson.read(EXAMPLES.resolve(example)))).commit();
        return out.toString().lines().map(l -> Arrays.asList(l.split(",", -1))).toList();
    }

    /** Field {@code column} of the row due on {@code due} with kind {@code kind}. */
    private static String field(List<List<String>> lines, String due, String kind, String column) {
        List<String> header = lines.get(0);
        return lines.stream().skip(1)
                .filter(f -> f.get(header.indexOf("due_date")).equals(due) && f.get(header.indexOf("kind")).equals(kind))
                .map(f -> f.get(header.indexOf(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " row due " + due));
    }

    @Test
    void aDeferralsRowsAreMarkedAndCarryTheirInterestUnpaid() {
        List<List<String>> lines = flows("note-ppp.json");
        assertThat(lines.get(0)).endsWith("rate_source", "kind", "deferred_interest", "fee");
        // $20,000 at 1% on 30/360: 20,000 × 0.01 ÷ 12 = 16.666… → 16.67 a month, none of it paid in the deferral
        // (through 4 Nov 2020), so the interest carried grows by 16.67 a due date.
        assertThat(field(lines, "2020-06-04", "DEFERRAL", "deferred_interest")).isEqualTo("16.67");
        assertThat(field(lines, "2020-07-04", "DEFERRAL", "deferred_interest")).isEqualTo("33.34");
        assertThat(field(lines, "2020-08-04", "DEFERRAL", "deferred_interest")).isEqualTo("50.01");
        assertThat(field(lines, "2020-08-04", "DEFERRAL", "payment")).isEqualTo("0.00");
        // The $15,000 forgiven on 15 Oct 2020 is a row of its own.
        assertThat(field(lines, "2020-10-15", "FORGIVENESS", "closing_balance")).isEqualTo("5000.00");
        // After the deferral the equal installments are plain scheduled rows.
        assertThat(field(lines, "2022-05-04", "SCHEDULED", "closing_balance")).isEqualTo("0.00");
        assertThat(field(lines, "2022-05-04", "SCHEDULED", "deferred_interest")).isEqualTo("0.00");
    }

    @Test
    void aGridNotesAdvancesAreMarkedAndTheirInterestCarriedToThePayment() {
        List<List<String>> lines = flows("note-grid.json");
        // 100,000 drawn on 1 Jan; 50,000 more on 15 Feb: the 14 days of February before it accrue on 100,000 at
        // 6% ACT/360, 100,000 × 0.06 × 14 ÷ 360 = 233.33, paid with the 1 March payment.
        assertThat(field(lines, "2024-02-15", "ADVANCE", "closing_balance")).isEqualTo("150000.00");
        assertThat(field(lines, "2024-02-15", "ADVANCE", "deferred_interest")).isEqualTo("233.33");
        assertThat(field(lines, "2024-04-10", "ADVANCE", "closing_balance")).isEqualTo("225000.00");
        assertThat(field(lines, "2024-03-01", "SCHEDULED", "deferred_interest")).isEqualTo("0.00");
        List<String> header = lines.get(0);
        assertThat(lines.stream().skip(1).map(f -> f.get(header.indexOf("kind"))).distinct())
                .containsExactlyInAnyOrder("SCHEDULED", "ADVANCE");
    }

    @Test
    void aRevolvingLinesCommitmentFeeIsAColumnOfItsPaymentInTheScheduleAndScenarioFlows() {
        // 1 Feb: interest 40,000 × 8% × 31/360 = 275.56 and the fee on the 60,000 undrawn, × 0.5% × 31/360 = 25.83,
        // paid together: 301.39. The last payment, 1 July, is the fee alone: 100,000 × 0.5% × 30/360 = 41.67.
        var base = ScheduleResolver.resolve(NoteJson.read(EXAMPLES.resolve("note-revolving.json")));
        StringWriter out = new StringWriter();
        FlowCsvWriter.to(out).write(base).commit();
        List<List<String>> lines = out.toString().lines().map(l -> Arrays.asList(l.split(",", -1))).toList();
        assertThat(field(lines, "2024-02-01", "SCHEDULED", "fee")).isEqualTo("25.83");
        assertThat(field(lines, "2024-02-01", "SCHEDULED", "payment")).isEqualTo("301.39");
        assertThat(field(lines, "2024-07-01", "SCHEDULED", "fee")).isEqualTo("41.67");
        assertThat(field(lines, "2024-02-10", "REPAYMENT", "fee")).isEqualTo("0.00");

        // A scenario's flows have it too, and the interest carried after an event row: the 9 days of February
        // before the repayment on 10 Feb accrue on 40,000, 40,000 × 8% × 9/360 = 80.00, paid on 1 March.
        StringWriter scenario = new StringWriter();
        var still = ScenarioProjector.project(base,
                new Scenario("still", List.of(), PrepaymentSpeed.cpr(0.0), null, List.of(), 0),
                LocalDate.of(2024, 1, 1)).schedule();
        ScenarioFlowCsvWriter.to(scenario).write("still", still).commit();
        List<List<String>> flows = scenario.toString().lines().map(l -> Arrays.asList(l.split(",", -1))).toList();
        assertThat(field(flows, "2024-02-01", "SCHEDULED", "fee")).isEqualTo("25.83");
        assertThat(field(flows, "2024-02-01", "SCHEDULED", "payment")).isEqualTo("301.39");
        assertThat(field(flows, "2024-02-10", "REPAYMENT", "deferred_interest")).isEqualTo("80.00");
        assertThat(field(flows, "2024-03-01", "SCHEDULED", "deferred_interest")).isEqualTo("0.00");
    }

    @Test
    void kindsOfAFlagsWordAreItsBits() {
        assertThat(FlowKind.kindsOf(0)).isEmpty();
        assertThat(FlowKind.kindsOf(FlowKind.SCHEDULED.bit() | FlowKind.PREPAYMENT.bit()))
                .isEqualTo(EnumSet.of(FlowKind.SCHEDULED, FlowKind.PREPAYMENT));
        assertThat(FlowKind.kindsOf(FlowKind.ADVANCE.bit())).containsExactly(FlowKind.ADVANCE);
    }
}
