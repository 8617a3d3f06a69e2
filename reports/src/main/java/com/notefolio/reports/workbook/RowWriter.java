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

    /** Excel's serial day number of 1970-01-01 (Excel counts from 1900, with its phantom 1900-02-29). */
    private static final int EXCEL_EPOCH_OFFSET = 25_569;
    /** The first date whose serial number the offset gives right (Excel's day numbers are off before it). */
    private static final long FIRST_PLAIN_EPOCH_DAY = LocalDate.of(1900, 3, 1).toEpochDay();
    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};

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
            long day = value.toEpochDay();
            if (day >= FIRST_PLAIN_EPOCH_DAY) {
                // The serial number directly: POI's conversion goes through calendar objects, a cost per cell
                // that dominates a million-row export.
                c.setCellValue((double) (day + EXCEL_EPOCH_OFFSET));
            } else {
                c.setCellValue(value);
            }
        }
        return this;
    }

    /** An amount of {@code minor} minor units at {@code scale} decimals, exact as a double can hold cents. */
    public RowWriter amount(long minor, int scale, CellStyle style) {
        // Dividing by an exact power of ten rounds once, to the same double as BigDecimal.doubleValue().
        return number(scale < POWERS_OF_TEN.length ? minor / POWERS_OF_TEN[scale]
                : BigDecimal.valueOf(minor, scale).doubleValue(), style);
    }

    public RowWriter integer(long value) {
        return number(value, styles.integer());
    }

    /** A number; NaN or an infinity (a yield that does not exist) leaves the cell blank. */
    public RowWriter number(double value, CellStyle style) {
        Cell c = row.createCell(column++);
        c.setCellStyle(style);
        if (Double.isFinite(value)) {
            c.setCellValue(plain(value));
        }
        return this;
    }

    /**
     * A formula built by the workbook classes, never from users' text; without the leading '='. The
     * engine's figure is written as the cell's cached result, so that a reader that does not recalculate
     * (pandas, openpyxl, a file previewer, Excel's Protected View) shows it instead of 0; NaN (a figure
     * that does not exist) caches an empty text, as the formulas' own {@code IF(…,"")} branches give.
     */
    public RowWriter formula(String formula, CellStyle style, double cached) {
        Cell c = row.createCell(column++);
        c.setCellStyle(style);
        c.setCellFormula(formula);
        if (Double.isFinite(cached)) {
            c.setCellValue(plain(cached));
        } else {
            c.setCellValue("");
        }
        return this;
    }

    /** A formula whose result is text, with that text cached. */
    public RowWriter textFormula(String formula, CellStyle style, String cached) {
        Cell c = row.createCell(column++);
        c.setCellStyle(style);
        c.setCellFormula(formula);
        c.setCellValue(cached);
        return this;
    }

    /** A formula whose result is a date, with the date's serial number cached. */
    public RowWriter dateFormula(String formula, CellStyle style, LocalDate cached) {
        return formula(formula, style, cached == null ? Double.NaN : serial(cached));
    }

    /** Excel's serial day number of a date (1900 date system). */
    public static double serial(LocalDate value) {
        long day = value.toEpochDay();
        if (day >= FIRST_PLAIN_EPOCH_DAY) {
            return day + EXCEL_EPOCH_OFFSET;
        }
        return org.apache.poi.ss.usermodel.DateUtil.getExcelDate(value);
    }

    /** −0.0 as 0: a spreadsheet would show it as −0.00. */
    private static double plain(double value) {
        return value == 0 ? 0.0 : value;
    }

    /** The cell just written, for data validation or a name. */
    public Cell lastCell() {
        return row.getCell(column - 1);
    }

    /** The 0-based column the next cell goes to. */
    public int column() {
        return column;
    }

    public RowWriter blank() {
        column++;
        return this;
    }
}
