package com.notefolio.web.upload;

import java.util.Arrays;

/**
 * The spreadsheet row of each line of a sheet written out as CSV. Rows are written one a line, with a
 * blank line for each empty row, so line and row agree until a cell holding a line break makes one row
 * take several lines; from there on they differ by a known amount. Only those changes are kept (two ints
 * each), so memory grows with the cells holding line breaks, not with the rows.
 */
final class RowNumbers {

    private int[] lines = new int[16];
    private int[] rows = new int[16];
    private int size;

    /** Records that the row {@code row} starts on CSV line {@code line} (called in increasing order). */
    void rowStartsAt(long line, long row) {
        if (row == rowOf(line)) {
            return;
        }
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, size * 2);
            rows = Arrays.copyOf(rows, size * 2);
        }
        lines[size] = Math.toIntExact(line);
        rows[size] = Math.toIntExact(row);
        size++;
    }

    /**
     * The spreadsheet row of the row starting on CSV line {@code line} (both counted from 1). Readers
     * report a row at the line it starts on, so only those lines are asked about.
     */
    long rowOf(long line) {
        int at = Arrays.binarySearch(lines, 0, size, (int) Math.min(line, Integer.MAX_VALUE));
        int k = at >= 0 ? at : -at - 2;
        return k < 0 ? line : rows[k] + (line - lines[k]);
    }
}
