package com.notefolio.core.actus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ACTUS LAX increases (PI) and decreases (PR) on one interest cycle, against figures worked by hand: the test
 * beds' increase cases (lax16–lax18) redeem on a cycle other than the interest's, so none of them shows an
 * increase as a Notefolio note states it.
 */
class ActusExoticAmortizerTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * 100 (or the notional given) lent on 2020-01-01 at 10% on 30E/360, interest yearly from 2021-01-01; 50 more lent on each cycle date
     * from 2021-01-01 until the decreases start, then 50 redeemed yearly from 2023-01-01; no maturity stated.
     */
    private static final String LAX = """
            {"contractType": "LAX", "contractID": "X-1", "contractRole": "RPA", "currency": "USD",
             "statusDate": "2019-12-30T00:00:00", "initialExchangeDate": "2020-01-01T00:00:00",
             "notionalPrincipal": "%s", "nominalInterestRate": "0.10", "dayCountConvention": "30E360",
             "arrayCycleAnchorDateOfInterestPayment": "2021-01-01T00:00:00", "arrayCycleOfInterestPayment": "P1YL1",
             "arrayCycleAnchorDateOfPrincipalRedemption": ["2021-01-01T00:00:00", "2023-01-01T00:00:00"],
             "arrayCycleOfPrincipalRedemption": ["P1YL1", "P1YL1"], "arrayNextPrincipalRedemptionPayment": [50, 50],
             "arrayIncreaseDecrease": [%s]}""";

    private static ActusContracts read(String notional, String directions) throws Exception {
        return ActusReader.read(JSON.readTree(LAX.formatted(notional, directions)), "test.json");
    }

    @Test
    void increasesAreAdvancesAndDecreasesSteppedPrincipalUntilTheNotionalIsRetired() throws Exception {
        ActusContracts read = read("100", "\"INC\", \"DEC\"");
        assertThat(read.unsupported()).isEmpty();
        ActusContract contract = read.contracts().get(0);
        // The most it lends: 100 + 50 + 50; retired by four decreases of 50, the last on 2026-01-01 (the maturity).
        assertThat(contract.terms().principal().getNumber().numberValue(java.math.BigDecimal.class))
                .isEqualByComparingTo("200");
        assertThat(contract.terms().maturityDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        List<ActusEvent> events = ActusEvents.of(contract);
        assertThat(events).extracting(e -> e.date() + " " + e.type() + " " + e.payoff().stripTrailingZeros().toPlainString()
                + " " + e.notionalPrincipal().stripTrailingZeros().toPlainString()).containsExactly(
                // By hand, 30E/360 years of 360 days: interest = balance × 10%.
                "2020-01-01 IED -100 100",
                "2021-01-01 PI -50 150",   // lent after the year's interest on 100 accrued
                "2021-01-01 IP 10 150",    // 100 × 10%
                "2022-01-01 PI -50 200",
                "2022-01-01 IP 15 200",    // 150 × 10%
                "2023-01-01 PR 50 150",
                "2023-01-01 IP 20 150",    // 200 × 10%
                "2024-01-01 PR 50 100",
                "2024-01-01 IP 15 100",
                "2025-01-01 PR 50 50",
                "2025-01-01 IP 10 50",
                "2026-01-01 IP 5 50",
                "2026-01-01 MD 50 0");
        // The interest accrued when the holder lends more is that year's, before the IP pays it.
        assertThat(events.get(1).accruedInterest()).isEqualByComparingTo("10");
        assertThat(events.get(5).accruedInterest()).isEqualByComparingTo("20");
    }

    @Test
    void anIncreaseAfterADecreaseIsRefusedNamingTheEngineChangeItNeeds() throws Exception {
        // 1,000 is not retired by the two decreases of 50 before the increases start on 2023-01-01.
        ActusContracts read = read("1000", "\"DEC\", \"INC\"");
        assertThat(read.contracts()).isEmpty();
        ActusUnsupported u = read.unsupported().get(0);
        assertThat(u.term()).isEqualTo("arrayIncreaseDecrease");
        assertThat(u.reason()).contains("step of zero principal");
    }
}
