package com.notefolio.analytics.job;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.TreeSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run assumes: the as-of date, the discount curve (a flat rate or zero rates by tenor), the
 * scenario set, and the index data floating rates are set from (fixings and forward curves; none by
 * default, which is all fixed and stepped rates need). Shipped to the executors, so it holds only plain
 * data; the core's curve, scenarios and {@link IndexData} are rebuilt from it once per JVM that uses them.
 */
public final class Assumptions implements Serializable {

    private static final long serialVersionUID = 3L;

    private final LocalDate asOf;
    private final Double flatRate;
    private final double[] tenors;
    private final double[] rates;
    /** The scenario set as the core's JSON, which the core parses the same way on every executor. */
    private final String scenariosJson;
    /** The fixings as parallel columns (index, date, rate as its exact decimal text); empty for none. */
    private final String[] fixingIndex;
    private final LocalDate[] fixingDate;
    private final String[] fixingRate;
    /** The forward curves' points as parallel columns (index, base date, tenor, rate text), curve by curve. */
    private final String[] curveIndex;
    private final LocalDate[] curveBase;
    private final int[] curveTenor;
    private final String[] curveRate;
    /** Whether each note's base NPV is also taken at the sensitivity ladder's shifts (the dashboard's). */
    private final boolean ladder;

    private transient DiscountCurve curve;
    private transient List<Scenario> scenarios;
    private transient IndexData indices;

    private Assumptions(LocalDate asOf, Double flatRate, double[] tenors, double[] rates, String scenariosJson) {
        this(asOf, flatRate, tenors, rates, scenariosJson, List.of(), List.of(), false);
    }

    private Assumptions(LocalDate asOf, Double flatRate, double[] tenors, double[] rates, String scenariosJson,
                        List<IndexFixing> fixings, List<ForwardCurve> curves, boolean ladder) {
        this.asOf = asOf;
        this.ladder = ladder;
        this.flatRate = flatRate;
        this.tenors = tenors;
        this.rates = rates;
        this.scenariosJson = scenariosJson;
        int n = fixings.size();
        fixingIndex = new String[n];
        fixingDate = new LocalDate[n];
        fixingRate = new String[n];
        for (int i = 0; i < n; i++) {
            fixingIndex[i] = fixings.get(i).index();
            fixingDate[i] = fixings.get(i).date();
            fixingRate[i] = fixings.get(i).rate().toPlainString();
        }
        int points = curves.stream().mapToInt(c -> c.points().size()).sum();
        curveIndex = new String[points];
        curveBase = new LocalDate[points];
        curveTenor = new int[points];
        curveRate = new String[points];
        int k = 0;
        for (ForwardCurve c : curves) {
            for (ForwardCurve.Point p : c.points()) {
                curveIndex[k] = c.index();
                curveBase[k] = c.baseDate();
                curveTenor[k] = p.tenorMonths();
                curveRate[k] = p.rate().toPlainString();
                k++;
            }
        }
        // Built here once so that bad index data (two fixings on a date, two curves of an index) fails on
        // the driver, before any task runs.
        indices = indexData();
    }

    /**
     * These assumptions with floating rates set from {@code fixings} and {@code curves} (at most one per
     * index), as the core's {@link IndexData#of(java.util.Collection, java.util.Collection)} reads them.
     */
    public Assumptions withIndexData(List<IndexFixing> fixings, List<ForwardCurve> curves) {
        return new Assumptions(asOf, flatRate, tenors, rates, scenariosJson, List.copyOf(fixings), List.copyOf(curves),
                ladder);
    }

    /**
     * These assumptions with each note's base NPV also taken at the parallel shifts of the curve of the
     * core's {@link com.notefolio.core.pricer.SensitivityLadder}, which the aggregates sum per currency.
     */
    public Assumptions withSensitivityLadder() {
        return new Assumptions(asOf, flatRate, tenors, rates, scenariosJson, fixingList(), curveList(), true);
    }

    /** The names of the indices the index data holds fixings or a curve of; empty without index data. */
    public java.util.Set<String> indexNames() {
        java.util.Set<String> names = new TreeSet<>(List.of(fixingIndex));
        names.addAll(List.of(curveIndex));
        return names;
    }

    /** The index data floating rates are set from: {@link IndexData#NONE} unless given. */
    public IndexData indices() {
        if (indices == null) {
            indices = indexData();
        }
        return indices;
    }

    private IndexData indexData() {
        if (fixingIndex.length == 0 && curveIndex.length == 0) {
            return IndexData.NONE;
        }
        return IndexData.of(fixingList(), curveList());
    }

    private List<IndexFixing> fixingList() {
        List<IndexFixing> fixings = new ArrayList<>(fixingIndex.length);
        for (int i = 0; i < fixingIndex.length; i++) {
            fixings.add(new IndexFixing(fixingIndex[i], fixingDate[i], new BigDecimal(fixingRate[i])));
        }
        return fixings;
    }

    private List<ForwardCurve> curveList() {
        List<ForwardCurve> curves = new ArrayList<>();
        int i = 0;
        while (i < curveIndex.length) {
            int from = i;
            List<ForwardCurve.Point> points = new ArrayList<>();
            while (i < curveIndex.length && curveIndex[i].equals(curveIndex[from]) && curveBase[i].equals(curveBase[from])) {
                points.add(new ForwardCurve.Point(curveTenor[i], new BigDecimal(curveRate[i])));
                i++;
            }
            curves.add(new ForwardCurve(curveIndex[from], curveBase[from], points));
        }
        return curves;
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

    /** One note under the base case and every scenario, by the core's position pricer, rates set from the index data. */
    public PositionResult price(Position position) {
        return PositionPricer.price(position, asOf, curve(), indices(), scenarios(), ladder);
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
        if (ladder) {
            m.put("sensitivity_ladder_bp", com.notefolio.core.pricer.SensitivityLadder.SHIFTS_BP);
        }
        m.put("yield_basis", "XIRR: annual compounding on actual days / 365 from the as-of date");
        m.put("amounts", "minor units of each row's currency (cents for USD), exact");
        m.put("weights", "coupon and WAL weighted by outstanding principal; yield and durations by clean price + accrued");
        m.put("index_data", describeIndexData());
        m.put("scenarios", scenariosJson == null ? List.of() : caseNames().subList(1, caseNames().size()));
        return m;
    }

    /**
     * Per index, its fixings (count, first and last date) and how it is projected past the last: "forward
     * curve" or "last fixing held flat" (the core's rule, {@link IndexData}); empty without index data.
     */
    private Map<String, Object> describeIndexData() {
        TreeSet<String> names = new TreeSet<>(List.of(fixingIndex));
        names.addAll(List.of(curveIndex));
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : names) {
            TreeMap<LocalDate, String> dates = new TreeMap<>();
            for (int i = 0; i < fixingIndex.length; i++) {
                if (fixingIndex[i].equals(name)) {
                    dates.put(fixingDate[i], fixingRate[i]);
                }
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("fixings", dates.size());
            d.put("first_fixing", dates.isEmpty() ? null : dates.firstKey().toString());
            d.put("last_fixing", dates.isEmpty() ? null : dates.lastKey().toString());
            d.put("projection", List.of(curveIndex).contains(name) ? "forward curve" : "last fixing held flat");
            out.put(name, d);
        }
        return out;
    }

    /** The scenario set JSON, or null. */
    public String scenariosJson() {
        return scenariosJson;
    }
}
