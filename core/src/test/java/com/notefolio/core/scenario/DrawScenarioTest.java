package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A draw scenario: more lent on a date raises the balance from that day, the period's interest before it paid
 * with the period's payment, and a level-payment note's payments re-amortize over the periods left. Every
 * figure is worked by hand (exact cents, no tolerance).
 */
class DrawScenarioTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    private static Scenario draw(String note, LocalDate date, String amount) {
        return new Scenario("draw", null, null, null, null, 0, null, null,
                List.of(new DatedAdvance(note, date, new BigDecimal(amount))));
    }

    /** The row of {@code s} due on {@code date} whose flags include {@code kind}. */
    private static int row(Schedule s, LocalDate date, FlowKind kind) {
        for (int i = 0; i < s.size(); i++) {
            if (s.dueEpochDay(i) == EpochDay.of(date) && (s.flags(i) & kind.bit()) != 0) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " row due " + date);
    }

    @Test
    void aGridNoteDrawingAgainAccruesOnTheRaisedBalanceFromTheDrawsDate() {
        // examples/note-grid.json: $300,000 maximum at 6% ACT/360, interest only, 225,000 drawn from 10 April 2024.
        Schedule base = ScheduleResolver.resolve(NoteJson.read(EXAMPLES.resolve("note-grid.json")));
        Schedule s = ScenarioProjector.project(base, draw("GRID-2024-01", LocalDate.of(2024, 5, 20), "50000.00"),
                LocalDate.of(2024, 4, 30)).schedule();

        // 1 May is as before: 21 days on 225,000 = 787.50 + the 9 days on 150,000 before the April advance = 225.00.
        assertThat(s.interestMinor(row(s, LocalDate.of(2024, 5, 1), FlowKind.SCHEDULED))).isEqualTo(1_012_50);
        int advance = row(s, LocalDate.of(2024, 5, 20), FlowKind.ADVANCE);
        assertThat(s.flags(advance)).isEqualTo(FlowKind.ADVANCE.bit());
        assertThat(s.openingMinor(advance)).isEqualTo(225_000_00);
        assertThat(s.paymentMinor(advance)).isEqualTo(-50_000_00); // the holder lends
        assertThat(s.interestMinor(advance)).isZero();
        assertThat(s.closingMinor(advance)).isEqualTo(275_000_00);
        // 1 June: 19 days on 225,000 + 12 days on 275,000 at 6% ACT/360 = 712.50 + 550.00.
        int june = row(s, LocalDate.of(2024, 6, 1), FlowKind.SCHEDULED);
        assertThat(s.interestMinor(june)).isEqualTo(712_50 + 550_00);
        assertThat(s.accrualStartEpochDay(june)).isEqualTo(EpochDay.of(LocalDate.of(2024, 5, 20)));
        assertThat(s.closingMinor(june)).isEqualTo(275_000_00);
        // 1 July, maturity: 30 days on 275,000 = 1,375.00 with the 275,000.
        int july = row(s, LocalDate.of(2024, 7, 1), FlowKind.SCHEDULED);
        assertThat(s.interestMinor(july)).isEqualTo(1_375_00);
        assertThat(s.principalMinor(july)).isEqualTo(275_000_00);
        assertThat(s.closingMinor(july)).isZero();
        assertThat(july).isEqualTo(s.size() - 1);
    }

    private static final String LEVEL_GRID = """
            {"id": "LEVEL-GRID", "borrower": {"name": "B"}, "currency": "USD", "principal": "120000.00",
             "annual_rate": "0.12", "issue_date": "2024-01-01", "maturity_date": "2025-01-01",
             "frequency": "MONTHLY", "amortization": "LEVEL_PAYMENT",
             "advances": [{"date": "2024-01-01", "amount": "100000.00"}]}
            """;

    @Test
    void aLevelPaymentNoteReamortizesThePaymentsAfterADrawOverThePeriodsLeft() {
        // $100,000 drawn of $120,000 at 12% PERIODIC (1% a month), 12 monthly payments:
        // 100,000 × 0.01 / (1 − 1.01^−12) = 8,884.8789 → 8,884.88. After six payments (interest 1% of each balance,
        // rounded to the cent) the balance is 51,492.09; 20,000 drawn on the due date 1 July 2024 makes it 71,492.09,
        // and the six payments left are 71,492.09 × 0.01 / (1 − 1.01^−6) = 12,335.8434 → 12,335.84, the last
        // retiring the rest: 122.14 + 12,213.73 = 12,335.87. (Worked in Python with Decimal, half-up to the cent.)
        Schedule base = ScheduleResolver.resolve(NoteJson.fromJson(LEVEL_GRID));
        assertThat(base.paymentMinor(0)).isEqualTo(8_884_88);
        Schedule s = ScenarioProjector.project(base, draw("LEVEL-GRID", LocalDate.of(2024, 7, 1), "20000.00"),
                LocalDate.of(2024, 6, 15)).schedule();

        int july = row(s, LocalDate.of(2024, 7, 1), FlowKind.SCHEDULED);
        assertThat(s.paymentMinor(july)).isEqualTo(8_884_88);
        assertThat(s.closingMinor(july)).isEqualTo(51_492_09);
        int advance = row(s, LocalDate.of(2024, 7, 1), FlowKind.ADVANCE);
        assertThat(advance).isEqualTo(july + 1);
        assertThat(s.interestMinor(advance)).isZero();
        assertThat(s.closingMinor(advance)).isEqualTo(71_492_09);
        int august = row(s, LocalDate.of(2024, 8, 1), FlowKind.SCHEDULED);
        assertThat(s.interestMinor(august)).isEqualTo(714_92);
        assertThat(s.paymentMinor(august)).isEqualTo(12_335_84);
        assertThat(s.closingMinor(august)).isEqualTo(59_871_17);
        int last = s.size() - 1;
        assertThat(s.dueEpochDay(last)).isEqualTo(EpochDay.of(LocalDate.of(2025, 1, 1)));
        assertThat(s.interestMinor(last)).isEqualTo(122_14);
        assertThat(s.paymentMinor(last)).isEqualTo(12_335_87);
        assertThat(s.closingMinor(last)).isZero();
    }

    @Test
    void aDrawAboveTheNotesPrincipalIsRefusedNamingTheField() {
        // 225,000 lent of the 300,000 maximum: 75,000 may still be drawn, not 75,000.01.
        Schedule base = ScheduleResolver.resolve(NoteJson.read(EXAMPLES.resolve("note-grid.json")));
        Schedule full = ScenarioProjector.project(base, draw("GRID-2024-01", LocalDate.of(2024, 5, 20), "75000.00"),
                LocalDate.of(2024, 4, 30)).schedule();
        assertThat(full.closingMinor(row(full, LocalDate.of(2024, 5, 20), FlowKind.ADVANCE))).isEqualTo(300_000_00);
        assertThatThrownBy(() -> ScenarioProjector.project(base, draw("GRID-2024-01", LocalDate.of(2024, 5, 20),
                "75000.01"), LocalDate.of(2024, 4, 30)))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.field()).isEqualTo("draws.amount"))
                .hasMessageContaining("300000").hasMessageContaining("the most it may lend");
        // A fully funded note (no advances: its principal is lent at once) has nothing left to draw.
        Schedule funded = ScheduleResolver.resolve(NoteJson.fromJson(LEVEL_GRID.replace(
                ",\n \"advances\": [{\"date\": \"2024-01-01\", \"amount\": \"100000.00\"}]", "")));
        assertThat(funded.openingMinor(0)).isEqualTo(120_000_00);
        assertThatThrownBy(() -> ScenarioProjector.project(funded, draw("LEVEL-GRID", LocalDate.of(2024, 8, 1), "0.01"),
                LocalDate.of(2024, 6, 30))).isInstanceOfSatisfying(InvalidScenarioException.class,
                e -> assertThat(e.field()).isEqualTo("draws.amount"));
        // A STATED note's table states every payment: it cannot draw.
        Schedule stated = ScheduleResolver.resolve(NoteJson.read(EXAMPLES.resolve("promissory-note-2003.json")));
        assertThatThrownBy(() -> ScenarioProjector.project(stated, draw(stated.noteId(), LocalDate.of(2004, 8, 1), "1.00"),
                LocalDate.of(2004, 6, 30))).isInstanceOfSatisfying(InvalidScenarioException.class,
                e -> assertThat(e.field()).isEqualTo("draws")).hasMessageContaining("STATED");
    }

    @Test
    void aRevolvingLineDrawsAgainUpToItsCommitmentWhateverItLentBefore() {
        Schedule base = ScheduleResolver.resolve(NoteJson.read(EXAMPLES.resolve("note-revolving.json")));
        // Repaid to nothing on 20 May, the line may draw its whole $100,000 again, though it has lent 85,000 before.
        Schedule s = ScenarioProjector.project(base, draw("LINE-2024-01", LocalDate.of(2024, 6, 10), "100000.00"),
                LocalDate.of(2024, 5, 25)).schedule();
        int advance = row(s, LocalDate.of(2024, 6, 10), FlowKind.ADVANCE);
        assertThat(s.closingMinor(advance)).isEqualTo(100_000_00);
        // 1 July: 21 days on 100,000 at 8% ACT/360 = 466.666… → 466.67; the fee on the 100,000 undrawn for the 9
        // days before the draw, 100,000 × 0.5% × 9/360 = 12.50, nothing undrawn after it; and the 100,000.
        int july = row(s, LocalDate.of(2024, 7, 1), FlowKind.SCHEDULED);
        assertThat(s.interestMinor(july)).isEqualTo(466_67);
        assertThat(s.feeMinor(july)).isEqualTo(12_50);
        assertThat(s.paymentMinor(july)).isEqualTo(100_000_00 + 466_67 + 12_50);
        assertThat(s.closingMinor(july)).isZero();
        // A cent more than the commitment is refused; so is $30,000.01 on 10 April, when $70,000 is drawn.
        assertThatThrownBy(() -> ScenarioProjector.project(base, draw("LINE-2024-01", LocalDate.of(2024, 6, 10), "100000.01"),
                LocalDate.of(2024, 5, 25))).isInstanceOfSatisfying(InvalidScenarioException.class,
                e -> assertThat(e.field()).isEqualTo("draws.amount")).hasMessageContaining("above its commitment 100000.00");
        assertThatThrownBy(() -> ScenarioProjector.project(base, draw("LINE-2024-01", LocalDate.of(2024, 4, 10), "30000.01"),
                LocalDate.of(2024, 3, 20))).isInstanceOfSatisfying(InvalidScenarioException.class,
                e -> assertThat(e.field()).isEqualTo("draws.amount")).hasMessageContaining("balance to 100000.01");
    }

    @Test
    void aRevolvingLinesFeeRunsOnWhatAPrepaymentLeavesUndrawnFromItsDate() {
        Schedule base = ScheduleResolver.resolve(NoteJson.read(EXAMPLES.resolve("note-revolving.json")));
        // $70,000 drawn from 15 March; $20,000 prepaid on 11 April. The interest on the 20,000 prepaid since
        // 1 April is paid with it, 20,000 × 8% × 10/360 = 44.44; on 1 May the period's 30 days on the 50,000
        // left, 333.33. The fee: 10 days on the 30,000 undrawn, 30,000 × 0.5% × 10/360 = 4.17, then 20 days on
        // 50,000 = 13.89: 18.06 (the period's 30 days on its last undrawn 50,000 would say 20.83).
        Scenario prepay = new Scenario("prepay", List.of(new DatedPrepayment("LINE-2024-01", LocalDate.of(2024, 4, 11),
                new BigDecimal("20000.00"), PrepaymentMode.REDUCE_TERM)), null, null, List.of(), 0);
        Schedule s = ScenarioProjector.project(base, prepay, LocalDate.of(2024, 4, 5)).schedule();
        int prepaid = row(s, LocalDate.of(2024, 4, 11), FlowKind.PREPAYMENT);
        assertThat(s.interestMinor(prepaid)).isEqualTo(44_44);
        int may = row(s, LocalDate.of(2024, 5, 1), FlowKind.SCHEDULED);
        assertThat(s.interestMinor(may)).isEqualTo(333_33);
        assertThat(s.feeMinor(may)).isEqualTo(4_17 + 13_89);
    }

    @Test
    void aRevolvingLinePaidOffEndsThereWithTheFeeItOwes() {
        Schedule base = ScheduleResolver.resolve(NoteJson.read(EXAMPLES.resolve("note-revolving.json")));
        // Paid off on 11 April: the $70,000, its 10 days of interest (155.56) and the fee since 1 April on the
        // 30,000 undrawn (4.17); the payoff closes the line, so no later fee is due.
        Scenario payoff = new Scenario("payoff", List.of(new DatedPrepayment("LINE-2024-01", LocalDate.of(2024, 4, 11),
                null, null)), null, null, List.of(), 0);
        Schedule s = ScenarioProjector.project(base, payoff, LocalDate.of(2024, 4, 5)).schedule();
        int last = s.size() - 1;
        assertThat(s.flags(last) & FlowKind.PAYOFF.bit()).isNotZero();
        assertThat(s.dueEpochDay(last)).isEqualTo(EpochDay.of(LocalDate.of(2024, 4, 11)));
        assertThat(s.interestMinor(last)).isEqualTo(155_56);
        assertThat(s.feeMinor(last)).isEqualTo(4_17);
        assertThat(s.paymentMinor(last)).isEqualTo(70_000_00 + 155_56 + 4_17);
    }

    @Test
    void aDrawOnOrBeforeTheAsOfDateIsRefused() {
        Schedule base = ScheduleResolver.resolve(NoteJson.read(EXAMPLES.resolve("note-grid.json")));
        assertThatThrownBy(() -> ScenarioProjector.project(base, draw("GRID-2024-01", LocalDate.of(2024, 4, 30), "1.00"),
                LocalDate.of(2024, 4, 30)))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.field()).isEqualTo("draws.date"))
                .hasMessageContaining("not after the as-of date");
    }

    @Test
    void aDrawNamesItsNoteAndChangesFlows() {
        Scenario s = draw("GRID-2024-01", LocalDate.of(2024, 5, 20), "50000.00");
        assertThat(s.changesFlows()).isTrue();
        assertThat(s.notesNamed()).containsExactly("GRID-2024-01");
        assertThatThrownBy(() -> new DatedAdvance("N", LocalDate.of(2024, 5, 20), BigDecimal.ZERO))
                .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("amount");
    }
}
