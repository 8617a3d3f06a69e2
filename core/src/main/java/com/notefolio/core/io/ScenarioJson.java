package com.notefolio.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.EventOfDefault;
import com.notefolio.core.scenario.PrepaymentMode;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Recovery;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of what-if scenarios as JSON: a set name and a list of named scenarios, each any combination of
 * dated prepayments and payoffs, a prepayment speed (CPR, SMM, PSA or a CPR vector), a default speed,
 * events of default with their recovery, and a rate shock. The format is documented in
 * {@code docs/scenarios.md}; {@code examples/scenarios.json} is a worked example.
 *
 * <p>Amounts are exact decimals, written as JSON strings ({@code "50000.00"}) and read from strings or
 * numbers without passing through a binary double. Rates and speeds are fractions ({@code 0.10}); a
 * string percentage ({@code "10%"}) is accepted too. Dates are ISO strings.
 *
 * <p>Reading is strict and complete: an unknown field is an error (a misspelt field must not be silently
 * ignored), and every error of the file is collected into one {@link InputException}, each naming the
 * field path with the scenario's index and name, such as {@code scenarios[2] "10 CPR".prepaymentSpeed.cpr}.
 * Checks that need the notes (a prepayment larger than the balance, a date outside the note's life, a
 * lockout) are the projection's. Files over {@value #MAX_BYTES} bytes or with more than
 * {@value #MAX_SCENARIOS} scenarios are refused. Writing then reading gives a set equal to the one written.
 */
public final class ScenarioJson {

    /** The largest file read: 10 MB (for a {@link Reader}, that many characters). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The most scenarios in one set. */
    public static final int MAX_SCENARIOS = 1_000;
    /** The longest CPR vector: 100 years of months. */
    public static final int MAX_VECTOR_MONTHS = 1_200;
    /** The largest recovery lag, in months. */
    public static final int MAX_LAG_MONTHS = 600;
    /** The largest PSA speed (100 PSA is the standard ramp to 6% CPR). */
    public static final int MAX_PSA = 10_000;
    /** The largest rate shock either way, in basis points (100%). */
    public static final int MAX_SHOCK_BP = 10_000;
    /** The longest scenario name, note id or set name. */
    public static final int MAX_NAME_CHARS = 100;

    /** The name reserved for the base case, which every run includes. */
    public static final String BASE = "base";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A repeated field would otherwise silently keep the last value.
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // NaN and Infinity parse, so that they are reported at their field with the other errors.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // 0.0000001, never 1E-7: rates are written as people write them.
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    /** One array element a line, and {@code \n} line ends whatever the platform, so files diff cleanly. */
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final Set<String> SET_FIELDS = fields("name", "scenarios");
    private static final Set<String> SCENARIO_FIELDS = fields("name", "prepayments", "prepaymentSpeed",
            "defaultSpeed", "eventsOfDefault", "rateShockBp");
    private static final Set<String> PREPAYMENT_FIELDS = fields("note", "date", "amount", "payoff", "mode");
    private static final Set<String> SPEED_KINDS = fields("cpr", "smm", "psa", "cprVector");
    private static final Set<String> DEFAULT_SPEED_FIELDS = fields("cdr", "severity", "recoveryLagMonths");
    private static final Set<String> EVENT_FIELDS =
            fields("note", "missedPayment", "notice", "collectionCosts", "recovery");
    private static final Set<String> RECOVERY_FIELDS = fields("amount", "date", "collateral");
    private static final Set<String> COLLATERAL_FIELDS = fields("value", "haircut", "costs", "lagMonths");

    private ScenarioJson() {
    }

    /** Reads a scenario set from a JSON file (UTF-8); messages name the file, and so does a set without a name. */
    public static ScenarioSet read(Path file) {
        String source = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new InputException(tooLarge(source, size + " bytes"));
        }
        try (Reader in = Utf8Input.open(file)) {
            return read(source, in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a scenario set from JSON text named {@code source} in messages (a set given as a bare array is
     * named after it, less any extension); {@code in} is left open.
     */
    public static ScenarioSet read(String source, Reader in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(new LimitedReader(in, MAX_BYTES));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(new InputError(source, at == null ? 0 : at.getLineNr(), null, null, null,
                    "malformed JSON: " + e.getOriginalMessage()));
        } catch (TooLargeException e) {
            throw new InputException(tooLarge(source, "more than " + MAX_BYTES + " characters"));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        Reading reading = new Reading(source);
        ScenarioSet set = reading.set(root, baseName(source));
        InputException.throwIfAny(reading.errors);
        return set;
    }

    /** Reads a scenario set from JSON text; messages name the source {@code scenarios.json}. */
    public static ScenarioSet fromJson(String json) {
        return read("scenarios.json", new StringReader(json));
    }

    /**
     * The set as pretty JSON text, ending with a line break.
     *
     * @throws IllegalArgumentException if the set would not read back (a scenario named "base", two
     *         scenarios of one name, a rate outside 0 to 1…): the messages say what and where
     */
    public static String toJson(ScenarioSet set) {
        ObjectNode tree = tree(set);
        Reading check = new Reading("scenario set \"" + set.name() + "\"");
        check.set(tree, set.name());
        if (!check.errors.isEmpty()) {
            throw new IllegalArgumentException(new InputException(check.errors).getMessage(),
                    new InputException(check.errors));
        }
        StringWriter out = new StringWriter();
        try {
            PRETTY.writeValue(out, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** Writes the set as pretty JSON to {@code out}, which is left open. */
    public static void write(ScenarioSet set, Writer out) {
        String json = toJson(set);
        try {
            out.write(json);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the set as pretty JSON (UTF-8) to {@code file}, replacing it atomically. */
    public static void write(ScenarioSet set, Path file) {
        String json = toJson(set);
        try (AtomicOutputFile out = AtomicOutputFile.create(file)) {
            out.writer().write(json);
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------- writing

    private static ObjectNode tree(ScenarioSet set) {
        ObjectNode root = MAPPER.createObjectNode().put("name", set.name());
        ArrayNode scenarios = root.putArray("scenarios");
        for (Scenario s : set.scenarios()) {
            scenarios.add(tree(s));
        }
        return root;
    }

    private static ObjectNode tree(Scenario s) {
        ObjectNode n = MAPPER.createObjectNode().put("name", s.name());
        if (!s.prepayments().isEmpty()) {
            ArrayNode list = n.putArray("prepayments");
            for (DatedPrepayment p : s.prepayments()) {
                ObjectNode e = list.addObject().put("note", p.noteId()).put("date", String.valueOf(p.date()));
                if (p.isPayoff()) {
                    e.put("payoff", true);
                } else {
                    e.put("amount", p.amount().toPlainString()).put("mode", p.mode().name());
                }
            }
        }
        PrepaymentSpeed speed = s.prepaymentSpeed();
        if (speed != null) {
            ObjectNode e = n.putObject("prepaymentSpeed");
            switch (speed.kind()) {
                case CPR -> e.set("cpr", number(speed.value()));
                case SMM -> e.set("smm", number(speed.value()));
                case PSA -> e.set("psa", number(speed.value()));
                case CPR_VECTOR -> {
                    ArrayNode v = e.putArray("cprVector");
                    speed.vector().forEach(x -> v.add(number(x)));
                }
            }
        }
        DefaultSpeed d = s.defaultSpeed();
        if (d != null) {
            n.putObject("defaultSpeed").<ObjectNode>set("cdr", number(d.cdr())).<ObjectNode>set("severity",
                    number(d.severity())).put("recoveryLagMonths", d.recoveryLagMonths());
        }
        if (!s.eventsOfDefault().isEmpty()) {
            ArrayNode list = n.putArray("eventsOfDefault");
            for (EventOfDefault ev : s.eventsOfDefault()) {
                ObjectNode e = list.addObject().put("note", ev.noteId())
                        .put("missedPayment", String.valueOf(ev.missedPaymentDate()))
                        .put("notice", String.valueOf(ev.noticeDate()));
                // The model reads an absent cost as BigDecimal.ZERO: leave out exactly that, so it reads back equal.
                if (!BigDecimal.ZERO.equals(ev.collectionCosts())) {
                    e.put("collectionCosts", ev.collectionCosts().toPlainString());
                }
                e.set("recovery", tree(ev.recovery()));
            }
        }
        if (s.rateShockBp() != 0) {
            n.set("rateShockBp", number(s.rateShockBp()));
        }
        return n;
    }

    private static ObjectNode tree(Recovery r) {
        ObjectNode n = MAPPER.createObjectNode();
        if (r == null) {
            return n;
        }
        if (r.isStated()) {
            return n.put("amount", r.amount().toPlainString()).put("date", String.valueOf(r.date()));
        }
        ObjectNode c = n.putObject("collateral");
        if (r.collateralValue() != null) {
            c.put("value", r.collateralValue().toPlainString());
        }
        c.set("haircut", number(r.haircut()));
        if (r.costs() != null) {
            c.put("costs", r.costs().toPlainString());
        }
        c.put("lagMonths", r.lagMonths());
        return n;
    }

    /**
     * A double as the shortest decimal that reads back to it ({@code 0.1}, not 0.1000000000000000055…), and
     * whole values without a fraction ({@code 200}, not 200.0). NaN and infinities stay doubles, so the
     * check in {@link #toJson} reports them.
     */
    private static JsonNode number(double x) {
        if (!Double.isFinite(x)) {
            return MAPPER.getNodeFactory().numberNode(x);
        }
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        return MAPPER.getNodeFactory().numberNode(d.scale() < 0 ? d.setScale(0) : d);
    }

    // ---------------------------------------------------------------------------------------- reading

    private static InputError tooLarge(String source, String size) {
        return InputError.inField(source, null, null, "the file is too large (" + size + "); a scenario file "
                + "may be at most 10 MB (" + MAX_BYTES + " bytes): split it into several sets");
    }

    /** The source's file name without its extension: {@code q3.json} names the set {@code q3}. */
    private static String baseName(String source) {
        String name = source == null || source.isBlank() ? "scenarios" : source.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    /**
     * Reads one scenario set tree, collecting every error (with {@code source} and the field path) instead
     * of stopping at the first. A part with an error gives {@code null}; the set is only used when there is none.
     */
    private static final class Reading {
        private final String source;
        private final List<InputError> errors = new ArrayList<>();

        Reading(String source) {
            this.source = source;
        }

        ScenarioSet set(JsonNode root, String defaultName) {
            JsonNode list;
            String name = defaultName;
            if (root != null && root.isArray()) {
                list = root;
            } else if (root != null && root.isObject()) {
                requireKnown(root, "", SET_FIELDS);
                String given = name(root, "", "name", false);
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
            if (list.size() > MAX_SCENARIOS) {
                error("scenarios", null, String.format(Locale.ROOT, "%,d scenarios; a set may hold at most %,d: "
                        + "split it into several sets", list.size(), MAX_SCENARIOS));
                return null;
            }
            List<Scenario> scenarios = new ArrayList<>(list.size());
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                scenarios.add(scenario(list.get(i), i, seen));
            }
            return errors.isEmpty() ? new ScenarioSet(name, scenarios) : null;
        }

        private Scenario scenario(JsonNode n, int index, Map<String, Integer> seen) {
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
            String name = name(n, at, "name", true);
            if (name != null) {
                String key = name.strip().toLowerCase(Locale.ROOT);
                if (key.equals(BASE)) {
                    error(join(at, "name"), name, "\"base\" is reserved for the base case, which every run "
                            + "includes; choose another name");
                } else if (seen.containsKey(key)) {
                    error(join(at, "name"), name, "duplicate scenario name: scenarios[" + seen.get(key)
                            + "] has it already (names are compared ignoring case and surrounding spaces)");
                } else {
                    seen.put(key, index);
                }
            }
            List<DatedPrepayment> prepayments = list(n, at, "prepayments", this::prepayment);
            PrepaymentSpeed speed = prepaymentSpeed(n.get("prepaymentSpeed"), join(at, "prepaymentSpeed"));
            DefaultSpeed defaultSpeed = defaultSpeed(n.get("defaultSpeed"), join(at, "defaultSpeed"));
            List<EventOfDefault> events = list(n, at, "eventsOfDefault", this::eventOfDefault);
            Double shock = rateShock(n, at);
            if (errors.size() > before) {
                return null;
            }
            Scenario scenario = new Scenario(name, prepayments, speed, defaultSpeed, events, shock == null ? 0 : shock);
            if (!scenario.changesFlows() && scenario.rateShockBp() == 0) {
                error(at, null, "changes nothing: give prepayments, prepaymentSpeed, defaultSpeed, "
                        + "eventsOfDefault or rateShockBp (the base case is always run)");
                return null;
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
            String note = name(n, at, "note", true);
            LocalDate date = date(n, at, "date", true);
            BigDecimal amount = amount(n, at, "amount", false, true);
            Boolean payoff = bool(n, at, "payoff");
            PrepaymentMode mode = mode(n, at);
            boolean hasAmount = present(n, "amount");
            if (Boolean.TRUE.equals(payoff) && hasAmount) {
                error(join(at, "payoff"), "true", "a payoff pays the whole balance: give either \"payoff\": true "
                        + "or an amount, not both");
            } else if (Boolean.FALSE.equals(payoff) && !hasAmount) {
                error(join(at, "payoff"), "false", "a partial prepayment needs an amount");
            } else if (payoff == null && !hasAmount) {
                error(join(at, "amount"), null, "is required: give the amount prepaid, or \"payoff\": true");
            }
            if (Boolean.TRUE.equals(payoff) && present(n, "mode")) {
                error(join(at, "mode"), n.get("mode").asText(), "applies to a partial prepayment only; a payoff "
                        + "ends the note");
            }
            if (errors.size() > before) {
                return null;
            }
            return Boolean.TRUE.equals(payoff) ? DatedPrepayment.payoff(note, date)
                    : new DatedPrepayment(note, date, amount, mode);
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
            Double value = kind.equals("psa") ? psa(n, at) : fraction(n, at, kind);
            if (value == null || errors.size() > before) {
                return null;
            }
            return switch (kind) {
                case "cpr" -> PrepaymentSpeed.cpr(value);
                case "smm" -> PrepaymentSpeed.smm(value);
                default -> PrepaymentSpeed.psa(value);
            };
        }

        private Double psa(JsonNode n, String at) {
            String path = join(at, "psa");
            JsonNode v = n.get("psa");
            BigDecimal d = decimal(v, false);
            if (d == null) {
                error(path, shown(v), finite(v) ? "not a number (write the PSA speed such as 150; 100 PSA is the "
                        + "standard ramp to 6% CPR)" : "must be a finite number");
                return null;
            }
            if (d.signum() < 0) {
                error(path, shown(v), "must not be negative");
                return null;
            }
            if (d.compareTo(BigDecimal.valueOf(MAX_PSA)) > 0) {
                error(path, shown(v), "must be at most " + MAX_PSA + " (100 PSA is the standard ramp to 6% CPR)");
                return null;
            }
            return d.doubleValue();
        }

        private PrepaymentSpeed vector(JsonNode n, String at) {
            String path = join(at, "cprVector");
            JsonNode v = n.get("cprVector");
            if (!v.isArray()) {
                error(path, shown(v), "must be an array of annual CPRs, one a projection month");
                return null;
            }
            if (v.isEmpty()) {
                error(path, null, "is empty: give the CPR of at least one month");
                return null;
            }
            if (v.size() > MAX_VECTOR_MONTHS) {
                error(path, null, v.size() + " months; a vector may hold at most " + MAX_VECTOR_MONTHS
                        + " (the last value holds after the vector ends)");
                return null;
            }
            List<Double> cprs = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                cprs.add(fraction(v.get(i), path + "[" + i + "]", true));
            }
            return cprs.contains(null) ? null : PrepaymentSpeed.cprVector(cprs);
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
            Double cdr = fraction(n, at, "cdr");
            Double severity = fraction(n, at, "severity");
            Integer lag = lagMonths(n, at, "recoveryLagMonths");
            if (!present(n, "cdr")) {
                error(join(at, "cdr"), null, "is required: the constant default rate a year, such as 0.02");
            }
            if (!present(n, "severity")) {
                error(join(at, "severity"), null, "is required: the share of the defaulted balance lost, "
                        + "such as 0.40");
            }
            return errors.size() > before ? null : new DefaultSpeed(cdr, severity, lag == null ? 0 : lag);
        }

        private EventOfDefault eventOfDefault(JsonNode n, String at) {
            int before = errors.size();
            requireKnown(n, at, EVENT_FIELDS);
            String note = name(n, at, "note", true);
            LocalDate missed = date(n, at, "missedPayment", true);
            LocalDate notice = date(n, at, "notice", false);
            BigDecimal costs = amount(n, at, "collectionCosts", false, false);
            if (missed != null && notice != null && notice.isBefore(missed)) {
                error(join(at, "notice"), notice.toString(), "is before missedPayment " + missed
                        + ": notice of default follows the missed payment");
            }
            Recovery recovery = recovery(n.get("recovery"), join(at, "recovery"), notice != null ? notice : missed);
            if (errors.size() > before) {
                return null;
            }
            return new EventOfDefault(note, missed, notice, costs, recovery);
        }

        private Recovery recovery(JsonNode n, String at, LocalDate notice) {
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
                return collateral(n.get("collateral"), join(at, "collateral"));
            }
            if (!stated) {
                if (errors.size() == before) {
                    error(at, null, "needs amount and date, or collateral");
                }
                return null;
            }
            BigDecimal amount = amount(n, at, "amount", true, false);
            LocalDate date = date(n, at, "date", true);
            if (date != null && notice != null && date.isBefore(notice)) {
                error(join(at, "date"), date.toString(), "is before the notice of default " + notice
                        + ": recovery follows the acceleration");
            }
            return errors.size() > before ? null : Recovery.of(amount, date);
        }

        private Recovery collateral(JsonNode n, String at) {
            if (!n.isObject()) {
                error(at, shown(n), "must be a JSON object {\"value\", \"haircut\", \"costs\", \"lagMonths\"}");
                return null;
            }
            int before = errors.size();
            requireKnown(n, at, COLLATERAL_FIELDS);
            // Absent: the value the note states; the projection reports a note that states none.
            BigDecimal value = amount(n, at, "value", false, false);
            Double haircut = fraction(n, at, "haircut");
            BigDecimal costs = amount(n, at, "costs", false, false);
            Integer lag = lagMonths(n, at, "lagMonths");
            if (errors.size() > before) {
                return null;
            }
            return Recovery.fromCollateral(value, haircut == null ? 0 : haircut,
                    costs == null ? BigDecimal.ZERO : costs, lag == null ? 0 : lag);
        }

        private Double rateShock(JsonNode n, String at) {
            JsonNode v = n.get("rateShockBp");
            if (v == null || v.isNull()) {
                return null;
            }
            String path = join(at, "rateShockBp");
            BigDecimal d = decimal(v, false);
            if (d == null) {
                error(path, shown(v), finite(v) ? "not a number (write basis points such as 200 or -50)"
                        : "must be a finite number of basis points");
                return null;
            }
            if (d.abs().compareTo(BigDecimal.valueOf(MAX_SHOCK_BP)) > 0) {
                error(path, shown(v), "must be between -" + MAX_SHOCK_BP + " and " + MAX_SHOCK_BP
                        + " basis points (±100%)");
                return null;
            }
            return d.doubleValue();
        }

        // ------------------------------------------------------------------------------ values

        /** A non-blank string of at most {@value #MAX_NAME_CHARS} characters. */
        private String name(JsonNode n, String at, String field, boolean required) {
            JsonNode v = n.get(field);
            String path = join(at, field);
            if (v == null || v.isNull()) {
                if (required) {
                    error(path, null, "is required");
                }
                return null;
            }
            if (!v.isTextual()) {
                error(path, shown(v), "must be a string");
                return null;
            }
            String text = v.textValue();
            if (text.isBlank()) {
                error(path, text, "must not be blank");
                return null;
            }
            if (text.length() > MAX_NAME_CHARS) {
                error(path, text, "is " + text.length() + " characters long; at most " + MAX_NAME_CHARS);
                return null;
            }
            return text;
        }

        private LocalDate date(JsonNode n, String at, String field, boolean required) {
            JsonNode v = n.get(field);
            String path = join(at, field);
            if (v == null || v.isNull()) {
                if (required) {
                    error(path, null, "is required");
                }
                return null;
            }
            if (v.isTextual()) {
                try {
                    return LocalDate.parse(v.textValue().strip());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            error(path, shown(v), "not an ISO date (yyyy-mm-dd, such as 2004-06-12)");
            return null;
        }

        /** An exact amount, not negative, and more than zero when {@code positive}. */
        private BigDecimal amount(JsonNode n, String at, String field, boolean required, boolean positive) {
            JsonNode v = n.get(field);
            String path = join(at, field);
            if (v == null || v.isNull()) {
                if (required) {
                    error(path, null, "is required");
                }
                return null;
            }
            BigDecimal d = v.isTextual() && v.textValue().strip().endsWith("%") ? null : decimal(v, false);
            if (d == null) {
                error(path, shown(v), "not an amount (write a plain decimal such as \"50000.00\")");
                return null;
            }
            if (d.signum() < 0) {
                error(path, shown(v), "must not be negative");
                return null;
            }
            if (positive && d.signum() == 0) {
                error(path, shown(v), "must be more than 0");
                return null;
            }
            return d;
        }

        /** A fraction in [0, 1]: a JSON number or string ({@code 0.10}) or a percentage string ({@code "10%"}). */
        private Double fraction(JsonNode n, String at, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : fraction(v, join(at, field), true);
        }

        private Double fraction(JsonNode v, String path, boolean percentAllowed) {
            BigDecimal d = decimal(v, percentAllowed);
            if (d == null) {
                error(path, shown(v), !finite(v) ? "must be a finite number"
                        : "not a number (write a fraction such as 0.10 or a percentage such as \"10%\")");
                return null;
            }
            if (d.signum() < 0) {
                error(path, shown(v), "must not be negative");
                return null;
            }
            if (d.compareTo(BigDecimal.ONE) > 0) {
                String hint = d.compareTo(BigDecimal.valueOf(100)) <= 0 && !isPercent(v)
                        ? "; a rate is a fraction: 10% is 0.10 or \"10%\"" : "";
                error(path, shown(v), "must be at most 1 (100%)" + hint);
                return null;
            }
            return d.doubleValue();
        }

        private Integer lagMonths(JsonNode n, String at, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            String path = join(at, field);
            if (!v.isIntegralNumber() && !(v.isNumber() && isWhole(v.decimalValue()))) {
                error(path, shown(v), "must be a whole number of months");
                return null;
            }
            BigDecimal d = v.decimalValue();
            if (d.signum() < 0) {
                error(path, shown(v), "must not be negative");
                return null;
            }
            if (d.compareTo(BigDecimal.valueOf(MAX_LAG_MONTHS)) > 0) {
                error(path, shown(v), "must be at most " + MAX_LAG_MONTHS + " months (50 years)");
                return null;
            }
            return d.intValueExact();
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
            return at.isEmpty() ? name : at + "." + name;
        }
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
        return DecimalText.quoted(v.isTextual() ? v.textValue() : v.isBigDecimal() ? v.decimalValue().toString() : v.toString());
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
    private static final class TooLargeException extends IOException {
        TooLargeException() {
            super("too large");
        }
    }

    /** A reader that fails once more than {@code limit} characters have been read. */
    private static final class LimitedReader extends FilterReader {
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
