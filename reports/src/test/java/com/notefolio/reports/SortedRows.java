package com.notefolio.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Sorting a table's rows through POI, as a spreadsheet's sort moves them. */
public final class SortedRows {

    private SortedRows() {
    }

    private static final Pattern SAME_ROW_REF = Pattern.compile("(?<![$A-Za-z_])([A-Z]{1,2})(\\d+)(?![\\d(])");

    /**
     * Reverses data rows {@code first..last} (0-based) as a sort does: each row's values, styles and
     * formulas move together, the formulas' references to their own row following them.
     */
    public static void reverse(Sheet sheet, int first, int last) {
        List<Object[][]> rows = new ArrayList<>();
        int width = sheet.getRow(first).getLastCellNum();
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            Object[][] cells = new Object[width][];
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    continue;
                }
                cells[c] = new Object[] {cell.getCellType(), cell.getCellType() == CellType.FORMULA
                        ? cell.getCellFormula() : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue()
                        : cell.toString(), cell.getCellStyle(), r};
            }
            rows.add(cells);
        }
        for (int i = 0; i < rows.size(); i++) {
            int target = first + i;
            Object[][] source = rows.get(rows.size() - 1 - i);
            Row row = sheet.getRow(target);
            for (int c = 0; c < width; c++) {
                if (row.getCell(c) != null) {
                    row.removeCell(row.getCell(c));
                }
                if (source[c] == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                cell.setCellStyle((CellStyle) source[c][2]);
                CellType type = (CellType) source[c][0];
                if (type == CellType.FORMULA) {
                    int from = (Integer) source[c][3] + 1;
                    Matcher m = SAME_ROW_REF.matcher((String) source[c][1]);
                    StringBuilder f = new StringBuilder();
                    while (m.find()) {
                        m.appendReplacement(f, Integer.parseInt(m.group(2)) == from
                                ? m.group(1) + (target + 1) : m.group(0));
                    }
                    m.appendTail(f);
                    cell.setCellFormula(f.toString());
                } else if (type == CellType.NUMERIC) {
                    cell.setCellValue((Double) source[c][1]);
                } else {
                    cell.setCellValue((String) source[c][1]);
                }
            }
        }
    }
}
