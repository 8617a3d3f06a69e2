package com.notefolio.web.whatif;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.scenario.InvalidScenarioException;
import com.notefolio.core.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which scenarios of a run apply to a portfolio at the as-of date. Only a scenario's dated parts can be
 * refused by a note (speeds, shocks and index paths apply to any note), and only by the notes they name;
 * so each scenario is tried, whole, by the core's position pricer on each note it names, before the
 * portfolio is computed. A scenario refused there is left out with the core's reason and the others run:
 * one bad scenario never fails the run of the rest. Saving checks the same notes earlier, at their issue
 * date ({@link SavedScenarios#check}); the portfolio may have been re-imported since, and the as-of date
 * may pass a prepayment's date.
 */
final class ScenarioFit {

    private final List<Scenario> applicable;
    private final List<RefusedScenario> refused;

    private ScenarioFit(List<Scenario> applicable, List<RefusedScenario> refused) {
        this.applicable = List.copyOf(applicable);
        this.refused = List.copyOf(refused);
    }

    /**
     * Tries every scenario on the notes it names, read through {@code noteById} (empty for a note not in
     * the portfolio), at {@code asOf} on {@code curve}, floating rates set from {@code indices}.
     */
    static ScenarioFit of(List<Scenario> scenarios, Function<String, Optional<Position>> noteById, LocalDate asOf,
                          DiscountCurve curve, IndexData indices) {
        List<Scenario> applicable = new ArrayList<>();
        List<RefusedScenario> refused = new ArrayList<>();
        for (Scenario s : scenarios) {
            Optional<String> reason = reason(s, noteById, asOf, curve, indices);
            if (reason.isPresent()) {
                refused.add(new RefusedScenario(s.name(), reason.get()));
            } else {
                applicable.add(s);
            }
        }
        return new ScenarioFit(applicable, refused);
    }

    private static Optional<String> reason(Scenario s, Function<String, Optional<Position>> noteById, LocalDate asOf,
                                           DiscountCurve curve, IndexData indices) {
        for (String noteId : s.notesNamed()) {
            Optional<Position> note = noteById.apply(noteId);
            if (note.isEmpty()) {
                return Optional.of("there is no note " + noteId + " in this portfolio.");
            }
            try {
                PositionPricer.price(note.get(), asOf, curve, indices, List.of(s));
            } catch (InvalidScenarioException e) {
                return Optional.of("note " + noteId + ": " + e.problems().stream()
                        .map(InvalidScenarioException.Problem::toString).reduce((a, b) -> a + "; " + b).orElse(""));
            }
        }
        return Optional.empty();
    }

    /** The scenarios every note they name accepts, in the order given. */
    List<Scenario> applicable() {
        return applicable;
    }

    /** The scenarios left out, in the order given, each with why. */
    List<RefusedScenario> refused() {
        return refused;
    }
}
