package com.notefolio.core.cli;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.io.IndexCsvReader;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.portfolio.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The index data options of every command that resolves schedules: {@code --fixings} and
 * {@code --index-curve}, read into the {@link IndexData} floating rates are set from. Both are optional:
 * a portfolio of fixed and stepped notes needs neither.
 */
public final class IndexInput {

    @Option(names = "--fixings", paramLabel = "FILE",
            description = "Index fixings CSV (index, date, rate) that floating rates are set from.")
    public Path fixings;

    @Option(names = "--index-curve", paramLabel = "FILE",
            description = "Index curve CSV (index, base_date, tenor_months, rate) projecting an index past its last"
                    + " fixing; without one an index is held flat at its last fixing.")
    public Path indexCurve;

    /** The index data of the files given; {@link IndexData#NONE} when neither is. */
    public IndexData read() {
        return IndexCsvReader.read(fixings == null ? null : PortfolioInput.requireReadable(fixings),
                indexCurve == null ? null : PortfolioInput.requireReadable(indexCurve));
    }

    /** The fixings of the file given; none without one. */
    public List<IndexFixing> fixings() {
        return fixings == null ? List.of() : IndexCsvReader.readFixings(PortfolioInput.requireReadable(fixings));
    }

    /** The forward curves of the file given; none without one. */
    public List<ForwardCurve> curves() {
        return indexCurve == null ? List.of() : IndexCsvReader.readCurves(PortfolioInput.requireReadable(indexCurve));
    }

    /** The files given, for a record of the inputs. */
    public List<String> describe() {
        List<String> files = new ArrayList<>();
        if (fixings != null) {
            files.add("fixings: " + fixings);
        }
        if (indexCurve != null) {
            files.add("index curve: " + indexCurve);
        }
        return files;
    }

    /**
     * {@code compute} with the refusal of a floating note whose reset cannot be set (the resolver names the
     * note, the reset date and the index, and the index data lacks it) turned into bad input of
     * {@code notes} (exit 2, no output written), with the options that would supply it.
     */
    public static <R> Function<Position, R> reportingMissingIndex(Path notes, Function<Position, R> compute) {
        return p -> {
            try {
                return compute.apply(p);
            } catch (IllegalArgumentException e) {
                if (p.terms().hasSingleRate() || e.getMessage() == null || !e.getMessage().contains("cannot be set")) {
                    throw e;
                }
                throw new InputException(PortfolioInput.noteError(notes, PortfolioCsvReader.INDEX, "rate", null,
                        e.getMessage() + " (give the index's fixings with --fixings, or its projection with --index-curve)"));
            }
        };
    }
}
