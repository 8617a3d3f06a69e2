package com.notefolio.analytics.job;

import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioSummary;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioResult;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One core {@link PortfolioAggregate} per case (base, then each scenario): what one partition of a
 * portfolio adds up to. Partitions' aggregates are merged into fresh ones, never into a received one,
 * because a deserialized aggregate is only read (see {@link CoreKryoRegistrator}).
 */
public final class CaseAggregates {

    private final LocalDate asOf;
    private final LinkedHashMap<String, PortfolioAggregate> byCase;

    public CaseAggregates(LocalDate asOf, List<String> caseNames) {
        this.asOf = asOf;
        this.byCase = new LinkedHashMap<>();
        caseNames.forEach(n -> byCase.put(n, new PortfolioAggregate(asOf)));
    }

    /** Adds one note under every case. */
    public CaseAggregates add(PositionResult note) {
        byCase.get(Scenario.BASE.name()).add(note);
        for (ScenarioResult r : note.scenarios()) {
            byCase.get(r.scenario()).add(note.position(), r.schedule(), r.measures());
        }
        return this;
    }

    /** A new aggregate holding both {@code a} and {@code b}. */
    public static CaseAggregates merged(CaseAggregates a, CaseAggregates b) {
        CaseAggregates out = new CaseAggregates(a.asOf, List.copyOf(a.byCase.keySet()));
        out.byCase.forEach((name, agg) -> agg.merge(a.byCase.get(name)).merge(b.byCase.get(name)));
        return out;
    }

    /** Each case's portfolio summary, base first. */
    public Map<String, PortfolioSummary> summaries() {
        Map<String, PortfolioSummary> out = new LinkedHashMap<>();
        byCase.forEach((name, agg) -> out.put(name, agg.summary()));
        return out;
    }

    /** Each case's summary. */
    public PortfolioFigures figures() {
        return new PortfolioFigures(summaries());
    }
}
