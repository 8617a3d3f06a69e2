package com.notefolio.reports.workbook;

import com.notefolio.core.cli.Main;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.io.ScenarioJson;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.core.scenario.DatedAdvance;
import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.EventOfDefault;
import com.notefolio.core.scenario.PrepaymentMode;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Recovery;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * What an export was computed from, recorded in every workbook (the Assumptions sheet) and beside every
 * CSV table ({@code assumptions.csv}): the as-of date, the discounting (rate or curve), the price basis,
 * the scenario definitions, the input files and the Notefolio version. A figure read months later can be
 * traced to its inputs.
 *
 * @param asOf        the valuation date
 * @param discounting the discount rate or zero curve, in words, with its compounding basis
 * @param priceBasis  how the notes' prices were taken
 * @param scenarioSet the scenario set's name, or null when the export has no scenarios
 * @param scenarios   each scenario's name and its definition as Notefolio's scenario JSON
 * @param inputs      the input files (or the database portfolio) the notes came from
 * @param version     the Notefolio version that wrote the export
 * @param indexData   the index fixings and projections floating rates were set from ({@link IndexData#NONE}
 *                    for an export that read none); the export prices with it, so the record and the figures
 *                    cannot disagree
 */
public record ExportAssumptions(LocalDate asOf, String discounting, String priceBasis, String scenarioSet,
                                List<ScenarioDefinition> scenarios, List<String> inputs, String version,
                                IndexData indexData) {

    /** The price basis of every export: the notes' stated clean prices, par where none is stated. */
    public static final String PRICE_BASIS = "Clean price as stated for each note (an amount in its currency);"
            + " par (the outstanding principal) where none is stated. Dirty price = clean price + accrued interest.";

    /**
     * One scenario: its name, its definition, what its prepayments and defaults do in words ({@code null}
     * for a scenario with neither) and what its rates move in words ({@code null} for a scenario that moves
     * no rate): the JSON leaves out a rate shock's default target (both), and a floating note's figures
     * depend on it.
     */
    public record ScenarioDefinition(String name, String json, String flows, String rates) {
        public ScenarioDefinition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(json, "json");
        }

        public ScenarioDefinition(String name, String json, String rates) {
            this(name, json, null, rates);
        }

        public ScenarioDefinition(String name, String json) {
            this(name, json, null, null);
        }
    }

    public ExportAssumptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(discounting, "discounting");
        Objects.requireNonNull(priceBasis, "priceBasis");
        scenarios = List.copyOf(scenarios);
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(indexData, "indexData");
    }

    /** The assumptions of an export as of {@code asOf} on {@code curve}: no scenarios, no inputs named yet. */
    public static ExportAssumptions of(LocalDate asOf, DiscountCurve curve) {
        return new ExportAssumptions(asOf, describe(curve), PRICE_BASIS, null, List.of(), List.of(), currentVersion(),
                IndexData.NONE);
    }

    /** What a caller that recorded nothing but the as-of date gives: the discounting is not known here. */
    public static ExportAssumptions unrecorded(LocalDate asOf) {
        return new ExportAssumptions(asOf, "not recorded by the caller", PRICE_BASIS, null, List.of(), List.of(),
                currentVersion(), IndexData.NONE);
    }

    /** The same, with the input files (or other sources) the notes were read from. */
    public ExportAssumptions withInputs(List<String> sources) {
        return new ExportAssumptions(asOf, discounting, priceBasis, scenarioSet, scenarios, sources, version,
                indexData);
    }

    /**
     * The same, pricing with (and recording) {@code data}: the fixings and projections floating rates are
     * set from. The files it was read from belong in {@link #withInputs}.
     */
    public ExportAssumptions withIndexData(IndexData data) {
        return new ExportAssumptions(asOf, discounting, priceBasis, scenarioSet, scenarios, inputs, version, data);
    }

    /** The same, with the scenarios of {@code set} (each compared with the base case). */
    public ExportAssumptions withScenarios(ScenarioSet set) {
        List<ScenarioDefinition> defs = new ArrayList<>();
        for (Scenario s : set.scenarios()) {
            defs.add(new ScenarioDefinition(s.name(), definition(set.name(), s), flows(s), rates(s)));
        }
        return new ExportAssumptions(asOf, discounting, priceBasis, set.name(), defs, inputs, version, indexData);
    }

    /**
     * What a scenario's prepayments and defaults are, in words, as the what-if screen's editor takes them:
     * the prepayment speed, the default speed (CDR, loss severity, recovery lag), each dated prepayment, each
     * draw and each event of default with its recovery; {@code null} when it has none of them.
     */
    static String flows(Scenario s) {
        List<String> parts = new ArrayList<>();
        if (s.prepaymentSpeed() != null) {
            parts.add("prepayment speed " + speed(s.prepaymentSpeed()) + " on every note");
        }
        DefaultSpeed d = s.defaultSpeed();
        if (d != null) {
            parts.add("default speed " + percent(d.cdr()) + " CDR with " + percent(d.severity()) + " loss severity on"
                    + " every note, recovered " + d.recoveryLagMonths() + " months after default");
        }
        for (DatedPrepayment p : s.prepayments()) {
            parts.add(p.isPayoff() ? "payoff of note " + p.noteId() + " on " + p.date()
                    : "prepayment of " + p.amount().toPlainString() + " on note " + p.noteId() + " on " + p.date()
                            + (p.mode() == PrepaymentMode.REDUCE_PAYMENT
                                    ? " (same term, lower payments)" : " (same payments, shorter term)"));
        }
        for (DatedAdvance a : s.draws()) {
            parts.add("draw of " + a.amount().toPlainString() + " on note " + a.noteId() + " on " + a.date()
                    + " (the holder lends more)");
        }
        for (EventOfDefault e : s.eventsOfDefault()) {
            String event = "event of default on note " + e.noteId() + ": payment of " + e.missedPaymentDate()
                    + " missed, notice " + e.noticeDate();
            if (e.collectionCosts() != null && e.collectionCosts().signum() != 0) {
                event += ", collection costs " + e.collectionCosts().toPlainString();
            }
            parts.add(event + ", " + recovery(e.recovery()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String speed(PrepaymentSpeed speed) {
        if (speed instanceof PrepaymentSpeed.Cpr c) {
            return percent(c.cpr()) + " CPR";
        }
        if (speed instanceof PrepaymentSpeed.Smm m) {
            return percent(m.smm()) + " SMM";
        }
        if (speed instanceof PrepaymentSpeed.Psa p) {
            return BigDecimal.valueOf(p.psa()).stripTrailingZeros().toPlainString() + " PSA";
        }
        PrepaymentSpeed.CprVector v = (PrepaymentSpeed.CprVector) speed;
        return "a CPR vector of " + v.cprs().size() + " months from " + percent(v.cprs().get(0)) + " to "
                + percent(v.cprs().get(v.cprs().size() - 1)) + " (the last held after)";
    }

    private static String recovery(Recovery r) {
        if (r instanceof Recovery.Stated st) {
            return "recovery of " + st.amount().toPlainString() + " "
                    + (st.date() == null ? "on the acceleration date" : "on " + st.date());
        }
        Recovery.Collateral c = (Recovery.Collateral) r;
        return "recovery from the collateral (" + (c.value() == null ? "its stated value" : c.value().toPlainString())
                + " less a " + percent(c.haircut()) + " haircut"
                + (c.costs().signum() == 0 ? "" : " and costs of " + c.costs().toPlainString()) + ") "
                + c.lagMonths() + " months after acceleration";
    }

    /**
     * What a scenario's rates move, in words: a rate shock's size and its target (the discount curve, the
     * index projections, or both), and an index path; {@code null} when it moves no rate.
     */
    static String rates(Scenario s) {
        List<String> parts = new ArrayList<>();
        if (s.rateShockBp() != 0) {
            String bp = BigDecimal.valueOf(s.rateShockBp()).stripTrailingZeros().toPlainString();
            String moves = switch (s.rateShockTarget()) {
                case DISCOUNT -> "the discount curve only (target DISCOUNT: coupons stay as projected)";
                case INDEX -> "the index projections only (target INDEX: floating coupons re-fixed, discounting unchanged)";
                case BOTH -> "the discount curve and the index projections together (target BOTH: floating coupons"
                        + " re-fixed)";
            };
            parts.add("rate shock " + (s.rateShockBp() > 0 ? "+" : "") + bp + " bp moving " + moves);
        }
        if (s.indexPath() != null) {
            parts.add("index path: " + s.indexPath().index() + " projected at " + s.indexPath().levels().size()
                    + " monthly levels from " + s.indexPath().start());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** A scenario as Notefolio's scenario JSON on one line; as Java states it if the JSON writer refuses it. */
    private static String definition(String setName, Scenario s) {
        try {
            return ScenarioJson.toJson(new ScenarioSet(setName, List.of(s))).replaceAll("\\R\\s*", " ").trim();
        } catch (IllegalArgumentException e) {
            return s.toString();
        }
    }

    /** The assumptions as labelled rows, in the order the Assumptions sheet and assumptions.csv give them. */
    public List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"As-of date", asOf.toString()});
        rows.add(new String[] {"Discounting", discounting});
        rows.add(new String[] {"Price basis", priceBasis});
        if (scenarioSet != null) {
            rows.add(new String[] {"Scenario set", scenarioSet});
            rows.add(new String[] {"Scenario: " + Scenario.BASE.name(), "no prepayment, default or rate shock"});
            for (ScenarioDefinition s : scenarios) {
                rows.add(new String[] {"Scenario: " + s.name(), s.json()});
                if (s.flows() != null) {
                    rows.add(new String[] {"Scenario: " + s.name() + ", prepayments and defaults", s.flows()});
                }
                if (s.rates() != null) {
                    rows.add(new String[] {"Scenario: " + s.name() + ", rates", s.rates()});
                }
            }
        }
        if (inputs.isEmpty()) {
            rows.add(new String[] {"Input", "not named by the caller"});
        }
        for (String input : inputs) {
            rows.add(new String[] {"Input", input});
        }
        for (String index : indexData.indices()) {
            rows.add(new String[] {"Index " + index, describe(indexData, index)});
        }
        rows.add(new String[] {"Notefolio version", version});
        return rows;
    }

    /**
     * What {@code data} holds for {@code index}, in words: its fixings (how many, first and last) and how
     * it is projected past the last — by its forward curve (base date and points), or the last fixing held
     * flat, the core's rule ({@link IndexData}).
     */
    public static String describe(IndexData data, String index) {
        List<IndexFixing> fixings = data.fixings(index);
        StringBuilder s = new StringBuilder();
        if (fixings.isEmpty()) {
            s.append("no fixings");
        } else {
            IndexFixing last = fixings.get(fixings.size() - 1);
            s.append(fixings.size()).append(fixings.size() == 1 ? " fixing, " : " fixings, ")
                    .append(fixings.get(0).date()).append(" to ").append(last.date());
        }
        s.append("; projected past the last fixing by ");
        Optional<ForwardCurve> curve = data.forwardCurve(index);
        if (curve.isPresent()) {
            ForwardCurve c = curve.get();
            s.append("its forward curve from ").append(c.baseDate()).append(':');
            for (int i = 0; i < c.points().size(); i++) {
                ForwardCurve.Point p = c.points().get(i);
                s.append(i == 0 ? " " : "; ").append(p.tenorMonths()).append("M ").append(percent(p.rate()));
            }
        } else {
            s.append("the last fixing held flat (no forward curve given)");
        }
        return s.toString();
    }

    /** An exact rate as a percentage, all its digits: 0.06375 is 6.375%. */
    public static String percent(BigDecimal rate) {
        BigDecimal p = rate.movePointRight(2).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }

    /** The discounting in words: a flat rate with its basis, or a zero curve's points. */
    public static String describe(DiscountCurve curve) {
        if (curve instanceof FlatRate f) {
            return "Flat discount rate " + percent(f.rate())
                    + ", annually compounded on actual days / 365 (Excel XNPV/XIRR basis)";
        }
        if (curve instanceof ZeroCurve z) {
            double[] t = z.tenors();
            double[] r = z.rates();
            StringBuilder s = new StringBuilder("Zero curve (annually compounded, actual/365; linear in tenor,"
                    + " flat beyond the ends):");
            for (int i = 0; i < t.length; i++) {
                s.append(i == 0 ? " " : "; ").append(BigDecimal.valueOf(t[i]).stripTrailingZeros().toPlainString())
                        .append("y ").append(percent(r[i]));
            }
            return s.toString();
        }
        return "Discount curve " + curve;
    }

    private static String percent(double rate) {
        return BigDecimal.valueOf(rate).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Notefolio's version as the command line states it ({@code notefolio --version}). */
    static String currentVersion() {
        Command command = Main.class.getAnnotation(Command.class);
        return command == null || command.version().length == 0 ? "Notefolio" : command.version()[0];
    }
}
