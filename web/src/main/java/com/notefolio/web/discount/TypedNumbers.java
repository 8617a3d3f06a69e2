package com.notefolio.web.discount;

import com.notefolio.core.io.DecimalText;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** What a typed rate or tenor may look like, and the core's bounds on typed decimals. */
final class TypedNumbers {

    static final Pattern RATE = Pattern.compile("[+-]?(\\d+(\\.\\d+)?|\\.\\d+)");
    static final Pattern TENOR = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

    private TypedNumbers() {
    }

    /** The number in {@code plain} within the core's bounds, or a message for the user quoting {@code typed}. */
    static BigDecimal bounded(String plain, String typed) {
        try {
            return DecimalText.parse(plain);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + DecimalText.quoted(typed.strip()) + "\": " + e.getMessage() + ".");
        }
    }
}
