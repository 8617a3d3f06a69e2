package com.notefolio.core.pricer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The measures of one note as of a date, at a price and a discount assumption; see {@link NotePricer}
 * for each definition. Amounts that are booked (outstanding principal, accrued interest, price) are exact
 * amounts in minor units of {@code currency} (Moneta amounts from the accessors without
 * {@code Minor}); estimates (NPV, yields, times, sensitivities) are {@code double}. A yield that does
 * not exist (no flows left, or flows of both signs that no rate balances) is {@code NaN}, and
 * {@code yieldStatus} says which.
 *
 * @param npv               present value of the flows due after {@code asOf}, in currency units
 * @param yield             annual rate, compounded annually on ACT/365 days (Excel XIRR basis)
 * @param yieldNominal      the same yield as a nominal rate compounded at the note's payment frequency
 * @param walYears          weighted average life in years (ACT/365F) of the principal still to be repaid
 * @param macaulayDuration  years, at the yield
 * @param modifiedDuration  years, at the yield
 * @param convexity         years squared, at the yield
 * @param dv01              NPV gained when the discount rates fall one basis point, in currency units
 * @param discountMargin    the margin over the index projection at which the flows are worth the dirty
 *                          price ({@link DiscountMargin}), a fraction; {@code null} for a note whose rate
 *                          follows no index (fixed, stepped) or when measured without its index data
 * @param effectiveDuration −(PV(+Δ) − PV(−Δ)) ÷ (2·PV·Δ), years, with the discount curve and the index
 *                          projection moved together by Δ and the coupons re-fixed — those whose index is
 *                          read after {@code asOf} only, so a coupon already set does not move (see
 *                          {@code ScenarioAnalyzer}); {@code NaN} when not measured: for a note whose rate
 *                          follows no index (its curve sensitivity is {@code dv01}) or without its index data
 * @param yieldStatus       how the yield was found ({@link Xirr.Status}): by Newton's method from the coupon,
 *                          bracketed, or why there is none ({@code NO_ROOT}: the flows change sign but no rate
 *                          balances them; {@code NO_SIGN_CHANGE}: no flows left)
 */
public record NoteMeasures(
        String noteId,
        LocalDate asOf,
        CurrencyUnit currency,
        long outstandingPrincipalMinor,
        long accruedInterestMinor,
        long priceMinor,
        double npv,
        double yield,
        double yieldNominal,
        double walYears,
        double macaulayDuration,
        double modifiedDuration,
        double convexity,
        double dv01,
        Double discountMargin,
        double effectiveDuration,
        Xirr.Status yieldStatus) {

    public NoteMeasures {
        if (yieldStatus == null || yieldStatus.hasRoot() == Double.isNaN(yield)) {
            throw new IllegalArgumentException("note " + noteId + ": yield " + yield + " with status " + yieldStatus);
        }
    }

    /**
     * Measures whose yield came without a solver's status (built by hand): a number is taken as
     * {@code CONVERGED}, NaN as {@code NO_SIGN_CHANGE} (no flows).
     */
    public NoteMeasures(String noteId, LocalDate asOf, CurrencyUnit currency, long outstandingPrincipalMinor,
                        long accruedInterestMinor, long priceMinor, double npv, double yield, double yieldNominal,
                        double walYears, double macaulayDuration, double modifiedDuration, double convexity,
                        double dv01, Double discountMargin, double effectiveDuration) {
        this(noteId, asOf, currency, outstandingPrincipalMinor, accruedInterestMinor, priceMinor, npv, yield,
                yieldNominal, walYears, macaulayDuration, modifiedDuration, convexity, dv01, discountMargin,
                effectiveDuration, Double.isNaN(yield) ? Xirr.Status.NO_SIGN_CHANGE : Xirr.Status.CONVERGED);
    }

    /** The measures without the rate measures: no discount margin, effective duration not measured. */
    public NoteMeasures(String noteId, LocalDate asOf, CurrencyUnit currency, long outstandingPrincipalMinor,
                        long accruedInterestMinor, long priceMinor, double npv, double yield, double yieldNominal,
                        double walYears, double macaulayDuration, double modifiedDuration, double convexity,
                        double dv01) {
        this(noteId, asOf, currency, outstandingPrincipalMinor, accruedInterestMinor, priceMinor, npv, yield,
                yieldNominal, walYears, macaulayDuration, modifiedDuration, convexity, dv01, null, Double.NaN);
    }

    /** These measures with a discount margin ({@code null}: none) and an effective duration. */
    public NoteMeasures withRateMeasures(Double margin, double duration) {
        return new NoteMeasures(noteId, asOf, currency, outstandingPrincipalMinor, accruedInterestMinor, priceMinor,
                npv, yield, yieldNominal, walYears, macaulayDuration, modifiedDuration, convexity, dv01, margin, duration,
                yieldStatus);
    }

    /** The dirty price the measures were taken at (price + accrued interest), in currency units. */
    public double dirtyPrice() {
        return (priceMinor + accruedInterestMinor) * Math.pow(10, -currency.getDefaultFractionDigits());
    }

    /**
     * The clean price as a percentage of par, par being the outstanding principal at the as-of date (the
     * face still owed, as a percentage price reads): price × 100 ÷ outstanding, exact from the minor
     * units and rounded half-even to {@code scale} places; {@code null} when nothing is outstanding,
     * where no percentage exists. 148,500.00 on 150,000.00 outstanding is 99.00.
     */
    public BigDecimal pricePercentOfPar(int scale) {
        if (outstandingPrincipalMinor == 0) {
            return null;
        }
        return BigDecimal.valueOf(priceMinor).movePointRight(2)
                .divide(BigDecimal.valueOf(outstandingPrincipalMinor), scale, RoundingMode.HALF_EVEN);
    }

    public MonetaryAmount outstandingPrincipal() {
        return money(outstandingPrincipalMinor);
    }

    public MonetaryAmount accruedInterest() {
        return money(accruedInterestMinor);
    }

    /** The clean price the measures were taken at. */
    public MonetaryAmount price() {
        return money(priceMinor);
    }

    private MonetaryAmount money(long minor) {
        return Money.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency);
    }
}
