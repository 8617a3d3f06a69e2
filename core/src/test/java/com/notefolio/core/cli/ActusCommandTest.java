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

/** {@code notefolio actus} end to end, in process: events of hand-worked contracts, what it cannot represent, bad input. */
class ActusCommandTest {

    /** $1,000 at 6% 30E/360, interest half-yearly from 1 Jul 2020, maturity 1 Jan 2021: 1000 × 0.06 × 180/360 = 30.00. */
    private static final String PAM = """
            {"contractType": "PAM", "contractID": "P-1", "contractRole": "%s", "currency": "USD",
             "statusDate": "2019-12-31T00:00:00", "initialExchangeDate": "2020-01-01T00:00:00",
             "maturityDate": "2021-01-01T00:00:00", "notionalPrincipal": 1000, "nominalInterestRate": 0.06,
             "cycleAnchorDateOfInterestPayment": "2020-07-01T00:00:00", "cycleOfInterestPayment": "P6ML1",
             "dayCountConvention": "30E360", "premiumDiscountAtIED": "-10"}""";

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void oneContractBecomesItsEventsWithActusSigns() throws IOException {
        Path in = Files.writeString(dir.resolve("pam.json"), PAM.formatted("RPA"));
        Path out = dir.resolve("events.csv");
        assertThat(run("actus", "--contracts", in.toString(), "--out", out.toString())).isZero();
        // IED pays out the notional less the 10.00 discount; the lender receives 30.00 twice and the principal.
        assertThat(Files.readAllLines(out)).containsExactly(
                "contract_id,event_date,event_type,payoff,notional_principal,nominal_interest_rate,accrued_interest",
                "P-1,2020-01-01,IED,-990.00,1000.00,0.06,0.00",
                "P-1,2020-07-01,IP,30.00,1000.00,0.06,0.00",
                "P-1,2021-01-01,IP,30.00,1000.00,0.06,0.00",
                "P-1,2021-01-01,MD,1000.00,0.00,0.06,0.00");
    }

    @Test
    void theBorrowersSideHasEverySignTurned() throws IOException {
        Path in = Files.writeString(dir.resolve("pam.json"), PAM.formatted("RPL"));
        Path out = dir.resolve("events.csv");
        assertThat(run("actus", "--contracts", in.toString(), "--out", out.toString())).isZero();
        assertThat(Files.readAllLines(out)).contains("P-1,2020-01-01,IED,990.00,-1000.00,0.06,0.00",
                "P-1,2021-01-01,MD,-1000.00,0.00,0.06,0.00");
    }

    @Test
    void contractsItCannotRepresentAreListedAndTheOthersWritten() throws IOException {
        String shifted = PAM.formatted("RPA").replace("\"P-1\"", "\"P-2\"")
                .replace("\"USD\",", "\"USD\", \"calendar\": \"MF\", \"businessDayConvention\": \"SCF\","
                        + " \"scalingEffect\": \"IOO\",");
        Path in = Files.writeString(dir.resolve("list.json"), "[" + PAM.formatted("RPA") + "," + shifted + "]");
        Path out = dir.resolve("events.csv");
        Path unsupported = dir.resolve("unsupported.csv");
        assertThat(run("actus", "--contracts", in.toString(), "--out", out.toString(), "--unsupported",
                unsupported.toString())).isEqualTo(ActusCommand.SOME_UNSUPPORTED);
        assertThat(Files.readAllLines(out)).hasSize(5).allMatch(l -> !l.startsWith("P-2"));
        assertThat(Files.readAllLines(unsupported)).hasSize(2);
        assertThat(Files.readAllLines(unsupported).get(1)).isEqualTo("P-2,scalingEffect,IOO,"
                + "index scaling of notional or interest (SC events) is not a Notefolio term");
        assertThat(err.toString()).contains("not represented: contract P-2: scalingEffect = IOO")
                .contains("1 contracts, 4 events written").contains("1 not represented");
    }

    @Test
    void aFileThatIsNotJsonIsBadInputNamingLineAndColumn() throws IOException {
        Path in = Files.writeString(dir.resolve("bad.json"), "{\"contractType\": \"PAM\",\n  \"contractID\": }");
        Path out = dir.resolve("events.csv");
        assertThat(run("actus", "--contracts", in.toString(), "--out", out.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("bad.json:2: column 17: is not JSON");
        assertThat(out).doesNotExist();
    }
}
