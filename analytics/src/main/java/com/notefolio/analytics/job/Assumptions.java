package com.notefolio.analytics.job;

import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run assumes: the as-of date, the discount curve (a flat rate or zero rates by tenor) and the
 * scenario set. Shipped to the executors, so it holds only plain data; the core's curve and scenarios
 * are rebuilt from it once per JVM that uses them.
 */
public final class Assumptions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate asOf;
    private final Double flatRate;
    private final double[] tenors;
    private final double[] rates;
    /** The scenario set as the core's JSON, which the core parses the same way on every executor. */
    private final String scenariosJson;

    private transient DiscountCurve curve;
    private transient List<Scenario> scenarios;

    private Assumptions(LocalDate asOf, Double flatRate, double[] tenors, double[] rates, String scenariosJson) {
        this.asOf = asOf;
        this.flatRate = flatRate;
        this.tenors = tenors;
        this.rates = rates;
        this.scenariosJson = scenariosJson;
    }

    /** Assumptions on {@code curve} (a {@link FlatRate} or {@link ZeroCurve}) with {@code set} scenarios, or none. */
    public static Assumptions of(LocalDate asOf, DiscountCurve curve, ScenarioSet set) {
        String json = set == null ? null : ScenarioJson.toJson(set);
        if (curve instanceof FlatRate f) {
            return new Assumptions(asOf, f.rate(), null, null, json);
        }
        if (curve instanceof ZeroCurve z) {
            return new Assumptions(asOf, null, z.tenors(), z.rates(), json);
        }
        throw new IllegalArgumentException("unsupported discount curve " + curve);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public DiscountCurve curve() {
        if (curve == null) {
            curve = flatRate != null ? FlatRate.of(flatRate) : ZeroCurve.of(tenors, rates);
        }
        return curve;
    }

    /** The scenarios of the set, without the base case; empty when the run has none. */
    public List<Scenario> scenarios() {
        if (scenarios == null) {
            scenarios = scenariosJson == null ? List.of() : ScenarioJson.fromJson(scenariosJson).scenarios();
        }
        return scenarios;
    }

    /** One note under the base case and every scenario, by the core's position pricer. */
    public PositionResult price(Position position) {
        return PositionPricer.price(position, asOf, curve(), scenarios());
    }

    /** The names of the cases every note is computed under: {@code base}, then the scenarios in set order. */
    public List<String> caseNames() {
        List<String> names = new java.util.ArrayList<>();
        names.add(Scenario.BASE.name());
        scenarios().forEach(s -> names.add(s.name()));
        return names;
    }

    /** The assumptions as a JSON-ready map, written beside the results. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_of", asOf.toString());
        if (flatRate != null) {
            m.put("discounting", "flat rate, annually compounded on actual days / 365 (Excel XNPV basis)");
            m.put("discount_rate", flatRate);
        } else {
            m.put("discounting", "zero curve, annually compounded zero rates interpolated by tenor");
            m.put("curve_tenors_years", tenors);
            m.put("curve_rates", rates);
        }
        m.put("yield_basis", "XIRR: annual compounding on actual days / 365 from the as-of date");
        m.put("amounts", "minor units of each row's currency (cents for USD), exact");
        m.put("weights", "coupon and WAL weighted by outstanding principal; yield and durations by clean price + accrued");
        m.put("scenarios", scenariosJson == null ? List.of() : caseNames().subList(1, caseNames().size()));
        return m;
    }

    /** The scenario set JSON, or null. */
    public String scenariosJson() {
        return scenariosJson;
    }
}
