package com.notefolio.reports.portfolio;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.reports.workbook.DocumentInfo;
import com.notefolio.reports.workbook.ExportAssumptions;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.StreamedTable;
import com.notefolio.reports.workbook.WorkbookFile;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list of notes as the notes browser shows it, in a streamed (SXSSF) workbook: sheet {@code Notes}, one
 * row a note with its terms and the engine's figures at the recorded as-of date and discount rate
 * (outstanding principal, NPV, XIRR-basis yield, price as a percentage of par), continued on further sheets
 * past Excel's row limit, and sheet {@code Assumptions} recording what the figures were computed from.
 * Figures are values the caller computed, not formulas. Every text from a file or a user is written as a
 * string cell, which a spreadsheet shows and never evaluates, so a borrower named {@code =HYPERLINK(…)}
 * stays text.
 */
public final class NoteListWorkbook {

    /** The first sheet's name. */
    public static final String SHEET = "Notes";

    /** One note of the list: its position and its base-case measures, or why the engine could not value it. */
    public record Line(Position position, NoteMeasures measures, String problem) {
        public Line {
            Objects.requireNonNull(position, "position");
        }
    }

    private static final List<StreamedTable.Column> COLUMNS = List.of(
            new StreamedTable.Column("Note id", 18), new StreamedTable.Column("Borrower", 28),
            new StreamedTable.Column("Sector", 14), new StreamedTable.Column("Region", 10),
            new StreamedTable.Column("Rating", 8), new StreamedTable.Column("Amortization", 14),
            new StreamedTable.Column("Currency", 9), new StreamedTable.Column("Principal", 18),
            new StreamedTable.Column("Annual rate", 11), new StreamedTable.Column("Issue date", 11),
            new StreamedTable.Column("Maturity date", 13), new StreamedTable.Column("Outstanding", 18),
            new StreamedTable.Column("NPV", 18), new StreamedTable.Column("Yield (XIRR)", 12),
            new StreamedTable.Column("Price % of par", 13), new StreamedTable.Column("Not valued because", 40));

    private NoteListWorkbook() {
    }

    /** Writes the lines, read once as they are written, to {@code target}; returns the notes written. */
    public static long write(Iterator<Line> lines, ExportAssumptions assumptions, Path target) {
        long[] written = {0};
        WorkbookFile.write(target, workbook -> {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            StreamedTable table = new StreamedTable(workbook, styles, SHEET, COLUMNS);
            while (lines.hasNext()) {
                row(table.next(), styles, lines.next());
                written[0]++;
            }
            table.finish();
            assumptionsSheet(workbook, styles, assumptions);
            DocumentInfo.apply(workbook, "Notes", assumptions);
        });
        return written[0];
    }

    private static void row(RowWriter row, WorkbookStyles styles, Line line) {
        NoteTerms t = line.position().terms();
        CurrencyUnit currency = t.currency();
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        row.text(t.id()).text(t.borrower().name()).text(t.sector()).text(t.region()).text(t.rating())
                .text(t.amortization().name()).text(currency.getCurrencyCode())
                .amount(minor(NoteTerms.decimal(t.principal()), scale), scale, styles.amount(currency))
                .number(t.annualRate().doubleValue(), styles.rate())
                .date(t.issueDate()).date(t.maturityDate());
        NoteMeasures m = line.measures();
        if (m == null) {
            row.blank().blank().blank().blank().text(line.problem());
            return;
        }
        BigDecimal percent = m.pricePercentOfPar(4);
        row.amount(m.outstandingPrincipalMinor(), scale, styles.amount(currency))
                .number(m.npv(), styles.amount(currency))
                .number(m.yield(), styles.rate());
        if (percent == null) {
            row.blank();
        } else {
            row.number(percent.doubleValue(), styles.factor());
        }
        row.blank();
    }

    private static long minor(BigDecimal amount, int scale) {
        return amount.movePointRight(scale).longValueExact();
    }

    private static void assumptionsSheet(SXSSFWorkbook workbook, WorkbookStyles styles, ExportAssumptions assumptions) {
        Sheet sheet = workbook.createSheet("Assumptions");
        int r = 0;
        RowWriter.of(sheet.createRow(r++), styles).label("Figures").text("The engine's, per note, at the as-of date"
                + " and discount rate below; yields on Excel's XIRR basis (annual compounding, actual days / 365);"
                + " price as a percentage of the outstanding principal.", styles.wrappedText());
        for (String[] row : assumptions.rows()) {
            RowWriter.of(sheet.createRow(r++), styles).label(row[0]).text(row[1], styles.wrappedText());
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }
}
