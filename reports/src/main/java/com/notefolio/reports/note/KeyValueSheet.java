package com.notefolio.reports.note;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.reports.workbook.RowWriter;
import com.notefolio.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/** A sheet of labelled values, one a row under a frozen header: the Terms and Assumptions sheets. */
final class KeyValueSheet {

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private int next = 1;

    KeyValueSheet(Sheet sheet, WorkbookStyles styles, String... headers) {
        this.sheet = sheet;
        this.styles = styles;
        RowWriter header = RowWriter.of(sheet.createRow(0), styles);
        for (String h : headers) {
            header.header(h);
        }
        sheet.createFreezePane(0, 1);
    }

    /** A new row with its label written; the caller writes the value and any more cells. */
    RowWriter row(String label) {
        return RowWriter.of(sheet.createRow(next++), styles).label(label);
    }

    void text(String label, String value) {
        row(label).text(value);
    }

    void wrapped(String label, String value) {
        row(label).text(value, styles.wrappedText());
    }

    void date(String label, LocalDate value) {
        row(label).date(value);
    }

    void integer(String label, Integer value) {
        RowWriter r = row(label);
        if (value != null) {
            r.integer(value);
        }
    }

    /** An exact rate (a fraction) as a number; absent leaves the cell blank. */
    void rate(String label, BigDecimal value) {
        RowWriter r = row(label);
        if (value != null) {
            r.number(value.doubleValue(), styles.rate());
        }
    }

    void amount(String label, MonetaryAmount value, CellStyle style) {
        RowWriter r = row(label);
        if (value != null) {
            r.number(NoteTerms.decimal(value).doubleValue(), style);
        }
    }
}
