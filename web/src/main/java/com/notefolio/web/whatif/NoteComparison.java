package com.notefolio.web.whatif;

import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.scenario.ScenarioResult;
import java.util.List;

/**
 * One note's base case and its results under each scenario, computed at once by the core, and the
 * scenarios left out because a note they name refused them.
 */
public record NoteComparison(NoteMeasures base, List<ScenarioResult> results, List<RefusedScenario> refused) {

    public NoteComparison {
        results = List.copyOf(results);
        refused = List.copyOf(refused);
    }
}
