package com.notefolio.core.cli;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.ScenarioFlowCsvWriter;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.io.ScenarioResultCsvWriter;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.scenario.ScenarioSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notefolio scenario}: every note under every scenario of a set, beside its base case. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = {"Run a scenario set (docs/scenarios.md) on every note: one row per (note, scenario) with",
            "the measures of the value command and their deltas to the base case."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad input (the message names file, line or note, scenario and field)"})
final class ScenarioCommand implements Callable<Integer> {

    /** Notes a chunk: each carries a schedule per scenario, so chunks are smaller than other commands'. */
    private static final int CHUNK = 512;

    @Mixin
    PortfolioInput input;

    @Mixin
    IndexInput index;

    @Option(names = "--scenarios", required = true, paramLabel = "FILE", description = "Scenario set JSON.")
    Path scenarios;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "Valuation date (ISO).")
    LocalDate asOf;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Discounting discounting;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Results CSV to write.")
    Path out;

    @Option(names = "--flows", paramLabel = "FILE", description = "Also write every scenario schedule to this CSV.")
    Path flows;

    @Override
    public Integer call() {
        ScenarioSet set = ScenarioJson.read(PortfolioInput.requireReadable(scenarios));
        DiscountCurve curve = discounting.resolve();
        List<Scenario> list = set.scenarios();
        IndexData indices = index.read();
        try (Stream<Position> notes = input.positions();
             ScenarioResultCsvWriter results = ScenarioResultCsvWriter.create(out);
             ScenarioFlowCsvWriter flowWriter = flows == null ? null : ScenarioFlowCsvWriter.create(flows)) {
            long count = ParallelPipeline.run(notes.iterator(), CHUNK, IndexInput.reportingMissingIndex(input.notes,
                            p -> PositionPricer.price(p, asOf, curve, indices, list).cases()),
                    rows -> {
                        for (ScenarioResult r : rows) {
                            results.write(r);
                            if (flowWriter != null) {
                                flowWriter.write(r.scenario(), r.schedule());
                            }
                        }
                    });
            results.commit();
            if (flowWriter != null) {
                flowWriter.commit();
            }
            System.err.printf("scenario: %,d notes × %d scenarios of \"%s\" (and the base) as of %s, written to %s%n",
                    count, list.size(), set.name(), asOf, out);
        }
        return 0;
    }
}
