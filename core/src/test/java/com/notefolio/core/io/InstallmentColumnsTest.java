package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.cli.PortfolioInput;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The installments file ({@code note_id,from,amount,kind}) read through the one mapping into the stepped
 * installments the note JSON states; refusals name the file, line and column of the step at fault.
 */
class InstallmentColumnsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String HEADER = "note_id,principal,annual_rate,issue_date,first_payment_date,maturity_date,"
            + "amortization,day_count\n";
    private static final String STEPS_HEADER = "note_id,from,amount,kind\n";
    /** $1,200 at 12% 30/360, constant principal, 12 monthly payments from 1 February 2024. */
    private static final String NOTE = "E,1200.00,0.12,2024-01-01,2024-02-01,2025-01-01,CONSTANT_PRINCIPAL,30/360\n";

    private static List<InputError> errors(String notes, String steps) {
        List<InputError> errors = new ArrayList<>();
        Installments read = InstallmentCsvReader.read("installments.csv", new StringReader(STEPS_HEADER + steps),
                errors::add);
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(HEADER + notes),
                StatedSchedules.NONE, RateSteps.NONE, Draws.NONE, read, errors::add)) {
            reader.forEachRemaining(p -> { });
        }
        return errors;
    }

    private static NoteTerms equipmentFromCsv() {
        PortfolioInput input = new PortfolioInput();
        input.notes = EXAMPLES.resolve("notes-structures.csv");
        input.draws = EXAMPLES.resolve("draws.csv");
        input.installments = EXAMPLES.resolve("installments.csv");
        try (Stream<Position> positions = input.positions()) {
            return positions.map(Position::terms).filter(t -> t.id().equals("EQUIP-2024-01")).findFirst().orElseThrow();
        }
    }

    @Test
    void theCsvExampleWithItsInstallmentsReadsIntoTheTermsOfTheNoteJson() {
        NoteTerms csv = equipmentFromCsv();

        assertThat(csv).isEqualTo(NoteJson.read(EXAMPLES.resolve("note-equipment.json")));
        // The blank kind of the file's second row is principal, as the JSON's default.
        assertThat(csv.structure().installments()).extracting(InstallmentStep::kind)
                .containsExactly(InstallmentStep.Kind.PRINCIPAL, InstallmentStep.Kind.PRINCIPAL);
    }

    @Test
    void theSteppedEquipmentNotePaysTheHandWorkedSchedule() {
        // Principal 5,000 a month for six months, then 15,000: interest 120,000 × 8% ÷ 12 = 800.00 first,
        // 90,000 × 8% ÷ 12 = 600.00 in the seventh, 15,000 × 8% ÷ 12 = 100.00 last (core's StructuredScheduleTest).
        Schedule s = ScheduleResolver.resolve(equipmentFromCsv());

        assertThat(s.size()).isEqualTo(12);
        assertThat(s.principalMinor(0)).isEqualTo(5_000_00);
        assertThat(s.interestMinor(0)).isEqualTo(800_00);
        assertThat(s.principalMinor(6)).isEqualTo(15_000_00);
        assertThat(s.interestMinor(6)).isEqualTo(600_00);
        assertThat(s.paymentMinor(11)).isEqualTo(15_100_00);
        assertThat(s.closingMinor(11)).isZero();
    }

    @Test
    void aStepTheTermsRefuseIsReportedAtItsLineAndColumn() {
        // Line 3 steps before line 2's date.
        InputError order = errors(NOTE, "E,2024-06-01,100.00,\nE,2024-03-01,50.00,\n").get(0);
        assertThat(order).extracting(InputError::source, InputError::line, InputError::column, InputError::value)
                .containsExactly("installments.csv", 3L, "from", "2024-03-01");
        assertThat(order.reason()).contains("after the previous step's 2024-06-01");

        InputError negative = errors(NOTE, "E,2024-02-01,-5.00,principal\n").get(0);
        assertThat(negative).extracting(InputError::line, InputError::column, InputError::value)
                .containsExactly(2L, "amount", "-5.00");

        InputError kind = errors(NOTE, "E,2024-02-01,100.00,interest\n").get(0);
        assertThat(kind).extracting(InputError::line, InputError::column).containsExactly(2L, "kind");
        assertThat(kind.reason()).contains("principal, payment");

        InputError bullet = errors("B,1200.00,0.12,2024-01-01,,2025-01-01,BULLET,30/360\n", "B,2024-02-01,100.00,\n")
                .get(0);
        assertThat(bullet).extracting(InputError::source, InputError::line, InputError::column)
                .containsExactly("installments.csv", 2L, "from");
        assertThat(bullet.reason()).contains("BULLET");
    }

    @Test
    void stepsOfANoteThePortfolioDoesNotHoldAreReportedAtTheirFirstLine() {
        List<InputError> errors = errors(NOTE, "E,2024-02-01,100.00,\nX,2024-02-01,5.00,\nX,2024-03-01,5.00,\n");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).extracting(InputError::source, InputError::line, InputError::column)
                .containsExactly("installments.csv", 3L, "note_id");
        assertThat(errors.get(0).reason()).contains("no note X in notes.csv");
    }

    @Test
    void theCommandsRefuseAnInstallmentsFileWithNoteJson() {
        PortfolioInput input = new PortfolioInput();
        input.notes = EXAMPLES.resolve("note-equipment.json");
        input.installments = EXAMPLES.resolve("installments.csv");
        var refused = catchThrowableOfType(input::positions, InputException.class);
        assertThat(refused.getMessage()).contains("--installments").contains("note JSON");
    }
}
