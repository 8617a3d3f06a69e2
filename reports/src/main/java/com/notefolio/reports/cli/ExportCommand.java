package com.notefolio.reports.cli;

import com.notefolio.core.cli.Discounting;
import com.notefolio.core.cli.ParallelPipeline;
import com.notefolio.core.cli.PortfolioInput;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.reports.csv.CsvExport;
import com.notefolio.reports.note.NoteProjectionWorkbook;
import com.notefolio.reports.portfolio.PortfolioProjectionWorkbook;
import com.notefolio.reports.scenario.ScenarioComparisonWorkbook;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.reports.workbook.WorkbookFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
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
            "Discounting and yields are on Excel's XNPV/XIRR basis (annual compounding, actual/365)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad input (the message names file, line and column, or the note)"})
final class ExportCommand implements Callable<Integer> {

    /** Notes a chunk when each carries a schedule per scenario. */
    private static final int SCENARIO_CHUNK = 512;

    @Mixin
    PortfolioInput input;

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
        try (PortfolioCsvReader reader = input.open()) {
            Iterator<Position> positions = noteId == null ? reader : only(reader);
            if (csv) {
                CsvExport export = new CsvExport(out, asOf);
                long count = set == null ? export.projection(positions, curve)
                        : export.scenarios(positions, names(set), p -> analyze(p, set, curve));
                System.err.printf("export: %,d notes as of %s written as CSV to %s%n", count, asOf, out);
                return 0;
            }
            long[] count = new long[1];
            if (set != null) {
                WorkbookFile.write(out, wb -> {
                    ScenarioComparisonWorkbook book = new ScenarioComparisonWorkbook(wb, asOf, names(set), rowLimit);
                    count[0] = ParallelPipeline.run(positions, SCENARIO_CHUNK, p -> new Analyzed(p, analyze(p, set, curve)),
                            a -> book.add(a.position(), a.results()));
                    book.finish();
                });
            } else if (noteId != null) {
                Position p = positions.next();
                Schedule s = ScheduleResolver.resolve(p.terms());
                NoteMeasures m = NotePricer.measures(s, asOf, p.price(), curve);
                WorkbookFile.write(out, wb -> new NoteProjectionWorkbook(s, m, curve).writeTo(wb));
                count[0] = 1;
            } else {
                WorkbookFile.write(out, wb -> {
                    PortfolioProjectionWorkbook book = new PortfolioProjectionWorkbook(wb, asOf, curve, rowLimit);
                    count[0] = ParallelPipeline.run(positions, p -> {
                        Schedule s = ScheduleResolver.resolve(p.terms());
                        return new Priced(p, s, NotePricer.measures(s, asOf, p.price(), curve));
                    }, r -> book.add(r.position(), r.schedule(), r.measures()));
                    book.finish();
                });
            }
            System.err.printf("export: %,d notes as of %s written to %s%n", count[0], asOf, out);
        }
        return 0;
    }

    private record Priced(Position position, Schedule schedule, NoteMeasures measures) {
    }

    private record Analyzed(Position position, List<ScenarioResult> results) {
    }

    private static List<String> names(ScenarioSet set) {
        List<String> names = new ArrayList<>();
        names.add(Scenario.BASE.name());
        set.scenarios().forEach(s -> names.add(s.name()));
        return names;
    }

    /** The base case and every scenario of the set on one note, the base first. */
    private List<ScenarioResult> analyze(Position p, ScenarioSet set, DiscountCurve curve) {
        Schedule base = ScheduleResolver.resolve(p.terms());
        NoteMeasures baseMeasures = NotePricer.measures(base, asOf, p.price(), curve);
        List<ScenarioResult> rows = new ArrayList<>(set.scenarios().size() + 1);
        rows.add(new ScenarioResult(Scenario.BASE.name(), base, baseMeasures, base, baseMeasures, null));
        for (Scenario s : set.scenarios()) {
            rows.add(ScenarioAnalyzer.analyze(base, baseMeasures, s, asOf, p.price(), curve));
        }
        return rows;
    }

    /** The one note named by --note; reading stops there. An id the file lacks is bad input naming it. */
    private Iterator<Position> only(PortfolioCsvReader reader) {
        while (reader.hasNext()) {
            Position p = reader.next();
            if (p.terms().id().equals(noteId)) {
                return List.of(p).iterator();
            }
        }
        throw new InputException(InputError.inColumn(input.notes.toString(), 0, "note_id", noteId,
                "no note with this id (--note)"));
    }
}
