package com.notefolio.analytics.job;

import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.scenario.ScenarioSet;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The expected results, computed in this JVM by the core alone, as its {@code scenario} command does:
 * the reference every Spark result is held to. Written against the core's API directly, not through
 * the analytics job classes, so that a mistake there cannot hide in both sides.
 */
final class CoreReference {

    static final long NOTES = 10_000;
    static final long SEED = 42;
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final FlatRate RATE = FlatRate.of(0.08);
    /** Prepayment speeds, defaults with recoveries, rate shocks and a combination, all after the as-of date. */
    static final ScenarioSet SCENARIOS = ScenarioJson.read(Path.of("src/test/resources/scenarios-2024.json"));

    /** Measures by note id, then by case name (base first). */
    final Map<String, Map<String, NoteMeasures>> measures = new HashMap<>();
    final Map<String, PortfolioSummary> summaries = new LinkedHashMap<>();

    CoreReference() {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(SEED, NOTES);
        Map<String, PortfolioAggregate> aggregates = new LinkedHashMap<>();
        aggregates.put(Scenario.BASE.name(), new PortfolioAggregate(AS_OF));
        SCENARIOS.scenarios().forEach(s -> aggregates.put(s.name(), new PortfolioAggregate(AS_OF)));
        for (long i = 0; i < NOTES; i++) {
            Position p = generator.note(i);
            Schedule base = ScheduleResolver.resolve(p.terms());
            NoteMeasures baseMeasures = NotePricer.measures(base, AS_OF, p.priceAt(base, AS_OF), RATE);
            Map<String, NoteMeasures> byCase = new LinkedHashMap<>();
            byCase.put(Scenario.BASE.name(), baseMeasures);
            aggregates.get(Scenario.BASE.name()).add(p, base, baseMeasures);
            for (ScenarioResult r : ScenarioAnalyzer.analyze(base, SCENARIOS.scenarios(), AS_OF, p.priceAt(base, AS_OF), RATE)) {
                byCase.put(r.scenario(), r.measures());
                aggregates.get(r.scenario()).add(p, r.schedule(), r.measures());
            }
            measures.put(p.terms().id(), byCase);
        }
        aggregates.forEach((name, agg) -> summaries.put(name, agg.summary()));
    }

    static Assumptions assumptions() {
        return Assumptions.of(AS_OF, RATE, SCENARIOS);
    }
}
