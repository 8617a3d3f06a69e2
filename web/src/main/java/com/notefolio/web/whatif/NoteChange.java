package com.notefolio.web.whatif;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One note's NPV in the base case and under a scenario, with its borrower and currency: a line of "the
 * notes that change most". Immutable. A plain class rather than a record because it travels from Spark's
 * executors to the driver through Kryo, which cannot rebuild a record's final fields.
 */
public final class NoteChange implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest |ΔNPV| first; equal ones by note id, so that every run ranks them alike. */
    static final Comparator<NoteChange> LARGEST_FIRST = Comparator
            .comparingDouble((NoteChange c) -> -Math.abs(c.deltaNpv())).thenComparing(NoteChange::noteId);

    private final String scenario;
    private final String currency;
    private final String noteId;
    private final String borrower;
    private final double baseNpv;
    private final double scenarioNpv;

    public NoteChange(String scenario, String currency, String noteId, String borrower, double baseNpv,
                      double scenarioNpv) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.noteId = Objects.requireNonNull(noteId, "noteId");
        this.borrower = borrower;
        this.baseNpv = baseNpv;
        this.scenarioNpv = scenarioNpv;
    }

    public String scenario() {
        return scenario;
    }

    public String currency() {
        return currency;
    }

    public String noteId() {
        return noteId;
    }

    public String borrower() {
        return borrower;
    }

    public double baseNpv() {
        return baseNpv;
    }

    public double scenarioNpv() {
        return scenarioNpv;
    }

    /** Scenario NPV − base NPV, in currency units. */
    public double deltaNpv() {
        return scenarioNpv - baseNpv;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteChange c && scenario.equals(c.scenario) && currency.equals(c.currency)
                && noteId.equals(c.noteId) && Objects.equals(borrower, c.borrower)
                && Double.compare(baseNpv, c.baseNpv) == 0 && Double.compare(scenarioNpv, c.scenarioNpv) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scenario, currency, noteId, borrower, baseNpv, scenarioNpv);
    }

    @Override
    public String toString() {
        return noteId + " (" + borrower + ") " + scenario + " " + currency + ": " + baseNpv + " → " + scenarioNpv;
    }
}
