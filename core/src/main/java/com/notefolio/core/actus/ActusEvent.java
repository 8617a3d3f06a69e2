package com.notefolio.core.actus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One ACTUS event of a contract: its date and type, the payoff (cash to the contract's role: negative
 * when it pays), the notional principal after the event and the nominal interest rate in effect, and
 * the interest accrued and not yet paid — amounts exact at the currency's scale, signed by the role.
 */
public record ActusEvent(String contractId, LocalDate date, ActusEventType type, BigDecimal payoff,
                         BigDecimal notionalPrincipal, BigDecimal nominalInterestRate, BigDecimal accruedInterest) {

    public ActusEvent {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payoff, "payoff");
        Objects.requireNonNull(notionalPrincipal, "notionalPrincipal");
        Objects.requireNonNull(nominalInterestRate, "nominalInterestRate");
        Objects.requireNonNull(accruedInterest, "accruedInterest");
    }
}
