package com.notefolio.core.actus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.ScheduleConventions;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How ACTUS terms become a note, term by term, and how a contract that cannot be one is reported. */
class ActusReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static ActusContracts read(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return ActusReader.read(node, "test.json");
    }

    private static final String ANN = """
            {"contractType": " ANN", "contractID": "A-1", "contractRole": "RPL", "currency": "USD",
             "statusDate": "2012-12-30T00:00:00", "initialExchangeDate": "2013-01-01T00:00:00",
             "notionalPrincipal": " 5000", "nominalInterestRate": 0.08, "dayCountConvention": "A365",
             "cycleAnchorDateOfInterestPayment": "2013-02-01T00:00:00", "cycleOfInterestPayment": "P1ML0",
             "cycleAnchorDateOfPrincipalRedemption": "2013-03-01T00:00:00", "cycleOfPrincipalRedemption": "P1ML0",
             "amortizationDate": "2014-01-01T00:00:00", "cycleAnchorDateOfRateReset": "2013-04-01T00:00:00",
             "cycleOfRateReset": "P3ML1", "marketObjectCodeOfRateReset": "SWP", "rateSpread": "0.01",
             "nextResetRate": "0.06", "fixingDays": "P0D"}""";

    @Test
    void anAnnuityBecomesALevelPaymentNoteOnActusConventions() throws Exception {
        ActusContracts read = read("{\"A-1\": {\"terms\": " + ANN + ", \"to\": \"\", \"dataObserved\": {\"SWP\": "
                + "{\"data\": [{\"timestamp\": \"2013-07-01T00:00:00\", \"value\": \"0.011\"}]}}}}");
        assertThat(read.unsupported()).isEmpty();
        ActusContract c = read.contracts().get(0);
        NoteTerms t = c.terms();
        assertThat(c.type()).isEqualTo(ActusContractType.ANN);
        assertThat(c.role()).isEqualTo(ContractRole.RPL);
        assertThat(t.amortization()).isEqualTo(Amortization.LEVEL_PAYMENT);
        assertThat(t.paymentOnReset()).isEqualTo(PaymentOnReset.REAMORTIZE);
        assertThat(t.principal().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("5000");
        assertThat(t.accrualBasis()).isEqualTo(DayCounts.ACT_365F);
        assertThat(t.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(t.firstPaymentDate()).isEqualTo(LocalDate.of(2013, 2, 1));
        assertThat(t.firstPrincipalDate()).isEqualTo(LocalDate.of(2013, 3, 1));
        assertThat(t.maturityDate()).isEqualTo(LocalDate.of(2014, 1, 1));
        // P1ML0: stub 0 is ACTUS's long last period; SD (the default) rolls the same day.
        assertThat(t.conventions()).isEqualTo(new ScheduleConventions(ScheduleConventions.Annuity.ACCRUAL_FRACTIONS,
                ScheduleConventions.LastPeriod.LONG, ScheduleConventions.EndOfMonth.SAME_DAY));
        // nextResetRate: fixed 8% until the first reset, 6% from it, the index from the next.
        RateTerms.Conversion rate = (RateTerms.Conversion) t.rate();
        assertThat(rate.before()).isEqualTo(RateTerms.fixed(new BigDecimal("0.08")));
        assertThat(rate.on()).isEqualTo(LocalDate.of(2013, 4, 1));
        RateTerms.Floating after = (RateTerms.Floating) rate.after();
        assertThat(after.initialRate()).isEqualByComparingTo("0.06");
        assertThat(after.firstResetDate()).isEqualTo(LocalDate.of(2013, 7, 1));
        assertThat(after.spread()).isEqualByComparingTo("0.01");
        assertThat(c.paymentFixedAtStart()).isTrue();
    }

    @Test
    void aTestBedCaseGivesItsIndexSeriesAndHorizon() throws Exception {
        String bed = "{\"case1\": {\"terms\": " + ANN.replace("\"nextResetRate\": \"0.06\",", "")
                + ", \"to\": \"2013-06-01T00:00:00\", \"dataObserved\": {\"SWP\": {\"identifier\": \"SWP\", \"data\": ["
                + "{\"timestamp\": \"2013-04-01T00:00:00\", \"value\": \"0.0105679012345679\"}]}}}}";
        ActusContract c = read(bed).contracts().get(0);
        assertThat(c.id()).isEqualTo("case1");
        assertThat(c.horizon()).isEqualTo(LocalDate.of(2013, 6, 1));
        // Index values are held to 10 decimals, half up: 0.0105679012|345679 → 0.0105679012.
        assertThat(c.indices().observe("SWP", LocalDate.of(2013, 4, 1)).rate()).isEqualByComparingTo("0.0105679012");
        assertThat(ActusEvents.of(c)).allMatch(e -> !e.date().isAfter(LocalDate.of(2013, 6, 1)));
    }

    /** The annuity with a fixed rate: no index data needed. */
    private static final String FIXED = ANN.replace(", \"cycleAnchorDateOfRateReset\": \"2013-04-01T00:00:00\"", "")
            .replace("\"cycleOfRateReset\": \"P3ML1\", \"marketObjectCodeOfRateReset\": \"SWP\", \"rateSpread\": \"0.01\",", "")
            .replace("\"nextResetRate\": \"0.06\", ", "");

    @Test
    void aResetTheIndexDataCannotSetIsReportedNamingTheIndex() throws Exception {
        ActusUnsupported u = read(ANN).unsupported().get(0);
        assertThat(u.term()).isEqualTo("dataObserved");
        assertThat(u.value()).isEqualTo("SWP");
        assertThat(u.reason()).contains("SWP").contains("2013-07-01");
    }

    @Test
    void aContractThatCannotBeANoteIsReportedWithTermValueAndReasonAndTheRestRead() throws Exception {
        assertThat(FIXED).doesNotContain("RateReset");
        ActusContracts read = read("[" + FIXED.replace("\" 5000\"", "\"five\"") + ","
                + FIXED.replace("\"A-1\"", "\"A-2\"").replace("\"P1ML0\"", "\"P60WL0\"") + ","
                + FIXED.replace("\"A-1\"", "\"A-3\"").replace("\" ANN\"", "\"SWAPS\"") + ","
                + FIXED.replace("\"A-1\"", "\"A-4\"") + "]");
        assertThat(read.unsupported()).extracting(ActusUnsupported::contractId, ActusUnsupported::term, ActusUnsupported::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A-1", "notionalPrincipal", "five"),
                        org.assertj.core.groups.Tuple.tuple("A-2", "cycleOfInterestPayment", "P60WL0"),
                        org.assertj.core.groups.Tuple.tuple("A-3", "contractType", "SWAPS"));
        assertThat(read.unsupported().get(1).reason()).contains("a cycle of 420 days").contains("1 to 366 days");
        assertThat(read.contracts()).extracting(ActusContract::id).containsExactly("A-4");
    }

    /** A linear amortizer paying on the 1st, its rate reset quarterly from 1 Apr 2013 to SWP + 10%. */
    private static final String LAM = """
            {"contractType": "LAM", "contractID": "L-1", "contractRole": "RPA", "currency": "USD",
             "statusDate": "2012-12-30T00:00:00", "initialExchangeDate": "2013-01-01T00:00:00",
             "notionalPrincipal": "5000", "nominalInterestRate": "0.08", "dayCountConvention": "A365",
             "cycleAnchorDateOfInterestPayment": "2013-02-01T00:00:00", "cycleOfInterestPayment": "P1ML0",
             "cycleAnchorDateOfPrincipalRedemption": "2013-02-01T00:00:00", "cycleOfPrincipalRedemption": "P1ML0",
             "nextPrincipalRedemptionPayment": "1000", "cycleAnchorDateOfRateReset": "2013-04-01T00:00:00",
             "cycleOfRateReset": "P3ML1", "marketObjectCodeOfRateReset": "SWP", "rateSpread": "0.1",
             "rateMultiplier": "1", "fixingDays": "P0D"}""";

    private static ActusContracts lam(String terms) throws Exception {
        return read("{\"L-1\": {\"terms\": " + terms + ", \"to\": \"\", \"dataObserved\": {\"SWP\": {\"data\": ["
                + "{\"timestamp\": \"2013-04-01T00:00:00\", \"value\": \"-0.12\"},"
                + "{\"timestamp\": \"2013-04-15T00:00:00\", \"value\": \"0.01\"}]}}}}");
    }

    @Test
    void anActusResetInsideAnInterestPeriodTakesEffectOnItsDateAndRatesMayGoBelowZero() throws Exception {
        // Resets on due dates (1 Apr): the next-period timing, which gives the same schedule at no extra cost.
        RateTerms.Floating aligned = (RateTerms.Floating) lam(LAM).contracts().get(0).terms().rate();
        assertThat(aligned.resetTiming()).isEqualTo(RateTerms.Floating.ResetTiming.FROM_NEXT_PERIOD);
        assertThat(aligned.negativeRates()).isEqualTo(RateTerms.Floating.NegativeRates.ALLOWED);
        // Resets on the 15th, inside the periods from the 1st: on the reset date, as ACTUS resets.
        ActusContract inside = lam(LAM.replace("2013-04-01T00:00:00", "2013-04-15T00:00:00")).contracts().get(0);
        RateTerms.Floating onDate = (RateTerms.Floating) inside.terms().rate();
        assertThat(onDate.resetTiming()).isEqualTo(RateTerms.Floating.ResetTiming.ON_RESET_DATE);
        // 1 Apr: SWP −12% + 10% = −2% from the due date on; the period 1–15 Apr then accrues at −2%.
        ActusContract negative = lam(LAM).contracts().get(0);
        assertThat(ActusEvents.of(negative)).filteredOn(e -> e.type() == ActusEventType.RR)
                .first().satisfies(e -> assertThat(e.nominalInterestRate()).isEqualByComparingTo("-0.02"));
        // The RR inside a period states the rate from its date: SWP 1% + 10% = 11% on 15 Apr.
        assertThat(ActusEvents.of(inside)).filteredOn(e -> e.type() == ActusEventType.RR)
                .first().satisfies(e -> {
                    assertThat(e.date()).isEqualTo(LocalDate.of(2013, 4, 15));
                    assertThat(e.nominalInterestRate()).isEqualByComparingTo("0.11");
                    // From 1 Apr at 8%, 14 days on the 2,000 outstanding: 2,000 × 0.08 × 14 ÷ 365 = 6.1370 → 6.14.
                    assertThat(e.accruedInterest()).isEqualByComparingTo("6.14");
                });
    }

    @Test
    void aNegativeFixedRateBeforeAConversionIsReported() throws Exception {
        ActusUnsupported u = read(ANN.replace("0.08", "-0.01")).unsupported().get(0);
        assertThat(u.term()).isEqualTo("nominalInterestRate");
        assertThat(u.reason()).contains("negative fixed rate").contains("nextResetRate");
    }

    @Test
    void aNegativeStatedFixedRateIsMappedAsTheContractStatesIt() throws Exception {
        // 100,000 deposited at -0.5% on 30E360, interest capitalized yearly from 2014-01-01, the demand assumed at the
        // horizon: each year's interest is -0.5% of the balance, rounded to the cent, and joins it.
        String ump = """
                {"ump-n": {"terms": {"contractType": "UMP", "contractID": "ump-n", "contractRole": "RPA", "currency": "USD",
                  "statusDate": "2012-12-15T00:00:00", "initialExchangeDate": "2013-01-01T00:00:00",
                  "notionalPrincipal": "100000", "cycleAnchorDateOfInterestPayment": "2014-01-01T00:00:00",
                  "cycleOfInterestPayment": "P1YL1", "nominalInterestRate": "-0.005", "dayCountConvention": "30E360"},
                 "to": "2017-06-01T00:00:00"}}""";
        ActusContracts read = read(ump);
        assertThat(read.unsupported()).isEmpty();
        ActusContract c = read.contracts().get(0);
        assertThat(c.terms().rate()).isEqualTo(RateTerms.fixed(new BigDecimal("-0.005"),
                RateTerms.Floating.NegativeRates.ALLOWED));
        assertThat(ActusEvents.of(c)).extracting(e -> e.date() + " " + e.type() + " " + e.notionalPrincipal().toPlainString())
                .containsExactly(
                        "2013-01-01 IED 100000.00",
                        "2014-01-01 IPCI 99500.00",   // 100,000 × -0.005 = -500.00
                        "2015-01-01 IPCI 99002.50",   // 99,500 × -0.005 = -497.50
                        "2016-01-01 IPCI 98507.49",   // 99,002.50 × -0.005 = -495.0125 → -495.01
                        "2017-01-01 IPCI 98014.95");  // 98,507.49 × -0.005 = -492.53745 → -492.54
    }
}
