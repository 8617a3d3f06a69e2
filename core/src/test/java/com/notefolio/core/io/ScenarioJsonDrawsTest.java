package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.scenario.DatedAdvance;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario's draws in its JSON: read, written back equal, and refused naming the field path. */
class ScenarioJsonDrawsTest {

    private static final String DRAW = """
            {"name": "t", "scenarios": [{"name": "draw 50k",
              "draws": [{"note": "GRID-2024-01", "date": "2024-05-20", "amount": "50000.00"}]}]}
            """;

    @Test
    void aDrawIsReadAsWrittenAndWrittenBackEqual() {
        ScenarioSet set = ScenarioJson.fromJson(DRAW);

        Scenario s = set.scenarios().get(0);
        assertThat(s.draws()).containsExactly(new DatedAdvance("GRID-2024-01", LocalDate.of(2024, 5, 20),
                new BigDecimal("50000.00")));
        assertThat(s.prepayments()).isEmpty();
        String json = ScenarioJson.toJson(set);
        assertThat(json).contains("\"draws\"").contains("\"amount\" : \"50000.00\"");
        assertThat(ScenarioJson.fromJson(json)).isEqualTo(set);
    }

    private static List<InputError> errors(String draw) {
        InputException e = catchThrowableOfType(InputException.class, () -> ScenarioJson.fromJson(
                "{\"name\": \"t\", \"scenarios\": [{\"name\": \"d\", \"draws\": [{" + draw + "}]}]}"));
        assertThat(e).as("errors of %s", draw).isNotNull();
        return e.errors();
    }

    @Test
    void aDrawWithoutAnAmountOrWithAnUnknownFieldOrANegativeAmountIsRefusedAtItsPath() {
        assertThat(errors("\"note\": \"N\", \"date\": \"2024-05-20\"")).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("scenarios[0] \"d\".draws[0].amount"))
                .satisfies(e -> assertThat(e.reason()).contains("required"));
        assertThat(errors("\"note\": \"N\", \"date\": \"2024-05-20\", \"amount\": \"-5\"")).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("scenarios[0] \"d\".draws[0].amount"))
                .satisfies(e -> assertThat(e.reason()).contains("negative"));
        assertThat(errors("\"note\": \"N\", \"date\": \"2024-05-20\", \"amount\": \"5\", \"mode\": \"REDUCE_TERM\""))
                .singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("scenarios[0] \"d\".draws[0].mode"));
    }
}
