package com.notefolio.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.notefolio.core.convention.BusinessCalendar;
import com.notefolio.core.convention.BusinessDayAdjustment;
import com.notefolio.core.convention.BusinessDayConvention;
import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.ClosingFee;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.OddDays;
import com.notefolio.core.note.Party;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.PeriodicFee;
import com.notefolio.core.note.PrecomputedInterest;
import com.notefolio.core.note.LateCharge;
import com.notefolio.core.note.PremiumStep;
import com.notefolio.core.note.PrepaymentPremium;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.note.SavingsClause;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.ScheduleConventions;
import com.notefolio.core.note.SecurityTerms;
import com.notefolio.core.note.StatedPayment;
import com.notefolio.core.note.StructureTerms;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;

/**
 * One note with all its terms as pretty JSON: the parties with their addresses, the exposure attributes,
 * the money, dates and calendar, the amortization with its stated schedule, the accrual basis (with a
 * PERIODIC note's odd-days rule when it is not the default) and
 * roundings, the prepayment, default, security and governing-law terms, and the rate terms: a {@code rate}
 * object by kind (fixed, stepped, floating — with its negative-rates and reset-timing options where they are
 * not the defaults —, conversion; written for every note whose rate is not one fixed rate, so the files of
 * fixed-rate notes stay as they were), the maximum lawful rate, what a payment
 * does on a reset and the negative-amortization cap. The layout is documented in
 * {@code docs/portfolio-format.md}; field names are those of the portfolio CSV columns where one exists.
 *
 * <p>Dates are ISO strings. Amounts and rates are written as JSON strings holding the exact decimal
 * ({@code "150000.00"}, {@code "0.12"}), so no reader goes through a binary double; JSON numbers are also
 * accepted when read, parsed exactly. Absent optional values are left out. Reading is strict: an unknown
 * field is an error (a misspelt field must not be silently ignored), and every error names the field path
 * ({@code default.cure_days}, {@code stated_schedule[2].payment}, arrays counted from 0) and the reason.
 * Writing then reading gives terms equal to the ones written.
 */
