package com.notefolio.core.scenario;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.DiscountMargin;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Runs scenarios on a note beside its base case: moves the index data where the scenario says (a rate
 * shock aimed at the indices, an index path) and, for a note whose rate follows a moved index,
 * re-resolves its schedule under the moved data, so its coupons re-fix with their caps and floors; then
 * projects the scenario's prepayments and defaults on it ({@link ScenarioProjector}) and prices it with
 * the same pricer, at the same price, on the discount curve shifted by the shock when the shock is aimed
 * at it. The base is priced once per note. A note whose prepayment premium is yield maintenance takes its
 * reference yield from the case's discount curve: the market the lender reinvests the prepaid principal in.
 *
 * <p>Beside the note pricer's measures it gives the rate measures of every case, given the index data the
 * note was resolved with:
 *
 * <ul>
 *   <li>the <b>discount margin</b> ({@link DiscountMargin}) of a note whose rate follows an index, at the
 *       case's index data;</li>
 *   <li>the <b>effective duration</b> −(PV(+Δ) − PV(−Δ)) ÷ (2·PV·Δ), Δ = {@value #EFFECTIVE_DURATION_SHIFT_BP}
 *       bp, where PV(±Δ) is the NPV of the case on its discount curve shifted by ±Δ with, for a note
 *       whose rate follows an index, the schedule re-resolved under the case's index data shifted by ±Δ
 *       ({@link IndexData#shifted}: only index values read after the as-of date, so the coupon running on
 *       it and a reset whose lookback date has passed stay set, and the balance on the as-of date is the
 *       base case's) and the scenario projected on it again. 25 bp is small enough for the central difference to be within
 *       Δ²·(third derivative) of the analytic sensitivity for smooth flows, and large enough to cross
 *       the 1/8 % rounding of a reset rate instead of landing between two of its steps.</li>
 * </ul>
 *
 * <p>Both are measured only for a note whose rate reads an index at some time (floating, or converting
 * to or from floating). A note whose rate reads no index (fixed, stepped, a conversion between fixed
 * rates) has no discount margin and an effective duration of {@code NaN}, "not measured": its flows do not
 * move, so its effective duration would be the central difference of the discount curve alone,
 * −(PV(z+Δ) − PV(z−Δ)) ÷ (2·PV·Δ) — within Δ²-order terms the curve sensitivity DV01 ÷ (NPV × 0.0001)
 * already given by {@code dv01}. It is not the modified duration: that one is taken at the note's
 * yield at its price, this at the discount curve, and the two differ whenever the price is not the NPV
 * (or the curve is not flat). Measuring it for every fixed note cost two more passes over each note's
 * flows (about 17 % of the fixed-rate bench) to restate DV01.
 *
 * <p>Without the index data (the overloads that take none), a floating note's rate measures are not
 * taken either: no discount margin and an effective duration of {@code NaN}.
 */
public final class ScenarioAnalyzer {

    /** The parallel move Δ of the effective duration, in basis points. */
    public static final double EFFECTIVE_DURATION_SHIFT_BP = 25;

    private ScenarioAnalyzer() {
    }

    /** Every scenario of {@code scenarios} on one note; the base case is not repeated among them. */
    public static List<ScenarioResult> analyze(Schedule base, List<Scenario> scenarios, LocalDate asOf,
                                               MonetaryAmount price, DiscountCurve curve) {
        return analyze(base, scenarios, asOf, price, curve, null);
    }

    /**
     * Every scenario of {@code scenarios} on one note resolved under {@code indices} (the base schedule's
     * index data); the base case is not repeated among them.
     */
    public static List<ScenarioResult> analyze(Schedule base, List<Scenario> scenarios, LocalDate asOf,
                                               MonetaryAmount price, DiscountCurve curve, IndexData indices) {
        return analyze(base, baseMeasures(base, asOf, price, curve, indices), scenarios, asOf, price, curve, indices);
    }

    /**
     * Every scenario of {@code scenarios} on one note resolved under {@code indices}, given the base case's
     * measures, in their order. What the projection of a plain note under speeds reads of its base schedule is
     * read once for all of them ({@link SpeedProjector}).
     */
    public static List<ScenarioResult> analyze(Schedule base, NoteMeasures baseMeasures, List<Scenario> scenarios,
                                               LocalDate asOf, MonetaryAmount price, DiscountCurve curve,
                                               IndexData indices) {
        SpeedProjector speeds = new SpeedProjector(base, asOf);
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            results.add(analyze(base, baseMeasures, s, asOf, price, curve, indices, speeds, results));
        }
        return results;
    }

    /**
     * The base case's measures with its rate measures: the note pricer's, the discount margin and the
     * effective duration at {@code indices}, the data {@code base} was resolved with ({@code null}: unknown).
     */
    public static NoteMeasures baseMeasures(Schedule base, LocalDate asOf, MonetaryAmount price, DiscountCurve curve,
                                            IndexData indices) {
        NoteMeasures m = NotePricer.measures(base, asOf, price, curve);
        return withRateMeasures(m, base, base, Scenario.BASE, asOf, curve, indices);
    }

    /** One scenario on one note, given the base case's measures; no index data (fixed and stepped rates). */
    public static ScenarioResult analyze(Schedule base, NoteMeasures baseMeasures, Scenario scenario, LocalDate asOf,
                                         MonetaryAmount price, DiscountCurve curve) {
        return analyze(base, baseMeasures, scenario, asOf, price, curve, null);
    }

    /**
     * One scenario on one note resolved under {@code indices} ({@code null}: unknown, and then an index
     * move cannot re-fix a floating note's coupons and is refused), given the base case's measures.
     */
    public static ScenarioResult analyze(Schedule base, NoteMeasures baseMeasures, Scenario scenario, LocalDate asOf,
                                         MonetaryAmount price, DiscountCurve curve, IndexData indices) {
        return analyze(base, baseMeasures, scenario, asOf, price, curve, indices, null, List.of());
    }

    /**
     * The same, projecting with {@code speeds} ({@code null}: none shared) when the case starts from {@code base};
     * {@code earlier} the note's cases analyzed before it, whose measures it takes when it projects the very
     * schedule one of them projected (the same speeds under another shock of the discount curve: {@link SpeedProjector}
     * gives such a case the schedule it gave the first). The yield, WAL, durations and convexity are then that
     * case's — the same flows at the same price, solved from the same guess — and only the NPV and DV01 are
     * taken on this case's curve ({@link NotePricer#onCurve}), as the full measures would give them.
     */
    private static ScenarioResult analyze(Schedule base, NoteMeasures baseMeasures, Scenario scenario, LocalDate asOf,
                                          MonetaryAmount price, DiscountCurve curve, IndexData indices,
                                          SpeedProjector speeds, List<ScenarioResult> earlier) {
        boolean refixes = scenario.movesIndex() && followsIndex(base.terms());
        if (refixes && indices == null) {
            throw new InvalidScenarioException(scenario.name(), scenario.indexPath() != null ? "indexPath"
                    : "rateShockTarget", "note " + base.noteId() + " follows an index: moving it needs the index data "
                    + "the note was resolved with");
        }
        IndexData moved = refixes ? moved(indices, scenario, asOf) : indices;
        Schedule start = refixes ? ScheduleResolver.resolve(base.terms(), moved) : base;
        DiscountCurve shocked = scenario.movesDiscountCurve() ? curve.shifted(scenario.rateShockBp()) : curve;
        // A yield maintenance premium reinvests at the market the case discounts at: its (shocked) curve.
        Projection p = ScenarioProjector.project(start, scenario, asOf, shocked, start == base ? speeds : null);
        NoteMeasures m;
        if (p.schedule() == base && shocked == curve) {
            m = baseMeasures;
        } else if (p.schedule() == base) {
            m = withRateMeasures(NotePricer.onCurve(baseMeasures, base, shocked), base, base, scenario, asOf, shocked,
                    indices);
        } else {
            NoteMeasures same = measuresOf(p.schedule(), earlier);
            m = withRateMeasures(same != null ? NotePricer.onCurve(same, p.schedule(), shocked)
                            : NotePricer.measures(p.schedule(), asOf, price, shocked, baseMeasures.yield()),
                    p.schedule(), start, scenario, asOf, shocked, moved);
        }
        return new ScenarioResult(scenario.name(), base, baseMeasures, p.schedule(), m, p.claim());
    }

    /** The measures of the earlier case that projected {@code schedule} itself, or {@code null}. */
    private static NoteMeasures measuresOf(Schedule schedule, List<ScenarioResult> earlier) {
        for (ScenarioResult r : earlier) {
            if (r.schedule() == schedule) {
                return r.measures();
            }
        }
        return null;
    }

    /** {@code indices} moved as the scenario says: its index path, then its rate shock when aimed at the indices. */
    static IndexData moved(IndexData indices, Scenario scenario, LocalDate asOf) {
        IndexData out = indices;
        if (scenario.indexPath() != null) {
            out = out.withProjection(scenario.indexPath().projection(), asOf);
        }
        if (scenario.rateShockBp() != 0 && scenario.rateShockTarget().movesIndex()) {
            out = out.shifted(asOf, basisPoints(scenario.rateShockBp()));
        }
        return out;
    }

    /** Whether the note's rate reads an index at some time, so that moving index data can change its flows. */
    static boolean followsIndex(NoteTerms terms) {
        return !terms.hasSingleRate() && terms.rate().floatingPart() != null;
    }

    /**
     * The measures with the discount margin and the effective duration of {@code flows} — the case's
     * projection of {@code periods}, the schedule resolved under {@code indices} — on {@code curve}.
     */
    private static NoteMeasures withRateMeasures(NoteMeasures m, Schedule flows, Schedule periods, Scenario scenario,
                                                 LocalDate asOf, DiscountCurve curve, IndexData indices) {
        if (indices == null || !followsIndex(flows.terms())) {
            // Flows that read no index do not move with the index: their effective duration is the curve's
            // sensitivity alone, which DV01 already states (see the class comment); it is not measured.
            return m;
        }
        Double margin = DiscountMargin.of(flows, periods, asOf, m.dirtyPrice(), indices);
        double up = shiftedValue(flows, scenario, asOf, curve, indices, EFFECTIVE_DURATION_SHIFT_BP);
        double down = shiftedValue(flows, scenario, asOf, curve, indices, -EFFECTIVE_DURATION_SHIFT_BP);
        double delta = EFFECTIVE_DURATION_SHIFT_BP * 1e-4;
        double duration = m.npv() == 0 ? Double.NaN : -(up - down) / (2 * m.npv() * delta);
        return m.withRateMeasures(margin, duration);
    }

    /** The case's NPV of a note following an index with the curve and the index data moved by {@code bp}. */
    private static double shiftedValue(Schedule flows, Scenario scenario, LocalDate asOf, DiscountCurve curve,
                                       IndexData indices, double bp) {
        Schedule resolved = ScheduleResolver.resolve(flows.terms(), indices.shifted(asOf, basisPoints(bp)));
        DiscountCurve shifted = curve.shifted(bp);
        Schedule moved = ScenarioProjector.project(resolved, scenario, asOf, shifted).schedule();
        return NotePricer.presentValue(moved, asOf, shifted);
    }

    /** Basis points as a rate fraction, exactly as the shortest decimal of the double reads (25 bp is 0.0025). */
    private static BigDecimal basisPoints(double bp) {
        return BigDecimal.valueOf(bp).movePointLeft(4);
    }
}
