package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrecomputedInterest;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code precomputed_interest} column and note JSON field: the examples read into precomputed terms, the JSON
 * writes them back the same, and bad values or refused combinations are reported at the column or field.
 */
class PrecomputedColumnsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String HEADER = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,"
            + "precomputed_interest\n";

    private static List<NoteTerms> examples() {
        List<NoteTerms> notes = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-precomputed.csv"))) {
            reader.forEachRemaining((Position p) -> notes.add(p.terms()));
        }
        return notes;
    }

    private static String firstError(String csv) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(csv),
                StatedSchedules.NONE, RateSteps.NONE, null)) {
            reader.forEachRemaining(p -> { });
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error was reported");
    }

    @Test
    void exampleFileReadsEachRebateMethod() {
        List<NoteTerms> notes = examples();

        assertThat(notes).extracting(NoteTerms::precomputed).containsExactly(PrecomputedInterest.RULE_OF_78S,
                PrecomputedInterest.ACTUARIAL, PrecomputedInterest.RULE_OF_78S);
        // ADDON-78 is the $1,000 8% add-on note: 12 × 90.00 (see schedule.PrecomputedScheduleTest).
        assertThat(ScheduleResolver.resolve(notes.get(0)).paymentMinor(0)).isEqualTo(90_00);
    }

    @Test
    void csvExampleIsTheNoteJsonExampleAndJsonWritesItBack() {
        NoteTerms csv = examples().get(0);

        assertThat(NoteJson.read(EXAMPLES.resolve("note-addon.json"))).isEqualTo(csv);
        for (NoteTerms t : examples()) {
            String json = NoteJson.toJson(t);
            assertThat(json).contains("\"precomputed_interest\" : \"" + t.precomputed().code() + "\"");
            assertThat(NoteJson.read("note.json", new StringReader(json))).isEqualTo(t);
        }
    }

    @Test
    void blankColumnIsSimpleInterest() {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(HEADER
                + "P,1000.00,0.08,2024-01-15,2025-01-15,LEVEL_PAYMENT,\n"), StatedSchedules.NONE, RateSteps.NONE, null)) {
            NoteTerms t = reader.next().terms();
            assertThat(t.precomputed()).isNull();
            assertThat(NoteJson.toJson(t)).doesNotContain("precomputed_interest");
        }
    }

    @Test
    void unknownMethodAndRefusedCombinationNameTheColumn() {
        assertThat(firstError(HEADER + "P,1000.00,0.08,2024-01-15,2025-01-15,LEVEL_PAYMENT,rule_of_79\n"))
                .contains("notes.csv:2:", "column precomputed_interest", "rule_of_79", "RULE_OF_78S, ACTUARIAL");
        assertThat(firstError(HEADER + "P,1000.00,0.08,2024-01-15,2025-01-15,INTEREST_ONLY,actuarial\n"))
                .contains("notes.csv:2:", "column precomputed_interest", "LEVEL_PAYMENT");
    }

    @Test
    void jsonRefusesAnUnknownMethodAtItsField() {
        String json = """
                { "id" : "P", "borrower" : { "name" : "B" }, "principal" : "1000.00", "annual_rate" : "0.08",
                  "issue_date" : "2024-01-15", "maturity_date" : "2025-01-15", "amortization" : "LEVEL_PAYMENT",
                  "precomputed_interest" : "sum_of_digits" }
                """;
        assertThatThrownBy(() -> NoteJson.read("note.json", new StringReader(json)))
                .hasMessageContaining("precomputed_interest").hasMessageContaining("sum_of_digits");
    }
}
