package com.notefolio.reports.export;

import com.notefolio.core.cli.ParallelPipeline;
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

    /** One note's projection recording {@code assumptions} (as-of date, inputs…); returns 1. */
    public static long noteProjection(Position position, ExportAssumptions assumptions, DiscountCurve curve, Path out) {
        PositionResult r = PositionPricer.price(position, assumptions.asOf(), curve);
        WorkbookFile.write(out, wb -> new NoteProjectionWorkbook(r.schedule(), r.measures(), curve, assumptions)
                .writeTo(wb));
        return 1;
    }

    /** A portfolio projection (KPIs, ladder, measures, exposure, every flow); returns the notes written. */
    public static long portfolioProjection(Iterator<Position> positions, LocalDate asOf, DiscountCurve curve,
                                           int rowLimit, Path out) {
        return portfolioProjection(positions, ExportAssumptions.of(asOf, curve), curve, rowLimit, out);
    }

    /** The same, recording {@code assumptions} (as-of date, inputs…) on the Assumptions sheet. */
    public static long portfolioProjection(Iterator<Position> positions, ExportAssumptions assumptions,
                                           DiscountCurve curve, int rowLimit, Path out) {
        LocalDate asOf = assumptions.asOf();
        long[] count = new long[1];
        WorkbookFile.write(out, wb -> {
            PortfolioProjectionWorkbook book = new PortfolioProjectionWorkbook(wb, assumptions, curve, rowLimit);
            count[0] = ParallelPipeline.run(positions, p -> PositionPricer.price(p, asOf, curve),
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
        LocalDate asOf = assumptions.asOf();
        ExportAssumptions recorded = assumptions.withScenarios(set);
        long[] count = new long[1];
        WorkbookFile.write(out, wb -> {
            ScenarioComparisonWorkbook book = new ScenarioComparisonWorkbook(wb, recorded, caseNames(set), rowLimit);
            count[0] = ParallelPipeline.run(positions, SCENARIO_CHUNK,
                    p -> price(p, set, asOf, curve), r -> book.add(r.position(), r.cases()));
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
