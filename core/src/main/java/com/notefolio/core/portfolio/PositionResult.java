package com.notefolio.core.portfolio;

import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.SensitivityLadder;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One position priced as of a date: its resolved schedule and base-case measures, each scenario's result
 * beside the base (in the order asked), the warnings on its figures ({@link PositionWarning}) and, when
 * asked for, the base case's NPVs at the {@link SensitivityLadder#SHIFTS_BP} shifts of the discount curve
 * (none: an empty array). Immutable (the NPVs are copied in and out).
 */
public record PositionResult(Position position, Schedule schedule, NoteMeasures measures,
                             List<ScenarioResult> scenarios, List<PositionWarning> warnings, double[] shiftedNpvs) {

    public PositionResult {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(measures, "measures");
        scenarios = List.copyOf(scenarios);
        warnings = List.copyOf(warnings);
        if (shiftedNpvs.length != 0 && shiftedNpvs.length != SensitivityLadder.SHIFTS_BP.size()) {
            throw new IllegalArgumentException("one NPV per ladder shift or none, not " + shiftedNpvs.length);
        }
        shiftedNpvs = shiftedNpvs.clone();
    }

    @Override
    public double[] shiftedNpvs() {
        return shiftedNpvs.clone();
    }

    /** The base case's sensitivity ladder; {@link SensitivityLadder#NONE} when it was not asked for. */
    public SensitivityLadder ladder() {
        return shiftedNpvs.length == 0 ? SensitivityLadder.NONE : SensitivityLadder.of(shiftedNpvs);
    }

    /** Whether the base case's NPVs at the ladder's shifts were taken. */
    public boolean hasLadder() {
        return shiftedNpvs.length != 0;
    }

    /** The base case as a scenario result (the base beside itself: every delta 0). */
    public ScenarioResult baseCase() {
        return new ScenarioResult(Scenario.BASE.name(), schedule, measures, schedule, measures, null);
    }

    /** The base case first, then each scenario: one entry per case of a comparison. */
    public List<ScenarioResult> cases() {
        List<ScenarioResult> out = new ArrayList<>(scenarios.size() + 1);
        out.add(baseCase());
        out.addAll(scenarios);
        return out;
    }

    /** Whether the stale-price rule flagged the price, which keeps the note out of weighted yields. */
    public boolean stalePrice() {
        for (PositionWarning w : warnings) {
            if (w.code().equals(PositionWarning.STALE_PRICE)) {
                return true;
            }
        }
        return false;
    }

    /** The warnings' messages joined by "; ", empty when there are none (a column's text). */
    public String warningText() {
        return warnings.isEmpty() ? "" : String.join("; ", warnings.stream().map(PositionWarning::message).toList());
    }
}
