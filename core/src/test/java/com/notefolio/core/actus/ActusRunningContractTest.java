package com.notefolio.core.actus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.notefolio.core.note.RateTerms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A contract already running at its status date (its initial exchange before it), against figures worked by hand
 * from ACTUS's state at the status date: the stated notional, the stated accrued interest (0), the interest accruing
 * from the status date (as ACTUS's test beds pam13, ann23 and lam21 show: pam13's first payment, 8.21, is 3,000 × 10%
 * × (2/366 + 8/365), the ten days from its status date, not the sixty-one from its initial exchange), and the events
 * after the status date only. What such a contract may not have done before it is refused with the term named.
 */
class ActusRunningContractTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** 10,000 at 6% on A360, exchanged 2020-01-15, interest monthly from 2020-01-31 (SD), at its status date 2020-02-10. */
    private static final String PAM = """
            {"contractType": "PAM", "contractID": "P-1", "contractRole": "RPA", "currency": "USD",
             "statusDate": "2020-02-10T00:00:00", "initialExchangeDate": "2020-01-15T00:00:00",
             "maturityDate": "2020-05-31T00:00:00", "notionalPrincipal": "10000", "nominalInterestRate": "0.06",
             "dayCountConvention": "A360", "cycleAnchorDateOfInterestPayment": "2020-01-31T00:00:00",
             "cycleOfInterestPayment": "P1ML1", "accruedInterest": "0"}""";

    private static ActusContracts read(String terms) throws Exception {
        return ActusReader.read(JSON.readTree(terms), "test.json");
    }

    @Test
    void aRunningContractStartsFromItsStateAtTheStatusDate() throws Exception {
        ActusContracts read = read(PAM);
        assertThat(read.unsupported()).isEmpty();
        ActusContract contract = read.contracts().get(0);
        assertThat(contract.terms().issueDate()).isEqualTo(LocalDate.of(2020, 2, 10));
        List<ActusEvent> events = ActusEvents.of(contract);
        // The cycle rolls from its anchor, 2020-01-31, on the same day capped at each month's length: Feb 29, Mar 31,
        // Apr 30, May 31 (not Mar 29 from Feb 29). No IED: the exchange was made before the status date.
        assertThat(events).extracting(e -> e.date() + " " + e.type() + " " + e.payoff().toPlainString() + " "
                + e.notionalPrincipal().toPlainString()).containsExactly(
                "2020-02-29 IP 31.67 10000.00",   // 10,000 × 6% × 19/360 (Feb 10 to Feb 29) = 31.667
                "2020-03-31 IP 51.67 10000.00",   // 31 days: 10,000 × 6% × 31/360 = 51.667
                "2020-04-30 IP 50.00 10000.00",   // 30 days: 50.000
                "2020-05-31 IP 51.67 10000.00",   // 31 days: 51.667
                "2020-05-31 MD 10000.00 0.00");
    }

    @Test
    void aRunningContractsRateIsTheStatedRateUntilTheFirstResetAfterTheStatusDate() throws Exception {
        // Resets every three months from 2020-01-15: 2020-01-15 and 2020-04-15 are past at the status date 2020-05-10;
        // the 6% stated is the rate in force then, and the next reset is 2020-07-15.
        String floating = PAM.replace("\"maturityDate\": \"2020-05-31T00:00:00\"", "\"maturityDate\": \"2020-12-31T00:00:00\"")
                .replace("2020-02-10", "2020-05-10")
                .replace("\"accruedInterest\": \"0\"", "\"cycleAnchorDateOfRateReset\": \"2020-01-15T00:00:00\", "
                        + "\"cycleOfRateReset\": \"P3ML1\", \"marketObjectCodeOfRateReset\": \"SOFR\"");
        ActusContracts read = read("{\"p-r\": {\"terms\": " + floating + ", \"to\": \"\", \"dataObserved\": {\"SOFR\": "
                + "{\"data\": [{\"timestamp\": \"2020-07-15T00:00:00\", \"value\": \"0.05\"}, "
                + "{\"timestamp\": \"2020-10-15T00:00:00\", \"value\": \"0.05\"}]}}}}");
        assertThat(read.unsupported()).isEmpty();
        ActusContract contract = read.contracts().get(0);
        RateTerms.Floating rate = (RateTerms.Floating) contract.terms().rate();
        assertThat(rate.initialRate()).isEqualByComparingTo("0.06");
        assertThat(rate.firstResetDate()).isEqualTo(LocalDate.of(2020, 7, 15));
        List<ActusEvent> events = ActusEvents.of(contract);
        // The first payment accrues from the status date at the stated 6%: 10,000 × 6% × 21/360 (May 10 to 31) = 35.00.
        assertThat(events.get(0)).extracting(e -> e.date() + " " + e.type() + " " + e.payoff().toPlainString())
                .isEqualTo("2020-05-31 IP 35.00");
        assertThat(events).filteredOn(e -> e.type() == ActusEventType.RR).extracting(e -> e.date().toString())
                .containsExactly("2020-07-15", "2020-10-15");
    }

    @Test
    void interestAccruedBeforeTheStatusDateIsRefused() throws Exception {
        ActusContracts read = read(PAM.replace("\"accruedInterest\": \"0\"", "\"accruedInterest\": \"12.5\""));
        assertThat(read.contracts()).isEmpty();
        assertThat(read.unsupported()).singleElement().satisfies(u -> {
            assertThat(u.term()).isEqualTo("accruedInterest");
            assertThat(u.reason()).contains("before the status date");
        });
    }

    @Test
    void redemptionsBegunBeforeTheStatusDateAreRefused() throws Exception {
        String lam = """
                {"contractType": "LAM", "contractID": "L-1", "contractRole": "RPA", "currency": "USD",
                 "statusDate": "2020-03-15T00:00:00", "initialExchangeDate": "2020-01-15T00:00:00",
                 "maturityDate": "2021-01-15T00:00:00", "notionalPrincipal": "9000", "nominalInterestRate": "0.06",
                 "dayCountConvention": "A360", "cycleAnchorDateOfPrincipalRedemption": "2020-02-15T00:00:00",
                 "cycleOfPrincipalRedemption": "P1ML1", "nextPrincipalRedemptionPayment": "750"}""";
        ActusContracts read = read(lam);
        assertThat(read.contracts()).isEmpty();
        assertThat(read.unsupported()).singleElement().satisfies(u -> {
            assertThat(u.term()).isEqualTo("cycleAnchorDateOfPrincipalRedemption");
            assertThat(u.reason()).contains("already running");
        });
    }
}
