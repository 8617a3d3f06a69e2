package com.notefolio.core.io;

import org.apache.commons.csv.CSVRecord;

/**
 * One row of a {@link HeaderedCsv}: its fields by column name, as text, read by the rules of
 * {@link ColumnValues}; messages name the file and the row's first physical line.
 */
final class CsvRow extends ColumnValues {

    private final HeaderedCsv file;
    private final CSVRecord record;
    private final long line;

    CsvRow(HeaderedCsv file, CSVRecord record, long line) {
        this.file = file;
        this.record = record;
        this.line = line;
    }

    @Override
    String source() {
        return file.source();
    }

    /** The physical line the row starts on (1 is the first line of the file). */
    @Override
    long line() {
        return line;
    }

    int size() {
        return record.size();
    }

    String raw(int index) {
        return record.get(index);
    }

    @Override
    Object value(String column) {
        int index = file.indexOf(column);
        if (index < 0 || index >= record.size()) {
            return null;
        }
        String text = record.get(index).strip();
        return text.isEmpty() ? null : text;
    }

    /** The field with surrounding spaces removed; empty when blank or absent (no boxing on this path). */
    @Override
    String text(String column) {
        Object v = value(column);
        return v == null ? "" : (String) v;
    }
}
