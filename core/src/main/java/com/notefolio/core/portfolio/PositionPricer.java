package com.notefolio.core.portfolio;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.SensitivityLadder;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The position level of "note → position → portfolio": resolves a position's terms once, turns its
 * price into an amount at the valuation date (a percentage of the outstanding principal becomes that
 * share of it), prices the base case with the note pricer and runs each scenario beside it
 * ({@link ScenarioAnalyzer}, at the same price), then checks the figures ({@link PositionWarning}). The
 * one implementation of "resolve, price the base, analyze each scenario" for every command, job, export
 * and screen; stateless. The base case carries its rate measures (the discount margin and the effective
 * duration of a note whose rate follows an index), and a scenario that moves an index re-resolves
 * a floating note's schedule under the moved index data; see {@link ScenarioAnalyzer}. Asked for, the
 * base case's NPV is also taken at each shift of a {@link SensitivityLadder}: six present values of the
 * flows the schedule already holds, measured at about +35% of a note's pricing on a flat rate and +110%
 * on a zero curve (one {@code pow} per flow and shift), so only the callers that show it pay for it.
 */
public final class PositionPricer {

    private PositionPricer() {
    }

    /** The base case only. */
    public static PositionResult price(Position position, LocalDate asOf, DiscountCurve curve) {
        return price(position, asOf, curve, List.of());
    }

    /** The base case and every scenario of {@code scenarios}, in their order; no index data (fixed and stepped rates). */
    public static PositionResult price(Position position, LocalDate asOf, DiscountCurve curve,
                                       List<Scenario> scenarios) {
        return price(position, asOf, curve, IndexData.NONE, scenarios);
    }

    /**
     * The base case and every scenario of {@code scenarios}, in their order, a floating rate set from
     * {@code indices} (its fixings, then its projection).
     */
    public static PositionResult price(Position position, LocalDate asOf, DiscountCurve curve,
                                       IndexData indices, List<Scenario> scenarios) {
        return price(position, asOf, curve, indices, scenarios, false);
    }

    /**
     * The same, and with {@code ladder} the base case's NPV at each shift of a {@link SensitivityLadder}
     * ({@link PositionResult#shiftedNpvs}).
     */
    public static PositionResult price(Position position, LocalDate asOf, DiscountCurve curve,
                                       IndexData indices, List<Scenario> scenarios, boolean ladder) {
        Schedule schedule = ScheduleResolver.resolve(position.terms(), indices);
        MonetaryAmount price = position.priceAt(schedule, asOf);
        NoteMeasures base = ScenarioAnalyzer.baseMeasures(schedule, asOf, price, curve, indices);
        List<ScenarioResult> results = scenarios.isEmpty() ? List.of()
                : ScenarioAnalyzer.analyze(schedule, base, scenarios, asOf, price, curve, indices);
        double[] shifted = ladder ? SensitivityLadder.presentValues(schedule, asOf, curve, base.npv()) : new double[0];
        return new PositionResult(position, schedule, base, results, PositionWarning.of(position, base), shifted);
    }
}
