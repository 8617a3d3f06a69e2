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
        // A field longer than its column holds (FieldLengths) is an error here, before any use of it.
        int max = FieldLengths.maxLength(column);
        if (text.length() > max) {
            throw error(column, text, "longer than the " + max + " characters this field may have ("
                    + text.length() + ")");
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * Refuses a row with more fields than the header names columns: a value in no column is a shifted
     * row or a stray comma, never something to drop silently.
     */
    void requireNoExtraFields() {
        int columns = file.columns().size();
        if (record.size() > columns) {
            for (int i = columns; i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    throw new InputException(InputError.inColumn(file.source(), line, "#" + (i + 1),
                            DecimalText.quoted(record.get(i)), "the row has " + record.size()
                                    + " fields but the header names " + columns + " columns"));
                }
            }
        }
    }

    /** The field with surrounding spaces removed; empty when blank or absent (no boxing on this path). */
    @Override
    String text(String column) {
        Object v = value(column);
        return v == null ? "" : (String) v;
    }
}
