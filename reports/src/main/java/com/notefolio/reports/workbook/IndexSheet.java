package com.notefolio.reports.workbook;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The {@code Index} sheet of a workbook whose floating rates were set from index data: for each index, a
 * block of its observed fixings and of how it is projected past the last of them — its forward curve's
 * points, or the last fixing held flat (the core's rule, {@link IndexData}). Values only: the rates were
 * set by the engine, and the sheet records what they were set from. Rows are written top to bottom, so
 * the sheet streams (SXSSF) as the others do.
 */
public final class IndexSheet {

    /** The sheet's name. */
    public static final String NAME = "Index";

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private int next;

    private IndexSheet(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** A new Index sheet, columns sized for dates, rates and words. */
    public static IndexSheet create(Workbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(NAME);
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        sheet.setColumnWidth(3, 22 * 256);
        sheet.setColumnWidth(4, 16 * 256);
        sheet.setColumnWidth(5, 60 * 256);
        return new IndexSheet(sheet, styles);
    }

    public Sheet sheet() {
        return sheet;
    }

    /** A new row, below the last. */
    public RowWriter row() {
        return RowWriter.of(sheet.createRow(next++), styles);
    }

    /** A blank row between blocks. */
    public void gap() {
        next++;
    }

    /** A labelled line of text. */
    public void line(String label, String text) {
        row().label(label).text(text);
    }

    /** The header of a table. */
    public void header(String... headers) {
        RowWriter r = row();
        for (String h : headers) {
            r.header(h);
        }
    }

    /**
     * The block of {@code index}: its fixings dated from {@code from} to {@code to} (either null: no
     * limit), then its projection past the last fixing.
     */
    public void index(IndexData data, String index, LocalDate from, LocalDate to) {
        row().header("Index").header(index);
        line("Data", ExportAssumptions.describe(data, index));
        List<IndexFixing> fixings = data.fixings(index);
        header("Fixing date", "Rate");
        int shown = 0;
        for (IndexFixing f : fixings) {
            if ((from == null || !f.date().isBefore(from)) && (to == null || !f.date().isAfter(to))) {
                row().date(f.date()).number(f.rate().doubleValue(), styles.rate());
                shown++;
            }
        }
        if (shown == 0) {
            row().text("none used");
        }
        gap();
        ForwardCurve curve = data.forwardCurve(index).orElse(null);
        if (curve != null) {
            row().label("Projection past the last fixing").text("forward curve from " + curve.baseDate()
                    + ", piecewise flat: each tenor's rate holds from its date to the next tenor's");
            header("Tenor (months)", "From date", "Rate");
            for (ForwardCurve.Point p : curve.points()) {
                row().integer(p.tenorMonths()).date(curve.baseDate().plusMonths(p.tenorMonths()))
                        .number(p.rate().doubleValue(), styles.rate());
            }
        } else if (!fixings.isEmpty()) {
            IndexFixing last = fixings.get(fixings.size() - 1);
            row().label("Projection past the last fixing").text("last fixing held flat: "
                    + ExportAssumptions.percent(last.rate()) + " (fixed on " + last.date() + ") for every later date");
        }
        gap();
    }
}
