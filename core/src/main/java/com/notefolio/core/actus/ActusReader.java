package com.notefolio.core.actus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.notefolio.core.convention.BusinessCalendar;
import com.notefolio.core.convention.BusinessDayAdjustment;
import com.notefolio.core.convention.BusinessDayConvention;
import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.ScheduleConventions;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Reads ACTUS contract terms in the data dictionary's JSON form into Notefolio notes. A file holds one
 * contract object (its terms by their data-dictionary names: {@code contractType}, {@code contractID},
 * {@code notionalPrincipal}, ...), an array of them, or a reference test bed: an object of cases keyed by
 * id, each with {@code terms}, a {@code to} horizon and {@code dataObserved} index series. Values may be
 * strings (with blanks around them) or numbers.
 *
 * <p>The mapping, term by term: {@code contractType} PAM, ANN, LAM, NAM → interest-only, level payment
 * (re-amortized at resets, the ACTUS annuity of each period's year fraction), constant principal, level
 * payment kept at resets; {@code contractRole} RPA/RPL → the events' sign; {@code initialExchangeDate} →
 * issue date; {@code maturityDate} (for ANN also {@code amortizationDate}, the end of a longer amortization;
 * for LAM derived from {@code nextPrincipalRedemptionPayment} as ACTUS derives it) → maturity;
 * {@code cycleAnchorDateOfInterestPayment} and {@code cycleOfInterestPayment} → first payment date and
 * frequency (P1M, P2M, P3M, P6M, P12M, P1Y; stub L0 short, L1 long); {@code dayCountConvention} A365, A360,
 * AA, 30E360 → ACT/365F, ACT/360, ACT/ACT ISDA, 30E/360; {@code endOfMonthConvention} EOM/SD;
 * {@code businessDayConvention} (SCF, SCMF, CSF, CSMF, SCP, SCMP, CSP, CSMP) on {@code calendar} MF → due
 * dates moved on a Saturday–Sunday calendar, the accrual with them (SC) or not (CS); NOS or NC → none;
 * {@code nominalInterestRate} → the (initial) rate; the rate-reset terms ({@code marketObjectCodeOfRateReset},
 * {@code cycleAnchorDateOfRateReset}, {@code cycleOfRateReset}, {@code rateSpread}, {@code rateMultiplier},
 * {@code fixingDays}, {@code periodCap}, {@code periodFloor}, {@code lifeCap}, {@code lifeFloor}) → a
 * floating rate, and with {@code nextResetRate} a conversion to it from its first reset;
 * {@code nextPrincipalRedemptionPayment} → the stated payment (ANN, NAM), rounded to the cent, or the
 * constant principal it must equal (LAM); {@code purchaseDate} with {@code priceAtPurchaseDate} and
 * {@code terminationDate} with {@code priceAtTerminationDate} → the holder's purchase after the issue and the
 * termination before the maturity ({@link ActusTrade}; a time of 23:59:59 accrues to the end of its day), an
 * {@code accruedInterest} at issue then allowed when the purchase comes on or after the first interest
 * payment that pays it. A negative {@code nominalInterestRate} is a fixed rate that allows it
 * ({@link RateTerms.Fixed#negativeRates()}), as ACTUS means it. A contract already running at its
 * {@code statusDate} (its initial exchange before it) is the note of ACTUS's state then: it starts on the status date
 * with the stated notional and no interest accrued, its interest cycle and resets keep their anchors (the first
 * payment and reset the first cycle dates after the status date), and only the events after the status date are
 * stated. Index values are rounded to 10 decimals, half up (Notefolio's
 * rate precision; ACTUS states up to 18).
 *
 * <p>LAX: the interest arrays ({@code arrayCycleAnchorDateOfInterestPayment}, {@code arrayCycleOfInterestPayment})
 * must make one cycle; each principal segment ({@code arrayCycleAnchorDateOfPrincipalRedemption} with its cycle,
 * amount and {@code arrayIncreaseDecrease}) falls on its dates — a decrease an {@link InstallmentStep} of principal
 * from its anchor, an increase an advance on each of its dates (the note's principal then the most it lends) — and
 * without a maturity the contract matures when the decreases retire the notional. CLM: interest-only, the interest of
 * each cycle date before the maturity capitalized (a {@link Deferral} through the last), the cycle anchored on the
 * initial exchange, events stated after the status date; without a maturity, it is repaid at the settlement of an
 * observed demand ({@code eventsObserved} XD, {@code xDayNotice} after it), else on the horizon {@code to}, the
 * demand date the analyst assumes. UMP: the same capitalizing balance, with no maturity: the horizon is the assumed
 * demand date and only the events before it are stated (ACTUS states no repayment).
 *
 * <p>Whatever Notefolio's one schedule engine cannot do is reported with the term, value and reason
 * ({@link ActusUnsupported}): scaling, interest calculation bases other than the notional, cycles of more than 366 days,
 * LAX interest and principal on different cycles or an increase after a decrease, LAX rate arrays, observed principal changes,
 * a negative fixed rate before a conversion, a contract already running at the status date whose redemptions may have
 * begun, whose interest accrued or was capitalized before it, or that is LAX, and principal redeemed on the issue day. A floating rate may go below zero (as ACTUS's does) and a reset inside an interest period
 * takes effect on its date ({@link RateTerms.Floating.ResetTiming#ON_RESET_DATE}), as ACTUS resets. A file that is not JSON fails as bad input naming line and column.
 */
public final class ActusReader {

    // Decimals as written: a number such as 0.05 must not pass through a double.
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern CYCLE = Pattern.compile("P(\\d+)([DWMQHY])L?([01])?");
    private static final Pattern DAYS = Pattern.compile("P(\\d+)D");
    private static final int RATE_DECIMALS = NoteTerms.MAX_RATE_DECIMALS;

    private ActusReader() {
    }

    /** The contracts of an ACTUS JSON file. */
    public static ActusContracts read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(JSON.readTree(in), file.toString());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(InputError.inColumn(file.toString(), at == null ? 0 : at.getLineNr(),
                    at == null ? null : String.valueOf(at.getColumnNr()), null, "is not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(InputError.inField(file.toString(), "file", "", "cannot be read: " + e.getMessage()));
        }
    }

    /** The contracts of a parsed ACTUS document, {@code source} naming it in messages. */
    public static ActusContracts read(JsonNode root, String source) {
        List<ActusContract> contracts = new ArrayList<>();
        List<ActusUnsupported> unsupported = new ArrayList<>();
        if (root == null || !(root.isArray() || root.isObject())) {
            throw new InputException(InputError.inField(source, "contracts", root == null ? "" : root.getNodeType().toString(),
                    "must be a contract object, an array of them or a test bed of cases keyed by id"));
        }
        if (root.isArray()) {
            for (JsonNode c : root) {
                one(c, null, text(c, "contractID"), contracts, unsupported);
            }
        } else if (root.has("contractType") || root.has("contractID")) {
            one(root, null, text(root, "contractID"), contracts, unsupported);
        } else {
            Iterator<Map.Entry<String, JsonNode>> cases = root.fields();
            while (cases.hasNext()) {
                Map.Entry<String, JsonNode> c = cases.next();
                JsonNode terms = c.getValue().get("terms");
                if (terms == null) {
                    unsupported.add(new ActusUnsupported(c.getKey(), "terms", "", "the case holds no terms"));
                    continue;
                }
                one(terms, c.getValue(), c.getKey(), contracts, unsupported);
            }
        }
        return new ActusContracts(contracts, unsupported);
    }

    /** One contract's terms, with its test-bed case ({@code to}, {@code dataObserved}, {@code eventsObserved}) or {@code null}. */
    private static void one(JsonNode terms, JsonNode testCase, String caseId, List<ActusContract> contracts,
                            List<ActusUnsupported> unsupported) {
        String id = caseId != null && !caseId.isBlank() ? caseId : text(terms, "contractID");
        try {
            contracts.add(new Mapping(id, terms, testCase == null ? null : testCase.get("to"),
                    testCase == null ? null : testCase.get("dataObserved"),
                    testCase == null ? null : testCase.get("eventsObserved")).contract());
        } catch (Unsupported e) {
            unsupported.add(new ActusUnsupported(id, e.term, e.value, e.getMessage()));
        } catch (InvalidTermsException e) {
            unsupported.add(new ActusUnsupported(id, e.getMessage().contains("rate") ? "rate terms" : "terms", "",
                    "the note these terms make is invalid: " + e.getMessage()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            unsupported.add(new ActusUnsupported(id, "terms", "", e.getMessage()));
        }
    }

    /**
     * A LAX contract's principal arrays as a note holds them: the maturity (stated, or where the decreases retire
     * the notional), the decreases as stepped principal installments, the increases as advances after the
     * notional lent at issue (none when the contract only decreases), and the most it lends.
     */
    private record PrincipalArrays(LocalDate maturity, List<InstallmentStep> steps, List<DatedAmount> advances,
                                   BigDecimal mostLent, Frequency principalFrequency) {
    }

    /** A term Notefolio cannot represent. */
    private static final class Unsupported extends RuntimeException {
        final String term;
        final String value;

        Unsupported(String term, String value, String reason) {
            super(reason, null, false, false);
            this.term = term;
            this.value = value;
        }
    }

    /** A cycle of the data dictionary: P{n}{unit}L{stub}. */
    private record Cycle(int count, char unit, boolean longStub) {
        /** Months of a month-based cycle; 0 for days and weeks. */
        int months() {
            return switch (unit) {
                case 'M' -> count;
                case 'Q' -> 3 * count;
                case 'H' -> 6 * count;
                case 'Y' -> 12 * count;
                default -> 0;
            };
        }
    }

    /** The mapping of one contract's terms. */
    private static final class Mapping {
        private final String id;
        private final JsonNode terms;
        private final JsonNode to;
        private final JsonNode observed;
        private final JsonNode events;

        Mapping(String id, JsonNode terms, JsonNode to, JsonNode observed, JsonNode events) {
            this.id = id;
            this.terms = terms;
            this.to = to;
            this.observed = observed;
            this.events = events;
        }

        ActusContract contract() {
            if (id == null || id.isBlank()) {
                throw new Unsupported("contractID", "", "is required");
            }
            String typeText = required("contractType");
            ActusContractType type;
            try {
                type = ActusContractType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Unsupported("contractType", typeText, "Notefolio represents PAM, ANN, LAM, NAM, LAX, CLM and UMP contracts");
            }
            ContractRole role = role();
            refuseUnsupportedFeatures(type);
            LocalDate status = date("statusDate");
            LocalDate issue = requiredDate("initialExchangeDate");
            // A contract already running at its status date: ACTUS starts from the state its terms state then (the
            // notional outstanding, the interest accrued) and states the events after it. The note is that state: it
            // starts on the status date with the stated notional, its cycles keep their anchors.
            boolean running = status != null && issue.isBefore(status);
            if (running) {
                refuseRunning(type, status);
            }
            LocalDate start = running ? status : issue;
            BigDecimal principal = requiredDecimal("notionalPrincipal");
            if (principal.signum() <= 0) {
                throw new Unsupported("notionalPrincipal", principal.toPlainString(), "must be positive (the role gives the sign)");
            }
            // ACTUS's default rate is 0; an undefined-maturity balance (UMP) may state none.
            BigDecimal rate = type == ActusContractType.UMP && text("nominalInterestRate") == null ? BigDecimal.ZERO
                    : requiredDecimal("nominalInterestRate");
            boolean resets = text("cycleOfRateReset") != null || text("cycleAnchorDateOfRateReset") != null;
            if (rate.signum() < 0 && resets && text("nextResetRate") != null) {
                throw new Unsupported("nominalInterestRate", rate.toPlainString(), "a negative fixed rate before a "
                        + "conversion to a floating rate (nextResetRate) is not mapped");
            }
            DayCount basis = dayCount();
            ScheduleConventions conventions = ScheduleConventions.US_LENDER
                    .withEndOfMonth("EOM".equalsIgnoreCase(text("endOfMonthConvention"))
                            ? ScheduleConventions.EndOfMonth.MONTH_END : ScheduleConventions.EndOfMonth.SAME_DAY)
                    .withAnnuity(ScheduleConventions.Annuity.ACCRUAL_FRACTIONS)
                    .withBusinessDays(businessDays());

            // The interest cycle gives the due dates; for ANN, LAM, NAM the principal cycle must be the same.
            // LAX states its cycles in arrays: the interest arrays must make one cycle, the principal segments
            // fall on its dates (ActusReader.Mapping#principalArrays).
            boolean arrays = type == ActusContractType.LAX;
            Cycle ipCycle = arrays ? arrayInterestCycle() : cycle("cycleOfInterestPayment");
            Cycle prCycle = !type.redeemsPrincipal() || arrays ? null : cycle("cycleOfPrincipalRedemption");
            if (type.redeemsPrincipal() && !arrays && prCycle == null) {
                throw new Unsupported("cycleOfPrincipalRedemption", "", "is required for " + type);
            }
            if (ipCycle == null) {
                ipCycle = prCycle;
            }
            LocalDate ipAnchor = arrays ? arrayInterestAnchor() : date("cycleAnchorDateOfInterestPayment");
            LocalDate prAnchor = arrays ? null : date("cycleAnchorDateOfPrincipalRedemption");
            if (prCycle != null && prAnchor != null && prAnchor.equals(issue)) {
                throw new Unsupported("cycleAnchorDateOfPrincipalRedemption", text("cycleAnchorDateOfPrincipalRedemption"),
                        "is the initialExchangeDate: ACTUS redeems principal on the issue day, a Notefolio note first repays "
                                + "on its first due date");
            }
            if (ipAnchor == null) {
                ipAnchor = prAnchor != null ? prAnchor : null;
            }
            Frequency frequency;
            LocalDate firstPayment;
            LocalDate firstPrincipal = null;
            boolean interestAtIssue = false;
            Amortization amortization = type.amortization();
            if (ipCycle == null) {
                if (type.redeemsPrincipal()) {
                    throw new Unsupported(arrays ? "arrayCycleOfInterestPayment" : "cycleOfInterestPayment", "",
                            "is required for " + type);
                }
                frequency = Frequency.AT_MATURITY;
                amortization = Amortization.BULLET;
                firstPayment = null;
            } else {
                frequency = frequency("cycleOfInterestPayment", ipCycle);
                if (ipAnchor == null) {
                    // Call money's interest cycle is anchored on its initial exchange (clm12: an IPCI there).
                    ipAnchor = type == ActusContractType.CLM ? issue : frequency.plusPeriods(issue, 1);
                }
                if (ipAnchor.isBefore(issue)) {
                    throw new Unsupported("cycleAnchorDateOfInterestPayment", ipAnchor.toString(), "is before the initialExchangeDate " + issue);
                }
                LocalDate cycleAnchor = ipAnchor;
                if (running && !ipAnchor.isAfter(status)) {
                    // The cycle dates up to the status date are past: the first payment is the first one after it.
                    long k = 1;
                    while (!rolled(cycleAnchor, frequency, k, conventions).isAfter(status)) {
                        k++;
                    }
                    ipAnchor = rolled(cycleAnchor, frequency, k, conventions);
                } else if (ipAnchor.equals(issue)) {
                    interestAtIssue = true; // ACTUS states a zero payment on the anchor
                    ipAnchor = rolled(issue, frequency, 1, conventions);
                }
                firstPayment = ipAnchor;
                conventions = conventions.withLastPeriod(ipCycle.longStub()
                        ? ScheduleConventions.LastPeriod.LONG : ScheduleConventions.LastPeriod.SHORT);
                if (!cycleAnchor.equals(ipAnchor) && frequency.rollsByMonths()
                        && ipAnchor.getDayOfMonth() != cycleAnchor.getDayOfMonth()
                        && !(conventions.endOfMonth() == ScheduleConventions.EndOfMonth.MONTH_END
                        && cycleAnchor.getDayOfMonth() == cycleAnchor.lengthOfMonth())) {
                    // The cycle rolls from its anchor (the issue date, or one before the status date) by the anchor's
                    // day of the month, capped at each month's length.
                    conventions = conventions.withPaymentDay(cycleAnchor.getDayOfMonth());
                }
            }
            Frequency principalFrequency = null;
            if (prCycle != null) {
                Frequency prFrequency = frequency("cycleOfPrincipalRedemption", prCycle);
                if (!prFrequency.equals(frequency)) {
                    if (type != ActusContractType.LAM) {
                        throw new Unsupported("cycleOfPrincipalRedemption", text("cycleOfPrincipalRedemption"),
                                "differs from the interest cycle " + text("cycleOfInterestPayment") + ": a " + type
                                        + " payment pays interest and principal together, on one cycle (only LAM's"
                                        + " linear principal has a cycle of its own)");
                    }
                    // LAM (lam23, lam24): principal on its own cycle, its interest carried to the interest dates.
                    principalFrequency = prFrequency;
                    firstPrincipal = prAnchor != null ? prAnchor : rolled(issue, prFrequency, 1, conventions);
                }
                if (principalFrequency == null && prAnchor != null && prAnchor.isBefore(firstPayment)) {
                    throw new Unsupported("cycleAnchorDateOfPrincipalRedemption", prAnchor.toString(),
                            "is before the first interest payment " + firstPayment + ": a Notefolio note pays interest "
                                    + "on every due date");
                }
                if (principalFrequency == null && prAnchor != null && prAnchor.isAfter(firstPayment)) {
                    firstPrincipal = prAnchor; // interest only until then: a lead-in
                }
            }

            NoteTerms.Builder note = NoteTerms.builder(id)
                    .borrower(text("counterpartyID") != null ? text("counterpartyID") : "ACTUS " + id)
                    .currency(text("currency") == null ? "USD" : text("currency"))
                    .principal(cents("notionalPrincipal", principal))
                    .issueDate(start)
                    .firstPaymentDate(firstPayment)
                    .frequency(frequency)
                    .amortization(amortization)
                    .accrualBasis(basis)
                    .firstPrincipalDate(firstPrincipal)
                    .principalFrequency(principalFrequency)
                    .conventions(conventions);
            wholeDay("capitalizationEndDate");
            LocalDate capitalizationEnd = date("capitalizationEndDate");
            // Interest capitalized on every interest date through the end date (and on it): a deferral that capitalizes.
            Deferral deferral = capitalizationEnd == null ? null
                    : new Deferral(capitalizationEnd, Deferral.DeferredInterest.CAPITALIZE);
            List<DatedAmount> advances = List.of();
            List<InstallmentStep> steps = List.of();
            IndexData indices = IndexData.NONE;
            RateTerms rateTerms;
            if (resets) {
                String index = required("marketObjectCodeOfRateReset");
                rateTerms = floating(index, rate, start);
                indices = indices(index);
            } else {
                // ACTUS states a negative rate as it means it (ump05: a −0.5% deposit): the note's fixed rate opts in.
                rateTerms = RateTerms.fixed(rate(rate, "nominalInterestRate"), rate.signum() < 0
                        ? RateTerms.Floating.NegativeRates.ALLOWED : RateTerms.Floating.NegativeRates.HELD_AT_ZERO);
            }
            note.rate(rateTerms);

            wholeDay("maturityDate");
            wholeDay("amortizationDate");
            LocalDate maturity = date("maturityDate");
            BigDecimal next = decimal("nextPrincipalRedemptionPayment");
            switch (type) {
                case PAM -> {
                    if (maturity == null) {
                        throw new Unsupported("maturityDate", "", "is required for a PAM contract");
                    }
                }
                case ANN -> {
                    LocalDate amortizationEnd = date("amortizationDate");
                    if (maturity == null) {
                        maturity = amortizationEnd;
                    }
                    if (maturity == null) {
                        throw new Unsupported("maturityDate", "", "neither maturityDate nor amortizationDate is stated: "
                                + "ACTUS derives the maturity from the payment, a Notefolio note states it");
                    }
                    if (amortizationEnd != null && amortizationEnd.isAfter(maturity)) {
                        note.amortizationMonths(amortizationMonths(firstPayment, amortizationEnd, frequency));
                    }
                    if (next != null) {
                        note.statedPayment(cents("nextPrincipalRedemptionPayment", next));
                    }
                }
                case LAM -> {
                    if (maturity == null) {
                        if (next == null || next.signum() <= 0) {
                            throw new Unsupported("maturityDate", "", "neither maturityDate nor nextPrincipalRedemptionPayment "
                                    + "is stated, so the term of the linear amortization is not known");
                        }
                        // ACTUS: as many redemptions as it takes to retire the notional at that amount.
                        long periods = principal.divide(next, 0, RoundingMode.CEILING).longValueExact();
                        maturity = rolled(firstPrincipal != null ? firstPrincipal : firstPayment,
                                principalFrequency != null ? principalFrequency : frequency, periods - 1, conventions);
                    }
                    if (next != null) {
                        note.statedPayment(cents("nextPrincipalRedemptionPayment", next));
                    }
                }
                case NAM -> {
                    if (maturity == null) {
                        throw new Unsupported("maturityDate", "", "is required: ACTUS derives a negative amortizer's maturity "
                                + "from its payment, a Notefolio note states it");
                    }
                    if (next == null) {
                        throw new Unsupported("nextPrincipalRedemptionPayment", "", "is required: a NAM contract's payment");
                    }
                    note.statedPayment(cents("nextPrincipalRedemptionPayment", next)).paymentOnReset(PaymentOnReset.KEEP_PAYMENT);
                }
                case LAX -> {
                    PrincipalArrays lax = principalArrays(issue, principal, firstPayment, frequency, conventions, maturity);
                    maturity = lax.maturity();
                    steps = lax.steps();
                    advances = lax.advances();
                    note.principalFrequency(lax.principalFrequency());
                    if (!advances.isEmpty()) {
                        // A grid note: its principal is the most it lends, the notional at issue its first advance.
                        note.principal(cents("notionalPrincipal", lax.mostLent()));
                    }
                    RateTerms fixedSegments = fixedRateArrays(start, rateTerms, resets);
                    if (fixedSegments != null) {
                        note.rate(fixedSegments);
                    }
                }
                case CLM, UMP -> {
                    if (type == ActusContractType.UMP && exercise() != null) {
                        throw new Unsupported("eventsObserved", "XD " + exercise(), "an observed demand of an undefined "
                                + "maturity profile is not mapped: its events are valued to the horizon as the assumed demand");
                    }
                    LocalDate demanded = type == ActusContractType.CLM ? exercise() : null;
                    if (demanded != null && (maturity == null || settlement(demanded).isBefore(maturity))) {
                        // Called before its maturity (or with none): repaid at the settlement, the notice after the demand.
                        maturity = settlement(demanded);
                    } else if (maturity == null) {
                        maturity = demandDate(type, start);
                    } else if (type == ActusContractType.UMP) {
                        throw new Unsupported("maturityDate", text("maturityDate"), "an undefined maturity profile states "
                                + "no maturity");
                    }
                    if (firstPayment != null && firstPayment.isAfter(maturity)) {
                        // The demand comes before the first cycle date: one period, paid at the demand (clm12).
                        firstPayment = maturity;
                        note.firstPaymentDate(maturity);
                    }
                }
                default -> throw new IllegalStateException(type.toString());
            }
            note.maturityDate(maturity);
            if (firstPayment != null && firstPayment.isAfter(maturity)) {
                throw new Unsupported("cycleAnchorDateOfInterestPayment", firstPayment.toString(), "is after the maturity " + maturity);
            }
            if (deferral != null || !advances.isEmpty() || !steps.isEmpty()) {
                note.structure(new StructureTerms(null, advances, deferral, List.of(), steps));
            }
            NoteTerms built = note.build();
            if (type.capitalizesInterest()) {
                // Every cycle date before the maturity (or the demand) capitalizes its interest: a deferral through the
                // last of them; the maturity pays the interest since then with the principal.
                List<LocalDate> due = ScheduleResolver.dueDateList(built);
                if (due.size() > 1) {
                    if (deferral != null) {
                        throw new Unsupported("capitalizationEndDate", text("capitalizationEndDate"), type + " capitalizes "
                                + "the interest of every cycle date already");
                    }
                    built = note.structure(new StructureTerms(null, List.of(), new Deferral(due.get(due.size() - 2),
                            Deferral.DeferredInterest.CAPITALIZE), List.of())).build();
                }
            }
            String startName = running ? "status date" : "initial exchange";
            ActusTrade purchase = trade("purchaseDate", "priceAtPurchaseDate", start, startName, maturity);
            ActusTrade termination = purchase == null
                    ? trade("terminationDate", "priceAtTerminationDate", start, startName, maturity)
                    : trade("terminationDate", "priceAtTerminationDate", purchase.date(), "purchase", maturity);
            BigDecimal accrued = decimal("accruedInterest");
            if (accrued != null && accrued.signum() != 0
                    && (purchase == null || firstPayment == null || purchase.date().isBefore(firstPayment))) {
                // Bought on or after the first interest payment, the holder never sees it: the seller was paid it.
                throw new Unsupported("accruedInterest", accrued.toPlainString(), running
                        ? "interest accrued before the status date, which the first payment after it pays, is not a term "
                                + "of a Notefolio note (it accrues from its start)"
                        : "interest accrued before the initial exchange is not a term of a Notefolio note");
            }
            RateTerms timed = resetTiming(built);
            if (timed != built.rate()) {
                built = note.rate(timed).build();
            }
            try {
                ScheduleResolver.resolve(built, indices);
            } catch (IllegalArgumentException e) {
                throw new Unsupported("dataObserved", text("marketObjectCodeOfRateReset"), "the index data does not set "
                        + "every reset: " + e.getMessage());
            }
            BigDecimal premium = decimal("premiumDiscountAtIED");
            LocalDate horizon = to == null || to.asText().isBlank() ? null : parseDate("to", to.asText());
            if (type == ActusContractType.UMP) {
                // The horizon is the analyst's assumed demand date; ACTUS states no repayment of an undefined
                // maturity, so the events stated are those before it (ump02..ump04).
                horizon = horizon.minusDays(1);
            }
            boolean paymentFixed = type == ActusContractType.ANN && next == null;
            // Call money states its events after its status date: an initial exchange on it is already made (clm01).
            // So does a contract already running at it: its state is the note's start.
            LocalDate statedAfter = type == ActusContractType.CLM || running ? status : null;
            return new ActusContract(id, type, role, built, indices, premium, horizon, interestAtIssue, paymentFixed,
                    purchase, termination, statedAfter, type == ActusContractType.CLM && exercise() != null
                            && settlement(exercise()).equals(maturity) ? exercise() : null);
        }

        /**
         * A purchase or termination ({@code dateTerm} with its price {@code priceTerm}), or {@code null} when
         * the date is not stated; it must fall after {@code after} (the issue, or the purchase) and before the
         * maturity. A time of 23:59:59 accrues interest to the end of the day; any other time but midnight is
         * refused, as for the other dates.
         */
        private ActusTrade trade(String dateTerm, String priceTerm, LocalDate after, String afterName, LocalDate maturity) {
            String t = text(dateTerm);
            if (t == null) {
                return null;
            }
            LocalDate date = parseDate(dateTerm, t);
            boolean endOfDay = t.length() > 10 && t.substring(10).matches("T23:59:59(\\.0+)?");
            if (!endOfDay) {
                wholeDay(dateTerm);
            }
            BigDecimal price = decimal(priceTerm);
            if (price == null) {
                throw new Unsupported(priceTerm, "", "is required with the " + dateTerm);
            }
            if (!date.isAfter(after) || !date.isBefore(maturity)) {
                throw new Unsupported(dateTerm, t, "must fall after the " + afterName + " " + after
                        + " and before the maturity " + maturity);
            }
            return new ActusTrade(date, price, endOfDay ? date.plusDays(1) : date);
        }

        private ContractRole role() {
            String r = required("contractRole");
            try {
                return ContractRole.valueOf(r.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Unsupported("contractRole", r, "Notefolio states the lender's (RPA) or the borrower's (RPL) side");
            }
        }

        /**
         * {@code businessDayConvention} with {@code calendar}: SC (shift, then calculate) moves the accrual with
         * the payment, CS (calculate, then shift) only the payment; F, MF, P, MP the move; calendar NC none,
         * MF Monday to Friday.
         */
        private BusinessDayAdjustment businessDays() {
            String bdc = text("businessDayConvention");
            if (bdc == null || bdc.equalsIgnoreCase("NOS")) {
                return BusinessDayAdjustment.NONE;
            }
            String code = bdc.strip().toUpperCase(Locale.ROOT);
            BusinessDayAdjustment.Accrual accrual = code.startsWith("SC") ? BusinessDayAdjustment.Accrual.ADJUSTED
                    : code.startsWith("CS") ? BusinessDayAdjustment.Accrual.UNADJUSTED : null;
            BusinessDayConvention move = switch (code.length() > 2 ? code.substring(2) : "") {
                case "F" -> BusinessDayConvention.FOLLOWING;
                case "MF" -> BusinessDayConvention.MODIFIED_FOLLOWING;
                case "P" -> BusinessDayConvention.PRECEDING;
                case "MP" -> BusinessDayConvention.MODIFIED_PRECEDING;
                default -> null;
            };
            if (accrual == null || move == null) {
                throw new Unsupported("businessDayConvention", bdc, "not an ACTUS business-day convention (NOS, SCF, SCMF, "
                        + "CSF, CSMF, SCP, SCMP, CSP, CSMP)");
            }
            String cal = text("calendar");
            BusinessCalendar calendar;
            if (cal == null || cal.equalsIgnoreCase("NC") || cal.equalsIgnoreCase("NoCalendar")) {
                return BusinessDayAdjustment.NONE; // every day a business day: nothing moves
            } else if (cal.equalsIgnoreCase("MF") || cal.equalsIgnoreCase("MondayToFriday")) {
                calendar = BusinessCalendar.WEEKENDS;
            } else {
                throw new Unsupported("calendar", cal, "ACTUS names two calendars, NC (none) and MF (Monday to Friday)");
            }
            return new BusinessDayAdjustment(calendar, move, accrual);
        }

        /**
         * What a contract already running at its status date may not have done by then for its state to be a note
         * starting on it: redeemed principal on a cycle (ACTUS then goes on from the stated notional and payment, a
         * cycle a Notefolio note would have to restart), reset its rate, capitalized interest; a LAX contract's
         * arrays are not mapped from a later start.
         */
        private void refuseRunning(ActusContractType type, LocalDate status) {
            if (type == ActusContractType.LAX) {
                throw new Unsupported("statusDate", text("statusDate"), "a LAX contract already running at its status "
                        + "date: its principal arrays are not mapped from a later start");
            }
            LocalDate principalAnchor = date("cycleAnchorDateOfPrincipalRedemption");
            if (type.redeemsPrincipal() && (principalAnchor == null || !principalAnchor.isAfter(status))) {
                throw new Unsupported("cycleAnchorDateOfPrincipalRedemption", principalAnchor == null ? ""
                        : text("cycleAnchorDateOfPrincipalRedemption"), "the contract is already running at the statusDate "
                        + status + " and its redemptions may have begun: a Notefolio note starting there would restart "
                        + "them (an anchor after the status date is needed)");
            }
            LocalDate capitalizationEnd = date("capitalizationEndDate");
            if (capitalizationEnd != null && !capitalizationEnd.isAfter(status)) {
                throw new Unsupported("capitalizationEndDate", text("capitalizationEndDate"), "is on or before the statusDate "
                        + status + " of a contract already running: the interest it capitalized is in the stated notional, "
                        + "and a Notefolio deferral ends after the note's start");
            }
        }

        private void refuseUnsupportedFeatures(ActusContractType type) {
            String scaling = text("scalingEffect");
            if (text("marketObjectCodeOfScalingIndex") != null || (scaling != null && !scaling.equals("OOO"))) {
                throw new Unsupported("scalingEffect", scaling, "index scaling of notional or interest (SC events) is not a "
                        + "Notefolio term");
            }
            String base = text("interestCalculationBase");
            if (base != null && !base.equalsIgnoreCase("NT")) {
                throw new Unsupported("interestCalculationBase", base, "a Notefolio note accrues on its outstanding "
                        + "notional (NT), not on the notional at issue or a lagged one (IPCB events)");
            }
            if (text("cycleOfInterestCalculationBase") != null) {
                throw new Unsupported("cycleOfInterestCalculationBase", text("cycleOfInterestCalculationBase"),
                        "a lagged interest calculation base (IPCB events) is not a Notefolio term");
            }
            if (text("feeRate") != null && decimal("feeRate").signum() != 0) {
                throw new Unsupported("feeRate", text("feeRate"), "fees (FP events) are not a term of a Notefolio note");
            }
            BigDecimal multiplier = decimal("rateMultiplier");
            if (multiplier != null && multiplier.signum() == 0 && text("cycleOfRateReset") != null) {
                throw new Unsupported("rateMultiplier", multiplier.toPlainString(), "a multiplier of 0 reads no index: "
                        + "the rate is the spread, a fixed rate, and a Notefolio floating rate's multiplier is not 0");
            }
        }

        private DayCount dayCount() {
            String dc = required("dayCountConvention");
            return switch (dc.toUpperCase(Locale.ROOT)) {
                case "A365" -> DayCounts.ACT_365F;
                case "A360" -> DayCounts.ACT_360;
                case "AA" -> DayCounts.ACT_ACT_ISDA;
                case "30E360" -> DayCounts.THIRTY_E_360;
                default -> throw new Unsupported("dayCountConvention", dc, "Notefolio counts A365, A360, AA (ACT/ACT ISDA) "
                        + "and 30E360; not this one");
            };
        }

        private Cycle cycle(String term) {
            return cycle(term, text(term));
        }

        private Cycle cycle(String term, String c) {
            if (c == null) {
                return null;
            }
            Matcher m = CYCLE.matcher(c.toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new Unsupported(term, c, "is not a cycle P{n}{D|W|M|Q|H|Y}L{0|1}");
            }
            // The stub digit: 0 a long last period, 1 a short one (the data dictionary's "L0"/"L1"); short when absent.
            return new Cycle(Integer.parseInt(m.group(1)), m.group(2).charAt(0), "0".equals(m.group(3)));
        }

        private Frequency frequency(String term, Cycle cycle) {
            int months = cycle.months();
            // Weeks and days roll by a fixed count of days from the anchor (P2W is BIWEEKLY, P27D a cycle of 27 days).
            int days = cycle.unit() == 'W' ? 7 * cycle.count() : cycle.unit() == 'D' ? cycle.count() : 0;
            if (months == 0 && days >= 1 && days <= Frequency.MAX_CYCLE_DAYS) {
                return Frequency.ofDays(days);
            }
            for (Frequency f : Frequency.values()) {
                if (f.isRegular() && months > 0 && f.months() == months) {
                    return f;
                }
            }
            throw new Unsupported(term, text(term), months == 0
                    ? "a cycle of " + days + " days: Notefolio rolls by 1 to " + Frequency.MAX_CYCLE_DAYS + " days"
                    : "a cycle of " + months + " months: Notefolio pays monthly, every two months, quarterly, semi-annually or annually");
        }

        /** A term's values: each element of a JSON array, or the one value; empty when absent. */
        private List<String> values(String term) {
            JsonNode v = terms == null ? null : terms.get(term);
            List<String> out = new ArrayList<>();
            if (v != null && v.isArray()) {
                for (JsonNode e : v) {
                    String t = e.isNumber() ? e.decimalValue().toPlainString() : e.asText().strip();
                    if (!t.isEmpty()) {
                        out.add(t);
                    }
                }
            } else if (text(term) != null) {
                out.add(text(term));
            }
            return out;
        }

        private List<LocalDate> dates(String term) {
            List<LocalDate> out = new ArrayList<>();
            for (String v : values(term)) {
                out.add(parseDate(term, v));
            }
            for (int i = 1; i < out.size(); i++) {
                if (!out.get(i).isAfter(out.get(i - 1))) {
                    throw new Unsupported(term, out.get(i).toString(), "must come after the anchor before it, " + out.get(i - 1));
                }
            }
            return out;
        }

        /**
         * LAX's interest cycle from {@code arrayCycleOfInterestPayment} with its anchors
         * ({@code arrayCycleAnchorDateOfInterestPayment}), or the scalar terms when no arrays are stated. A Notefolio
         * note pays interest on one frequency: every segment must state the same cycle, each later anchor fall on the
         * roll from the first; anchors without cycles (each a single interest date, as ACTUS schedules them) must be
         * evenly spaced by a whole number of months that is a Notefolio frequency.
         */
        private Cycle arrayInterestCycle() {
            List<LocalDate> anchors = dates("arrayCycleAnchorDateOfInterestPayment");
            List<String> cycles = values("arrayCycleOfInterestPayment");
            if (anchors.isEmpty() && cycles.isEmpty()) {
                return cycle("cycleOfInterestPayment");
            }
            if (!cycles.isEmpty()) {
                String first = cycles.get(0).toUpperCase(Locale.ROOT);
                for (String c : cycles) {
                    if (!c.toUpperCase(Locale.ROOT).equals(first)) {
                        throw new Unsupported("arrayCycleOfInterestPayment", String.join(",", cycles), "changes the interest "
                                + "cycle from " + cycles.get(0) + " to " + c + ": a Notefolio note pays interest on one frequency");
                    }
                }
                if (cycles.size() != 1 && cycles.size() != anchors.size()) {
                    throw new Unsupported("arrayCycleOfInterestPayment", String.join(",", cycles), "states " + cycles.size()
                            + " cycles for " + anchors.size() + " anchors");
                }
                Cycle cycle = cycle("arrayCycleOfInterestPayment", cycles.get(0));
                if (cycle.months() > 0) {
                    for (LocalDate a : anchors) {
                        long months = ChronoUnit.MONTHS.between(anchors.get(0), a);
                        if (months % cycle.months() != 0 || !anchors.get(0).plusMonths(months).equals(a)) {
                            throw new Unsupported("arrayCycleAnchorDateOfInterestPayment", a.toString(), "is not on the "
                                    + cycles.get(0) + " cycle from " + anchors.get(0) + ": a Notefolio note pays interest on one "
                                    + "regular cycle");
                        }
                    }
                } else if (anchors.size() > 1) {
                    throw new Unsupported("arrayCycleAnchorDateOfInterestPayment", anchors.get(1).toString(), "a cycle in "
                            + "days or weeks restarted at a later anchor is not a Notefolio cycle");
                }
                return cycle;
            }
            if (anchors.size() < 2) {
                throw new Unsupported("arrayCycleAnchorDateOfInterestPayment", anchors.isEmpty() ? "" : anchors.get(0).toString(),
                        "a single interest date without a cycle: a Notefolio note pays interest on a regular cycle");
            }
            long months = ChronoUnit.MONTHS.between(anchors.get(0), anchors.get(1));
            for (int i = 1; i < anchors.size(); i++) {
                if (months <= 0 || !anchors.get(0).plusMonths(months * i).equals(anchors.get(i))) {
                    throw new Unsupported("arrayCycleAnchorDateOfInterestPayment", anchors.get(i).toString(), "the interest "
                            + "dates stated without a cycle are not evenly spaced by whole months: a Notefolio note pays "
                            + "interest on one regular cycle");
                }
            }
            return new Cycle(Math.toIntExact(months), 'M', false);
        }

        /** LAX's first interest anchor, or the scalar anchor when no arrays are stated. */
        private LocalDate arrayInterestAnchor() {
            List<LocalDate> anchors = dates("arrayCycleAnchorDateOfInterestPayment");
            return anchors.isEmpty() ? date("cycleAnchorDateOfInterestPayment") : anchors.get(0);
        }

        /**
         * LAX's principal segments ({@code arrayCycleAnchorDateOfPrincipalRedemption}, {@code arrayCycleOfPrincipalRedemption},
         * {@code arrayNextPrincipalRedemptionPayment}, {@code arrayIncreaseDecrease}) on the note's due dates. ACTUS runs
         * each segment from its anchor by its cycle (once, without one) until the next anchor, the last to the
         * maturity: a decrease (DEC) redeems its amount on each of those dates (PR), an increase (INC) lends it (PI). A
         * decrease becomes an {@link InstallmentStep} of principal from its anchor — it holds on every due date until
         * the next step, so a segment must fall on the interest dates and hold until the next anchor; an increase
         * becomes an advance on each of its dates. Without a maturity, the contract matures on the date its decreases
         * retire the notional (lax04, lax14), as ACTUS derives it.
         */
        private PrincipalArrays principalArrays(LocalDate issue, BigDecimal notional, LocalDate firstPayment,
                                                Frequency frequency, ScheduleConventions conventions, LocalDate maturity) {
            List<LocalDate> anchors = dates("arrayCycleAnchorDateOfPrincipalRedemption");
            List<String> cycles = values("arrayCycleOfPrincipalRedemption");
            List<String> amounts = values("arrayNextPrincipalRedemptionPayment");
            List<String> directions = values("arrayIncreaseDecrease");
            if (anchors.isEmpty()) {
                throw new Unsupported("arrayCycleAnchorDateOfPrincipalRedemption", "", "is required for LAX");
            }
            if (firstPayment == null) {
                throw new Unsupported("arrayCycleOfInterestPayment", "", "is required for LAX: its principal falls on the "
                        + "interest dates");
            }
            requireSize("arrayNextPrincipalRedemptionPayment", amounts, anchors.size());
            requireSize("arrayIncreaseDecrease", directions, anchors.size());
            if (!cycles.isEmpty() && cycles.size() != anchors.size()) {
                requireSize("arrayCycleOfPrincipalRedemption", cycles, anchors.size());
            }
            List<InstallmentStep> steps = new ArrayList<>();
            List<DatedAmount> advances = new ArrayList<>();
            String currency = text("currency") == null ? "USD" : text("currency");
            BigDecimal balance = notional;
            BigDecimal lent = notional;
            boolean decreased = false;
            LocalDate retired = null;
            // The roll a segment's dates are on: the interest cycle's, or the decreases' principal cycle from the first.
            Frequency principalFrequency = null;
            LocalDate rollAnchor = firstPayment;
            Frequency rollFrequency = frequency;
            for (int i = 0; i < anchors.size() && retired == null; i++) {
                LocalDate anchor = anchors.get(i);
                LocalDate nextAnchor = i + 1 < anchors.size() ? anchors.get(i + 1) : null;
                String direction = directions.get(i).toUpperCase(Locale.ROOT);
                boolean increase = direction.equals("INC");
                if (!increase && !direction.equals("DEC")) {
                    throw new Unsupported("arrayIncreaseDecrease", directions.get(i), "is INC or DEC");
                }
                BigDecimal amount = cents("arrayNextPrincipalRedemptionPayment", parseDecimal("arrayNextPrincipalRedemptionPayment",
                        amounts.get(i)));
                if (amount.signum() <= 0) {
                    throw new Unsupported("arrayNextPrincipalRedemptionPayment", amounts.get(i), "must be positive");
                }
                if (!anchor.isAfter(issue)) {
                    throw new Unsupported("arrayCycleAnchorDateOfPrincipalRedemption", anchor.toString(), "is on or before the "
                            + "initialExchangeDate: a Notefolio note first repays or draws on a due date after its issue");
                }
                Cycle cycle = cycles.isEmpty() ? null : cycle("arrayCycleOfPrincipalRedemption", cycles.get(i));
                Frequency segmentFrequency = cycle == null ? frequency : frequency("arrayCycleOfPrincipalRedemption", cycle);
                if (!segmentFrequency.equals(frequency) && (increase || decreased)) {
                    // Decreases on a cycle of their own (lax16: yearly interest, monthly redemptions) are the note's
                    // principal cycle, anchored on the first decrease: an increase, or a later decrease, may not start one.
                    throw new Unsupported("arrayCycleOfPrincipalRedemption", cycles.get(i), "differs from the interest cycle "
                            + "from " + anchor + ": only the decreases, all of them, may have a principal cycle of their own");
                }
                if (principalFrequency == null && !segmentFrequency.equals(frequency)) {
                    principalFrequency = segmentFrequency;
                    rollAnchor = anchor;
                    rollFrequency = segmentFrequency;
                } else if (principalFrequency != null && !segmentFrequency.equals(principalFrequency)) {
                    throw new Unsupported("arrayCycleOfPrincipalRedemption", cycles.get(i), "differs from the principal "
                            + "cycle " + principalFrequency + " of the decreases before it: a Notefolio note has one");
                }
                int k = dueIndex(anchor, rollAnchor, rollFrequency, conventions);
                if (k < 0) {
                    throw new Unsupported("arrayCycleAnchorDateOfPrincipalRedemption", anchor.toString(), "is not an interest "
                            + "payment date: a Notefolio note pays interest and principal on the same dates");
                }
                if (increase && decreased) {
                    throw new Unsupported("arrayIncreaseDecrease", String.join(",", directions), "an increase from " + anchor
                            + " after a decrease: the decrease's installment would have to stop there, and a Notefolio "
                            + "installment step is a positive principal (the engine would need a step of zero principal)");
                }
                LocalDate end = nextAnchor != null ? nextAnchor : maturity;
                if (cycle == null && nextAnchor != null && !rolled(rollAnchor, rollFrequency, k + 1, conventions).equals(nextAnchor)) {
                    throw new Unsupported("arrayCycleOfPrincipalRedemption", "", "the segment from " + anchor + " has no cycle: "
                            + "ACTUS redeems once on its anchor and nothing until " + nextAnchor + ", a Notefolio installment "
                            + "holds on every due date until the next step");
                }
                if (!increase) {
                    steps.add(new InstallmentStep(anchor, money(amount, currency), InstallmentStep.Kind.PRINCIPAL));
                    decreased = true;
                }
                // The segment's dates: from its anchor by the cycle until the next anchor (the last to the maturity).
                for (int j = k; ; j++) {
                    LocalDate d = rolled(rollAnchor, rollFrequency, j, conventions);
                    if (end != null && !d.isBefore(end)) {
                        break;
                    }
                    if (j - k > 10_000) {
                        throw new Unsupported("maturityDate", "", "is not stated and the decreases do not retire the notional "
                                + "within 10,000 periods");
                    }
                    if (increase) {
                        if (end == null) {
                            throw new Unsupported("maturityDate", "", "is not stated and the last segment increases the "
                                    + "notional: the contract never matures");
                        }
                        advances.add(new DatedAmount(d, money(amount, currency)));
                        balance = balance.add(amount);
                        lent = lent.add(amount);
                    } else {
                        balance = balance.subtract(amount);
                        if (maturity == null && balance.signum() <= 0) {
                            retired = d;
                            break;
                        }
                    }
                    if (cycle == null) {
                        break; // a segment without a cycle is its anchor alone
                    }
                }
            }
            if (maturity == null) {
                if (retired == null) {
                    throw new Unsupported("maturityDate", "", "is not stated and the decreases do not retire the notional "
                            + "by the last anchor");
                }
                maturity = retired;
            }
            if (!advances.isEmpty()) {
                advances.add(0, new DatedAmount(issue, money(cents("notionalPrincipal", notional), currency)));
            }
            return new PrincipalArrays(maturity, steps, advances, lent, principalFrequency);
        }

        private void requireSize(String term, List<String> values, int anchors) {
            if (values.size() != anchors) {
                throw new Unsupported(term, String.join(",", values), "states " + values.size() + " values for " + anchors
                        + " anchors of arrayCycleAnchorDateOfPrincipalRedemption");
            }
        }

        /** Which due date (from 0) of the roll from {@code firstPayment} {@code date} is; -1 when it is none. */
        private static int dueIndex(LocalDate date, LocalDate firstPayment, Frequency frequency, ScheduleConventions conventions) {
            for (int k = 0; ; k++) {
                LocalDate d = rolled(firstPayment, frequency, k, conventions);
                if (d.equals(date)) {
                    return k;
                }
                if (d.isAfter(date)) {
                    return -1;
                }
            }
        }

        private static MonetaryAmount money(BigDecimal amount, String currency) {
            return Money.of(amount, currency);
        }

        /**
         * LAX's rate arrays ({@code arrayCycleAnchorDateOfRateReset}, {@code arrayRate}, {@code arrayFixedVariable}):
         * segments all FIX, each anchored once (no {@code arrayCycleOfRateReset}), are a stepped rate — the
         * nominal rate from the start, each segment's rate from its anchor (RRF events, lax17); {@code null} when the
         * contract states no arrays. A VAR segment (a floating rate from its anchor, lax18) is refused.
         */
        private RateTerms fixedRateArrays(LocalDate start, RateTerms rate, boolean resets) {
            List<LocalDate> anchors = dates("arrayCycleAnchorDateOfRateReset");
            List<String> rates = values("arrayRate");
            List<String> kinds = values("arrayFixedVariable");
            if (anchors.isEmpty() && rates.isEmpty()) {
                return null;
            }
            String anchorText = String.join(",", values("arrayCycleAnchorDateOfRateReset"));
            if (kinds.stream().anyMatch(k -> !k.equalsIgnoreCase("FIX")) || resets || !(rate instanceof RateTerms.Fixed)
                    || !values("arrayCycleOfRateReset").isEmpty()) {
                throw new Unsupported("arrayFixedVariable", String.join(",", kinds), "rate segments of a LAX contract other "
                        + "than fixed ones, each on its anchor (FIX without a reset cycle), are not mapped to a Notefolio rate");
            }
            if (rates.size() != anchors.size() || (!kinds.isEmpty() && kinds.size() != anchors.size())) {
                throw new Unsupported("arrayRate", String.join(",", rates), "states " + rates.size() + " rates for "
                        + anchors.size() + " anchors of arrayCycleAnchorDateOfRateReset (" + anchorText + ")");
            }
            List<RateTerms.Step> steps = new ArrayList<>();
            steps.add(new RateTerms.Step(start, rate.initialRate()));
            for (int i = 0; i < anchors.size(); i++) {
                if (!anchors.get(i).isAfter(steps.get(steps.size() - 1).from())) {
                    throw new Unsupported("arrayCycleAnchorDateOfRateReset", anchorText, "the anchors must increase, each"
                            + " after the start " + start);
                }
                steps.add(new RateTerms.Step(anchors.get(i), rate(parseDecimal("arrayRate", rates.get(i)), "arrayRate")));
            }
            return new RateTerms.Stepped(steps);
        }

        /**
         * The day a CLM or UMP contract with neither a maturity nor an observed demand is repaid: the test bed's
         * horizon {@code to}, the demand date the analyst assumes.
         */
        private LocalDate demandDate(ActusContractType type, LocalDate issue) {
            LocalDate demand;
            if (to != null && !to.asText().isBlank()) {
                demand = parseDate("to", to.asText());
            } else {
                throw new Unsupported("maturityDate", "", "is not stated, and a " + type + " contract without one needs a "
                        + "demand: an observed XD event or the horizon `to` as the assumed demand date");
            }
            if (!demand.isAfter(issue)) {
                throw new Unsupported("maturityDate", "", "the demand " + demand + " is not after the initial exchange " + issue);
            }
            return demand;
        }

        /**
         * The date of a CLM contract's observed demand (an XD event of {@code eventsObserved}), or {@code null}. Observed
         * principal changes are refused: a repayment on a revolving balance is not a Notefolio term (revolving
         * repayments are the next engine change), and draws observed as events are not mapped.
         */
        private LocalDate exercise() {
            LocalDate exercise = null;
            if (events == null) {
                return null;
            }
            for (JsonNode e : events) {
                String kind = e.path("type").asText().strip().toUpperCase(Locale.ROOT);
                LocalDate d = parseDate("eventsObserved.time", e.path("time").asText());
                switch (kind) {
                    case "XD" -> exercise = exercise == null ? d : exercise;
                    case "PR" -> throw new Unsupported("eventsObserved", "PR " + d, "a borrower's repayment of a revolving "
                            + "balance: revolving repayments are the next engine change");
                    default -> throw new Unsupported("eventsObserved", kind + " " + d, "an observed " + kind + " event is not a "
                            + "term of a Notefolio note");
                }
            }
            return exercise;
        }

        /** The settlement {@code xDayNotice} after a demand (P{n}D, P{n}W, P{n}M; none stated: the same day). */
        private LocalDate settlement(LocalDate exercise) {
            Cycle notice = cycle("xDayNotice");
            if (notice == null) {
                return exercise;
            }
            return notice.unit() == 'D' ? exercise.plusDays(notice.count()) : notice.unit() == 'W'
                    ? exercise.plusWeeks(notice.count()) : exercise.plusMonths(notice.months());
        }

        private RateTerms floating(String index, BigDecimal initialRate, LocalDate issue) {
            Cycle cycle = cycle("cycleOfRateReset");
            if (cycle == null) {
                throw new Unsupported("cycleOfRateReset", "", "a single reset on its anchor date is not a Notefolio rate");
            }
            Frequency resets = frequency("cycleOfRateReset", cycle);
            LocalDate exchange = requiredDate("initialExchangeDate");
            LocalDate first = date("cycleAnchorDateOfRateReset");
            if (first == null) {
                first = resets.plusPeriods(exchange, 1);
            }
            if (issue.isAfter(exchange)) {
                // A contract already running, the note starting at its status date: the rate stated is the one in force
                // then, the resets up to it are past; the next is the first cycle date after it (rolled from the anchor).
                LocalDate anchor = first;
                for (int k = 1; !first.isAfter(issue); k++) {
                    first = resets.plusPeriods(anchor, k);
                }
                if (resets.rollsByMonths() && first.getDayOfMonth() != anchor.getDayOfMonth()) {
                    throw new Unsupported("cycleAnchorDateOfRateReset", anchor.toString(), "the first reset after the "
                            + "statusDate " + issue + " is " + first + ", capped short of the anchor's day: a Notefolio "
                            + "rate's later resets roll from it and would not return to day " + anchor.getDayOfMonth());
                }
            }
            String fixing = text("fixingDays");
            if (fixing != null && !DAYS.matcher(fixing.toUpperCase(Locale.ROOT)).matches()) {
                throw new Unsupported("fixingDays", fixing, "is not a number of days P{n}D");
            }
            // ACTUS's reference implementation reads the index on the reset date itself whatever fixingDays
            // says (test beds lam14, nam13: P2D, the value dated on the reset is the one applied), so no lookback.
            int lookback = 0;
            BigDecimal spread = decimal("rateSpread");
            BigDecimal multiplier = decimal("rateMultiplier");
            BigDecimal nextReset = decimal("nextResetRate");
            RateTerms.Floating.Builder f = RateTerms.Floating.builder(index)
                    .spread(rate(spread == null ? BigDecimal.ZERO : spread, "rateSpread").toPlainString())
                    .multiplier((multiplier == null ? BigDecimal.ONE : multiplier).toPlainString())
                    .lookbackDays(lookback)
                    // ACTUS lets index × multiplier + spread go below zero unless a lifeFloor holds it.
                    .negativeRates(RateTerms.Floating.NegativeRates.ALLOWED)
                    .periodicCapFloor(plain("periodCap"), plain("periodFloor"))
                    .lifetimeCapFloor(plain("lifeCap"), plain("lifeFloor"));
            if (nextReset == null) {
                return f.resets(resets, first).initialRate(rate(initialRate, "nominalInterestRate").toPlainString()).build();
            }
            // The first reset is to a stated rate (an RRF event), the later ones from the index.
            RateTerms.Floating after = f.resets(resets, resets.plusPeriods(first, 1))
                    .initialRate(rate(nextReset, "nextResetRate").toPlainString()).build();
            return new RateTerms.Conversion(RateTerms.fixed(rate(initialRate, "nominalInterestRate")), first, after);
        }

        private IndexData indices(String index) {
            JsonNode series = observed == null ? null : observed.get(index);
            if (series == null || series.get("data") == null) {
                return IndexData.NONE; // resolving names the missing index
            }
            List<IndexFixing> fixings = new ArrayList<>();
            Set<LocalDate> seen = new HashSet<>();
            for (JsonNode point : series.get("data")) {
                LocalDate d = parseDate("dataObserved." + index + ".timestamp", point.path("timestamp").asText());
                BigDecimal v = parseDecimal("dataObserved." + index + ".value", point.path("value").asText());
                if (seen.add(d)) {
                    fixings.add(new IndexFixing(index, d, v.setScale(RATE_DECIMALS, RoundingMode.HALF_UP)));
                }
            }
            return IndexData.of(fixings);
        }

        /**
         * The note's rate with ACTUS's reset timing: an ACTUS reset takes effect on its date, so when a reset
         * falls inside an interest period the floating rate resets {@code ON_RESET_DATE}; when every reset is
         * on a due date the two timings give the same schedule and the rate is left as it is (resetting from
         * the next period, which asks the resolver nothing more). A conversion to a floating rate
         * ({@code nextResetRate}) converts from a period start, so a conversion inside a period is refused.
         */
        private RateTerms resetTiming(NoteTerms note) {
            RateTerms rate = note.rate();
            RateTerms.Floating f = rate instanceof RateTerms.Floating fl ? fl
                    : rate instanceof RateTerms.Conversion c && c.after() instanceof RateTerms.Floating fl ? fl : null;
            if (f == null) {
                return rate;
            }
            List<LocalDate> resetDates = ActusEvents.resetDates(note);
            Cycle cycle = cycle("cycleOfRateReset");
            if (cycle != null && cycle.longStub() && !resetDates.isEmpty()
                    && !f.resetDate(resetDates.size() - (rate instanceof RateTerms.Conversion ? 1 : 0)).equals(note.maturityDate())) {
                // ACTUS's long stub joins the reset cycle's last short period to the one before: no reset there.
                throw new Unsupported("cycleOfRateReset", text("cycleOfRateReset"), "a long last reset period (L0) drops "
                        + "the reset on " + resetDates.get(resetDates.size() - 1) + " before the off-cycle maturity "
                        + note.maturityDate() + "; a Notefolio floating rate resets on every cycle date before maturity");
            }
            Set<LocalDate> due = new HashSet<>(ScheduleResolver.dueDateList(note));
            boolean inside = false;
            for (LocalDate r : resetDates) {
                if (due.contains(r)) {
                    continue;
                }
                if (rate instanceof RateTerms.Conversion c && r.equals(c.on())) {
                    throw new Unsupported("cycleAnchorDateOfRateReset", text("cycleAnchorDateOfRateReset"), "the reset to "
                            + "the nextResetRate on " + r + " falls inside an interest period: a Notefolio rate converts "
                            + "from the start of a period");
                }
                if (note.conventions().businessDays().movesDates()) {
                    throw new Unsupported("cycleOfRateReset", text("cycleOfRateReset") + " from "
                            + text("cycleAnchorDateOfRateReset"), "the reset on " + r + " is not on a due date moved "
                            + "to a business day: ACTUS moves a reset by the business-day convention too, a Notefolio "
                            + "reset stays on its rolled date");
                }
                inside = true;
            }
            if (!inside) {
                return rate;
            }
            RateTerms.Floating onDate = f.withResetTiming(RateTerms.Floating.ResetTiming.ON_RESET_DATE);
            return rate instanceof RateTerms.Conversion c ? new RateTerms.Conversion(c.before(), c.on(), onDate) : onDate;
        }

        private int amortizationMonths(LocalDate firstPayment, LocalDate end, Frequency frequency) {
            if (!frequency.rollsByMonths()) {
                throw new Unsupported("amortizationDate", end.toString(), "an amortization term in months needs a monthly-based cycle");
            }
            long months = ChronoUnit.MONTHS.between(firstPayment, end);
            if (months % frequency.months() != 0 || !firstPayment.plusMonths(months).equals(end)) {
                throw new Unsupported("amortizationDate", end.toString(), "is not on the payment cycle from " + firstPayment);
            }
            return Math.toIntExact(months + frequency.months());
        }

        private static LocalDate rolled(LocalDate anchor, Frequency frequency, long periods, ScheduleConventions conventions) {
            boolean monthEnd = anchor.getDayOfMonth() == anchor.lengthOfMonth()
                    && conventions.endOfMonth() == ScheduleConventions.EndOfMonth.MONTH_END;
            int c = frequency.rollCivil(EpochDay.civil(anchor), Math.toIntExact(periods), monthEnd);
            return LocalDate.of(c / 10000, (c / 100) % 100, c % 100);
        }

        /** A date with a time of day is refused: ACTUS accrues to that instant, Notefolio by whole days. */
        private void wholeDay(String term) {
            String t = text(term);
            if (t != null && t.length() > 10 && !t.substring(10).matches("T00:00(:00(\\.0+)?)?")) {
                throw new Unsupported(term, t, "has a time of day: ACTUS accrues interest to that instant (23:59:59 "
                        + "counts as the next day), a Notefolio note by whole days");
            }
        }

        private BigDecimal rate(BigDecimal r, String term) {
            BigDecimal s = r.stripTrailingZeros();
            if (s.scale() > RATE_DECIMALS) {
                throw new Unsupported(term, r.toPlainString(), "has more than " + RATE_DECIMALS + " decimals");
            }
            return s.scale() < 0 ? s.setScale(0) : s;
        }

        private BigDecimal cents(String term, BigDecimal amount) {
            // A stated ACTUS amount may carry more decimals than the currency: Notefolio pays whole cents.
            return amount.setScale(2, RoundingMode.HALF_UP);
        }

        private String plain(String term) {
            BigDecimal d = decimal(term);
            return d == null ? null : d.toPlainString();
        }

        private String text(String term) {
            return ActusReader.text(terms, term);
        }

        private String required(String term) {
            String t = text(term);
            if (t == null) {
                throw new Unsupported(term, "", "is required");
            }
            return t;
        }

        private LocalDate date(String term) {
            String t = text(term);
            return t == null ? null : parseDate(term, t);
        }

        private LocalDate requiredDate(String term) {
            return parseDate(term, required(term));
        }

        private BigDecimal decimal(String term) {
            String t = text(term);
            return t == null ? null : parseDecimal(term, t);
        }

        private BigDecimal requiredDecimal(String term) {
            return parseDecimal(term, required(term));
        }

        private static LocalDate parseDate(String term, String value) {
            String v = value.strip();
            try {
                return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
            } catch (DateTimeParseException e) {
                throw new Unsupported(term, value, "is not an ISO date-time (2013-01-01T00:00:00)");
            }
        }

        private static BigDecimal parseDecimal(String term, String value) {
            try {
                return new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw new Unsupported(term, value, "is not a number");
            }
        }
    }

    /** A term's value as trimmed text; {@code null} when absent, null or blank. */
    private static String text(JsonNode terms, String term) {
        JsonNode v = terms == null ? null : terms.get(term);
        if (v == null || v.isNull()) {
            return null;
        }
        String t = v.isNumber() ? v.decimalValue().toPlainString() : v.asText().strip();
        return t.isEmpty() ? null : t;
    }
}
