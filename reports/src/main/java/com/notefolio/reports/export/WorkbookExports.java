package com.notefolio.reports.export;

import com.notefolio.core.cli.ParallelPipeline;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.reports.note.NoteProjectionWorkbook;
import com.notefolio.reports.portfolio.PortfolioProjectionWorkbook;
import com.notefolio.reports.scenario.ScenarioComparisonWorkbook;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.reports.workbook.WorkbookFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The three workbooks as whole exports, for the {@code export} command and the web application alike:
 * notes are priced in parallel chunks and streamed into SXSSF sheets, so memory does not grow with the
 * portfolio; the file appears whole at {@code out} or not at all (see {@link WorkbookFile}).
 */
public final class WorkbookExports {

    /** Notes a chunk when each carries a schedule per scenario. */
    private static final int SCENARIO_CHUNK = 512;

    private WorkbookExports() {
    }

    /** One note's projection; returns 1. */
    public static long noteProjection(Position position, LocalDate asOf, DiscountCurve curve, Path out) {
        return noteProjection(position, ExportAssumptions.of(asOf, curve), curve, out);
    }

    /**
     * One note's projection recording {@code assumptions} (as-of date, inputs, index data…), priced by
     * {@link #pricer}; returns 1.
     */
    public static long noteProjection(Position position, ExportAssumptions assumptions, DiscountCurve curve, Path out) {
        return noteProjection(position, pricer(assumptions, curve, List.of()), assumptions, curve, out);
    }

    /** The same, each note priced by {@code price} (the {@link #pricer}, its errors reported by the caller). */
    public static long noteProjection(Position position, Function<Position, PositionResult> price,
                                      ExportAssumptions assumptions, DiscountCurve curve, Path out) {
        PositionResult r = price.apply(position);
        WorkbookFile.write(out, wb -> new NoteProjectionWorkbook(r.schedule(), r.measures(), curve, assumptions)
                .writeTo(wb));
        return 1;
    }

    /**
     * How every export prices a note: the core's position pricer as of the recorded as-of date on
     * {@code curve}, floating rates set from the recorded index data, under {@code scenarios} beside the
     * base case.
     */
    public static Function<Position, PositionResult> pricer(ExportAssumptions assumptions, DiscountCurve curve,
                                                            List<Scenario> scenarios) {
        LocalDate asOf = assumptions.asOf();
        IndexData indices = assumptions.indexData();
        List<Scenario> cases = List.copyOf(scenarios);
        return p -> PositionPricer.price(p, asOf, curve, indices, cases);
    }

    /** A portfolio projection (KPIs, ladder, measures, exposure, every flow); returns the notes written. */
    public static long portfolioProjection(Iterator<Position> positions, LocalDate asOf, DiscountCurve curve,
                                           int rowLimit, Path out) {
        return portfolioProjection(positions, ExportAssumptions.of(asOf, curve), curve, rowLimit, out);
    }

    /** The same, recording {@code assumptions} (as-of date, inputs…) on the Assumptions sheet. */
    public static long portfolioProjection(Iterator<Position> positions, ExportAssumptions assumptions,
                                           DiscountCurve curve, int rowLimit, Path out) {
        return portfolioProjection(positions, pricer(assumptions, curve, List.of()), assumptions, curve, rowLimit, out);
    }

    /** The same, each note priced by {@code price} (the {@link #pricer}, its errors reported by the caller). */
    public static long portfolioProjection(Iterator<Position> positions, Function<Position, PositionResult> price,
                                           ExportAssumptions assumptions, DiscountCurve curve, int rowLimit, Path out) {
        long[] count = new long[1];
        WorkbookFile.write(out, wb -> {
            PortfolioProjectionWorkbook book = new PortfolioProjectionWorkbook(wb, assumptions, curve, rowLimit);
            count[0] = ParallelPipeline.run(positions, price,
                    r -> book.add(r.position(), r.schedule(), r.measures()));
            book.finish();
        });
        return count[0];
    }

    /** Every scenario of the set beside the base case; returns the notes written. */
    public static long scenarioComparison(Iterator<Position> positions, LocalDate asOf, DiscountCurve curve,
                                          ScenarioSet set, int rowLimit, Path out) {
        return scenarioComparison(positions, ExportAssumptions.of(asOf, curve), curve, set, rowLimit, out);
    }

    /** The same, recording {@code assumptions} (inputs…) and the set's scenario definitions. */
    public static long scenarioComparison(Iterator<Position> positions, ExportAssumptions assumptions,
                                          DiscountCurve curve, ScenarioSet set, int rowLimit, Path out) {
        return scenarioComparison(positions, pricer(assumptions, curve, set.scenarios()), assumptions, curve, set,
                rowLimit, out);
    }

    /**
     * The same, each note priced by {@code price} (the {@link #pricer} under the set's scenarios, its errors
     * reported by the caller).
     */
    public static long scenarioComparison(Iterator<Position> positions, Function<Position, PositionResult> price,
                                          ExportAssumptions assumptions, DiscountCurve curve, ScenarioSet set,
                                          int rowLimit, Path out) {
        ExportAssumptions recorded = assumptions.withScenarios(set);
        long[] count = new long[1];
        WorkbookFile.write(out, wb -> {
            ScenarioComparisonWorkbook book = new ScenarioComparisonWorkbook(wb, recorded, caseNames(set), rowLimit);
            count[0] = ParallelPipeline.run(positions, SCENARIO_CHUNK, price, r -> book.add(r.position(), r.cases()));
            book.finish();
        });
        return count[0];
    }

    /** The names of the cases of a comparison: the base case, then each scenario of the set. */
    public static List<String> caseNames(ScenarioSet set) {
        List<String> names = new ArrayList<>();
        names.add(Scenario.BASE.name());
        set.scenarios().forEach(s -> names.add(s.name()));
        return names;
    }

    /** The base case and every scenario of the set on one note, the base first. */
    public static List<ScenarioResult> cases(Position p, ScenarioSet set, LocalDate asOf, DiscountCurve curve) {
        return price(p, set, asOf, curve).cases();
    }

    /**
     * One note priced by the core's position pricer under the base case and every scenario of the set:
     * its results and its warnings (a price far from the outstanding principal), for the sheets to show.
     */
    public static PositionResult price(Position p, ScenarioSet set, LocalDate asOf, DiscountCurve curve) {
        return PositionPricer.price(p, asOf, curve, set.scenarios());
    }
}
