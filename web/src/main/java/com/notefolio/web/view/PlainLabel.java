package com.notefolio.web.view;

import java.util.Locale;

/**
 * The words a screen shows for a constant of the model: {@code LEVEL_PAYMENT} → "Level payment",
 * {@code INTEREST_ONLY} → "Interest only". Text that is not a constant's name (it has lower-case
 * letters) is shown as it is.
 */
public final class PlainLabel {

    private PlainLabel() {
    }

    public static String of(String constant) {
        if (constant == null || constant.isEmpty() || !constant.equals(constant.toUpperCase(Locale.ROOT))
                || constant.chars().noneMatch(Character::isLetter)) {
            return constant == null ? "" : constant;
        }
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String of(Enum<?> constant) {
        return constant == null ? "" : of(constant.name());
    }
}
