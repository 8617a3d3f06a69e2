package com.notefolio.core.actus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of the ACTUS reference test beds for PAM, ANN, LAM, NAM, LAX, CLM and UMP (test resources
 * {@code actus/}, copied unchanged from actusfrf/actus-tests) through {@link ActusReader} and
 * {@link ActusEvents}, and compares each event with the test bed's expected result — an oracle
 * independent of Notefolio: ACTUS's reference implementation computed it.
 *
 * <p>A case is reproduced when its events have exactly the expected dates and types, in order, and
 * each payoff, notional principal and accrued interest is within <b>half a cent per elapsed period</b>
 * of the expected value: 0.005 × (the interest payment dates up to and including the event's + 1).
 * Notefolio rounds each period's interest and principal to the cent and ACTUS does not, so each period
 * may add half a cent of difference to the balance carried forward; the one more half cent is the
 * rounding of the level payment itself, which every redemption (payment − interest) carries besides its
 * interest's (ann01: 434.87 − 33.97 = 400.90 against ACTUS's 434.8666 − 33.9726 = 400.8940). A contract
 * bought after its issue (its events start with PRD) carries the drift of the periods before the purchase
 * too, which its events no longer show: those are counted as the due dates of the contract's schedule on
 * or before its first event (ann18, bought after four periods: notional 3376.09 against 3376.1115). Rates are within 1e-9: Notefolio
 * holds a rate to 10 decimals (index values are rounded to 10 decimals half up, and a multiplier of up to
 * 10 scales that rounding).
 *
 * <p>The test prints, per contract type, reproduced / representable / total, and names every case not
 * reproduced with its reason; it asserts the counts as floors, so a case that regresses fails it.
 */
class ActusTestBedTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal EPSILON = new BigDecimal("1e-9");
    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("1e-9");

    /** Floors: reproduced and representable cases per type, as measured when this test was written. */
    private static final Map<String, int[]> FLOORS = Map.of(
            "pam", new int[] {22, 22},
            "ann", new int[] {24, 26},
            "lam", new int[] {24, 24},
            "nam", new int[] {18, 18},
            "lax", new int[] {16, 16},
            "clm", new int[] {10, 12},
            "ump", new int[] {9, 9});

    record Count(int reproduced, int representable, int total, List<String> notReproduced) {
    }

    @Test
    void everyCaseOfTheSevenTestBedsIsReproducedOrNamedWithItsReason() throws IOException {
        Map<String, Count> counts = new LinkedHashMap<>();
        for (String type : List.of("pam", "ann", "lam", "nam", "lax", "clm", "ump")) {
            counts.put(type, run(type));
        }
        StringBuilder report = new StringBuilder("ACTUS test beds: reproduced / representable / total\n");
        counts.forEach((type, c) -> report.append(String.format("  %s  %2d / %2d / %2d%n", type.toUpperCase(),
                c.reproduced(), c.representable(), c.total())));
        counts.forEach((type, c) -> c.notReproduced().forEach(n -> report.append("  not reproduced ").append(n).append('\n')));
        System.out.println(report);
        counts.forEach((type, c) -> {
            assertThat(c.reproduced()).as(type + " cases reproduced\n" + report).isGreaterThanOrEqualTo(FLOORS.get(type)[0]);
            assertThat(c.representable()).as(type + " cases representable\n" + report).isGreaterThanOrEqualTo(FLOORS.get(type)[1]);
        });
    }

    private Count run(String type) throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/actus/actus-tests-" + type + ".json")) {
            assertThat(in).as("test bed " + type).isNotNull();
            root = JSON.readTree(in);
        }
        ActusContracts read = ActusReader.read(root, "actus-tests-" + type + ".json");
        Map<String, ActusContract> contracts = new LinkedHashMap<>();
        read.contracts().forEach(c -> contracts.put(c.id(), c));
        Map<String, ActusUnsupported> unsupported = new LinkedHashMap<>();
        read.unsupported().forEach(u -> unsupported.put(u.contractId(), u));
        int reproduced = 0;
        List<String> not = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> cases = root.fields();
        int total = 0;
        while (cases.hasNext()) {
            Map.Entry<String, JsonNode> c = cases.next();
            total++;
            String id = c.getKey();
            if (unsupported.containsKey(id)) {
                ActusUnsupported u = unsupported.get(id);
                not.add(id + " (not representable): " + u.term() + " = " + u.value() + ": " + u.reason());
                continue;
            }
            assertThat(contracts).as("every case is read or reported: " + id).containsKey(id);
            String mismatch;
            try {
                mismatch = compare(ActusEvents.of(contracts.get(id)), c.getValue().get("results"),
                        periodsBefore(contracts.get(id), c.getValue().get("results")));
            } catch (RuntimeException e) {
                mismatch = "events failed: " + e;
            }
            if (mismatch == null) {
                reproduced++;
            } else {
                not.add(id + ": " + mismatch);
            }
        }
        return new Count(reproduced, contracts.size(), total, not);
    }

    /** The first difference from the expected events, or {@code null} when all are reproduced. */
    private static String compare(List<ActusEvent> events, JsonNode expected, int periodsBefore) {
        List<JsonNode> results = new ArrayList<>();
        expected.forEach(results::add);
        int n = Math.min(events.size(), results.size());
        for (int i = 0; i < n; i++) {
            ActusEvent e = events.get(i);
            JsonNode r = results.get(i);
            String date = r.get("eventDate").asText().substring(0, 10);
            String type = r.get("eventType").asText();
            if (!e.date().toString().equals(date) || !e.type().name().equals(type)) {
                return "event " + (i + 1) + " is " + e.date() + " " + e.type() + ", expected " + date + " " + type;
            }
            BigDecimal tolerance = HALF_CENT.multiply(BigDecimal.valueOf(periodsBefore + periodsElapsed(results, date) + 1))
                    .add(EPSILON);
            String d = differ("payoff", e.payoff(), r.get("payoff"), tolerance);
            d = d != null ? d : differ("notionalPrincipal", e.notionalPrincipal(), r.get("notionalPrincipal"), tolerance);
            d = d != null ? d : differ("accruedInterest", e.accruedInterest(), r.get("accruedInterest"), tolerance);
            d = d != null ? d : differ("nominalInterestRate", e.nominalInterestRate(), r.get("nominalInterestRate"),
                    RATE_TOLERANCE);
            if (d != null) {
                return "event " + (i + 1) + " " + date + " " + type + ": " + d;
            }
        }
        if (events.size() != results.size()) {
            return events.size() + " events, expected " + results.size()
                    + (events.size() > n ? "; first extra " + events.get(n).date() + " " + events.get(n).type()
                    : "; first missing " + results.get(n).get("eventDate").asText().substring(0, 10) + " "
                    + results.get(n).get("eventType").asText());
        }
        return null;
    }

    /**
     * The periods a contract ran before its first expected event: none for one stated from its issue (IED);
     * for one bought later (PRD), its schedule's due dates on or before the purchase.
     */
    private static int periodsBefore(ActusContract contract, JsonNode expected) {
        LocalDate first = LocalDate.parse(expected.get(0).get("eventDate").asText().substring(0, 10));
        Schedule s = ScheduleResolver.resolve(contract.terms(), contract.indices());
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (!EpochDay.toDate(s.dueEpochDay(i)).isAfter(first)) {
                n++;
            }
        }
        return n;
    }

    /** Interest payment dates up to and including {@code date}: the periods whose rounding may have drifted. */
    private static int periodsElapsed(List<JsonNode> results, String date) {
        return (int) results.stream()
                .filter(r -> r.get("eventType").asText().equals("IP") || r.get("eventType").asText().equals("IPCI"))
                .map(r -> r.get("eventDate").asText().substring(0, 10))
                .filter(d -> d.compareTo(date) <= 0)
                .distinct()
                .count();
    }

    private static String differ(String field, BigDecimal ours, JsonNode expected, BigDecimal tolerance) {
        BigDecimal want = new BigDecimal(expected.asText().strip());
        BigDecimal gap = ours.subtract(want).abs();
        return gap.compareTo(tolerance) <= 0 ? null
                : field + " " + ours.toPlainString() + ", expected " + want.toPlainString() + " (off by "
                + gap.toPlainString() + ", tolerance " + tolerance.stripTrailingZeros().toPlainString() + ")";
    }
}
