package com.notefolio.core.pricer;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * The measures of one note as of a date, at a price and a discount assumption; see {@link NotePricer}
 * for each definition. Amounts that are booked (outstanding principal, accrued interest, price) are exact
 * Moneta amounts; estimates (NPV, yields, times, sensitivities) are {@code double}. A yield that does
 * not exist (no flows left) is {@code NaN}.
 *
 * @param npv               present value of the flows due after {@code asOf}, in currency units
 * @param yield             annual rate, compounded annually on ACT/365 days (Excel XIRR basis)
 * @param yieldNominal      the same yield as a nominal rate compounded at the note's payment frequency
 * @param walYears          weighted average life in years (ACT/365F) of the principal still to be repaid
 * @param macaulayDuration  years, at the yield
 * @param modifiedDuration  years, at the yield
 * @param convexity         years squared, at the yield
 * @param dv01              NPV gained when the discount rates fall one basis point, in currency units
 */
public record NoteMeasures(
        String noteId,
        LocalDate asOf,
        MonetaryAmount outstandingPrincipal,
        MonetaryAmount accruedInterest,
        MonetaryAmount price,
        double npv,
        double yield,
        double yieldNominal,
        double walYears,
        double macaulayDuration,
        double modifiedDuration,
        double convexity,
        double dv01) {
}
