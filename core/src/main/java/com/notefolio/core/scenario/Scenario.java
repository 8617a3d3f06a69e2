package com.notefolio.core.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A named what-if: any combination of dated prepayments, draws ({@link DatedAdvance}: more lent on a date) and
 * events of default on chosen notes, a
 * prepayment speed and a default speed for every note, a parallel rate shock in basis points with what
 * it moves ({@link RateShockTarget}: the discount curve, the index projections, or both — both unless
 * said), and an {@link IndexPath} replacing one index's projection. The base case is the scenario with
 * nothing in it. {@code premiumsOnSpeed} says whether the prepayment speed's prepaid amounts pay the note's
 * prepayment premium of their date, as dated prepayments always do: off unless said, since a pool's speed
 * usually stands for prepayments the premium already discouraged, and it is written in the scenario's JSON
 * when on.
 *
 * <p>Its parts check themselves when built; the scenario checks its {@code name} (a non-blank name of at
 * most 100 characters), its {@code rateShockBp} (finite, within ±{@value #MAX_SHOCK_BP} bp, that is
 * ±100%) and that a target other than {@code BOTH} comes with a shock to aim, and names itself in the
 * {@link InvalidScenarioException} it throws. A {@code null} target is {@code BOTH}.
 */
public record Scenario(String name, List<DatedPrepayment> prepayments, PrepaymentSpeed prepaymentSpeed,
                       DefaultSpeed defaultSpeed, List<EventOfDefault> eventsOfDefault, double rateShockBp,
                       RateShockTarget rateShockTarget, IndexPath indexPath, boolean premiumsOnSpeed,
                       List<DatedAdvance> draws) {

    /** The largest rate shock either way, in basis points (100%). */
    public static final int MAX_SHOCK_BP = 10_000;
    /** The longest scenario name (and note id, and set name). */
    public static final int MAX_NAME_CHARS = FieldRules.MAX_NAME_CHARS;

    public static final Scenario BASE = new Scenario("base", List.of(), null, null, List.of(), 0);

    public Scenario {
        FieldRules rules = new FieldRules();
        rules.name("name", name);
        if (!Double.isFinite(rateShockBp)) {
            rules.add("rateShockBp", rateShockBp, "must be a finite number of basis points");
        } else if (Math.abs(rateShockBp) > MAX_SHOCK_BP) {
            rules.add("rateShockBp", rateShockBp, "must be between -" + MAX_SHOCK_BP + " and " + MAX_SHOCK_BP
                    + " basis points (±100%)");
        }
        rateShockTarget = rateShockTarget == null ? RateShockTarget.BOTH : rateShockTarget;
        if (premiumsOnSpeed && prepaymentSpeed == null) {
            rules.add("premiumsOnSpeed", true, "charges premiums on a prepayment speed: give prepaymentSpeed too");
        }
        if (rateShockTarget != RateShockTarget.BOTH && rateShockBp == 0) {
            rules.add("rateShockTarget", rateShockTarget, "aims a rate shock: give rateShockBp too");
        }
        prepayments = prepayments == null ? List.of() : List.copyOf(prepayments);
        eventsOfDefault = eventsOfDefault == null ? List.of() : List.copyOf(eventsOfDefault);
        draws = draws == null ? List.of() : List.copyOf(draws);
        rules.throwIfAny(name == null || name.isBlank() ? null : name);
    }

    /** A scenario without draws. */
    public Scenario(String name, List<DatedPrepayment> prepayments, PrepaymentSpeed prepaymentSpeed,
                    DefaultSpeed defaultSpeed, List<EventOfDefault> eventsOfDefault, double rateShockBp,
                    RateShockTarget rateShockTarget, IndexPath indexPath, boolean premiumsOnSpeed) {
        this(name, prepayments, prepaymentSpeed, defaultSpeed, eventsOfDefault, rateShockBp, rateShockTarget, indexPath,
                premiumsOnSpeed, List.of());
    }

    /** A scenario whose prepayment speed pays no premium: the form before premiums. */
    public Scenario(String name, List<DatedPrepayment> prepayments, PrepaymentSpeed prepaymentSpeed,
                    DefaultSpeed defaultSpeed, List<EventOfDefault> eventsOfDefault, double rateShockBp,
                    RateShockTarget rateShockTarget, IndexPath indexPath, List<DatedAdvance> draws) {
        this(name, prepayments, prepaymentSpeed, defaultSpeed, eventsOfDefault, rateShockBp, rateShockTarget, indexPath,
                false, draws);
    }

    /** A scenario without draws whose prepayment speed pays no premium. */
    public Scenario(String name, List<DatedPrepayment> prepayments, PrepaymentSpeed prepaymentSpeed,
                    DefaultSpeed defaultSpeed, List<EventOfDefault> eventsOfDefault, double rateShockBp,
                    RateShockTarget rateShockTarget, IndexPath indexPath) {
        this(name, prepayments, prepaymentSpeed, defaultSpeed, eventsOfDefault, rateShockBp, rateShockTarget, indexPath,
                false, List.of());
    }

    /** A scenario without index moves: a rate shock moves the discount curve and the index projections. */
    public Scenario(String name, List<DatedPrepayment> prepayments, PrepaymentSpeed prepaymentSpeed,
                    DefaultSpeed defaultSpeed, List<EventOfDefault> eventsOfDefault, double rateShockBp) {
        this(name, prepayments, prepaymentSpeed, defaultSpeed, eventsOfDefault, rateShockBp, RateShockTarget.BOTH, null,
                List.of());
    }

    /** Whether the scenario changes cash flows by its prepayments, draws and defaults (not by rates). */
    public boolean changesFlows() {
        return !prepayments.isEmpty() || !draws.isEmpty() || prepaymentSpeed != null || defaultSpeed != null || !eventsOfDefault.isEmpty();
    }

    /** Whether the scenario moves the discount curve: a rate shock aimed at it (or at both). */
    public boolean movesDiscountCurve() {
        return rateShockBp != 0 && rateShockTarget.movesDiscountCurve();
    }

    /** Whether the scenario moves index data: a rate shock aimed at the indices (or both), or an index path. */
    public boolean movesIndex() {
        return (rateShockBp != 0 && rateShockTarget.movesIndex()) || indexPath != null;
    }

    /**
     * The ids of the notes the scenario's dated parts name (its prepayments, its events of default, then its draws),
     * each once, in that order: the only notes that can refuse the scenario, since speeds, shocks and
     * index paths apply to any note.
     */
    public Set<String> notesNamed() {
        Set<String> named = new LinkedHashSet<>();
        prepayments.forEach(p -> named.add(p.noteId()));
        eventsOfDefault.forEach(e -> named.add(e.noteId()));
        draws.forEach(d -> named.add(d.noteId()));
        return named;
    }

    /** Whether the scenario changes anything: its flows, the discounting or an index. */
    public boolean changesAnything() {
        return changesFlows() || rateShockBp != 0 || indexPath != null;
    }
}
