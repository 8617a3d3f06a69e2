package com.notefolio.core.actus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A call-money contract (ACTUS CLM) called with a notice, against figures worked by hand from ACTUS's payoff
 * functions: each cycle date capitalizes the interest accrued (IPCI), the demand (XD) pays nothing, the settlement
 * pays the interest since the last capitalization (IP) and the notional (STD). The test bed's called cases (clm07–clm09,
 * clm14) roll on cycles of days Notefolio has no frequency for, and clm13 has no cycle and no notice.
 */
class ActusCallMoneyTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** 1,000 at 12% on 30E/360, interest monthly from the initial exchange, called on 2020-03-16 with 15 days' notice. */
    private static final String CLM = """
            {"terms": {"contractType": "CLM", "contractID": "C-1", "contractRole": "RPA", "currency": "USD",
              "statusDate": "2019-12-30T00:00:00", "initialExchangeDate": "2020-01-01T00:00:00",
              "notionalPrincipal": "1000", "nominalInterestRate": "0.12", "dayCountConvention": "30E360",
              "cycleOfInterestPayment": "P1ML1", "xDayNotice": "P15D"},
             "to": "2020-12-31T00:00:00",
             "eventsObserved": [{"time": "2020-03-16T00:00:00", "type": "XD", "value": 0}]}""";

    @Test
    void aCalledContractCapitalizesEachCycleAndSettlesAfterTheNotice() throws Exception {
        ActusContracts read = ActusReader.read(JSON.readTree("{\"clm-x\": " + CLM + "}"), "test.json");
        assertThat(read.unsupported()).isEmpty();
        ActusContract contract = read.contracts().get(0);
        assertThat(contract.terms().maturityDate()).isEqualTo(LocalDate.of(2020, 3, 31));
        List<ActusEvent> events = ActusEvents.of(contract);
        assertThat(events).extracting(e -> e.date() + " " + e.type() + " " + e.payoff().toPlainString() + " "
                + e.notionalPrincipal().toPlainString() + " " + e.accruedInterest().toPlainString()).containsExactly(
                "2020-01-01 IED -1000.00 1000.00 0.00",
                "2020-01-01 IPCI 0.00 1000.00 0.00",      // the cycle's anchor: nothing accrued yet
                "2020-02-01 IPCI 0.00 1010.00 0.00",      // 1,000 × 12% × 30/360 = 10.00 joins the notional
                "2020-03-01 IPCI 0.00 1020.10 0.00",      // 1,010 × 1% = 10.10
                "2020-03-16 XD 0.00 1020.10 5.10",        // 1,020.10 × 12% × 15/360 = 5.1005 accrued
                "2020-03-31 IP 9.86 1020.10 0.00",        // 30E/360 counts the 31st as the 30th: 29 days, 1,020.10 × 12% × 29/360 = 9.861
                "2020-03-31 STD 1020.10 0.00 0.00");
    }
}
