package com.notefolio.core.scenario;

import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Runs scenarios on a note beside its base case: projects each scenario's schedule
 * ({@link ScenarioProjector}) and prices it with the same pricer, at the same price, on the discount
 * curve shifted by the scenario's rate shock. The base is priced once per note.
 */
public final class ScenarioAnalyzer {

    private ScenarioAnalyzer() {
    }

    /** Every scenario of {@code scenarios} on one note; the base case is not repeated among them. */
    public static List<ScenarioResult> analyze(Schedule base, List<Scenario> scenarios, LocalDate asOf,
                                               MonetaryAmount price, DiscountCurve curve) {
        NoteMeasures baseMeasures = NotePricer.measures(base, asOf, price, curve);
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            results.add(analyze(base, baseMeasures, s, asOf, price, curve));
        }
        return results;
    }

    /** One scenario on one note, given the base case's measures. */
    public static ScenarioResult analyze(Schedule base, NoteMeasures baseMeasures, Scenario scenario, LocalDate asOf,
                                         MonetaryAmount price, DiscountCurve curve) {
        Projection p = ScenarioProjector.project(base, scenario, asOf);
        DiscountCurve shocked = scenario.rateShockBp() == 0 ? curve : curve.shifted(scenario.rateShockBp());
        NoteMeasures m;
        if (p.schedule() == base) {
            m = shocked == curve ? baseMeasures : NotePricer.onCurve(baseMeasures, base, shocked);
        } else {
            m = NotePricer.measures(p.schedule(), asOf, price, shocked, baseMeasures.yield());
        }
        return new ScenarioResult(scenario.name(), base, baseMeasures, p.schedule(), m, p.claim());
    }
}
