package com.notefolio.core.io;

import com.notefolio.core.convention.Frequency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row of named column values — a CSV row, a Spark row, a database row — with typed access by column
 * name and the reading rules of the portfolio formats (docs/portfolio-format.md): a blank or absent value
 * is "not given" ({@code null}, or the default the caller passes); a value that does not read throws an
 * {@link InputException} naming the source, the row's line, the column, the value and what was expected.
 *
 * <p>A value is either text, read by these rules, or already typed by its source (a {@link LocalDate},
 * {@link Boolean}, {@link Integer} or {@link BigDecimal} column of a Parquet file or table), taken as it
 * is: a typed source need not print and re-parse its dates on the hot path of a Spark job.
 */
public abstract class ColumnValues {

    ColumnValues() {
    }

    /**
     * Values looked up by column name in {@code values}, which gives {@code null} for a column it does not
     * have; {@code source} and {@code line} (0 where rows have no order) are named in messages.
     */
    public static ColumnValues of(String source, long line, Function<String, Object> values) {
        return new ColumnValues() {
            @Override
            String source() {
                return source;
            }

            @Override
            long line() {
                return line;
            }

            @Override
            Object value(String column) {
                Object v = values.apply(column);
                if (v instanceof String s) {
                    String t = s.strip();
                    return t.isEmpty() ? null : t;
                }
                return v;
            }
        };
    }

    /** The file or table named in messages. */
    abstract String source();

    /** The physical line the row starts on (1 is the first line of a file), 0 where rows have no order. */
    abstract long line();

    /** The value of {@code column}: stripped non-blank text, a typed value, or {@code null} when not given. */
    abstract Object value(String column);

    /** The value of {@code column} as text; empty when blank or absent. */
    String text(String column) {
        Object v = value(column);
        return v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    boolean has(String column) {
        return value(column) != null;
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
        Object v = value(column);
        if (v == null || v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        String text = text(column);
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
        Object v = value(column);
        if (v == null || v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        String text = text(column);
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

    /** The number before a trailing {@code %} ({@code 98.5%} gives 98.5), or {@code null} when the value has none. */
    BigDecimal percentage(String column) {
        if (!(value(column) instanceof String text) || !text.endsWith("%")) {
            return null;
        }
        String number = text.substring(0, text.length() - 1).strip();
        try {
            return DecimalText.parse(number);
        } catch (IllegalArgumentException e) {
            String reason = DecimalText.NOT_A_NUMBER.equals(e.getMessage()) ? "not a percentage" : e.getMessage();
            throw error(column, text, reason + " (write a number followed by %, such as 98.5%)");
        }
    }

    /** An ISO date ({@code 2003-08-13}), or {@code null} when blank. */
    LocalDate date(String column) {
        Object v = value(column);
        if (v == null || v instanceof LocalDate) {
            return (LocalDate) v;
        }
        String text = text(column);
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
        Object v = value(column);
        if (v == null || v instanceof Integer) {
            return (Integer) v;
        }
        String text = text(column);
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw error(column, text, "not a whole number");
        }
    }

    /** {@code true/false}, {@code yes/no}, {@code y/n} or {@code 1/0}, any case; {@code orElse} when blank. */
    boolean bool(String column, boolean orElse) {
        Object v = value(column);
        if (v == null) {
            return orElse;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String text = text(column);
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

    /**
     * A frequency by {@link Frequency#parse}: a name as {@link #choice} reads it, or a cycle of days
     * ({@code P27D}, {@code 27 days}); {@code orElse} when blank.
     */
    Frequency frequency(String column, Frequency orElse) {
        String text = text(column);
        if (text.isEmpty()) {
            return orElse;
        }
        try {
            return Frequency.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(column, text, e.getMessage());
        }
    }

    /** An error at this row and {@code column}. */
    InputException error(String column, String value, String reason) {
        return new InputException(InputError.inColumn(source(), line(), column, DecimalText.quoted(value), reason));
    }

    /** An error about the whole row. */
    InputException rowError(String reason) {
        return new InputException(InputError.inColumn(source(), line(), null, null, reason));
    }
}