public final class NoteJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Callers own the readers and writers they pass.
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    /** One array element a line, and {@code \n} line ends whatever the platform, so files diff cleanly. */
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final Set<String> NOTE_FIELDS = Set.of("id", "borrower", "lender", "sector", "region",
            "rating", "currency", "principal", "annual_rate", "issue_date", "first_payment_date", "maturity_date",
            "frequency", "amortization", "payment", "amortization_months", "stated_schedule", "accrual_basis",
            "odd_days", "payment_rounding", "interest_rounding", "prepayment", "default", "security", "governing_law",
            "rate", "max_lawful_rate", "savings_clause", "payment_on_reset", "negative_amortization_cap", "business_days",
            "payment_day", "first_principal_date", "principal_frequency", "disbursement_date", "advances", "deferral", "forgiveness", "installments",
            "repayments", "commitment_fee", "payable_on_demand", "fees", "precomputed_interest", "periodic_fee_amount",
            "periodic_fee_rate");
    private static final Set<String> FEE_FIELDS = Set.of("name", "amount", "rate", "financed");
    private static final Set<String> INSTALLMENT_FIELDS = Set.of("from", "amount", "kind");
    private static final Set<String> DATED_AMOUNT_FIELDS = Set.of("date", "amount");
    private static final Set<String> DEFERRAL_FIELDS = Set.of("through", "interest");
    private static final Set<String> BUSINESS_DAY_FIELDS = Set.of("calendar", "convention", "accrual_dates");
    private static final Set<String> FIXED_FIELDS = Set.of("kind", "rate");
    private static final Set<String> STEPPED_FIELDS = Set.of("kind", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("from", "rate");
    private static final Set<String> FLOATING_FIELDS = Set.of("kind", "index", "spread", "multiplier", "reset_frequency",
            "first_reset_date", "lookback_days", "lookback_calendar", "initial_rate", "periodic_cap", "periodic_floor", "lifetime_cap",
            "lifetime_floor", "rounding", "negative_rates", "reset_timing");
    private static final Set<String> ROUNDING_FIELDS = Set.of("increment", "mode");
    private static final Set<String> CONVERSION_FIELDS = Set.of("kind", "before", "on", "after");
    private static final Set<String> PARTY_FIELDS = Set.of("name", "address");
    private static final Set<String> STATED_FIELDS = Set.of("due_date", "payment");
    private static final Set<String> PREPAYMENT_FIELDS =
            Set.of("allowed", "penalty_rate", "lockout_until", "premium", "open_months");
    private static final Set<String> STEP_DOWN_FIELDS = Set.of("kind", "steps");
    private static final Set<String> PREMIUM_STEP_FIELDS = Set.of("from_year", "from_date", "rate");
    private static final Set<String> YIELD_MAINTENANCE_FIELDS = Set.of("kind", "spread", "floor");
    private static final Set<String> DEFAULT_FIELDS = Set.of("cure_days", "default_rate", "accelerates",
            "collection_costs_payable", "events", "default_margin", "late_charge");
    private static final Set<String> LATE_CHARGE_FIELDS = Set.of("rate", "amount", "grace_days", "max");
    private static final Set<String> SECURITY_FIELDS = Set.of("secured", "collateral", "collateral_value");

    private NoteJson() {
    }

    /** The note as pretty JSON text, ending with a line break. */
    public static String toJson(NoteTerms terms) {
        StringWriter out = new StringWriter();
        write(terms, out);
        return out.toString();
    }

    /** Writes the note as pretty JSON to {@code out}, which is left open. */
    public static void write(NoteTerms terms, Writer out) {
        try {
            PRETTY.writeValue(out, tree(terms));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the note as pretty JSON (UTF-8) to {@code file}, replacing it atomically. */
    public static void write(NoteTerms terms, Path file) {
        try (AtomicOutputFile out = AtomicOutputFile.create(file)) {
            write(terms, out.writer());
            out.commit();
        }
    }

    /** Reads a note from JSON text; messages name the source {@code note.json}. */
    public static NoteTerms fromJson(String json) {
        return read("note.json", new StringReader(json));
    }

    /** Reads a note from a JSON file (UTF-8); messages name the file. */
    public static NoteTerms read(Path file) {
        try (Reader in = Utf8Input.open(file)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a note from JSON text named {@code source} in messages; {@code in} is left open. */
    public static NoteTerms read(String source, Reader in) {
        JsonNode root = tree(source, in);
        if (root == null || !root.isObject()) {
            throw new InputException(InputError.inField(source, "$", null, "the note must be a JSON object"));
        }
        return new Reading(source).note(root);
    }

    /**
     * Reads the notes of a JSON file (UTF-8) holding one note object or an array of them, in file order;
     * messages name the file. A note of an array is named by its index in the field path
     * ({@code [2].principal}, counted from 0, as the note's own arrays are), and every message ends with the
     * note's id where it has one. An empty array, an element that is not an object and an id given twice
     * are errors too. The whole file is read at once: a note file holds few notes, each with all its terms.
     */
    public static List<NoteTerms> readAll(Path file) {
        try (Reader in = Utf8Input.open(file)) {
            return readAll(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads one note object or an array of them from JSON text named {@code source}; {@code in} is left open. */
    public static List<NoteTerms> readAll(String source, Reader in) {
        JsonNode root = tree(source, in);
        if (root != null && root.isObject()) {
            return List.of(element(source, "", root));
        }
        if (root == null || !root.isArray()) {
            throw new InputException(InputError.inField(source, "$", null,
                    "the notes must be a JSON object (one note) or an array of note objects"));
        }
        if (root.isEmpty()) {
            throw new InputException(InputError.inField(source, "$", "[]", "the array holds no notes"));
        }
        List<NoteTerms> notes = new ArrayList<>(root.size());
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            String at = "[" + i + "]";
            JsonNode n = root.get(i);
            if (!n.isObject()) {
                throw new InputException(InputError.inField(source, at, n.toString(), "a note must be a JSON object"));
            }
            NoteTerms note = element(source, at, n);
            Integer first = firstIndex.putIfAbsent(note.id(), i);
            if (first != null) {
                throw new InputException(InputError.inField(source, at + ".id", note.id(),
                        "duplicate note id: the same id is at [" + first + "]"));
            }
            notes.add(note);
        }
        return notes;
    }

    /**
     * One note object of a notes file, its errors moved under the element's path {@code at} ({@code ""} for
     * a file of one note) and ending with the note's id, so that a message names the note among many.
     */
    private static NoteTerms element(String source, String at, JsonNode n) {
        try {
            return new Reading(source).note(n);
        } catch (InputException e) {
            JsonNode id = n.get("id");
            String note = id != null && id.isTextual() ? " (note " + id.textValue() + ")" : "";
            throw new InputException(e.errors().stream()
                    .map(x -> new InputError(x.source(), x.line(), x.column(),
                            at.isEmpty() ? x.field() : x.field() == null || x.field().equals("$") ? at : at + "." + x.field(),
                            x.value(), x.reason() + note))
                    .toList());
        }
    }

    private static JsonNode tree(String source, Reader in) {
        try {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(new InputError(source, at == null ? 0 : at.getLineNr(), null, null, null,
                    "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode tree(NoteTerms t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", t.id());
        n.set("borrower", party(t.borrower()));
        n.set("lender", party(t.lender()));
        putIfPresent(n, "sector", t.sector());
        putIfPresent(n, "region", t.region());
        putIfPresent(n, "rating", t.rating());
        n.put("currency", t.currency().getCurrencyCode());
        n.put("principal", amount(t.principal()));
        n.put("annual_rate", t.annualRate().toPlainString());
        n.put("issue_date", t.issueDate().toString());
        n.put("first_payment_date", t.firstPaymentDate().toString());
        n.put("maturity_date", t.maturityDate().toString());
        n.put("frequency", t.frequency().name());
        n.put("amortization", t.amortization().name());
        if (t.statedPayment() != null) {
            n.put("payment", amount(t.statedPayment()));
        }
        if (t.amortizationMonths() != null) {
            n.put("amortization_months", t.amortizationMonths());
        }
        if (!t.statedSchedule().isEmpty()) {
            ArrayNode schedule = n.putArray("stated_schedule");
            for (StatedPayment p : t.statedSchedule()) {
                schedule.addObject().put("due_date", p.dueDate().toString()).put("payment", amount(p.amount()));
            }
        }
        n.put("accrual_basis", t.accrualBasis().code());
        // Written when it is not the default, so that the files of notes without stubs rules stay as they were.
        if (!(t.oddDays() instanceof OddDays.WholePeriod)) {
            n.put("odd_days", t.oddDays().code());
        }
        n.put("payment_rounding", t.paymentRounding().name());
        n.put("interest_rounding", t.interestRounding().name());
        PrepaymentTerms p = t.prepayment();
        ObjectNode prepayment = n.putObject("prepayment")
                .put("allowed", p.allowed())
                .put("penalty_rate", p.penaltyRate().toPlainString());
        putIfPresent(prepayment, "lockout_until", p.lockoutUntil() == null ? null : p.lockoutUntil().toString());
        // Premiums, the open period, the margin and the late charge are written only when stated, so that the
        // files of notes before them stay as they were.
        if (p.openMonths() > 0) {
            prepayment.put("open_months", p.openMonths());
        }
        if (p.premium() instanceof PrepaymentPremium.StepDown sd) {
            ArrayNode steps = prepayment.putObject("premium").put("kind", "step_down").putArray("steps");
            for (PremiumStep step : sd.steps()) {
                ObjectNode e = steps.addObject();
                if (step.fromYear() != null) {
                    e.put("from_year", step.fromYear());
                } else {
                    e.put("from_date", step.fromDate().toString());
                }
                e.put("rate", step.rate().toPlainString());
            }
        } else if (p.premium() instanceof PrepaymentPremium.YieldMaintenance ym) {
            prepayment.putObject("premium").put("kind", "yield_maintenance").put("spread", ym.spread().toPlainString())
                    .put("floor", ym.floor().toPlainString());
        }
        DefaultTerms d = t.defaults();
        ObjectNode defaults = n.putObject("default").put("cure_days", d.cureDays());
        putIfPresent(defaults, "default_rate", d.defaultRate() == null ? null : d.defaultRate().toPlainString());
        putIfPresent(defaults, "default_margin", d.defaultMargin() == null ? null : d.defaultMargin().toPlainString());
        if (d.lateCharge() != null) {
            LateCharge lc = d.lateCharge();
            ObjectNode late = defaults.putObject("late_charge");
            putIfPresent(late, "rate", lc.rate() == null ? null : lc.rate().toPlainString());
            putIfPresent(late, "amount", lc.amount() == null ? null : lc.amount().toPlainString());
            late.put("grace_days", lc.graceDays());
            putIfPresent(late, "max", lc.maximum() == null ? null : lc.maximum().toPlainString());
        }
        defaults.put("accelerates", d.accelerates()).put("collection_costs_payable", d.collectionCostsPayable());
        ArrayNode events = defaults.putArray("events");
        d.events().forEach(events::add);
        SecurityTerms s = t.security();
        ObjectNode security = n.putObject("security").put("secured", s.secured());
        putIfPresent(security, "collateral", s.collateral());
        putIfPresent(security, "collateral_value", s.collateralValue() == null ? null : amount(s.collateralValue()));
        putIfPresent(n, "governing_law", t.governingLaw());
        // Written only where they say more than a fixed annual_rate, so that fixed-rate notes' files stay as they were.
        if (!(t.rate() instanceof RateTerms.Fixed)) {
            n.set("rate", rate(t.rate()));
        }
        putIfPresent(n, "max_lawful_rate", t.maxLawfulRate() == null ? null : t.maxLawfulRate().toPlainString());
        if (!t.fees().isEmpty()) {
            ArrayNode list = n.putArray("fees");
            for (ClosingFee fee : t.fees()) {
                ObjectNode f = list.addObject().put("name", fee.name());
                putIfPresent(f, "amount", fee.amount() == null ? null : fee.amount().toPlainString());
                putIfPresent(f, "rate", fee.rate() == null ? null : fee.rate().toPlainString());
                f.put("financed", fee.financed());
            }
        }
        if (t.savingsClause() != SavingsClause.NOT_CHARGED) {
            n.put("savings_clause", t.savingsClause().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (t.paymentOnReset() != PaymentOnReset.REAMORTIZE) {
            n.put("payment_on_reset", t.paymentOnReset().name());
        }
        if (t.precomputed() != null) {
            n.put("precomputed_interest", t.precomputed().code());
        }
        if (t.periodicFee() != null) {
            putIfPresent(n, "periodic_fee_amount", t.periodicFee().amount() == null ? null
                    : t.periodicFee().amount().toPlainString());
            putIfPresent(n, "periodic_fee_rate", t.periodicFee().annualRate() == null ? null
                    : t.periodicFee().annualRate().toPlainString());
        }
        putIfPresent(n, "negative_amortization_cap", t.negativeAmortizationCap() == null ? null
                : t.negativeAmortizationCap().toPlainString());
        // Written only when dates move or a payment day is stated, so other notes' files stay as they were.
        BusinessDayAdjustment businessDays = t.conventions().businessDays();
        if (businessDays.movesDates()) {
            n.putObject("business_days").put("calendar", businessDays.calendar().name())
                    .put("convention", businessDays.convention().words())
                    .put("accrual_dates", businessDays.accrual().name().toLowerCase(Locale.ROOT));
        }
        if (t.conventions().paymentDay() != 0) {
            n.put("payment_day", t.conventions().paymentDay());
        }
        putIfPresent(n, "first_principal_date", t.firstPrincipalDate() == null ? null : t.firstPrincipalDate().toString());
        putIfPresent(n, "principal_frequency", t.principalFrequency() == null ? null : t.principalFrequency().name());
        StructureTerms structure = t.structure();
        putIfPresent(n, "disbursement_date", structure.disbursementDate() == null ? null
                : structure.disbursementDate().toString());
        datedAmounts(n, "advances", structure.advances());
        if (structure.deferral() != null) {
            n.putObject("deferral").put("through", structure.deferral().through().toString())
                    .put("interest", structure.deferral().interest().name().toLowerCase(Locale.ROOT));
        }
        datedAmounts(n, "forgiveness", structure.forgiveness());
        datedAmounts(n, "repayments", structure.repayments());
        putIfPresent(n, "commitment_fee", structure.commitmentFee() == null ? null : structure.commitmentFee().toPlainString());
        if (structure.payableOnDemand()) {
            n.put("payable_on_demand", true);
        }
        if (!structure.installments().isEmpty()) {
            ArrayNode list = n.putArray("installments");
            for (InstallmentStep step : structure.installments()) {
                list.addObject().put("from", step.from().toString()).put("amount", amount(step.amount()))
                        .put("kind", step.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        return n;
    }

    private static void datedAmounts(ObjectNode n, String field, List<DatedAmount> amounts) {
        if (!amounts.isEmpty()) {
            ArrayNode list = n.putArray(field);
            for (DatedAmount a : amounts) {
                list.addObject().put("date", a.date().toString()).put("amount", amount(a.amount()));
            }
        }
    }

    /** A rate terms object: {@code kind} and the fields of that kind. */
    private static ObjectNode rate(RateTerms rate) {
        ObjectNode n = MAPPER.createObjectNode();
        if (rate instanceof RateTerms.Fixed f) {
            n.put("kind", "fixed").put("rate", f.rate().toPlainString());
        } else if (rate instanceof RateTerms.Stepped s) {
            n.put("kind", "stepped");
            ArrayNode steps = n.putArray("steps");
            for (RateTerms.Step step : s.steps()) {
                steps.addObject().put("from", step.from().toString()).put("rate", step.rate().toPlainString());
            }
        } else if (rate instanceof RateTerms.Floating f) {
            {
                n.put("kind", "floating").put("index", f.index()).put("spread", f.spread().toPlainString())
                        .put("multiplier", f.multiplier().toPlainString())
                        .put("reset_frequency", f.resetFrequency().name())
                        .put("first_reset_date", f.firstResetDate().toString())
                        .put("lookback_days", f.lookbackDays());
                if (f.lookbackCalendar() != null) {
                    n.put("lookback_calendar", f.lookbackCalendar().name());
                }
                n.put("initial_rate", f.initialRate().toPlainString());
                putRate(n, "periodic_cap", f.periodicCap());
                putRate(n, "periodic_floor", f.periodicFloor());
                putRate(n, "lifetime_cap", f.lifetimeCap());
                putRate(n, "lifetime_floor", f.lifetimeFloor());
                if (f.rounding() != null) {
                    n.putObject("rounding").put("increment", f.rounding().increment().toPlainString())
                            .put("mode", roundingModeName(f.rounding().mode()));
                }
                // Written only when not the default, so that the files of floating notes before these options stay as they were.
                if (f.negativeRates() != RateTerms.Floating.NegativeRates.HELD_AT_ZERO) {
                    n.put("negative_rates", f.negativeRates().code());
                }
                if (f.resetTiming() != RateTerms.Floating.ResetTiming.FROM_NEXT_PERIOD) {
                    n.put("reset_timing", f.resetTiming().code());
                }
            }
        } else if (rate instanceof RateTerms.Conversion c) {
            n.put("kind", "conversion");
            n.set("before", rate(c.before()));
            n.put("on", c.on().toString());
            n.set("after", rate(c.after()));
        }
        return n;
    }

    private static void putRate(ObjectNode n, String field, BigDecimal rate) {
        putIfPresent(n, field, rate == null ? null : rate.toPlainString());
    }

    private static String roundingModeName(java.math.RoundingMode mode) {
        return switch (mode) {
            case HALF_UP -> "nearest";
            case UP -> "up";
            default -> "down";
        };
    }

    private static ObjectNode party(Party p) {
        ObjectNode n = MAPPER.createObjectNode().put("name", p.name());
        putIfPresent(n, "address", p.address());
        return n;
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    /** The exact decimal, shown with at least the currency's digits ({@code 150000.00}, never {@code 1.5E+5}). */
    private static String amount(MonetaryAmount amount) {
        BigDecimal value = NoteTerms.decimal(amount);
        int digits = amount.getCurrency().getDefaultFractionDigits();
        return value.setScale(Math.max(value.scale(), digits)).toPlainString();
    }

    /** Reads one note tree, naming {@code source} and the field path in every error. */
    private static final class Reading {
        private final String source;

        Reading(String source) {
            this.source = source;
        }

        NoteTerms note(JsonNode n) {
            requireKnown(n, "", NOTE_FIELDS);
            String id = text(n, "", "id", true);
            NoteTerms.Builder b = NoteTerms.builder(id)
                    .borrower(party(n.get("borrower"), "borrower", true))
                    .lender(party(n.get("lender"), "lender", false))
                    .sector(text(n, "", "sector", false))
                    .region(text(n, "", "region", false))
                    .rating(text(n, "", "rating", false))
                    .principal(decimal(n, "", "principal", true))
                    .annualRate(decimal(n, "", "annual_rate", !n.hasNonNull("rate")))
                    .issueDate(date(n, "", "issue_date", true))
                    .firstPaymentDate(date(n, "", "first_payment_date", false))
                    .maturityDate(date(n, "", "maturity_date", true))
                    .frequency(frequency(n, "", "frequency", Frequency.MONTHLY))
                    .amortization(choice(n, "", "amortization", Amortization.class, null))
                    .statedPayment(decimal(n, "", "payment", false))
                    .amortizationMonths(integer(n, "", "amortization_months"))
                    .accrualBasis(dayCount(n))
                    .oddDays(oddDays(n))
                    .paymentRounding(choice(n, "", "payment_rounding", RoundingRule.class, RoundingRule.HALF_UP))
                    .interestRounding(choice(n, "", "interest_rounding", RoundingRule.class, RoundingRule.HALF_UP))
                    .governingLaw(text(n, "", "governing_law", false));
            statedSchedule(n.get("stated_schedule"), b);
            JsonNode rateNode = n.get("rate");
            if (rateNode != null && !rateNode.isNull()) {
                BigDecimal annual = decimal(n, "", "annual_rate", false);
                RateTerms rate = rate(rateNode, "rate", 0);
                if (annual != null && annual.compareTo(rate.initialRate()) != 0) {
                    throw error("annual_rate", annual.toPlainString(), "must be the rate terms' initial rate "
                            + rate.initialRate().toPlainString() + " (rate)");
                }
                b.rate(rate);
            }
            BigDecimal maxLawful = decimal(n, "", "max_lawful_rate", false);
            b.maxLawfulRate(maxLawful == null ? null : maxLawful.toPlainString());
            b.savingsClause(choice(n, "", "savings_clause", SavingsClause.class, SavingsClause.NOT_CHARGED));
            b.precomputed(choice(n, "", "precomputed_interest", PrecomputedInterest.class, null));
            b.fees(fees(n));
            BigDecimal feeAmount = decimal(n, "", "periodic_fee_amount", false);
            BigDecimal feeRate = decimal(n, "", "periodic_fee_rate", false);
            try {
                b.periodicFee(feeAmount == null && feeRate == null ? null : new PeriodicFee(feeAmount, feeRate));
            } catch (InvalidTermsException e) {
                throw new InputException(InputError.inField(source, path(e.field()), e.value(), e.rule()));
            }
            b.paymentOnReset(choice(n, "", "payment_on_reset", PaymentOnReset.class, PaymentOnReset.REAMORTIZE));
            BigDecimal negAm = decimal(n, "", "negative_amortization_cap", false);
            b.negativeAmortizationCap(negAm == null ? null : negAm.toPlainString());
            b.conventions(conventions(n));
            b.firstPrincipalDate(date(n, "", "first_principal_date", false));
            b.principalFrequency(frequency(n, "", "principal_frequency", null));
            b.structure(structure(n));
            prepayment(n.get("prepayment"), b);
            defaults(n.get("default"), b);
            security(n.get("security"), b);
            try {
                if (n.hasNonNull("currency")) {
                    b.currency(text(n, "", "currency", true));
                }
                return b.build();
            } catch (InvalidTermsException e) {
                throw new InputException(InputError.inField(source, path(e.field()), e.value(), e.rule()));
            }
        }

        /** A rate object at {@code path}; a conversion's sides are at depth 1 and may not convert again. */
        private RateTerms rate(JsonNode n, String path, int depth) {
            requireObject(n, path);
            String kind = text(n, path, "kind", true);
            try {
                switch (kind) {
                    case "fixed" -> {
                        requireKnown(n, path, FIXED_FIELDS);
                        return RateTerms.fixed(decimal(n, path, "rate", true));
                    }
                    case "stepped" -> {
                        requireKnown(n, path, STEPPED_FIELDS);
                        JsonNode list = n.get("steps");
                        if (list == null || !list.isArray()) {
                            throw error(join(path, "steps"), list == null ? null : list.toString(),
                                    "must be an array of {from, rate}");
                        }
                        List<RateTerms.Step> steps = new ArrayList<>();
                        for (int i = 0; i < list.size(); i++) {
                            String at = path + ".steps[" + i + "]";
                            requireObject(list.get(i), at);
                            requireKnown(list.get(i), at, STEP_FIELDS);
                            try {
                                steps.add(new RateTerms.Step(date(list.get(i), at, "from", true),
                                        decimal(list.get(i), at, "rate", true)));
                            } catch (InvalidTermsException e) {
                                throw error(at + ".rate", e.value(), e.rule());
                            }
                        }
                        return new RateTerms.Stepped(steps);
                    }
                    case "floating" -> {
                        requireKnown(n, path, FLOATING_FIELDS);
                        Integer lookback = integer(n, path, "lookback_days");
                        return new RateTerms.Floating(text(n, path, "index", true), decimal(n, path, "spread", false),
                                decimal(n, path, "multiplier", false),
                                frequency(n, path, "reset_frequency", null),
                                date(n, path, "first_reset_date", true), lookback == null ? 0 : lookback,
                                decimal(n, path, "initial_rate", true), decimal(n, path, "periodic_cap", false),
                                decimal(n, path, "periodic_floor", false), decimal(n, path, "lifetime_cap", false),
                                decimal(n, path, "lifetime_floor", false), rounding(n.get("rounding"), path + ".rounding"),
                                optional(n, path, "lookback_calendar", BusinessCalendar::of),
                                optional(n, path, "negative_rates", RateTerms.Floating.NegativeRates::of),
                                optional(n, path, "reset_timing", RateTerms.Floating.ResetTiming::of));
                    }
                    case "conversion" -> {
                        requireKnown(n, path, CONVERSION_FIELDS);
                        if (depth > 0) {
                            throw error(join(path, "kind"), kind, "converts once: neither side may itself be a conversion");
                        }
                        RateTerms before = rate(n.get("before"), path + ".before", depth + 1);
                        LocalDate on = date(n, path, "on", true);
                        RateTerms after = rate(n.get("after"), path + ".after", depth + 1);
                        return new RateTerms.Conversion(before, on, after);
                    }
                    default -> throw error(join(path, "kind"), kind, "not one of fixed, stepped, floating, conversion");
                }
            } catch (InvalidTermsException e) {
                throw error(jsonRateField(path, e.field()), e.value(), e.rule());
            }
        }

        private RateTerms.RateRounding rounding(JsonNode n, String path) {
            if (n == null || n.isNull()) {
                return null;
            }
            requireObject(n, path);
            requireKnown(n, path, ROUNDING_FIELDS);
            String mode = text(n, path, "mode", false);
            java.math.RoundingMode m = switch (mode == null ? "nearest" : mode.strip().toLowerCase(Locale.ROOT)) {
                case "nearest" -> java.math.RoundingMode.HALF_UP;
                case "up" -> java.math.RoundingMode.UP;
                case "down" -> java.math.RoundingMode.DOWN;
                default -> throw error(path + ".mode", mode, "not one of nearest, up, down");
            };
            return new RateTerms.RateRounding(decimal(n, path, "increment", true), m);
        }

        /** The JSON path of a rate-terms field the terms refused ({@code rate.spread} under {@code path}). */
        private static String jsonRateField(String path, String field) {
            String f = field.replaceFirst("^rate\\.(before\\.|after\\.)?", "").replaceFirst("^rate_step\\.", "");
            return switch (f) {
                case "rounding_increment" -> path + ".rounding.increment";
                case "rounding_mode" -> path + ".rounding.mode";
                case "conversion_date" -> path + ".on";
                case "annual_rate" -> path + ".rate";
                default -> path + "." + f;
            };
        }

        private Party party(JsonNode n, String path, boolean required) {
            if (n == null || n.isNull()) {
                if (required) {
                    throw error(path, null, "is required");
                }
                return null;
            }
            requireObject(n, path);
            requireKnown(n, path, PARTY_FIELDS);
            return new Party(text(n, path, "name", true), text(n, path, "address", false));
        }

        private void statedSchedule(JsonNode n, NoteTerms.Builder b) {
            if (n == null || n.isNull()) {
                return;
            }
            if (!n.isArray()) {
                throw error("stated_schedule", n.toString(), "must be an array of {due_date, payment}");
            }
            for (int i = 0; i < n.size(); i++) {
                String path = "stated_schedule[" + i + "]";
                JsonNode row = n.get(i);
                requireObject(row, path);
                requireKnown(row, path, STATED_FIELDS);
                b.addStatedPayment(date(row, path, "due_date", true), decimal(row, path, "payment", true));
            }
        }

        private void prepayment(JsonNode n, NoteTerms.Builder b) {
            if (n == null || n.isNull()) {
                return;
            }
            requireObject(n, "prepayment");
            requireKnown(n, "prepayment", PREPAYMENT_FIELDS);
            Integer open = integer(n, "prepayment", "open_months");
            PrepaymentPremium premium = premium(n.get("premium"), "prepayment.premium");
            try {
                b.prepayment(new PrepaymentTerms(bool(n, "prepayment", "allowed", true),
                        decimal(n, "prepayment", "penalty_rate", false), date(n, "prepayment", "lockout_until", false),
                        premium, open == null ? 0 : open));
            } catch (InvalidTermsException e) {
                throw error(path(e.field()), e.value(), e.rule());
            }
        }

        /** A premium object: {@code step_down} with its steps, or {@code yield_maintenance}; null when absent. */
        private PrepaymentPremium premium(JsonNode n, String at) {
            if (n == null || n.isNull()) {
                return null;
            }
            requireObject(n, at);
            String kind = text(n, at, "kind", true);
            try {
                switch (kind) {
                    case "step_down" -> {
                        requireKnown(n, at, STEP_DOWN_FIELDS);
                        JsonNode list = n.get("steps");
                        if (list == null || !list.isArray()) {
                            throw error(at + ".steps", list == null ? null : list.toString(), "must be an array of steps");
                        }
                        List<PremiumStep> steps = new ArrayList<>();
                        for (int i = 0; i < list.size(); i++) {
                            String stepAt = at + ".steps[" + i + "]";
                            JsonNode step = list.get(i);
                            requireObject(step, stepAt);
                            requireKnown(step, stepAt, PREMIUM_STEP_FIELDS);
                            try {
                                steps.add(new PremiumStep(integer(step, stepAt, "from_year"),
                                        date(step, stepAt, "from_date", false), decimal(step, stepAt, "rate", true)));
                            } catch (InvalidTermsException e) {
                                throw error(stepAt, e.value(), e.rule());
                            }
                        }
                        return new PrepaymentPremium.StepDown(steps);
                    }
                    case "yield_maintenance" -> {
                        requireKnown(n, at, YIELD_MAINTENANCE_FIELDS);
                        return new PrepaymentPremium.YieldMaintenance(decimal(n, at, "spread", false),
                                decimal(n, at, "floor", false));
                    }
                    default -> throw error(at + ".kind", kind, "not one of step_down, yield_maintenance");
                }
            } catch (InvalidTermsException e) {
                throw error(e.field(), e.value(), e.rule());
            }
        }

        /** The late charge object of the default terms; null when absent. */
        private LateCharge lateCharge(JsonNode n, String at) {
            if (n == null || n.isNull()) {
                return null;
            }
            requireObject(n, at);
            requireKnown(n, at, LATE_CHARGE_FIELDS);
            Integer grace = integer(n, at, "grace_days");
            try {
                return new LateCharge(decimal(n, at, "rate", false), decimal(n, at, "amount", false),
                        grace == null ? 0 : grace, decimal(n, at, "max", false));
            } catch (InvalidTermsException e) {
                throw error(path(e.field()), e.value(), e.rule());
            }
        }

        private void defaults(JsonNode n, NoteTerms.Builder b) {
            if (n == null || n.isNull()) {
                return;
            }
            String at = "default";
            requireObject(n, at);
            requireKnown(n, at, DEFAULT_FIELDS);
            Integer cureDays = integer(n, at, "cure_days");
            List<String> events = new ArrayList<>();
            JsonNode list = n.get("events");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    throw error(at + ".events", list.toString(), "must be an array of strings");
                }
                for (int i = 0; i < list.size(); i++) {
                    if (!list.get(i).isTextual()) {
                        throw error(at + ".events[" + i + "]", list.get(i).toString(), "must be a string");
                    }
                    events.add(list.get(i).textValue());
                }
            }
            LateCharge late = lateCharge(n.get("late_charge"), at + ".late_charge");
            try {
                b.defaults(new DefaultTerms(cureDays == null ? 0 : cureDays, decimal(n, at, "default_rate", false),
                        bool(n, at, "accelerates", true), bool(n, at, "collection_costs_payable", false), events, late,
                        decimal(n, at, "default_margin", false)));
            } catch (InvalidTermsException e) {
                throw error(path(e.field()), e.value(), e.rule());
            }
        }

        private void security(JsonNode n, NoteTerms.Builder b) {
            if (n == null || n.isNull()) {
                return;
            }
            requireObject(n, "security");
            requireKnown(n, "security", SECURITY_FIELDS);
            b.security(bool(n, "security", "secured", false), text(n, "security", "collateral", false),
                    decimal(n, "security", "collateral_value", false));
        }

        /**
         * An optional named field of a floating rate, read by {@code parse} (the value type's own
         * {@code of}); {@code null} when absent (the default: calendar days for a lookback, a rate held at
         * zero, a reset from the next period), the type's refusal at the field's path otherwise.
         */
        private <T> T optional(JsonNode n, String path, String field, java.util.function.Function<String, T> parse) {
            String text = text(n, path, field, false);
            try {
                return text == null ? null : parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw error(path + "." + field, text, e.getMessage());
            }
        }

        /** {@code disbursement_date}, {@code advances}, {@code deferral} and {@code forgiveness}; amounts in the note's currency. */
        private StructureTerms structure(JsonNode n) {
            String code = text(n, "", "currency", false);
            CurrencyUnit currency;
            try {
                currency = Monetary.getCurrency(code == null ? "USD" : code.strip());
            } catch (UnknownCurrencyException e) {
                throw error("currency", code, "is not an ISO 4217 currency code");
            }
            Deferral deferral = null;
            JsonNode d = n.get("deferral");
            if (d != null && !d.isNull()) {
                requireObject(d, "deferral");
                requireKnown(d, "deferral", DEFERRAL_FIELDS);
                deferral = new Deferral(date(d, "deferral", "through", true),
                        choice(d, "deferral", "interest", Deferral.DeferredInterest.class, Deferral.DeferredInterest.CAPITALIZE));
            }
            return new StructureTerms(date(n, "", "disbursement_date", false), datedAmounts(n, "advances", currency),
                    deferral, datedAmounts(n, "forgiveness", currency), installments(n, currency),
                    datedAmounts(n, "repayments", currency), decimal(n, "", "commitment_fee", false),
                    bool(n, "", "payable_on_demand", false));
        }

        /** {@code fees}: closing fees, each {@code {name, amount | rate, financed}}. */
        private List<ClosingFee> fees(JsonNode n) {
            JsonNode list = n.get("fees");
            if (list == null || list.isNull()) {
                return List.of();
            }
            if (!list.isArray()) {
                throw error("fees", list.toString(), "must be an array of {name, amount or rate, financed}");
            }
            List<ClosingFee> fees = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                String at = "fees[" + i + "]";
                JsonNode f = list.get(i);
                requireObject(f, at);
                requireKnown(f, at, FEE_FIELDS);
                try {
                    fees.add(new ClosingFee(text(f, at, "name", false), decimal(f, at, "amount", false),
                            decimal(f, at, "rate", false), bool(f, at, "financed", false)));
                } catch (IllegalArgumentException e) {
                    throw error(at, f.toString(), e.getMessage());
                }
            }
            return fees;
        }

        private List<InstallmentStep> installments(JsonNode n, CurrencyUnit currency) {
            JsonNode list = n.get("installments");
            if (list == null || list.isNull()) {
                return List.of();
            }
            if (!list.isArray()) {
                throw error("installments", list.toString(), "must be an array of {from, amount, kind}");
            }
            List<InstallmentStep> steps = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                String at = "installments[" + i + "]";
                requireObject(list.get(i), at);
                requireKnown(list.get(i), at, INSTALLMENT_FIELDS);
                steps.add(new InstallmentStep(date(list.get(i), at, "from", true),
                        Money.of(decimal(list.get(i), at, "amount", true), currency),
                        choice(list.get(i), at, "kind", InstallmentStep.Kind.class, InstallmentStep.Kind.PRINCIPAL)));
            }
            return steps;
        }

        private List<DatedAmount> datedAmounts(JsonNode n, String field, CurrencyUnit currency) {
            JsonNode list = n.get(field);
            if (list == null || list.isNull()) {
                return List.of();
            }
            if (!list.isArray()) {
                throw error(field, list.toString(), "must be an array of {date, amount}");
            }
            List<DatedAmount> amounts = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                String at = field + "[" + i + "]";
                requireObject(list.get(i), at);
                requireKnown(list.get(i), at, DATED_AMOUNT_FIELDS);
                amounts.add(new DatedAmount(date(list.get(i), at, "date", true),
                        Money.of(decimal(list.get(i), at, "amount", true), currency)));
            }
            return amounts;
        }

        /** {@code business_days} ({@code calendar}, {@code convention}, {@code accrual_dates}) and {@code payment_day}. */
        private ScheduleConventions conventions(JsonNode n) {
            ScheduleConventions conventions = ScheduleConventions.US_LENDER;
            JsonNode bd = n.get("business_days");
            if (bd != null && !bd.isNull()) {
                requireObject(bd, "business_days");
                requireKnown(bd, "business_days", BUSINESS_DAY_FIELDS);
                String convention = text(bd, "business_days", "convention", true);
                String calendar = text(bd, "business_days", "calendar", true);
                String accrual = text(bd, "business_days", "accrual_dates", false);
                BusinessDayConvention move;
                BusinessCalendar holidays;
                BusinessDayAdjustment.Accrual accrualDates;
                try {
                    move = BusinessDayConvention.of(convention);
                } catch (IllegalArgumentException e) {
                    throw error("business_days.convention", convention, e.getMessage());
                }
                try {
                    holidays = BusinessCalendar.of(calendar);
                } catch (IllegalArgumentException e) {
                    throw error("business_days.calendar", calendar, e.getMessage());
                }
                try {
                    accrualDates = accrual == null ? BusinessDayAdjustment.Accrual.ADJUSTED
                            : BusinessDayAdjustment.Accrual.of(accrual);
                } catch (IllegalArgumentException e) {
                    throw error("business_days.accrual_dates", accrual, e.getMessage());
                }
                try {
                    conventions = conventions.withBusinessDays(new BusinessDayAdjustment(holidays, move, accrualDates));
                } catch (IllegalArgumentException e) {
                    throw error("business_days.calendar", calendar, e.getMessage());
                }
            }
            Integer day = integer(n, "", "payment_day");
            if (day != null) {
                try {
                    conventions = conventions.withPaymentDay(day);
                } catch (InvalidTermsException e) {
                    throw error("payment_day", day.toString(), e.rule());
                }
            }
            return conventions;
        }

        private DayCount dayCount(JsonNode n) {
            String code = text(n, "", "accrual_basis", false);
            if (code == null) {
                return DayCounts.PERIODIC;
            }
            try {
                return DayCounts.parse(code);
            } catch (IllegalArgumentException e) {
                throw error("accrual_basis", code, e.getMessage());
            }
        }

        private OddDays oddDays(JsonNode n) {
            String code = text(n, "", "odd_days", false);
            if (code == null) {
                return OddDays.WHOLE_PERIOD;
            }
            return OddDays.of(code).orElseThrow(() -> error("odd_days", code, "not an odd-days rule (WHOLE_PERIOD, "
                    + "or the basis of the odd days: 30/360, 30E/360, ACT/360, ACT/365F, ACT/ACT)"));
        }

        private String text(JsonNode n, String at, String name, boolean required) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    throw error(join(at, name), null, "is required");
                }
                return null;
            }
            if (!v.isTextual()) {
                throw error(join(at, name), v.toString(), "must be a string");
            }
            return v.textValue();
        }

        /** An exact decimal from a JSON string ({@code "1500.00"}) or number. */
        private BigDecimal decimal(JsonNode n, String at, String name, boolean required) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    throw error(join(at, name), null, "is required");
                }
                return null;
            }
            String reason = "not a number";
            try {
                if (v.isNumber()) {
                    return DecimalText.bounded(v.decimalValue());
                }
                if (v.isTextual()) {
                    return DecimalText.parse(v.textValue().strip());
                }
            } catch (IllegalArgumentException e) {
                reason = e.getMessage();
            }
            throw error(join(at, name), DecimalText.quoted(v.isTextual() ? v.textValue()
                            : v.isBigDecimal() ? v.decimalValue().toString() : v.toString()),
                    reason + " (write a plain decimal such as \"1500.00\")");
        }

        private Integer integer(JsonNode n, String at, String name) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw error(join(at, name), v.isTextual() ? v.textValue() : v.toString(), "must be a whole number");
            }
            return v.intValue();
        }

        private boolean bool(JsonNode n, String at, String name, boolean orElse) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return orElse;
            }
            if (!v.isBoolean()) {
                throw error(join(at, name), v.isTextual() ? v.textValue() : v.toString(), "must be true or false");
            }
            return v.booleanValue();
        }

        private LocalDate date(JsonNode n, String at, String name, boolean required) {
            String text = text(n, at, name, required);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(join(at, name), text, "not an ISO date (yyyy-mm-dd, such as 2003-08-13)");
            }
        }

        /** A frequency by {@link Frequency#parse}: a name or a cycle of days ({@code P27D}); {@code orElse} when absent. */
        private Frequency frequency(JsonNode n, String at, String name, Frequency orElse) {
            String text = text(n, at, name, false);
            if (text == null) {
                return orElse;
            }
            try {
                return Frequency.parse(text);
            } catch (IllegalArgumentException e) {
                throw error(join(at, name), text, e.getMessage());
            }
        }

        private <E extends Enum<E>> E choice(JsonNode n, String at, String name, Class<E> type, E orElse) {
            String text = text(n, at, name, false);
            if (text == null) {
                return orElse;
            }
            String constant = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(constant)) {
                    return e;
                }
            }
            throw error(join(at, name), text, "not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }

        private void requireObject(JsonNode n, String path) {
            if (n == null || !n.isObject()) {
                throw error(path, n == null ? null : n.toString(), "must be a JSON object");
            }
        }

        private void requireKnown(JsonNode n, String at, Set<String> known) {
            for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw error(join(at, name), null, "unknown field; the known fields here are "
                            + known.stream().sorted().collect(Collectors.joining(", ")));
                }
            }
        }

        private InputException error(String path, String value, String reason) {
            return new InputException(InputError.inField(source, path, value, reason));
        }

        private static String join(String at, String name) {
            return at.isEmpty() ? name : at + "." + name;
        }

        /** The JSON path of a terms field: its own name, or where the object nests it. */
        private static String path(String termsField) {
            for (String list : List.of("stated_schedule[", "advances[", "forgiveness[", "installments[", "repayments[",
                    "fees[")) {
                if (termsField.startsWith(list)) {
                    // The terms count from 1, as a reader of the document does; JSON paths from 0.
                    int close = termsField.indexOf(']');
                    int index = Integer.parseInt(termsField.substring(list.length(), close)) - 1;
                    return list + index + "]" + termsField.substring(close + 1);
                }
            }
            return switch (termsField) {
                case "deferral_through" -> "deferral.through";
                case "prepayment_penalty" -> "prepayment.penalty_rate";
                case "cure_days" -> "default.cure_days";
                case "default_rate" -> "default.default_rate";
                case "default_margin" -> "default.default_margin";
                case "late_charge_rate" -> "default.late_charge.rate";
                case "late_charge_amount" -> "default.late_charge.amount";
                case "late_charge_grace_days" -> "default.late_charge.grace_days";
                case "late_charge_max" -> "default.late_charge.max";
                case "collateral_value" -> "security.collateral_value";
                case "rate.first_reset_date", "rate.lookback_days" -> termsField;
                case "rate.conversion_date" -> "rate.on";
                case "rate.after.first_reset_date" -> "rate.after.first_reset_date";
                default -> termsField;
            };
        }
    }
}
