package com.notefolio.reports.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A table written row by row that continues on a further sheet ({@code Flows}, {@code Flows (2)}, …) when
 * a sheet is full, each sheet with the same header row, frozen, under an autofilter. In an
 * {@link org.apache.poi.xssf.streaming.SXSSFWorkbook} only a window of rows is in memory, so the table
 * may be as long as the disk allows.
 *
 * <p>The row limit counts the header: Excel's is {@link #EXCEL_ROW_LIMIT}; tests pass a small one to
 * see the continuation without writing a million rows.
 */
public final class StreamedTable {

    /** Rows a sheet holds in Excel (and in Gnumeric's xlsx reader). */
    public static final int EXCEL_ROW_LIMIT = 1_048_576;

    /** A column: its header and its width in characters. */
    public record Column(String header, int widthChars) {
        public Column {
            Objects.requireNonNull(header, "header");
        }
    }

    /** One sheet of the table: its name and its data rows, numbered as formulas write them (from 2). */
    public record Part(String sheetName, int firstRow, int lastRow) {

        public boolean isEmpty() {
            return lastRow < firstRow;
        }

        /** The data range of a column, such as {@code 'Flows (2)'!$I$2:$I$90}. */
        public String range(int column) {
            String c = CellReference.convertNumToColString(column);
            return quoted(sheetName) + "!$" + c + "$" + firstRow + ":$" + c + "$" + lastRow;
        }

        /**
         * A formula summing {@code term} over every non-empty part of a table that continues on further
         * sheets ({@code "0"} when all are empty): one SUMIF, SUMPRODUCT… per sheet, added up.
         */
        public static String sumOver(List<Part> parts, Function<Part, String> term) {
            List<String> terms = new ArrayList<>();
            for (Part p : parts) {
                if (!p.isEmpty()) {
                    terms.add(term.apply(p));
                }
            }
            return terms.isEmpty() ? "0" : String.join("+", terms);
        }
    }

    private final Workbook workbook;
    private final WorkbookStyles styles;
    private final String name;
    private final List<Column> columns;
    private final int rowLimit;
    private final List<Part> parts = new ArrayList<>();
    private Sheet sheet;
    private int nextRow;
    private String tableName;

    /** A table named {@code name} (the first sheet's name) with Excel's row limit. */
    public StreamedTable(Workbook workbook, WorkbookStyles styles, String name, List<Column> columns) {
        this(workbook, styles, name, columns, EXCEL_ROW_LIMIT);
    }

    public StreamedTable(Workbook workbook, WorkbookStyles styles, String name, List<Column> columns, int rowLimit) {
        if (rowLimit < 2 || rowLimit > EXCEL_ROW_LIMIT) {
            throw new IllegalArgumentException("row limit " + rowLimit + " must hold a header and a row, and fit Excel");
        }
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rowLimit = rowLimit;
        startSheet();
    }

    /**
     * Makes each sheet of the table an Excel table (a ListObject) named {@code name} (then
     * {@code name_2}, …) instead of a plain autofiltered range: sorting and filtering it in Excel moves
     * whole rows, and LibreOffice reads it as a database range.
     */
    public StreamedTable asExcelTable(String name) {
        this.tableName = name;
        return this;
    }

    /** The writer of the next data row, on a new sheet when this one is full. */
    public RowWriter next() {
        if (nextRow == rowLimit) {
            closeSheet();
            startSheet();
        }
        Row row = sheet.createRow(nextRow++);
        return new RowWriter(row, styles);
    }

    /** The sheet the last row went to (the first sheet before any row). */
    public Sheet currentSheet() {
        return sheet;
    }

    /** Ends the table (sets the last sheet's autofilter) and gives every sheet's data rows. */
    public List<Part> finish() {
        if (sheet != null) {
            closeSheet();
            sheet = null;
        }
        return List.copyOf(parts);
    }

    /** A formula summing column {@code column} over every sheet of a finished table: {@code SUM(a,b,…)}. */
    public static String sum(List<Part> parts, int column) {
        return "SUM(" + join(parts, column) + ")";
    }

    /** The non-empty parts' ranges of a column, comma separated, for SUM-like functions taking many ranges. */
    public static String join(List<Part> parts, int column) {
        List<String> ranges = new ArrayList<>();
        for (Part p : parts) {
            if (!p.isEmpty()) {
                ranges.add(p.range(column));
            }
        }
        return ranges.isEmpty() ? "0" : String.join(",", ranges);
    }

    /** A sheet name quoted for formulas; a quote inside is doubled. */
    public static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    private void startSheet() {
        String sheetName = parts.isEmpty() ? name : name + " (" + (parts.size() + 1) + ")";
        sheet = workbook.createSheet(sheetName);
        RowWriter header = new RowWriter(sheet.createRow(0), styles);
        for (int i = 0; i < columns.size(); i++) {
            header.header(columns.get(i).header());
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).widthChars()) * 256);
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    private void closeSheet() {
        if (tableName != null && nextRow > 1) {
            excelTable(parts.isEmpty() ? tableName : tableName + "_" + (parts.size() + 1));
        } else {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        }
        parts.add(new Part(sheet.getSheetName(), 2, nextRow));
    }

    private void excelTable(String name) {
        XSSFSheet xssf = workbook instanceof SXSSFWorkbook s ? s.getXSSFWorkbook().getSheet(sheet.getSheetName())
                : (XSSFSheet) sheet;
        XSSFTable table = xssf.createTable(null);
        CTTable ct = table.getCTTable();
        String ref = "A1:" + CellReference.convertNumToColString(columns.size() - 1) + nextRow;
        ct.setRef(ref);
        ct.setName(name);
        ct.setDisplayName(name);
        ct.setId(table.getCTTable().getId());
        ct.addNewAutoFilter().setRef(ref);
        CTTableColumns cols = ct.addNewTableColumns();
        cols.setCount(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            CTTableColumn c = cols.addNewTableColumn();
            c.setId(i + 1);
            c.setName(columns.get(i).header());
        }
        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName("TableStyleLight1");
        style.setShowRowStripes(true);
    }
}
