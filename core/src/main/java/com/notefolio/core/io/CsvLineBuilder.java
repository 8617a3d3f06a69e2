package com.notefolio.core.io;

import com.notefolio.core.convention.EpochDay;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * One CSV line at a time, built in a reused character buffer and handed to a writer: fields are separated
 * by commas and the line ends with {@code \n}. Numbers and dates are formatted by hand from longs and
 * epoch days, because writers emit hundreds of millions of fields and {@code String.format} or a
 * {@code BigDecimal} per value would dominate the time.
 *
 * <p>Text fields are CSV-quoted when needed and neutralised against spreadsheet formula injection: a value
 * starting with {@code = + - @}, tab or carriage return gets a leading single quote, so Excel shows it as
 * text instead of evaluating it. Only text columns are treated so; a negative number stays a number.
 */
final class CsvLineBuilder {

    private static final double MAX_EXACT_SCALED = 9.0e18;

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

    private final char[] scratch = new char[48];
    private char[] buffer = new char[256];
    private int length;
    private boolean firstField = true;

    /** A text value as its CSV field: neutralised, then quoted if it holds a comma, quote or line break. */
    static String textField(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String text = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A field already in CSV form, such as a header or a {@link #textField(String)} result. */
    CsvLineBuilder raw(String field) {
        separate();
        ensure(field.length());
        field.getChars(0, field.length(), buffer, length);
        length += field.length();
        return this;
    }

    /** A text value, neutralised and quoted as {@link #textField(String)} does. */
    CsvLineBuilder text(String value) {
        return raw(textField(value));
    }

    CsvLineBuilder empty() {
        separate();
        return this;
    }

    CsvLineBuilder integer(long value) {
        separate();
        appendLong(value);
        return this;
    }

    /** An amount of {@code units} minor units as a decimal with {@code scale} digits: 150000 at 2 is {@code 1500.00}. */
    CsvLineBuilder minor(long units, int scale) {
        separate();
        appendMinor(units, scale);
        return this;
    }

    /**
     * {@code units} at {@code scale} decimals with the trailing zeros of the fraction dropped, as a rate
     * is written: 1200000000 at 10 is {@code 0.12}, 0 is {@code 0}.
     */
    CsvLineBuilder trimmed(long units, int scale) {
        minor(units, scale);
        if (scale > 0) {
            while (buffer[length - 1] == '0') {
                length--;
            }
            if (buffer[length - 1] == '.') {
                length--;
            }
        }
        return this;
    }

    /** An exact decimal at least at {@code scale} digits; more digits are written when the value has them. */
    CsvLineBuilder decimal(BigDecimal value, int scale) {
        if (value == null) {
            return empty();
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= scale && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE, scale)) < 0) {
            return minor(value.movePointRight(scale).longValueExact(), scale);
        }
        return raw(stripped.toPlainString());
    }

    /** An ISO date ({@code 2003-09-12}) from an epoch day. */
    CsvLineBuilder date(int epochDay) {
        separate();
        int civil = EpochDay.civil(epochDay);
        int year = civil / 10000;
        if (year < 0 || year > 9999) {
            String iso = EpochDay.toDate(epochDay).toString();
            ensure(iso.length());
            iso.getChars(0, iso.length(), buffer, length);
            length += iso.length();
            return this;
        }
        ensure(10);
        int month = (civil / 100) % 100;
        int day = civil % 100;
        buffer[length++] = (char) ('0' + year / 1000);
        buffer[length++] = (char) ('0' + year / 100 % 10);
        buffer[length++] = (char) ('0' + year / 10 % 10);
        buffer[length++] = (char) ('0' + year % 10);
        buffer[length++] = '-';
        buffer[length++] = (char) ('0' + month / 10);
        buffer[length++] = (char) ('0' + month % 10);
        buffer[length++] = '-';
        buffer[length++] = (char) ('0' + day / 10);
        buffer[length++] = (char) ('0' + day % 10);
        return this;
    }

    /**
     * A double rounded half-even to {@code decimals} places (from the double's value × 10^decimals), with
     * trailing zeros removed when {@code trimZeros}; NaN and infinities are written as an empty field.
     */
    CsvLineBuilder fixed(double value, int decimals, boolean trimZeros) {
        if (!Double.isFinite(value)) {
            return empty();
        }
        double scaled = Math.rint(value * POWERS_OF_TEN[decimals]);
        if (Math.abs(scaled) >= MAX_EXACT_SCALED) {
            BigDecimal exact = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
            return raw((trimZeros ? exact.stripTrailingZeros() : exact).toPlainString());
        }
        separate();
        appendMinor((long) scaled, decimals);
        if (trimZeros && decimals > 0) {
            while (buffer[length - 1] == '0') {
                length--;
            }
            if (buffer[length - 1] == '.') {
                length--;
            }
        }
        return this;
    }

    /** Ends the line and writes it. */
    void writeTo(Writer out) throws IOException {
        ensure(1);
        buffer[length++] = '\n';
        out.write(buffer, 0, length);
        length = 0;
        firstField = true;
    }

    private void separate() {
        if (firstField) {
            firstField = false;
        } else {
            ensure(1);
            buffer[length++] = ',';
        }
    }

    private void appendLong(long value) {
        if (value == Long.MIN_VALUE) {
            String text = Long.toString(value);
            ensure(text.length());
            text.getChars(0, text.length(), buffer, length);
            length += text.length();
            return;
        }
        appendMinor(value, 0);
    }

    private void appendMinor(long units, int scale) {
        if (units == Long.MIN_VALUE) {
            String text = BigDecimal.valueOf(units, scale).toPlainString();
            ensure(text.length());
            text.getChars(0, text.length(), buffer, length);
            length += text.length();
            return;
        }
        ensure(24 + scale);
        if (units < 0) {
            buffer[length++] = '-';
            units = -units;
        }
        // Digits come out least significant first, so they are produced backwards into the scratch space.
        int p = scratch.length;
        int digits = 0;
        do {
            scratch[--p] = (char) ('0' + units % 10);
            units /= 10;
            digits++;
        } while (units != 0 || digits <= scale);
        int integerDigits = digits - scale;
        System.arraycopy(scratch, p, buffer, length, integerDigits);
        length += integerDigits;
        if (scale > 0) {
            buffer[length++] = '.';
            System.arraycopy(scratch, p + integerDigits, buffer, length, scale);
            length += scale;
        }
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more + 64));
        }
    }
}
