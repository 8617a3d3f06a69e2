package com.notefolio.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read one record at a time with the physical line each record starts on
 * (the header's line is 1 unless blank lines precede it). Column names are matched without regard to
 * case or surrounding spaces. Blank lines, and rows whose every field is blank, are skipped. A byte order
 * mark at the start is ignored. Quoted fields may hold commas, quotes and line breaks (RFC 4180).
 */
final class HeaderedCsv implements Closeable {

    /** Empty lines are kept by the parser so that line numbers can be counted; this reader skips them. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /**
     * Longest physical line read: many times a row of the widest fields ({@link FieldLengths}), and far
     * below what could exhaust memory (a 2 GB line once ended in OutOfMemoryError).
     */
    static final int MAX_LINE_CHARS = 100_000;

    private final String source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Integer> indexByColumn = new HashMap<>();
    private final List<InputError> headerErrors = new ArrayList<>();
    private long headerLine;
    /** Physical lines consumed so far: the next record starts on the line after. */
    private long linesConsumed;

    private HeaderedCsv(String source, Reader in) throws IOException {
        this.source = source;
        this.parser = FORMAT.parse(new LineLengthLimit(source, skipByteOrderMark(in)));
        this.records = parser.iterator();
        readHeader();
    }

    /** Opens {@code in} (named {@code source} in messages) and reads its header; the caller closes it. */
    static HeaderedCsv open(String source, Reader in) {
        try {
            return new HeaderedCsv(source, in);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    String source() {
        return source;
    }

    long headerLine() {
        return headerLine;
    }

    /** The header's column names, lower case, in file order. */
    List<String> columns() {
        return columns;
    }

    boolean hasColumn(String column) {
        return indexByColumn.containsKey(column);
    }

    /**
     * What is wrong with the header given the columns a reader needs and the ones it knows: an empty
     * file, blank or repeated names, missing required columns and unknown columns (so a misspelt column
     * is never silently ignored). Empty when the header is good.
     */
    List<InputError> headerErrors(Collection<String> required, Set<String> known) {
        List<InputError> errors = new ArrayList<>(headerErrors);
        if (!errors.isEmpty() && columns.isEmpty()) {
            return errors;
        }
        for (String column : columns) {
            if (!column.isEmpty() && !known.contains(column)) {
                errors.add(InputError.inColumn(source, headerLine, column, null,
                        "unknown column; the known columns are " + String.join(", ", known)));
            }
        }
        for (String column : required) {
            if (!indexByColumn.containsKey(column)) {
                errors.add(InputError.inColumn(source, headerLine, column, null, "required column is missing"));
            }
        }
        return errors;
    }

    /** The next row that has any non-blank field, or {@code null} at the end of the file. */
    CsvRow next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = linesConsumed + 1;
                linesConsumed = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                return new CsvRow(this, record, line);
            }
            return null;
        } catch (UncheckedIOException e) {
            // commons-csv reports malformed quoting as an IOException wrapped in an UncheckedIOException.
            throw new InputException(InputError.inColumn(source, linesConsumed + 1, null, null,
                    "malformed CSV: " + e.getCause().getMessage()));
        }
    }

    /** The position of a column in each row, or -1 when the header lacks it. */
    int indexOf(String column) {
        Integer index = indexByColumn.get(column);
        return index == null ? -1 : index;
    }

    private void readHeader() {
        CsvRow header = next();
        if (header == null) {
            headerErrors.add(InputError.inColumn(source, Math.max(1, linesConsumed), null, null,
                    "the file is empty; a header row naming the columns is required"));
            return;
        }
        headerLine = header.line();
        for (int i = 0; i < header.size(); i++) {
            String name = header.raw(i).strip().toLowerCase(Locale.ROOT);
            columns.add(name);
            if (name.isEmpty()) {
                headerErrors.add(InputError.inColumn(source, headerLine, "#" + (i + 1), "",
                        "the header names no column here"));
            } else if (indexByColumn.putIfAbsent(name, i) != null) {
                headerErrors.add(InputError.inColumn(source, headerLine, name, null, "column appears twice"));
            }
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Reader skipByteOrderMark(Reader in) throws IOException {
        PushbackReader pushback = new PushbackReader(in, 1);
        int first = pushback.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            pushback.unread(first);
        }
        return pushback;
    }

    /** Refuses a physical line longer than {@link #MAX_LINE_CHARS}, at its line, before it is held whole. */
    private static final class LineLengthLimit extends java.io.FilterReader {
        private final String source;
        private long line = 1;
        private long length;

        LineLengthLimit(String source, Reader in) {
            super(in);
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            int n = super.read(buffer, offset, count);
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i]);
            }
            return n;
        }

        private void count(char c) {
            if (c == '\n') {
                line++;
                length = 0;
            } else if (++length > MAX_LINE_CHARS) {
                throw new InputException(InputError.inColumn(source, line, null, null,
                        "the line is longer than " + MAX_LINE_CHARS + " characters; no row of this format is"));
            }
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }
}
