package com.notefolio.web.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Writes the rows of a sheet, as POI's streaming handler reports them, as RFC 4180 CSV lines: one line a
 * row, a blank line for each empty row (so that line numbers are row numbers), cells at their column
 * (missing cells empty). Values are written as they are, quoted where CSV needs it and never altered:
 * this is input for the core's reader, which applies the format's rules. Keeps the {@link RowNumbers} of
 * the rows whose cells hold line breaks.
 */
final class SheetCsvWriter implements SheetContentsHandler {

    private final Writer out;
    private final RowNumbers rows = new RowNumbers();
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(256);
    /** The spreadsheet row expected next, from 1. */
    private long nextRow = 1;
    /** The CSV line the next row starts on, from 1. */
    private long line = 1;
    /** The column of the next cell when a cell has no reference. */
    private int column;

    SheetCsvWriter(Writer out) {
        this.out = out;
    }

    RowNumbers rowNumbers() {
        return rows;
    }

    @Override
    public void startRow(int rowNum) {
        long row = rowNum + 1L;
        try {
            for (; nextRow < row; nextRow++, line++) {
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fields.clear();
        column = 0;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int col = reference == null ? column : new CellReference(reference).getCol();
        while (fields.size() <= col) {
            fields.add("");
        }
        fields.set(col, value == null ? "" : value);
        column = col + 1;
    }

    @Override
    public void endRow(int rowNum) {
        long row = rowNum + 1L;
        rows.rowStartsAt(line, row);
        text.setLength(0);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            appendField(fields.get(i));
        }
        text.append('\n');
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line += lineBreaks(text);
        nextRow = row + 1;
    }

    private void appendField(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            text.append(value);
            return;
        }
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                text.append('"');
            }
            text.append(c);
        }
        text.append('"');
    }

    /** Lines the text takes as the CSV parser counts them: each LF, and each CR not followed by LF. */
    private static int lineBreaks(CharSequence s) {
        int breaks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }
}
