package com.notefolio.core.cli;

import com.notefolio.core.disclosure.NoteDisclosure;
import com.notefolio.core.disclosure.TruthInLendingDisclosure;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.MeasuresCsvWriter;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FeeYield;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notefolio value}: each note's measures as of a date, one CSV row per note. */
@Command(name = "value", mixinStandardHelpOptions = true,
        description = {"Value each note as of a date: outstanding principal, accrued interest, price, NPV,",
            "yield (XIRR basis) and nominal yield, WAL, Macaulay and modified duration, convexity, DV01,",
            "warnings (a price far from the outstanding principal), and the Truth in Lending box: the APR",
            "(Regulation Z Appendix J, a fraction), amount financed, finance charge and total of payments."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad input (the message names file, line and column, or the note and field)"})
final class ValueCommand implements Callable<Integer> {

    @Mixin
    PortfolioInput input;

    @Mixin
    IndexInput index;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "Valuation date (ISO, e.g. 2024-06-30).")
    LocalDate asOf;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Discounting discounting;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Measures CSV to write.")
    Path out;

    @Override
    public Integer call() {
        DiscountCurve curve = discounting.resolve();
        IndexData indices = index.read();
        try (Stream<Position> notes = input.positions(); MeasuresCsvWriter writer = MeasuresCsvWriter.create(out)) {
            long count = ParallelPipeline.run(notes.iterator(),
                    IndexInput.reportingMissingIndex(input.notes,
                            p -> disclosed(PositionPricer.price(p, asOf, curve, indices, List.of()))),
                    v -> writer.write(v.result(), v.disclosure(), v.yieldWithFees()));
            writer.commit();
            System.err.printf("value: %,d notes valued as of %s, written to %s%n", count, asOf, out);
        }
        return 0;
    }

    /**
     * A priced note, its Truth in Lending box ({@code null}: none) and its yield including fees (NaN: no root),
     * solved on the pricing thread.
     */
    private record Disclosed(PositionResult result, TruthInLendingDisclosure disclosure, double yieldWithFees) {
    }

    private static Disclosed disclosed(PositionResult r) {
        return new Disclosed(r, NoteDisclosure.of(r.schedule()).orElse(null), FeeYield.of(r.schedule()).rate());
    }
}
