package com.notefolio.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.notefolio.core.scenario.DatedAdvance;
import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.EventOfDefault;
import com.notefolio.core.scenario.IndexPath;
import com.notefolio.core.scenario.InvalidScenarioException;
import com.notefolio.core.scenario.PrepaymentMode;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.RateShockTarget;
import com.notefolio.core.scenario.Recovery;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one scenario set tree of {@link ScenarioJson}'s format, collecting every error (with the source
 * and the field path) instead of stopping at the first. The reader owns the file's shape: which fields
 * exist, their JSON types, how numbers, percentages, amounts and dates are written, what is required.
 * The rules on values — ranges, signs, lengths, dates in order, names in a set — are the scenario
 * values' own: the reader builds each value, and a value's {@link InvalidScenarioException} becomes an
 * error at the field's path with the text the file holds there. A part with an error gives {@code null};
 * the set is only used when there is none.
 */
final class ScenarioJsonReader {

    private static final Set<String> SET_FIELDS = fields("name", "scenarios");
    private static final Set<String> SCENARIO_FIELDS = fields("name", "prepayments", "draws", "prepaymentSpeed",
            "defaultSpeed", "eventsOfDefault", "rateShockBp", "rateShockTarget", "indexPath", "premiumsOnSpeed");
    private static final Set<String> INDEX_PATH_FIELDS = fields("index", "start", "levels");
    private static final Set<String> PREPAYMENT_FIELDS = fields("note", "date", "amount", "payoff", "mode");
    private static final Set<String> DRAW_FIELDS = fields("note", "date", "amount");
    private static final Set<String> SPEED_KINDS = fields("cpr", "smm", "psa", "cprVector");
    private static final Set<String> DEFAULT_SPEED_FIELDS = fields("cdr", "severity", "recoveryLagMonths");
    private static final Set<String> EVENT_FIELDS =
            fields("note", "missedPayment", "notice", "collectionCosts", "recovery");
    private static final Set<String> RECOVERY_FIELDS = fields("amount", "date", "collateral");
    private static final Set<String> COLLATERAL_FIELDS = fields("value", "haircut", "costs", "lagMonths");
    /** The value's reason for a rate above one, to which the file's own spelling hint is added. */
    private static final String AT_MOST_ONE = "must be at most 1 (100%)";

    private final String source;
    final List<InputError> errors = new ArrayList<>();

    ScenarioJsonReader(String source) {
        this.source = source;
    }

