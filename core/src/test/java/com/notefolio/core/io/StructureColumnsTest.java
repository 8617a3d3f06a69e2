package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.cli.PortfolioInput;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structure columns of the portfolio CSV ({@code disbursement_date}, {@code first_principal_date},
 * {@code deferral_through}, {@code deferred_interest}) and the draws file ({@code note_id,date,amount,kind})
 * read through the one mapping into the terms the note JSON examples state; refusals name the file, line and
 * column of the cell at fault, a draw's own line for a term a draw breaks.
 */
class StructureColumnsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String HEADER = "note_id,principal,annual_rate,issue_date,disbursement_date,first_payment_date,"
            + "first_principal_date,maturity_date,amortization,day_count,deferral_through,deferred_interest\n";
    private static final String DRAWS_HEADER = "note_id,date,amount,kind\n";

    private static Map<String, NoteTerms> examples() {
        try (Stream<Position> positions = PortfolioCsvReader.open(EXAMPLES.resolve("notes-structures.csv"),
                StatedSchedules.NONE, RateSteps.NONE, DrawCsvReader.read(EXAMPLES.resolve("draws.csv")), null).stream()) {
            return positions.map(Position::terms).collect(Collectors.toMap(NoteTerms::id, t -> t));
        }
    }

    private static List<InputError> errors(String notes, String draws) {
        return errors(notes, draws, StatedSchedules.NONE);
    }

    private static List<InputError> errors(String notes, String draws, StatedSchedules stated) {
        List<InputError> errors = new ArrayList<>();
        Draws read = DrawCsvReader.read("draws.csv", new StringReader(DRAWS_HEADER + draws), errors::add);
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(HEADER + notes),
                stated, RateSteps.NONE, read, errors::add)) {
            reader.forEachRemaining(p -> { });
        }
        return errors;
    }

    /** A grid note: up to $1,000 at 6% ACT/360, interest only, 1 January to 1 July 2024. */
    private static final String GRID = "G,1000.00,0.06,2024-01-01,,,,2024-07-01,INTEREST_ONLY,ACT/360,,\n";

    @Test
    void theCsvExamplesReadIntoTheTermsOfTheNoteJsonExamples() {
        Map<String, NoteTerms> csv = examples();

        assertThat(csv.get("GRID-2024-01")).isEqualTo(NoteJson.read(EXAMPLES.resolve("note-grid.json")));
        assertThat(csv.get("PPP-2020-0417")).isEqualTo(NoteJson.read(EXAMPLES.resolve("note-ppp.json")));
    }

    @Test
    void theDisbursementAndLeadInExamplesScheduleAsWorkedByHand() {
        Map<String, NoteTerms> csv = examples();

        // Dated 1 January 2024, disbursed 10 January: 100,000 × 6% × 22/360 = 366.67, then 29 days = 483.33.
        Schedule late = ScheduleResolver.resolve(csv.get("LATE-2024-01"));
        assertThat(late.interestMinor(0)).isEqualTo(366_67);
        assertThat(late.interestMinor(1)).isEqualTo(483_33);
        // $1,200 at 12% PERIODIC, principal from 1 April 2013: 12.00, 12.00, then PMT(1%, 2, −1200) = 609.01.
        NoteTerms leadIn = csv.get("LEADIN-2013");
        assertThat(leadIn.firstPrincipalDate()).isEqualTo(LocalDate.of(2013, 4, 1));
        Schedule s = ScheduleResolver.resolve(leadIn);
        assertThat(new long[] {s.principalMinor(0), s.principalMinor(1), s.paymentMinor(2), s.paymentMinor(3)})
                .containsExactly(0, 0, 609_01, 609_02);
    }

    @Test
    void deferredInterestIsReadInAnyCaseAndDefaultsToCapitalized() {
        String ppp = "P,20000.00,0.01,2020-05-04,,2020-06-04,,2022-05-04,LEVEL_PAYMENT,30/360,2020-11-04,";
        assertThat(errors(ppp + "Pay_At_First\n", "")).isEmpty();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(HEADER + ppp + "\n"),
                StatedSchedules.NONE, RateSteps.NONE, Draws.NONE, null)) {
            assertThat(reader.next().terms().structure().deferral()).isEqualTo(new Deferral(LocalDate.of(2020, 11, 4),
                    Deferral.DeferredInterest.CAPITALIZE));
        }
    }

    @Test
    void badStructureCellsAreRefusedAtTheirColumn() {
        InputError alone = errors("P,1000.00,0.06,2024-01-01,,,,2024-07-01,LEVEL_PAYMENT,ACT/360,,spread\n", "").get(0);
        assertThat(alone).extracting(InputError::source, InputError::line, InputError::column)
                .containsExactly("notes.csv", 2L, "deferred_interest");
        assertThat(alone.reason()).contains("deferral_through is blank");

        InputError rule = errors("P,1000.00,0.06,2024-01-01,,,,2024-07-01,LEVEL_PAYMENT,ACT/360,2024-03-01,later\n", "").get(0);
        assertThat(rule.column()).isEqualTo("deferred_interest");
        assertThat(rule.reason()).contains("CAPITALIZE, PAY_AT_FIRST, SPREAD");

        InputError bullet = errors("B,1000.00,0.06,2024-01-01,,,,2024-07-01,BULLET,ACT/360,2024-03-01,\n", "").get(0);
        assertThat(bullet.column()).isEqualTo("deferral_through");
        assertThat(bullet.reason()).contains("BULLET");

        InputError disbursed = errors("D,1000.00,0.06,2024-01-01,2023-12-31,,,2024-07-01,INTEREST_ONLY,ACT/360,,\n", "").get(0);
        assertThat(disbursed).extracting(InputError::column, InputError::value)
                .containsExactly("disbursement_date", "2023-12-31");

        InputError leadIn = errors("L,1000.00,0.06,2024-01-01,,,2024-03-01,2024-07-01,INTEREST_ONLY,ACT/360,,\n", "").get(0);
        assertThat(leadIn.column()).isEqualTo("first_principal_date");
        assertThat(leadIn.reason()).contains("LEVEL_PAYMENT and CONSTANT_PRINCIPAL");
    }

    @Test
    void aDrawTheTermsRefuseIsReportedAtItsLineAndColumn() {
        // Line 2 funds the note; line 3 is the second advance, dated after maturity.
        InputError late = errors(GRID, "G,2024-01-01,500.00,advance\nG,2024-08-01,100.00,\n").get(0);
        assertThat(late).extracting(InputError::source, InputError::line, InputError::column, InputError::value)
                .containsExactly("draws.csv", 3L, "date", "2024-08-01");
        assertThat(late.reason()).contains("before the maturity date 2024-07-01");

        // 800 + 300 lends more than the $1,000 principal: reported at the last advance's amount.
        InputError tooMuch = errors(GRID, "G,2024-01-01,800.00,\nG,2024-01-02,1.00,forgiveness\nG,2024-03-01,300.00,\n").get(0);
        assertThat(tooMuch).extracting(InputError::line, InputError::column).containsExactly(4L, "amount");
        assertThat(tooMuch.reason()).contains("more than the note's principal 1000.00");

        InputError forgiven = errors(GRID, "G,2024-01-01,800.00,\nG,2024-01-01,100.00,FORGIVENESS\n").get(0);
        assertThat(forgiven).extracting(InputError::line, InputError::column).containsExactly(3L, "date");

        InputError kind = errors(GRID, "G,2024-01-01,800.00,payback\n").get(0);
        assertThat(kind).extracting(InputError::line, InputError::column).containsExactly(2L, "kind");
        assertThat(kind.reason()).contains("advance, forgiveness, repayment");

        StatedSchedules schedule = StatedScheduleCsvReader.read("schedules.csv",
                new StringReader("note_id,due_date,payment\nS,2024-07-01,1030.00\n"), null);
        List<InputError> onStated = errors("S,1000.00,0.06,2024-01-01,,,,2024-07-01,STATED,ACT/360,,\n",
                "S,2024-01-01,1000.00,\n", schedule);
        assertThat(onStated).hasSize(1);
        assertThat(onStated.get(0)).extracting(InputError::source, InputError::line).containsExactly("draws.csv", 2L);
        assertThat(onStated.get(0).reason()).contains("is STATED in notes.csv line 2");
    }

    @Test
    void drawsOfANoteThePortfolioDoesNotHoldAreReportedAtTheirFirstLine() {
        List<InputError> errors = errors(GRID, "G,2024-01-01,1000.00,\nX,2024-01-01,5.00,\nX,2024-02-01,5.00,\n");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).extracting(InputError::source, InputError::line, InputError::column)
                .containsExactly("draws.csv", 3L, "note_id");
        assertThat(errors.get(0).reason()).contains("no note X in notes.csv");
    }

    @Test
    void theCommandsTakeDrawsWithACsvPortfolioAndRefuseThemWithNoteJson() {
        PortfolioInput input = new PortfolioInput();
        input.notes = EXAMPLES.resolve("notes-structures.csv");
        input.draws = EXAMPLES.resolve("draws.csv");
        try (Stream<Position> positions = input.positions()) {
            assertThat(positions.filter(p -> p.terms().id().equals("GRID-2024-01")).findFirst().orElseThrow()
                    .terms().structure().advances()).hasSize(3);
        }
        input.notes = EXAMPLES.resolve("note-grid.json");
        var refused = catchThrowableOfType(input::positions, InputException.class);
        assertThat(refused.getMessage()).contains("--draws").contains("note JSON");
    }
}
