package com.notefolio.core.cli;

import com.notefolio.core.actus.ActusContract;
import com.notefolio.core.actus.ActusContracts;
import com.notefolio.core.actus.ActusEvent;
import com.notefolio.core.actus.ActusEvents;
import com.notefolio.core.actus.ActusReader;
import com.notefolio.core.actus.ActusUnsupported;
import com.notefolio.core.io.ActusEventCsvWriter;
import com.notefolio.core.io.ActusUnsupportedCsvWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notefolio actus}: ACTUS contracts as Notefolio notes, their events written in ACTUS terms. */
@Command(name = "actus", mixinStandardHelpOptions = true,
        description = {"Read ACTUS contracts (PAM, ANN, LAM, NAM, LAX, CLM, UMP; one contract, a list, or a test-bed file) and write",
            "each one's events: contract_id, event_date, event_type, payoff, notional_principal,"
                    + " nominal_interest_rate, accrued_interest (ACTUS signs and event types).",
            "Contracts Notefolio cannot represent are listed on stderr (and in --unsupported) with the term and why;",
            "the others are written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every contract written", "1:failed",
            "2:bad input (the file is not JSON, or an option is wrong)",
            "3:written, but some contracts could not be represented (listed)"})
final class ActusCommand implements Callable<Integer> {

    /** Exit code when some contracts were written and others could not be represented. */
    static final int SOME_UNSUPPORTED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--contracts", required = true, paramLabel = "FILE", description = "ACTUS contracts JSON to read.")
    Path contracts;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Events CSV to write.")
    Path out;

    @Option(names = "--unsupported", paramLabel = "FILE",
            description = "Also write the contracts not represented: contract_id, term, value, reason.")
    Path unsupportedOut;

    @Override
    public Integer call() {
        ActusContracts read = ActusReader.read(contracts);
        List<ActusUnsupported> unsupported = new ArrayList<>(read.unsupported());
        long events = 0;
        int written = 0;
        try (ActusEventCsvWriter writer = ActusEventCsvWriter.create(out)) {
            for (ActusContract c : read.contracts()) {
                List<ActusEvent> list;
                try {
                    list = ActusEvents.of(c);
                } catch (IllegalArgumentException | ArithmeticException e) {
                    // A reset whose index has no value, a balance outgrowing its units: this contract only.
                    unsupported.add(new ActusUnsupported(c.id(), "terms", "", e.getMessage()));
                    continue;
                }
                for (ActusEvent e : list) {
                    writer.write(e.contractId(), e.date(), e.type().name(), e.payoff(), e.notionalPrincipal(),
                            e.nominalInterestRate(), e.accruedInterest());
                }
                events += list.size();
                written++;
            }
            writer.commit();
        }
        if (unsupportedOut != null) {
            try (ActusUnsupportedCsvWriter w = ActusUnsupportedCsvWriter.create(unsupportedOut)) {
                unsupported.forEach(u -> w.write(u.contractId(), u.term(), u.value(), u.reason()));
                w.commit();
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        unsupported.forEach(u -> err.println("actus: not represented: " + u.message()));
        err.printf("actus: %,d contracts, %,d events written to %s; %,d not represented%n", written, events, out,
                unsupported.size());
        err.flush();
        return unsupported.isEmpty() ? 0 : SOME_UNSUPPORTED;
    }
}