    ScenarioSet set(JsonNode root, String defaultName) {
        JsonNode list;
        String name = defaultName;
        if (root != null && root.isArray()) {
            list = root;
        } else if (root != null && root.isObject()) {
            requireKnown(root, "", SET_FIELDS);
            String given = text(root, "", "name");
            name = given == null ? name : given;
            list = root.get("scenarios");
            if (list == null || list.isNull()) {
                error("scenarios", null, "is required: the list of scenarios");
                return null;
            }
            if (!list.isArray()) {
                error("scenarios", shown(list), "must be an array of scenarios");
                return null;
            }
        } else if (root == null || root.isMissingNode()) {
            error("$", null, "the file is empty; it must hold a JSON object {\"name\": …, \"scenarios\": […]} "
                    + "or an array of scenarios");
            return null;
        } else {
            error("$", shown(root), "the file must hold a JSON object "
                    + "{\"name\": …, \"scenarios\": […]} or an array of scenarios");
            return null;
        }
        if (list.isEmpty()) {
            error("scenarios", null, "is empty: give at least one scenario");
            return null;
        }
        if (list.size() > ScenarioSet.MAX_SCENARIOS) {
            // The set's own rule, checked before reading a thousand scenarios that would be refused.
            error("scenarios", null, ScenarioSet.tooMany(list.size()));
            return null;
        }
        List<Scenario> scenarios = new ArrayList<>(list.size());
        ScenarioSet.Names names = new ScenarioSet.Names();
        for (int i = 0; i < list.size(); i++) {
            scenarios.add(scenario(list.get(i), i, names));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String setName = name;
        JsonNode object = root.isObject() ? root : null;
        // Every scenario rule of the set was applied above, in file order; what can be left is the set's name.
        return build("", object, () -> new ScenarioSet(setName, scenarios));
    }

    private Scenario scenario(JsonNode n, int index, ScenarioSet.Names names) {
        String at = "scenarios[" + index + "]";
        if (n == null || !n.isObject()) {
            error(at, shown(n), "must be a JSON object {\"name\": …, …}");
            return null;
        }
        int before = errors.size();
        JsonNode nameNode = n.get("name");
        if (nameNode != null && nameNode.isTextual() && !nameNode.textValue().isBlank()) {
            // The name in every path, quoted as JSON quotes it, so a name with a quote or a dot stays readable.
            at = at + " " + TextNode.valueOf(shorten(nameNode.textValue())).toString();
        }
        requireKnown(n, at, SCENARIO_FIELDS);
        boolean nameIsText = nameNode == null || nameNode.isNull() || nameNode.isTextual();
        if (!nameIsText) {
            error(join(at, "name"), shown(nameNode), "must be a string");
        }
        String name = nameIsText && nameNode != null && !nameNode.isNull() ? nameNode.textValue() : null;
        Double shock = rateShock(n, at);
        RateShockTarget target = rateShockTarget(n, at);
        int nameErrors = errors.size();
        if (nameIsText) {
            String scenarioAt = at;
            // The scenario's own fields (name, rate shock) first, so their problems are reported even when
            // a part is refused, and before the parts'.
            build(at, n, () -> new Scenario(name, null, null, null, null, shock == null ? 0 : shock, target, null));
            String namePath = join(scenarioAt, "name");
            boolean nameRefused = errors.subList(nameErrors, errors.size()).stream()
                    .anyMatch(e -> namePath.equals(e.field()));
            if (!nameRefused && name != null) {
                String clash = names.add(index, name);
                if (clash != null) {
                    error(join(scenarioAt, "name"), name, clash);
                }
            }
        }
        List<DatedPrepayment> prepayments = list(n, at, "prepayments", this::prepayment);
        List<DatedAdvance> draws = list(n, at, "draws", this::draw);
        PrepaymentSpeed speed = prepaymentSpeed(n.get("prepaymentSpeed"), join(at, "prepaymentSpeed"));
        DefaultSpeed defaultSpeed = defaultSpeed(n.get("defaultSpeed"), join(at, "defaultSpeed"));
        List<EventOfDefault> events = list(n, at, "eventsOfDefault", this::eventOfDefault);
        IndexPath path = indexPath(n.get("indexPath"), join(at, "indexPath"));
        Boolean premiumsOnSpeed = bool(n, at, "premiumsOnSpeed");
        if (errors.size() > before) {
            return null;
        }
        Scenario scenario = build(at, n, () -> new Scenario(name, prepayments, speed, defaultSpeed, events,
                shock == null ? 0 : shock, target, path, Boolean.TRUE.equals(premiumsOnSpeed), draws));
        if (scenario != null) {
            String nothing = ScenarioSet.changesNothing(scenario);
            if (nothing != null) {
                error(at, null, nothing);
                return null;
            }
        }
        return scenario;
    }

    private interface Element<T> {
        T read(JsonNode n, String at);
    }

    /** An optional array of objects; absent gives an empty list. */
    private <T> List<T> list(JsonNode parent, String at, String name, Element<T> element) {
        JsonNode n = parent.get(name);
        String path = join(at, name);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            error(path, shown(n), "must be an array of objects");
            return List.of();
        }
        if (n.isEmpty()) {
            error(path, null, "is empty: leave the field out or give at least one");
            return List.of();
        }
        List<T> items = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonNode item = n.get(i);
            if (!item.isObject()) {
                error(itemPath, shown(item), "must be a JSON object");
                continue;
            }
            items.add(element.read(item, itemPath));
        }
        return items;
    }

    private DatedPrepayment prepayment(JsonNode n, String at) {
        int before = errors.size();
        requireKnown(n, at, PREPAYMENT_FIELDS);
        String note = text(n, at, "note");
        LocalDate date = date(n, at, "date");
        BigDecimal amount = amount(n, at, "amount");
        Boolean payoff = bool(n, at, "payoff");
        PrepaymentMode mode = mode(n, at);
        boolean hasAmount = present(n, "amount");
        if (Boolean.TRUE.equals(payoff) && hasAmount) {
            error(join(at, "payoff"), "true", "a payoff pays the whole balance: give either \"payoff\": true "
                    + "or an amount, not both");
        } else if (Boolean.FALSE.equals(payoff) && !hasAmount) {
            error(join(at, "payoff"), "false", "a partial prepayment needs an amount");
        } else if (payoff == null && !hasAmount) {
            // After the value's own problems, which come first in the file's order (note, date).
            build(at, n, () -> DatedPrepayment.payoff(note, date));
            error(join(at, "amount"), null, "is required: give the amount prepaid, or \"payoff\": true");
            return null;
        }
        if (Boolean.TRUE.equals(payoff) && present(n, "mode")) {
            error(join(at, "mode"), n.get("mode").asText(), "applies to a partial prepayment only; a payoff "
                    + "ends the note");
        }
        if (errors.size() > before) {
            return null;
        }
        return build(at, n, () -> Boolean.TRUE.equals(payoff) ? DatedPrepayment.payoff(note, date)
                : new DatedPrepayment(note, date, amount, mode));
    }

    /** A draw: the note, the date and the amount lent, all three required. */
    private DatedAdvance draw(JsonNode n, String at) {
        int before = errors.size();
        requireKnown(n, at, DRAW_FIELDS);
        String note = text(n, at, "note");
        LocalDate date = date(n, at, "date");
        BigDecimal amount = amount(n, at, "amount");
        if (errors.size() > before) {
            return null;
        }
        return build(at, n, () -> new DatedAdvance(note, date, amount));
    }

    private PrepaymentMode mode(JsonNode n, String at) {
        JsonNode v = n.get("mode");
        if (v == null || v.isNull()) {
            return PrepaymentMode.REDUCE_TERM;
        }
        String text = v.isTextual() ? v.textValue() : null;
        if (text != null) {
            String constant = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (PrepaymentMode m : PrepaymentMode.values()) {
                if (m.name().equals(constant)) {
                    return m;
                }
            }
        }
        error(join(at, "mode"), shown(v), "not one of REDUCE_TERM, REDUCE_PAYMENT");
        return null;
    }

    private PrepaymentSpeed prepaymentSpeed(JsonNode n, String at) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            error(at, shown(n), "must be a JSON object with one of cpr, smm, psa, cprVector");
            return null;
        }
        int before = errors.size();
        requireKnown(n, at, SPEED_KINDS);
        List<String> kinds = SPEED_KINDS.stream().filter(k -> present(n, k)).toList();
        if (kinds.isEmpty()) {
            if (errors.size() == before) {
                error(at, null, "needs one speed: cpr, smm, psa or cprVector");
            }
            return null;
        }
        if (kinds.size() > 1) {
            error(at, null, "gives " + String.join(" and ", kinds) + ": give one speed kind only "
                    + "(one scenario per speed; a combination of speeds is not defined)");
            return null;
        }
        String kind = kinds.get(0);
        if (kind.equals("cprVector")) {
            return vector(n, at);
        }
        Double value = kind.equals("psa")
                ? number(n.get("psa"), join(at, "psa"), false, "not a number (write the PSA speed such as 150; "
                        + "100 PSA is the standard ramp to 6% CPR)")
                : rate(n, at, kind);
        if (value == null || errors.size() > before) {
            return null;
        }
        return build(at, n, () -> switch (kind) {
            case "cpr" -> PrepaymentSpeed.cpr(value);
            case "smm" -> PrepaymentSpeed.smm(value);
            default -> PrepaymentSpeed.psa(value);
        });
    }

    private PrepaymentSpeed vector(JsonNode n, String at) {
        String path = join(at, "cprVector");
        JsonNode v = n.get("cprVector");
        if (!v.isArray()) {
            error(path, shown(v), "must be an array of annual CPRs, one a projection month");
            return null;
        }
        if (v.size() > PrepaymentSpeed.MAX_VECTOR_MONTHS) {
            // The vector's own rule, checked before reading the months it would refuse.
            error(path, null, PrepaymentSpeed.CprVector.tooLong(v.size()));
            return null;
        }
        List<Double> cprs = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            cprs.add(number(v.get(i), path + "[" + i + "]", true, RATE_NOT_A_NUMBER));
        }
        return cprs.contains(null) ? null : build(at, n, () -> PrepaymentSpeed.cprVector(cprs));
    }

    private DefaultSpeed defaultSpeed(JsonNode n, String at) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            error(at, shown(n), "must be a JSON object {\"cdr\": …, \"severity\": …, \"recoveryLagMonths\": …}");
            return null;
        }
        int before = errors.size();
        requireKnown(n, at, DEFAULT_SPEED_FIELDS);
        Double cdr = rate(n, at, "cdr");
        Double severity = rate(n, at, "severity");
        Integer lag = wholeMonths(n, at, "recoveryLagMonths");
        if (!present(n, "cdr")) {
            error(join(at, "cdr"), null, "is required: the constant default rate a year, such as 0.02");
        }
        if (!present(n, "severity")) {
            error(join(at, "severity"), null, "is required: the share of the defaulted balance lost, "
                    + "such as 0.40");
        }
        if (errors.size() > before) {
            return null;
        }
        return build(at, n, () -> new DefaultSpeed(cdr, severity, lag == null ? 0 : lag));
    }

    private EventOfDefault eventOfDefault(JsonNode n, String at) {
        int before = errors.size();
        requireKnown(n, at, EVENT_FIELDS);
        String note = text(n, at, "note");
        LocalDate missed = date(n, at, "missedPayment");
        LocalDate notice = date(n, at, "notice");
        BigDecimal costs = amount(n, at, "collectionCosts");
        // The recovery's own errors are reported after the event's, as the event's fields come first.
        ScenarioJsonReader part = new ScenarioJsonReader(source);
        Recovery recovery = part.recovery(n.get("recovery"), join(at, "recovery"));
        boolean fileErrors = errors.size() > before;
        if (!fileErrors && part.errors.isEmpty()) {
            return build(at, n, () -> new EventOfDefault(note, missed, notice, costs, recovery));
        }
        if (!fileErrors) {
            // The event's own rules, without the refused recovery, whose errors follow.
            build(at, n, () -> new EventOfDefault(note, missed, notice, costs, null), "recovery");
        }
        errors.addAll(part.errors);
        return null;
    }

    private Recovery recovery(JsonNode n, String at) {
        if (n == null || n.isNull()) {
            error(at, null, "is required: {\"amount\": …, \"date\": …} or {\"collateral\": {…}}");
            return null;
        }
        if (!n.isObject()) {
            error(at, shown(n), "must be a JSON object {\"amount\": …, \"date\": …} or {\"collateral\": {…}}");
            return null;
        }
        int before = errors.size();
        requireKnown(n, at, RECOVERY_FIELDS);
        boolean stated = present(n, "amount") || present(n, "date");
        boolean collateral = present(n, "collateral");
        if (stated && collateral) {
            error(at, null, "gives both a stated amount and collateral: give {\"amount\", \"date\"} "
                    + "or {\"collateral\"}, not both");
            return null;
        }
        if (collateral) {
            return collateral(n, at);
        }
        if (!stated) {
            if (errors.size() == before) {
                error(at, null, "needs amount and date, or collateral");
            }
            return null;
        }
        BigDecimal amount = amount(n, at, "amount");
        LocalDate date = date(n, at, "date");
        if (errors.size() > before) {
            return null;
        }
        Recovery recovery = build(at, n, () -> Recovery.of(amount, date));
        if (date == null) {
            // A value may leave the date to the acceleration; a file states it.
            error(join(at, "date"), null, "is required");
            return null;
        }
        return recovery;
    }

    private Recovery collateral(JsonNode recovery, String at) {
        JsonNode n = recovery.get("collateral");
        String path = join(at, "collateral");
        if (!n.isObject()) {
            error(path, shown(n), "must be a JSON object {\"value\", \"haircut\", \"costs\", \"lagMonths\"}");
            return null;
        }
        int before = errors.size();
        requireKnown(n, path, COLLATERAL_FIELDS);
        // Absent: the value the note states; the projection reports a note that states none.
        BigDecimal value = amount(n, path, "value");
        Double haircut = rate(n, path, "haircut");
        BigDecimal costs = amount(n, path, "costs");
        Integer lag = wholeMonths(n, path, "lagMonths");
        if (errors.size() > before) {
            return null;
        }
        return build(at, recovery, () -> Recovery.fromCollateral(value, haircut == null ? 0 : haircut,
                costs == null ? BigDecimal.ZERO : costs, lag == null ? 0 : lag));
    }

    private Double rateShock(JsonNode n, String at) {
        JsonNode v = n.get("rateShockBp");
        if (v == null || v.isNull()) {
            return null;
        }
        // The range is the scenario's rule; the file's is that it is a number.
        return number(v, join(at, "rateShockBp"), false, "not a number (write basis points such as 200 or -50)");
    }

    /** What the rate shock moves; absent gives {@code null}, which the scenario reads as BOTH. */
    private RateShockTarget rateShockTarget(JsonNode n, String at) {
        JsonNode v = n.get("rateShockTarget");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            String constant = v.textValue().strip().toUpperCase(Locale.ROOT);
            for (RateShockTarget t : RateShockTarget.values()) {
                if (t.name().equals(constant)) {
                    return t;
                }
            }
        }
        error(join(at, "rateShockTarget"), shown(v), "not one of DISCOUNT, INDEX, BOTH (what the rate shock moves: "
                + "the discount curve, the index projections, or both)");
        return null;
    }

    /** An index path {"index", "start": "yyyy-mm", "levels": [...]}; absent gives {@code null}. */
    private IndexPath indexPath(JsonNode n, String at) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            error(at, shown(n), "must be a JSON object {\"index\": …, \"start\": \"yyyy-mm\", \"levels\": […]}");
            return null;
        }
        int before = errors.size();
        requireKnown(n, at, INDEX_PATH_FIELDS);
        String index = text(n, at, "index");
        YearMonth start = null;
        JsonNode s = n.get("start");
        if (s != null && !s.isNull()) {
            try {
                start = s.isTextual() ? YearMonth.parse(s.textValue().strip()) : null;
            } catch (DateTimeParseException e) {
                // reported below
            }
            if (start == null) {
                error(join(at, "start"), shown(s), "not a month (yyyy-mm, such as 2025-01): the month of the first level");
            }
        }
        List<BigDecimal> levels = null;
        JsonNode v = n.get("levels");
        String path = join(at, "levels");
        if (v != null && !v.isNull()) {
            if (!v.isArray()) {
                error(path, shown(v), "must be an array of monthly index levels, such as [0.05, 0.0525]");
            } else if (v.size() > IndexPath.MAX_MONTHS) {
                // The path's own rule, checked before reading the months it would refuse.
                error(path, null, v.size() + " months; a path may hold at most " + IndexPath.MAX_MONTHS + " (100 years)");
            } else {
                levels = new ArrayList<>(v.size());
                for (int i = 0; i < v.size(); i++) {
                    BigDecimal level = decimal(v.get(i), true);
                    if (level == null) {
                        error(path + "[" + i + "]", shown(v.get(i)), RATE_NOT_A_NUMBER);
                    }
                    levels.add(level);
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        YearMonth month = start;
        List<BigDecimal> given = levels;
        return build(at, n, () -> new IndexPath(index, month, given));
    }

    // ------------------------------------------------------------------------------ building values

    /** {@link #build(String, JsonNode, Supplier, String)} keeping every problem. */
    private <T> T build(String at, JsonNode n, Supplier<T> value) {
        return build(at, n, value, null);
    }

    /**
     * Builds a value, turning its problems into errors at {@code at} + the problem's field, showing the
     * text the file holds at that field; a problem of the field {@code skip} is left out (its part has
     * reported its own errors). Gives {@code null} when the value refused.
     */
    private <T> T build(String at, JsonNode n, Supplier<T> value, String skip) {
        try {
            return value.get();
        } catch (InvalidScenarioException e) {
            for (InvalidScenarioException.Problem p : e.problems()) {
                if (p.field().equals(skip)) {
                    continue;
                }
                // The file's text where the value judged what was given; nothing where it found nothing.
                JsonNode given = p.value() == null ? null : find(n, p.field());
                String shown = given == null ? p.value() : shown(given);
                String reason = p.reason();
                if (reason.equals(AT_MOST_ONE) && given != null && !isPercent(given)) {
                    BigDecimal d = decimal(given, false);
                    if (d != null && d.compareTo(BigDecimal.valueOf(100)) <= 0) {
                        reason += "; a rate is a fraction: 10% is 0.10 or \"10%\"";
                    }
                }
                error(join(at, p.field()), shown, reason);
            }
            return null;
        }
    }

    /** The node at a value's field path ({@code collateral.haircut}, {@code cprVector[2]}) under {@code n}. */
    private static JsonNode find(JsonNode n, String path) {
        JsonNode at = n;
        for (String part : path.split("\\.")) {
            if (at == null) {
                return null;
            }
            int bracket = part.indexOf('[');
            at = at.get(bracket < 0 ? part : part.substring(0, bracket));
            while (at != null && bracket >= 0) {
                int close = part.indexOf(']', bracket);
                at = at.get(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return at == null || at.isNull() ? null : at;
    }

    // ------------------------------------------------------------------------------ the file's spelling

    private static final String RATE_NOT_A_NUMBER =
            "not a number (write a fraction such as 0.10 or a percentage such as \"10%\")";

    /** A string field's text; a non-string is an error. Absent gives {@code null}, for the value to judge. */
    private String text(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            error(join(at, field), shown(v), "must be a string");
            return null;
        }
        return v.textValue();
    }

    private LocalDate date(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            try {
                return LocalDate.parse(v.textValue().strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(join(at, field), shown(v), "not an ISO date (yyyy-mm-dd, such as 2004-06-12)");
        return null;
    }

    /** An exact amount as a plain decimal (a JSON string or number); its sign is the value's to judge. */
    private BigDecimal amount(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        BigDecimal d = isPercent(v) ? null : decimal(v, false);
        if (d == null) {
            error(join(at, field), shown(v), "not an amount (write a plain decimal such as \"50000.00\")");
        }
        return d;
    }

    /** A rate: a JSON number or string ({@code 0.10}) or a percentage string ({@code "10%"}); absent gives null. */
    private Double rate(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : number(v, join(at, field), true, RATE_NOT_A_NUMBER);
    }

    /** A number as a double (NaN and infinities included, for the value to refuse); else an error and null. */
    private Double number(JsonNode v, String path, boolean percentAllowed, String notANumber) {
        if (v != null && v.isNumber() && !finite(v)) {
            return v.doubleValue();
        }
        BigDecimal d = decimal(v, percentAllowed);
        if (d == null) {
            error(path, shown(v), notANumber);
            return null;
        }
        return d.doubleValue();
    }

    /** A whole number of months; its range is the value's to judge. */
    private Integer wholeMonths(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() && !(v.isNumber() && isWhole(v.decimalValue()))) {
            error(join(at, field), shown(v), "must be a whole number of months");
            return null;
        }
        BigDecimal d = v.decimalValue();
        // Beyond an int, the nearest int is as far out of range as the value.
        return d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE
                : d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0 ? Integer.MIN_VALUE : d.intValueExact();
    }

    private Boolean bool(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            error(join(at, field), shown(v), "must be true or false");
            return null;
        }
        return v.booleanValue();
    }

    private void requireKnown(JsonNode n, String at, Set<String> known) {
        for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String suggestion = closest(name, known);
                error(join(at, name), null, "unknown field"
                        + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")
                        + "; the known fields here are " + String.join(", ", known));
            }
        }
    }

    private void error(String path, String value, String reason) {
        errors.add(InputError.inField(source, path.isEmpty() ? "$" : path, value, reason));
    }

    private static String join(String at, String name) {
        return at.isEmpty() ? name : name.startsWith("[") ? at + name : at + "." + name;
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    /** The source's file name without its extension: {@code q3.json} names the set {@code q3}. */
    static String baseName(String source) {
        String name = source == null || source.isBlank() ? "scenarios" : source.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // ---------------------------------------------------------------------------------------- values

    private static boolean present(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && !v.isNull();
    }

    /** An exact decimal from a JSON number or a plain decimal string (with {@code %} when allowed); else null. */
    private static BigDecimal decimal(JsonNode v, boolean percentAllowed) {
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            if (!finite(v)) {
                return null;
            }
            // Bounded before anything else (1e999999999 would take gigabytes to rescale); 1E+5 read from a
            // JSON number comes back as 100000, so it writes and compares as written.
            try {
                return DecimalText.bounded(v.decimalValue());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (!v.isTextual()) {
            return null;
        }
        String text = v.textValue().strip();
        boolean percent = percentAllowed && text.endsWith("%");
        if (percent) {
            text = text.substring(0, text.length() - 1).strip();
        }
        try {
            BigDecimal d = DecimalText.parse(text);
            return percent ? d.movePointLeft(2) : d;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isPercent(JsonNode v) {
        return v.isTextual() && v.textValue().strip().endsWith("%");
    }

    private static boolean finite(JsonNode v) {
        return v == null || !v.isNumber() || !(v.isDouble() || v.isFloat()) || Double.isFinite(v.doubleValue());
    }

    private static boolean isWhole(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** The value as the message shows it: a string's text, anything else as JSON. */
    private static String shown(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (!finite(v)) {
            return String.valueOf(v.doubleValue()); // NaN, not "NaN" as JSON would quote it
        }
        // A number as BigDecimal writes it (1E-999999999, not a billion zeros); any value cut for the message.
        return DecimalText.quoted(v.isTextual() ? v.textValue()
                : v.isBigDecimal() ? v.decimalValue().toString() : v.toString());
    }

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }

    /** The known field one or two edits away from {@code name}, or differing only in case; else null. */
    private static String closest(String name, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = k.equalsIgnoreCase(name) ? 0 : distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Thrown by {@link LimitedReader} past its limit, so that a huge stream is refused without reading it all. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("too large");
        }
    }

    /** A reader that fails once more than {@code limit} characters have been read. */
    static final class LimitedReader extends FilterReader {
        private final long limit;
        private long count;

        LimitedReader(Reader in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            count += n;
            if (count > limit) {
                throw new TooLargeException();
            }
        }

        @Override
        public void close() {
            // The caller owns the reader.
        }
    }
}
