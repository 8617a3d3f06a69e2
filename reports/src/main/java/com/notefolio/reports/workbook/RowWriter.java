package com.notefolio.reports.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes one row's cells left to right, each typed for what it holds. Text is only ever written as a
 * string cell: a borrower named {@code =HYPERLINK(...)} stays that text, because nothing here turns a
 * value into a formula — formulas come only from {@link #formula}, whose text the workbook classes build.
 */
public final class RowWriter {

    /** Excel refuses longer cell text; a longer value is cut and marked rather than failing the export. */
    static final int MAX_CELL_CHARS = 32_767;

    private final Row row;
    private final WorkbookStyles styles;
    private int column;

    RowWriter(Row row, WorkbookStyles styles) {
        this.row = row;
        this.styles = styles;
    }

    /** A writer for {@code row} starting at column A. */
    public static RowWriter of(Row row, WorkbookStyles styles) {
        return new RowWriter(row, styles);
    }

    /** The 1-based row number as formulas write it ({@code A7} is on row 7). */
    public int excelRow() {
        return row.getRowNum() + 1;
    }

    /** The 0-based index of the next cell to be written. */
    public int column() {
        return column;
    }

    /** Text from anywhere (users' names included), as a string cell; null leaves the cell blank. */
    public RowWriter text(String value) {
        return text(value, styles.text());
    }

    public RowWriter text(String value, CellStyle style) {
        Cell c = row.createCell(column++);
        c.setCellStyle(style);
        if (value != null) {
            c.setCellValue(value.length() > MAX_CELL_CHARS ? value.substring(0, MAX_CELL_CHARS - 1) + "…" : value);
        }
        return this;
    }

    public RowWriter label(String value) {
        return text(value, styles.label());
    }

    public RowWriter header(String value) {
        return text(value, styles.header());
    }

    public RowWriter date(LocalDate value) {
        return date(value, styles.date());
    }

    public RowWriter date(LocalDate value, CellStyle style) {
        Cell c = row.createCell(column++);
        c.setCellStyle(style);
        if (value != null) {
            c.setCellValue(value);
        }
        return this;
    }

    /** An amount of {@code minor} minor units at {@code scale} decimals, exact as a double can hold cents. */
    public RowWriter amount(long minor, int scale, CellStyle style) {
        return number(BigDecimal.valueOf(minor, scale).doubleValue(), style);
    }

    public RowWriter integer(long value) {
        return number(value, styles.integer());
    }

    /** A number; NaN or an infinity (a yield that does not exist) leaves the cell blank. */
    public RowWriter number(double value, CellStyle style) {
        Cell c = row.createCell(column++);
        c.setCellStyle(style);
        if (Double.isFinite(value)) {
            c.setCellValue(value);
        }
        return this;
    }

    /** A formula built by the workbook classes, never from users' text; without the leading '='. */
    public RowWriter formula(String formula, CellStyle style) {
        Cell c = row.createCell(column++);
        c.setCellStyle(style);
        c.setCellFormula(formula);
        return this;
    }

    public RowWriter blank() {
        column++;
        return this;
    }
}
