package com.notefolio.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code scenario} command runs a draw from the scenario file on a note JSON file: its flows show the
 * advance and the interest on the raised balance, worked by hand; a draw beyond the note's principal ends
 * the run naming the field.
 */
class DrawScenarioCommandTest {

    private static final Path GRID = Path.of("..", "examples", "note-grid.json");

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path scenarios(String amount) throws IOException {
        return Files.writeString(dir.resolve("draw.json"), """
                {"name": "draws", "scenarios": [{"name": "draw",
                  "draws": [{"note": "GRID-2024-01", "date": "2024-05-20", "amount": "%s"}]}]}
                """.formatted(amount));
    }

    @Test
    void aDrawScenariosFlowsShowTheAdvanceAndTheInterestOnTheRaisedBalance() throws IOException {
        Path flows = dir.resolve("flows.csv");
        assertThat(run("scenario", "--notes", GRID.toString(), "--scenarios", scenarios("50000.00").toString(),
                "--as-of", "2024-04-30", "--discount-rate", "0.06", "--out", dir.resolve("results.csv").toString(),
                "--flows", flows.toString())).as(err.toString()).isZero();

        List<String> lines = Files.readAllLines(flows);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<List<String>> draw = lines.stream().skip(1).map(l -> Arrays.asList(l.split(",", -1)))
                .filter(f -> f.get(header.indexOf("scenario")).equals("draw")).toList();
        List<String> advance = draw.stream().filter(f -> f.get(header.indexOf("kind")).equals("ADVANCE")
                && f.get(header.indexOf("due_date")).equals("2024-05-20")).findFirst().orElseThrow();
        assertThat(advance.get(header.indexOf("payment"))).isEqualTo("-50000.00");
        assertThat(advance.get(header.indexOf("closing_balance"))).isEqualTo("275000.00");
        // 1 June: 19 days on 225,000 + 12 days on 275,000 at 6% ACT/360 = 712.50 + 550.00.
        List<String> june = draw.stream().filter(f -> f.get(header.indexOf("due_date")).equals("2024-06-01"))
                .findFirst().orElseThrow();
        assertThat(june.get(header.indexOf("interest"))).isEqualTo("1262.50");
    }

    @Test
    void aDrawBeyondTheNotesPrincipalIsBadInputNamingTheField() throws IOException {
        // 225,000 of the 300,000 is lent: 75,000.01 more is too much.
        int code = run("scenario", "--notes", GRID.toString(), "--scenarios", scenarios("75000.01").toString(),
                "--as-of", "2024-04-30", "--discount-rate", "0.06", "--out", dir.resolve("results.csv").toString());
        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains("draws.amount").contains("the most it may lend");
        assertThat(dir.resolve("results.csv")).doesNotExist();
    }
}
