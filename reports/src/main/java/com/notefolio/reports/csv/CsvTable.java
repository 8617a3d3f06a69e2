package com.notefolio.reports.csv;

import com.notefolio.core.io.AtomicOutputFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table written line by line to a file that appears only on {@link #commit()} (RFC 4180, UTF-8,
 * {@code \n} line ends). Text fields are neutralised as the core's CSV writers neutralise them: a value
 * starting with {@code = + - @}, tab or carriage return gets a leading {@code '}, so a spreadsheet shows
 * it as text instead of running it; numbers are never altered.
 */
public final class CsvTable implements Closeable {

    private final AtomicOutputFile file;
    private final List<String> fields = new ArrayList<>();

    public CsvTable(Path target, String... header) {
        file = AtomicOutputFile.create(target);
        for (String h : header) {
            fields.add(text(h));
        }
        endLine();
    }

    /** A text value as its CSV field: neutralised, then quoted if it holds a comma, quote or line break. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String t = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
        boolean quote = t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0;
        return quote ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }

    public CsvTable text(String... values) {
        for (String v : values) {
            fields.add(text(v));
        }
        return this;
    }

    public CsvTable date(LocalDate value) {
        fields.add(value == null ? "" : value.toString());
        return this;
    }

    public CsvTable integer(long value) {
        fields.add(Long.toString(value));
        return this;
    }

    /** An exact amount of minor units at the currency's scale: 150000 at 2 is {@code 1500.00}. */
    public CsvTable amount(long minor, int scale) {
        fields.add(BigDecimal.valueOf(minor, scale).toPlainString());
        return this;
    }

    /** A double as its shortest exact decimal; NaN (no yield) is an empty field. */
    public CsvTable number(double value) {
        fields.add(Double.isFinite(value) ? BigDecimal.valueOf(value).toPlainString() : "");
        return this;
    }

    /** Ends the current line. */
    public void endLine() {
        try {
            file.writer().write(String.join(",", fields));
            file.writer().write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(file.target() + ": " + e.getMessage(), e);
        }
        fields.clear();
    }

    public void commit() {
        file.commit();
    }

    /** Discards the file unless committed. */
    @Override
    public void close() {
        file.close();
    }
}
