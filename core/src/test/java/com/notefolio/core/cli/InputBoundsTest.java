package com.notefolio.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Hostile and broken input at the command line (issue 17 items 3, 4 and 6): each is refused with exit 2
 * and one short message naming the file, line and column, never a stack trace, a huge message or an
 * empty result.
 */
class InputBoundsTest {

    private static final String HEADER = "note_id,principal,annual_rate,issue_date,maturity_date,amortization";
    private static final String ROW = "A-1,10000.00,0.06,2020-01-01,2021-01-01,INTEREST_ONLY";

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int value(Path notes) {
        return run("value", "--notes", notes.toString(), "--as-of", "2020-06-01", "--discount-rate", "5%",
                "--out", dir.resolve("out.csv").toString());
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String message() {
        String text = err.toString();
        assertThat(text).doesNotContain("\tat ", "Exception");
        assertThat(text.length()).isLessThan(600);
        return text;
    }

    @Test
    void aScenarioAmountWithAHugeExponentIsRefusedAtOnce() throws IOException {
        Path notes = file("notes.csv", HEADER + "\n" + ROW + "\n");
        for (String amount : new String[] {"1e-999999999", "1e999999999"}) {
            err.getBuffer().setLength(0);
            Path scenarios = file("s.json", "{\"name\": \"x\", \"scenarios\": [{\"name\": \"p\", \"prepayments\": "
                    + "[{\"note\": \"A-1\", \"date\": \"2020-03-01\", \"amount\": " + amount + ", \"mode\": \"REDUCE_TERM\"}]}]}");
            int exit = run("scenario", "--notes", notes.toString(), "--scenarios", scenarios.toString(), "--as-of",
                    "2020-01-01", "--discount-rate", "5%", "--out", dir.resolve("r.csv").toString());
            assertThat(exit).as(amount).isEqualTo(2);
            assertThat(message()).contains("s.json").contains("amount");
        }
    }

    @Test
    void fieldsLongerThanTheDatabaseHoldsAreRefusedAtTheirLineAndColumn() throws IOException {
        assertThat(value(file("notes.csv", HEADER + ",borrower\n" + ROW + "," + "b".repeat(1001) + "\n"))).isEqualTo(2);
        assertThat(message()).contains("notes.csv:2: column borrower:").contains("longer than the 1000 characters");
        err.getBuffer().setLength(0);
        assertThat(value(file("notes.csv", HEADER + ",sector\n" + ROW + "," + "s".repeat(201) + "\n"))).isEqualTo(2);
        assertThat(message()).contains("notes.csv:2: column sector:").contains("longer than the 200 characters");
        err.getBuffer().setLength(0);
        assertThat(value(file("notes.csv", HEADER + ",borrower\n" + ROW + "," + "b".repeat(1000) + "\n"))).isZero();
    }

    @Test
    void aLineLongerThanAnyRowIsRefusedBeforeItIsHeldWhole() throws IOException {
        assertThat(value(file("notes.csv", HEADER + ",borrower\n" + ROW + "\n" + ROW.replace("A-1", "A-2") + ",\""
                + "x".repeat(3_000_000) + "\"\n"))).isEqualTo(2);
        assertThat(message()).contains("notes.csv:3:").contains("longer than 100000 characters");
    }

    @Test
    void aRowWithAnExtraFieldIsRefused() throws IOException {
        assertThat(value(file("notes.csv", HEADER + "\n" + ROW + "\n" + ROW.replace("A-1", "A-2") + ",stray\n")))
                .isEqualTo(2);
        assertThat(message()).contains("notes.csv:3: column #7: value \"stray\": the row has 7 fields but the header names 6 columns");
    }

    @Test
    void aDuplicateNoteIdIsRefusedWithTheLineOfTheFirst() throws IOException {
        assertThat(value(file("notes.csv", HEADER + "\n" + ROW + "\n" + ROW.replace("A-1", "A-2") + "\n" + ROW + "\n")))
                .isEqualTo(2);
        assertThat(message()).contains("notes.csv:4: column note_id: value \"A-1\": duplicate note id: the same id is at line 2");
    }

    @Test
    void aHeaderOnlyFileIsRefused() throws IOException {
        assertThat(value(file("notes.csv", HEADER + "\n\n"))).isEqualTo(2);
        assertThat(message()).contains("notes.csv:1: the file has a header but no notes");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLine() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append(",borrower\n");
        for (int i = 1; i <= 500; i++) {
            text.append(ROW.replace("A-1", "A-" + i)).append(",Borrower ").append(i).append('\n');
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = (ROW.replace("A-1", "A-501") + ",Caf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + tail.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        System.arraycopy(tail, 0, bytes, good.length, tail.length);
        bytes[bytes.length - 2] = (byte) 0xE9; // é in Latin-1, not UTF-8
        bytes[bytes.length - 1] = '\n';
        Path notes = Files.write(dir.resolve("notes.csv"), bytes);
        assertThat(value(notes)).isEqualTo(2);
        assertThat(message()).contains("notes.csv:502: not UTF-8 text (byte 0xE9");
    }

    @Test
    void aUtf16FileIsNamedAsSuch() throws IOException {
        Path notes = Files.write(dir.resolve("notes.csv"), (HEADER + "\n" + ROW + "\n").getBytes(StandardCharsets.UTF_16));
        assertThat(value(notes)).isEqualTo(2);
        assertThat(message()).contains("notes.csv:1: the file is UTF-16 text; save it as UTF-8");
    }
}
