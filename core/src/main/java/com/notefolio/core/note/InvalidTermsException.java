package com.notefolio.core.note;

/** Terms that break a rule: names the note, the field, the value given and the rule it breaks. */
public final class InvalidTermsException extends IllegalArgumentException {

    private final String noteId;
    private final String field;
    private final String value;
    private final String rule;

    public InvalidTermsException(String noteId, String field, Object value, String rule) {
        super("note " + (noteId == null ? "?" : noteId) + ": " + field + " = " + text(value) + ": " + rule);
        this.noteId = noteId;
        this.field = field;
        this.value = text(value);
        this.rule = rule;
    }

    /** The same failure of a part built before its note (a rate term), now naming the note. */
    public InvalidTermsException forNote(String id) {
        return noteId != null ? this : new InvalidTermsException(id, field, value, rule);
    }

    private static String text(Object value) {
        return value instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    public String noteId() {
        return noteId;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String rule() {
        return rule;
    }
}
