package com.notefolio.core.scenario;

/** A scenario that cannot apply to a note: names the scenario, the field, the note and the reason. */
public final class InvalidScenarioException extends IllegalArgumentException {

    private final String scenario;
    private final String field;

    public InvalidScenarioException(String scenario, String field, String reason) {
        super("scenario \"" + scenario + "\": " + field + ": " + reason);
        this.scenario = scenario;
        this.field = field;
    }

    public String scenario() {
        return scenario;
    }

    public String field() {
        return field;
    }
}
