package com.notefolio.core.io;

import java.math.BigDecimal;

/**
 * Decimals read from text, bounded before anything costly is done with them. A file or a form field can
 * hold {@code 1e-999999999}: as a BigDecimal it is one digit, but writing it out or rescaling it costs
 * gigabytes (issue 17 item 3). Every reader of numbers (CSV, note and scenario JSON, the web's fields)
 * parses through here: at most {@value #MAX_LENGTH} characters, at most {@value #MAX_INTEGER_DIGITS} digits
 * before the point and {@value #MAX_FRACTION_DIGITS} after it — far beyond any amount or rate a note holds,
 * far below what could hurt.
 */
public final class DecimalText {

    /** The reason given for text that is not a plain decimal; readers add how to write one. */
    public static final String NOT_A_NUMBER = "not a number";
    /** Longest text read as a number. */
    public static final int MAX_LENGTH = 40;
    /** Most digits before the decimal point (amounts up to 10^20, more than any currency's total). */
    public static final int MAX_INTEGER_DIGITS = 20;
    /** Most digits after the decimal point (rates are stored with 10). */
    public static final int MAX_FRACTION_DIGITS = 20;
    /** Longest value quoted in a message: a 50 MB field is not copied into the error. */
    public static final int MAX_QUOTED = 60;

    private DecimalText() {
    }

    /**
     * A plain decimal such as {@code 1500.00}, {@code -3.5} or {@code +.5}: no exponent, no thousands
     * separator, no currency sign (each is {@link #NOT_A_NUMBER}), within the bounds above.
     *
     * @throws IllegalArgumentException with the reason, for a message naming where the text came from
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(NOT_A_NUMBER);
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a number of more than " + MAX_LENGTH + " characters");
        }
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                throw new IllegalArgumentException(NOT_A_NUMBER);
            }
        }
        if (digits == 0) {
            throw new IllegalArgumentException(NOT_A_NUMBER);
        }
        return bounded(new BigDecimal(text));
    }

    /**
     * {@code value} (a number a JSON parser read, possibly with an exponent) if it is within the bounds;
     * checked from its scale and precision only, which costs nothing whatever the exponent. A value with a
     * negative scale ({@code 1E+5}) comes back at scale 0.
     *
     * @throws IllegalArgumentException saying which bound it passes
     */
    public static BigDecimal bounded(BigDecimal value) {
        long scale = value.scale();
        long integerDigits = (long) value.precision() - scale;
        if (value.signum() != 0 && integerDigits > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("too large: more than " + MAX_INTEGER_DIGITS + " digits before the point");
        }
        BigDecimal stripped = value;
        if (scale > MAX_FRACTION_DIGITS) {
            stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            if (stripped.scale() > MAX_FRACTION_DIGITS) {
                throw new IllegalArgumentException("too many decimals: more than " + MAX_FRACTION_DIGITS
                        + " digits after the point");
            }
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@code text} as a message quotes it: cut to {@value #MAX_QUOTED} characters. */
    public static String quoted(String text) {
        if (text == null || text.length() <= MAX_QUOTED) {
            return text;
        }
        return text.substring(0, MAX_QUOTED) + "… (" + text.length() + " characters)";
    }
}
