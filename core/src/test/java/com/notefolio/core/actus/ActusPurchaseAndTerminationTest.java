package com.notefolio.core.actus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A purchase (PRD) and a termination (TD) of an ACTUS contract, against figures worked by hand from the
 * ACTUS payoff functions: POF_PRD = −R × (price + accrued), POF_TD = R × (price + accrued), with R the role's
 * sign and the accrued interest as ACTUS's state holds it (signed by the role).
 */
class ActusPurchaseAndTerminationTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * 10,000 at 6% on actual/365, interest monthly from 2020-02-01, bought on 2020-03-16 at 9,900 and
     * terminated on 2020-09-10 at 23:59:59 at 9,800.
     */
    private static final String PAM = """
            {"contractType": "PAM", "contractID": "P-1", "contractRole": "%s", "currency": "USD",
             "statusDate": "2019-12-30T00:00:00", "initialExchangeDate": "2020-01-01T00:00:00",
             "maturityDate": "2021-01-01T00:00:00", "notionalPrincipal": "10000", "nominalInterestRate": "0.06",
             "dayCountConvention": "A365", "cycleAnchorDateOfInterestPayment": "2020-02-01T00:00:00",
             "cycleOfInterestPayment": "P1ML0", "purchaseDate": "2020-03-16T00:00:00", "priceAtPurchaseDate": "9900",
             "terminationDate": "2020-09-10T23:59:59", "priceAtTerminationDate": "9800"}""";

    private static ActusContracts read(String json) throws Exception {
        return ActusReader.read(JSON.readTree(json), "test.json");
    }

    private static List<ActusEvent> events(String role) throws Exception {
        ActusContracts read = read(PAM.formatted(role));
        assertThat(read.unsupported()).isEmpty();
        return ActusEvents.of(read.contracts().get(0));
    }

    @Test
    void aBoughtAndTerminatedContractRunsFromPrdToTd() throws Exception {
        List<ActusEvent> events = events("RPA");
        // No IED, no interest of January or February (the seller's), no MD: PRD, six IPs (April to
        // September), TD.
        assertThat(events).extracting(ActusEvent::type).containsExactly(ActusEventType.PRD, ActusEventType.IP,
                ActusEventType.IP, ActusEventType.IP, ActusEventType.IP, ActusEventType.IP, ActusEventType.IP,
                ActusEventType.TD);
        ActusEvent prd = events.get(0);
        // By hand: 15 days accrued from 2020-03-01: 10000 × 0.06 × 15/365 = 24.6575 → 24.66; the lender pays
        // the price and the accrued interest: −(9,900 + 24.66).
        assertThat(prd.date()).isEqualTo(LocalDate.of(2020, 3, 16));
        assertThat(prd.payoff()).isEqualByComparingTo("-9924.66");
        assertThat(prd.notionalPrincipal()).isEqualByComparingTo("10000");
        assertThat(prd.accruedInterest()).isEqualByComparingTo("24.66");
        // The buyer is paid all of March's interest: 31 days, 10000 × 0.06 × 31/365 = 50.9589 → 50.96.
        assertThat(events.get(1).date()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(events.get(1).payoff()).isEqualByComparingTo("50.96");
        ActusEvent td = events.get(7);
        // By hand: 23:59:59 accrues through 2020-09-10, 10 days from 2020-09-01: 10000 × 0.06 × 10/365 =
        // 16.4384 → 16.44, received with the price: 9,800 + 16.44.
        assertThat(td.date()).isEqualTo(LocalDate.of(2020, 9, 10));
        assertThat(td.payoff()).isEqualByComparingTo("9816.44");
        assertThat(td.notionalPrincipal()).isEqualByComparingTo("0");
        assertThat(td.accruedInterest()).isEqualByComparingTo("0");
        assertThat(td.nominalInterestRate()).isEqualByComparingTo("0.06");
    }

    @Test
    void theBorrowersSideNetsTheAccruedInterestAgainstThePrice() throws Exception {
        List<ActusEvent> events = events("RPL");
        ActusEvent prd = events.get(0);
        // R = −1 and the accrued state −24.66: −(−1) × (9,900 − 24.66) = 9,875.34 (ACTUS's lam21 has the same
        // shape: 5,200 − 5.48 = 5,194.52).
        assertThat(prd.payoff()).isEqualByComparingTo("9875.34");
        assertThat(prd.notionalPrincipal()).isEqualByComparingTo("-10000");
        assertThat(prd.accruedInterest()).isEqualByComparingTo("-24.66");
        assertThat(events.get(1).payoff()).isEqualByComparingTo("-50.96");
        // −1 × (9,800 − 16.44) = −9,783.56 (lam04: −1 × (2,100 − 2.16) = −2,097.84).
        assertThat(events.get(events.size() - 1).payoff()).isEqualByComparingTo("-9783.56");
    }

    @Test
    void aTradeTheNoteCannotHoldIsReportedWithItsReason() throws Exception {
        ActusContracts late = read(PAM.formatted("RPA").replace("2020-09-10T23:59:59", "2021-02-01T00:00:00"));
        assertThat(late.contracts()).isEmpty();
        assertThat(late.unsupported().get(0).term()).isEqualTo("terminationDate");
        assertThat(late.unsupported().get(0).reason()).contains("before the maturity 2021-01-01");

        ActusContracts unpriced = read(PAM.formatted("RPA").replace("\"priceAtPurchaseDate\": \"9900\",", ""));
        assertThat(unpriced.unsupported().get(0).term()).isEqualTo("priceAtPurchaseDate");
        assertThat(unpriced.unsupported().get(0).reason()).isEqualTo("is required with the purchaseDate");

        ActusContracts noon = read(PAM.formatted("RPA").replace("2020-03-16T00:00:00", "2020-03-16T12:00:00"));
        assertThat(noon.unsupported().get(0).term()).isEqualTo("purchaseDate");
        assertThat(noon.unsupported().get(0).reason()).contains("has a time of day");

        // Interest accrued at issue is paid with the first interest payment: the seller's, before a purchase.
        ActusContracts accrued = read(PAM.formatted("RPA").replace("\"notionalPrincipal\"", "\"accruedInterest\": \"50\", \"notionalPrincipal\""));
        assertThat(accrued.unsupported()).isEmpty();
        assertThat(ActusEvents.of(accrued.contracts().get(0)).get(0).payoff()).isEqualByComparingTo(new BigDecimal("-9924.66"));
    }
}
