package com.notefolio.reports.csv;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.FlowCsvWriter;
import com.notefolio.core.io.MeasuresCsvWriter;
import com.notefolio.core.io.ScenarioResultCsvWriter;
import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.ExposureDimension;
import com.notefolio.core.portfolio.ExposureRow;
import com.notefolio.core.portfolio.LadderRow;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.reports.workbook.ExportAssumptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The workbooks' tables as CSV files in one folder, values only (a CSV holds no formulas):
 * a projection writes {@code flows.csv}, {@code measures.csv} (the core's formats), {@code ladder.csv}
 * and {@code exposure.csv}; a scenario comparison writes {@code scenario-measures.csv} (the core's
 * format: measures and deltas) and {@code scenario-ladder.csv}. Beside the tables, {@code assumptions.csv}
 * records what they were computed from (as-of date, discounting, price basis, scenario definitions,
 * inputs, Notefolio version) as two columns, {@code assumption,value}: a plain table every analyst's tool
 * reads, the same rows as the workbooks' Assumptions sheet. Every file appears complete or not at all; on a
 * failure none of the unfinished files is left.
 */
public final class CsvExport {

    /** The assumptions file written beside the tables. */
    public static final String ASSUMPTIONS_FILE = "assumptions.csv";

    private final Path folder;
    private final LocalDate asOf;
    private final ExportAssumptions assumptions;

    public CsvExport(Path folder, LocalDate asOf) {
        this.folder = folder;
        this.asOf = asOf;
        this.assumptions = null;
    }

    /** An export recording {@code assumptions} (its as-of date, inputs…) in assumptions.csv. */
    public CsvExport(Path folder, ExportAssumptions assumptions) {
        this.folder = folder;
        this.asOf = assumptions.asOf();
        this.assumptions = assumptions;
    }

    private void writeAssumptions(ExportAssumptions recorded) {
        try (CsvTable out = new CsvTable(folder.resolve(ASSUMPTIONS_FILE), "assumption", "value")) {
            for (String[] row : recorded.rows()) {
                out.text(row[0], row[1]).endLine();
            }
            out.commit();
        }
    }

    /**
     * A portfolio (or one note's) projection, floating rates set from the recorded index data; returns the
     * notes written.
     */
    public long projection(Iterator<Position> positions, DiscountCurve curve) {
        IndexData indices = assumptions != null ? assumptions.indexData() : IndexData.NONE;
        return projection(positions, curve, p -> PositionPricer.price(p, asOf, curve, indices, List.of()));
    }

    /** The same, each note priced by {@code price} (the core's position pricer, its errors reported by the caller). */
    public long projection(Iterator<Position> positions, DiscountCurve curve, Function<Position, PositionResult> price) {
        ExportAssumptions recorded = assumptions != null ? assumptions : ExportAssumptions.of(asOf, curve);
        PortfolioAggregate aggregate = new PortfolioAggregate(asOf);
        long count = 0;
        try (FlowCsvWriter flows = FlowCsvWriter.create(folder.resolve("flows.csv"));
             MeasuresCsvWriter measures = MeasuresCsvWriter.create(folder.resolve("measures.csv"));
             CsvTable ladder = ladderTable(folder.resolve("ladder.csv"));
             CsvTable exposure = new CsvTable(folder.resolve("exposure.csv"), "dimension", "currency", "group",
                     "notes", "outstanding_principal", "accrued_interest", "exposure", "share", "collateral_value")) {
            while (positions.hasNext()) {
                Position p = positions.next();
                PositionResult r = price.apply(p);
                aggregate.add(r);
                flows.write(r.schedule());
                measures.write(r);
                count++;
            }
            for (CurrencySummary c : aggregate.summary().currencies()) {
                writeLadder(ladder, null, c);
                int scale = c.currency().getDefaultFractionDigits();
                for (ExposureDimension d : ExposureDimension.values()) {
                    for (ExposureRow e : c.exposures().getOrDefault(d, List.of())) {
                        exposure.text(d.name(), c.currency().getCurrencyCode(), e.key()).integer(e.notes())
                                .amount(e.outstandingMinor(), scale).amount(e.accruedMinor(), scale)
                                .amount(e.exposureMinor(), scale).number(e.share()).amount(e.collateralMinor(), scale)
                                .endLine();
                    }
                }
            }
            writeAssumptions(recorded);
            flows.commit();
            measures.commit();
            ladder.commit();
            exposure.commit();
        }
        return count;
    }

    /**
     * The base case and every scenario: {@code analyze} gives a note's results, the base first; {@code set}
     * and {@code curve} are recorded in assumptions.csv.
     */
    public long scenarios(Iterator<Position> positions, ScenarioSet set, DiscountCurve curve, List<String> names,
                          Function<Position, List<ScenarioResult>> analyze) {
        ExportAssumptions recorded = (assumptions != null ? assumptions : ExportAssumptions.of(asOf, curve))
                .withScenarios(set);
        List<PortfolioAggregate> aggregates = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            aggregates.add(new PortfolioAggregate(asOf));
        }
        long count = 0;
        try (ScenarioResultCsvWriter results = ScenarioResultCsvWriter.create(folder.resolve("scenario-measures.csv"));
             CsvTable ladder = ladderTable(folder.resolve("scenario-ladder.csv"))) {
            while (positions.hasNext()) {
                Position p = positions.next();
                List<ScenarioResult> rs = analyze.apply(p);
                for (int k = 0; k < rs.size(); k++) {
                    aggregates.get(k).add(p, rs.get(k).schedule(), rs.get(k).measures());
                    results.write(rs.get(k));
                }
                count++;
            }
            for (int k = 0; k < names.size(); k++) {
                for (CurrencySummary c : aggregates.get(k).summary().currencies()) {
                    writeLadder(ladder, names.get(k), c);
                }
            }
            writeAssumptions(recorded);
            results.commit();
            ladder.commit();
        }
        return count;
    }

    private static CsvTable ladderTable(Path file) {
        return new CsvTable(file, "scenario", "currency", "month", "interest", "principal", "prepaid", "defaulted",
                "recovery", "penalty", "total_cash", "closing_balance", "fee");
    }

    private static void writeLadder(CsvTable out, String scenario, CurrencySummary c) {
        int scale = c.currency().getDefaultFractionDigits();
        for (LadderRow l : c.monthlyLadder()) {
            out.text(scenario, c.currency().getCurrencyCode(), l.month().toString())
                    .amount(l.interestMinor(), scale).amount(l.principalMinor(), scale)
                    .amount(l.prepaidMinor(), scale).amount(l.defaultedMinor(), scale)
                    .amount(l.recoveryMinor(), scale).amount(l.penaltyMinor(), scale)
                    .amount(l.totalMinor(), scale).amount(l.closingBalanceMinor(), scale).amount(l.feeMinor(), scale)
                    .endLine();
        }
    }
}
