package com.notefolio.analytics.job;

import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.util.ArrayList;
import java.util.List;

/**
 * One note computed by the core under the base case and every scenario of the assumptions — exactly
 * what the core's {@code scenario} command computes for it: the base schedule resolved and priced once,
 * each scenario by {@link ScenarioAnalyzer}. The base case is the first result.
 */
public record NoteCases(Position position, List<ScenarioResult> results) {

    public static NoteCases of(Position position, Assumptions a) {
        Schedule base = ScheduleResolver.resolve(position.terms());
        NoteMeasures baseMeasures = NotePricer.measures(base, a.asOf(), position.price(), a.curve());
        List<Scenario> scenarios = a.scenarios();
        List<ScenarioResult> results = new ArrayList<>(scenarios.size() + 1);
        results.add(new ScenarioResult(Scenario.BASE.name(), base, baseMeasures, base, baseMeasures, null));
        for (Scenario s : scenarios) {
            results.add(ScenarioAnalyzer.analyze(base, baseMeasures, s, a.asOf(), position.price(), a.curve()));
        }
        return new NoteCases(position, List.copyOf(results));
    }
}
