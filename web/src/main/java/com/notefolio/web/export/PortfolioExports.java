package com.notefolio.web.export;

import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.reports.csv.CsvExport;
import com.notefolio.reports.export.WorkbookExports;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.security.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports module's workbooks for a stored portfolio, written to a file the caller streams to the
 * browser: the notes are read from the database as the workbook is written (SXSSF), so neither the
 * portfolio nor the workbook is held in memory. Floating notes are priced on the portfolio's stored index
 * data (its fixings and forward curves), which the workbook records on its Assumptions and Index sheets.
 * Same code as {@code notefolio export --fixings --index-curve}.
 */
@Service
@Secured(Role.ANALYST_AUTHORITY)
public class PortfolioExports {

    private final NoteStore notes;
    private final IndexDataStore indexData;
    private final StoredExportAssumptions stored;

    PortfolioExports(NoteStore notes, IndexDataStore indexData, StoredExportAssumptions stored) {
        this.notes = notes;
        this.indexData = indexData;
        this.stored = stored;
    }

    /** The portfolio projection workbook; returns the notes written. */
    @Transactional(readOnly = true)
    public long portfolioProjection(long portfolioId, LocalDate asOf, DiscountCurve curve, Path out) {
        try (Stream<Position> positions = notes.positionStream(portfolioId)) {
            return WorkbookExports.portfolioProjection(positions.iterator(), assumptions(portfolioId, asOf, curve),
                    curve, StreamedTable.EXCEL_ROW_LIMIT, out);
        }
    }

    /** The scenario comparison workbook: each scenario beside the base case; returns the notes written. */
    @Transactional(readOnly = true)
    public long scenarioComparison(long portfolioId, LocalDate asOf, DiscountCurve curve, List<Scenario> scenarios,
                                   Path out) {
        ScenarioSet set = new ScenarioSet("what-if", scenarios);
        try (Stream<Position> positions = notes.positionStream(portfolioId)) {
            return WorkbookExports.scenarioComparison(positions.iterator(),
                    assumptions(portfolioId, asOf, curve).withScenarios(set), curve, set,
                    StreamedTable.EXCEL_ROW_LIMIT, out);
        }
    }

    /** The monthly ladder and the exposure tables as CSV files in a zip; returns the notes counted. */
    @Transactional(readOnly = true)
    public long ladderAndExposure(long portfolioId, LocalDate asOf, DiscountCurve curve, Path out) {
        return ZippedFiles.zip(List.of("ladder.csv", "exposure.csv", CsvExport.ASSUMPTIONS_FILE), out, folder -> {
            try (Stream<Position> positions = notes.positionStream(portfolioId)) {
                return new CsvExport(folder, assumptions(portfolioId, asOf, curve)).projection(positions.iterator(), curve);
            }
        });
    }

    /**
     * What an export records and prices with: the as-of date and discounting, the stored portfolio the
     * notes came from, and its index data (read in the export's transaction, with the notes).
     */
    private ExportAssumptions assumptions(long portfolioId, LocalDate asOf, DiscountCurve curve) {
        return stored.of(portfolioId, asOf, curve, indexData.load(portfolioId).indexData());
    }
}
