package com.notefolio.reports.cli;

import com.notefolio.core.cli.Discounting;
import com.notefolio.core.cli.IndexInput;
import com.notefolio.core.cli.PortfolioInput;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.reports.csv.CsvExport;
import com.notefolio.reports.export.WorkbookExports;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.reports.workbook.StreamedTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code notefolio export}: a note projection ({@code --note}), a portfolio projection (without it), or a
 * scenario comparison ({@code --scenarios}), as an xlsx workbook with live formulas or ({@code --csv}) as
 * CSV files in a folder.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export an Excel workbook (or CSV files with --csv): a note projection with --note,",
            "otherwise a portfolio projection; a scenario comparison with --scenarios.",
            "Discounting and yields are on Excel's XNPV/XIRR basis (annual compounding, actual/365).",
            "Floating rates are set from --fixings and --index-curve (see schedule)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad input (the message names file, line and column, or the note and field)"})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    PortfolioInput input;

    @Mixin
    IndexInput index;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "Valuation date (ISO).")
    LocalDate asOf;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Discounting discounting;

    @Option(names = "--scenarios", paramLabel = "FILE", description = "Scenario set JSON: compare every scenario with the base.")
    Path scenarios;

    @Option(names = "--note", paramLabel = "NOTE_ID", description = "Export this note only.")
    String noteId;

    @Option(names = "--csv", description = "Write CSV files into the folder --out instead of a workbook.")
    boolean csv;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Workbook (.xlsx) to write, or the folder for --csv.")
    Path out;

    /** Sheets hold Excel's row limit; tests lower it to see long tables continue. */
    int rowLimit = StreamedTable.EXCEL_ROW_LIMIT;

    /**
     * POI logs through the Log4j API; on the command line there is no Log4j provider, and the API would
     * print a warning on every export. Its own simple logger (errors only, to stderr) is chosen here, in
     * the command, and not in a jar-wide properties file, which would also capture the logging of an
     * application (the web module) that bridges Log4j to its own logger.
     */
    private static void quietPoiLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    @Override
    public Integer call() {
        quietPoiLogging();
        ScenarioSet set = scenarios == null ? null : ScenarioJson.read(PortfolioInput.requireReadable(scenarios));
        DiscountCurve curve = discounting.resolve();
        ExportAssumptions recorded = ExportAssumptions.of(asOf, curve).withInputs(inputs(set))
                .withIndexData(index.read());
        // A floating note whose reset the index data cannot set is bad input naming the note and the index
        // (exit 2), as in schedule and value; the workbook or CSV files are then not written.
        Function<Position, PositionResult> price = IndexInput.reportingMissingIndex(input.notes,
                WorkbookExports.pricer(recorded, curve, set == null ? List.of() : set.scenarios()));
        try (Stream<Position> notes = input.positions()) {
            Iterator<Position> positions = noteId == null ? notes.iterator() : only(notes.iterator());
            if (csv) {
                CsvExport export = new CsvExport(out, recorded);
                long count = set == null ? export.projection(positions, curve, price)
                        : export.scenarios(positions, set, curve, WorkbookExports.caseNames(set),
                        p -> price.apply(p).cases());
                System.err.printf("export: %,d notes as of %s written as CSV to %s%n", count, asOf, out);
                return 0;
            }
            long count = set != null
                    ? WorkbookExports.scenarioComparison(positions, price, recorded, curve, set, rowLimit, out)
                    : noteId != null ? WorkbookExports.noteProjection(positions.next(), price, recorded, curve, out)
                    : WorkbookExports.portfolioProjection(positions, price, recorded, curve, rowLimit, out);
            System.err.printf("export: %,d notes as of %s written to %s%n", count, asOf, out);
        }
        return 0;
    }

    /** The input files as given, and the note chosen, for the record of the export. */
    private List<String> inputs(ScenarioSet set) {
        List<String> files = new java.util.ArrayList<>();
        files.add("notes: " + input.notes);
        if (input.schedules != null) {
            files.add("stated schedules: " + input.schedules);
        }
        if (input.rateSteps != null) {
            files.add("rate steps: " + input.rateSteps);
        }
        files.addAll(index.describe());
        if (scenarios != null) {
            files.add("scenarios: " + scenarios);
        }
        if (noteId != null) {
            files.add("note: " + noteId);
        }
        return files;
    }

    /** The one note named by --note; reading stops there. An id the file lacks is bad input naming it. */
    private Iterator<Position> only(Iterator<Position> notes) {
        while (notes.hasNext()) {
            Position p = notes.next();
            if (p.terms().id().equals(noteId)) {
                return List.of(p).iterator();
            }
        }
        throw new InputException(PortfolioInput.noteError(input.notes, PortfolioCsvReader.NOTE_ID, "id", noteId,
                "no note with this id (--note)"));
    }
}
