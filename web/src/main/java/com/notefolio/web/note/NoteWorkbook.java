package com.notefolio.web.note;

import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.reports.note.NoteProjectionWorkbook;
import com.notefolio.reports.workbook.ExportAssumptions;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A note's Excel projection for download: the reports module's {@link NoteProjectionWorkbook} (the
 * workbook {@code notefolio export --note} writes) at the valuation on screen, written straight to the
 * response. A floating note's workbook records the portfolio's index data its rates were set from (the
 * Assumptions and Index sheets), as {@code export --note --fixings --index-curve} does.
 */
public final class NoteWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final int MAX_NAME = 100;

    private NoteWorkbook() {
    }

    /**
     * {@code <noteId>-projection.xlsx} with every character but ASCII letters, digits, dot, dash and
     * underscore replaced by {@code _}, leading dots and underscores dropped (no hidden or relative
     * names), and at most 100 characters of the id: a note id comes from an imported file and must not
     * steer where a browser saves it or break the response header.
     */
    public static String fileName(String noteId) {
        String safe = UNSAFE.matcher(noteId == null ? "" : noteId).replaceAll("_").replaceFirst("^[._]+", "");
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(0, MAX_NAME);
        }
        return (safe.isEmpty() ? "note" : safe) + "-projection.xlsx";
    }

    /** Writes the projection of {@code note} at {@code valuation} to {@code out} (not closed). */
    public static void write(NoteDetail note, Valuation valuation, OutputStream out) throws IOException {
        NoteMeasures measures = note.measures(valuation);
        DiscountCurve curve = NoteDetail.curve(valuation);
        ExportAssumptions assumptions = ExportAssumptions.of(measures.asOf(), curve).withInputs(List.of(
                "Note " + note.terms().id() + " of Notefolio portfolio " + note.portfolioId()
                        + " (line " + note.line() + " of its file)")).withIndexData(note.indexData());
        NoteProjectionWorkbook projection = new NoteProjectionWorkbook(note.schedule(), measures, curve, assumptions);
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        try {
            // Caches the engine's figure in every formula cell and asks for recalculation on load.
            projection.writeTo(workbook);
            workbook.write(out);
        } finally {
            workbook.close();
            // The streamed sheets' temporary files.
            workbook.dispose();
        }
    }
}
