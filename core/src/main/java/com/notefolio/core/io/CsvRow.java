package com.notefolio.core.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of a {@link HeaderedCsv} with typed access to its fields by column name. A blank or absent
 * field is "not given" ({@code null}, or the default the caller passes); a field that does not parse
 * throws an {@link InputException} naming the file, the row's first physical line, the column, the value
 * and what was expected.
 */
final class CsvRow {

    private final HeaderedCsv file;
    private final CSVRecord record;
    private final long line;

    CsvRow(HeaderedCsv file, CSVRecord record, long line) {
        this.file = file;
        this.record = record;
        this.line = line;
    }

    /** The physical line the row starts on (1 is the first line of the file). */
    long line() {
        return line;
    }

    int size() {
        return record.size();
    }

    String raw(int index) {
        return record.get(index);
    }

    /**
     * The field of {@code column} with surrounding spaces removed; empty when blank or absent. A field
     * longer than its column holds ({@link FieldLengths}) is an error here, before any use of it.
     */
    String text(String column) {
        int index = file.indexOf(column);
        String text = index < 0 || index >= record.size() ? "" : record.get(index).strip();
        int max = FieldLengths.maxLength(column);
        if (text.length() > max) {
            throw error(column, text, "longer than the " + max + " characters this field may have ("
                    + text.length() + ")");
        }
        return text;
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

    boolean has(String column) {
        return !text(column).isEmpty();
    }

    /** The text, or {@code null} when blank. */
    String optionalText(String column) {
        String text = text(column);
        return text.isEmpty() ? null : text;
    }

    /** The text of a column that must be given. */
    String requiredText(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            throw error(column, text, "is required");
        }
        return text;
    }

    /**
     * A plain decimal such as {@code 1500.00} or {@code -3.5}, or {@code null} when blank. Thousands
     * separators, currency signs and exponents are refused: a file that has them was not meant for us.
     */
    BigDecimal decimal(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return DecimalText.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(column, text, e.getMessage() + " (write a plain decimal such as 1500.00)");
        }
    }

    BigDecimal requiredDecimal(String column) {
        requiredText(column);
        return decimal(column);
    }

    /** A rate as a fraction ({@code 0.12}) or a percentage ({@code 12%} is 0.12), or {@code null} when blank. */
    BigDecimal rate(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        boolean percent = text.endsWith("%");
        String number = percent ? text.substring(0, text.length() - 1).strip() : text;
        try {
            BigDecimal rate = DecimalText.parse(number);
            return percent ? rate.movePointLeft(2) : rate;
        } catch (IllegalArgumentException e) {
            throw error(column, text, e.getMessage() + " (write a fraction such as 0.12 or a percentage such as 12%)");
        }
    }

    BigDecimal requiredRate(String column) {
        requiredText(column);
        return rate(column);
    }

    /** An ISO date ({@code 2003-08-13}), or {@code null} when blank. */
    LocalDate date(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(column, text, "not an ISO date (yyyy-mm-dd, such as 2003-08-13)");
        }
    }

    LocalDate requiredDate(String column) {
        requiredText(column);
        return date(column);
    }

    /** A whole number, or {@code null} when blank. */
    Integer integer(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw error(column, text, "not a whole number");
        }
    }

    /** {@code true/false}, {@code yes/no}, {@code y/n} or {@code 1/0}, any case; {@code orElse} when blank. */
    boolean bool(String column, boolean orElse) {
        String text = text(column);
        if (text.isEmpty()) {
            return orElse;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw error(column, text, "not a yes/no value (true, false, yes, no, 1 or 0)");
        };
    }

    /**
     * A constant of {@code type} by name, any case, with spaces and hyphens read as underscores
     * ({@code semi-annual} is SEMI_ANNUAL); {@code orElse} when blank.
     */
    <E extends Enum<E>> E choice(String column, Class<E> type, E orElse) {
        String text = text(column);
        if (text.isEmpty()) {
            return orElse;
        }
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw error(column, text, "not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** An error at this row and {@code column}. */
    InputException error(String column, String value, String reason) {
        return new InputException(InputError.inColumn(file.source(), line, column, DecimalText.quoted(value), reason));
    }

    /** An error about the whole row. */
    InputException rowError(String reason) {
        return new InputException(InputError.inColumn(file.source(), line, null, null, reason));
    }
}
