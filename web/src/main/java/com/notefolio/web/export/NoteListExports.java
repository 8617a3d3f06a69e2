package com.notefolio.web.export;

import com.notefolio.analytics.io.PortfolioCsvWriter;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.reports.portfolio.NoteListWorkbook;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.web.portfolio.IndexDataStore;
import com.notefolio.web.portfolio.NoteFilter;
import com.notefolio.web.portfolio.NoteStore;
import com.notefolio.web.portfolio.NoteValuation;
import com.notefolio.web.portfolio.NoteValue;
import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.security.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Downloads of the notes browser's filtered list, written to a file the caller streams to the browser as
 * the notes are read: the notes in the portfolio CSV format (with the stated schedules, rate steps, draws and
 * stepped installments the import takes beside them, zipped), so the list can be imported again, and a workbook of the list with the
 * engine's figures at the browser's valuation (the reports module's {@link NoteListWorkbook}).
 */
@Service
@Secured(Role.ANALYST_AUTHORITY)
public class NoteListExports {

    /** The files of the CSV download, as the import dialog asks for them. */
    public static final String NOTES_FILE = "notes.csv";
    public static final String SCHEDULES_FILE = "schedules.csv";
    public static final String RATE_STEPS_FILE = "rate-steps.csv";
    public static final String DRAWS_FILE = "draws.csv";
    public static final String INSTALLMENTS_FILE = "installments.csv";

    private final NoteStore notes;
    private final IndexDataStore indexData;
    private final StoredExportAssumptions stored;

    NoteListExports(NoteStore notes, IndexDataStore indexData, StoredExportAssumptions stored) {
        this.notes = notes;
        this.indexData = indexData;
        this.stored = stored;
    }

    /**
     * The filtered notes as a zip of {@link #NOTES_FILE}, {@link #SCHEDULES_FILE}, {@link #RATE_STEPS_FILE},
     * {@link #DRAWS_FILE} and {@link #INSTALLMENTS_FILE} (each headed, the companions empty of rows when no
     * note needs them); returns the notes written.
     */
    @Transactional(readOnly = true)
    public long csv(long portfolioId, NoteFilter filter, Path out) {
        return ZippedFiles.zip(List.of(NOTES_FILE, SCHEDULES_FILE, RATE_STEPS_FILE, DRAWS_FILE, INSTALLMENTS_FILE), out,
                folder -> {
            long[] count = {0};
            try (Writer n = Files.newBufferedWriter(folder.resolve(NOTES_FILE), StandardCharsets.UTF_8);
                 Writer s = Files.newBufferedWriter(folder.resolve(SCHEDULES_FILE), StandardCharsets.UTF_8);
                 Writer r = Files.newBufferedWriter(folder.resolve(RATE_STEPS_FILE), StandardCharsets.UTF_8);
                 Writer d = Files.newBufferedWriter(folder.resolve(DRAWS_FILE), StandardCharsets.UTF_8);
                 Writer i = Files.newBufferedWriter(folder.resolve(INSTALLMENTS_FILE), StandardCharsets.UTF_8);
                 PortfolioCsvWriter csv = PortfolioCsvWriter.open(n, s, r, d, i)) {
                notes.rows(portfolioId, filter, row -> {
                    csv.write(row);
                    count[0]++;
                });
            }
            return count[0];
        });
    }

    /** The filtered notes with the engine's figures at {@code valuation}, as a workbook; returns the notes written. */
    @Transactional(readOnly = true)
    public long workbook(long portfolioId, NoteFilter filter, NoteValuation valuation, Path out) {
        IndexData indices = indexData.load(portfolioId).indexData();
        FlatRate curve = FlatRate.of(valuation.discountRate().doubleValue());
        ExportAssumptions assumptions = stored.of(portfolioId, valuation.asOf(), curve, indices);
        try (Stream<Position> positions = notes.positionStream(portfolioId, filter)) {
            Iterator<NoteListWorkbook.Line> lines = positions.map(p -> {
                NoteValue v = NoteValue.of(p, valuation, indices);
                return new NoteListWorkbook.Line(p, v.measures(), v.problem());
            }).iterator();
            return NoteListWorkbook.write(lines, assumptions, out);
        }
    }
}
