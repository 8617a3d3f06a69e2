package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.note.NoteTerms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The note JSON holds every rate term: each example rate kind written and read back is the same note. */
class RateNoteJsonTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final List<NoteTerms> NOTES = new ArrayList<>();

    @BeforeAll
    static void readExamples() {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-rates.csv"), StatedSchedules.NONE,
                RateStepCsvReader.read(EXAMPLES.resolve("rate-steps.csv")), null)) {
            reader.forEachRemaining(p -> NOTES.add(p.terms()));
        }
    }

    @Test
    void everyRateKindSurvivesWritingAndReading() {
        assertThat(NOTES).hasSize(6);
        for (NoteTerms t : NOTES) {
            assertThat(NoteJson.fromJson(NoteJson.toJson(t))).as(t.id()).isEqualTo(t);
        }
    }

    @Test
    void exampleFloatingNoteJsonIsTheCsvsNote() throws Exception {
        NoteTerms csv = NOTES.get(0);

        assertThat(NoteJson.read(EXAMPLES.resolve("note-floating.json"))).isEqualTo(csv);
        assertThat(Files.readString(EXAMPLES.resolve("note-floating.json"))).isEqualTo(NoteJson.toJson(csv));
    }

    @Test
    void fixedRateNoteJsonHasNoRateObject() {
        assertThat(NoteJson.toJson(Note2003.complete())).doesNotContain("\"rate\"").doesNotContain("max_lawful_rate")
                .doesNotContain("payment_on_reset");
    }

    @Test
    void badRateFieldsAreNamedByTheirPath() {
        String json = NoteJson.toJson(NOTES.get(0));

        assertThatThrownBy(() -> NoteJson.fromJson(json.replace("\"spread\" : \"0.0275\"", "\"spread\" : \"1.5\"")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("note.json: field rate.spread: value \"1.5\": must be a fraction between -1 and 1");
        assertThatThrownBy(() -> NoteJson.fromJson(json.replace("\"kind\" : \"floating\"", "\"kind\" : \"adjustable\"")))
                .hasMessage("note.json: field rate.kind: value \"adjustable\": not one of fixed, stepped, floating, conversion");
        assertThatThrownBy(() -> NoteJson.fromJson(json.replace("\"lookback_days\"", "\"look_back_days\"")))
                .hasMessageStartingWith("note.json: field rate.look_back_days: unknown field");
        assertThatThrownBy(() -> NoteJson.fromJson(json.replace("\"annual_rate\" : \"0.0725\"", "\"annual_rate\" : \"0.08\"")))
                .hasMessage("note.json: field annual_rate: value \"0.08\": must be the rate terms' initial rate 0.0725 (rate)");
        assertThatThrownBy(() -> NoteJson.fromJson(json.replace("\"mode\" : \"nearest\"", "\"mode\" : \"sideways\"")))
                .hasMessage("note.json: field rate.rounding.mode: value \"sideways\": not one of nearest, up, down");
    }

    @Test
    void conversionDateOutsideTheNoteIsNamedAtRateOn() {
        NoteTerms conversion = NOTES.stream().filter(t -> t.id().equals("FLOAT2FIX-2022")).findFirst().orElseThrow();
        String json = NoteJson.toJson(conversion).replace("\"on\" : \"2024-02-15\"", "\"on\" : \"2030-02-15\"");

        assertThatThrownBy(() -> NoteJson.fromJson(json)).hasMessageStartingWith("note.json: field rate.on: value \"2030-02-15\"");
    }
}
