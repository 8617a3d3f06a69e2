package com.notefolio.web.view;

import com.notefolio.core.convention.Frequency;
import java.util.Locale;

/**
 * The words a screen shows for a constant of the model: {@code LEVEL_PAYMENT} → "Level payment",
 * {@code INTEREST_ONLY} → "Interest only". Text that is not a constant's name (it has lower-case
 * letters) is shown as it is; a cycle of days is said in days.
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

    /** A frequency's words: {@code SEMI_ANNUAL} → "Semi annual", a cycle of days {@code P27D} → "Every 27 days". */
    public static String of(Frequency frequency) {
        if (frequency == null) {
            return "";
        }
        return frequency.isDayCycle() ? "Every " + frequency.days() + " days" : of(frequency.name());
    }
}
