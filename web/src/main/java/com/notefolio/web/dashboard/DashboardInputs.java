package com.notefolio.web.dashboard;

import com.notefolio.web.discount.DiscountInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a dashboard assumes, as fractions: the as-of date, how to discount (a flat rate or a zero curve,
 * annual compounding on actual days / 365, Excel's XNPV basis; {@link DiscountInput}), and for the expected loss a constant default rate (CDR, a year)
 * with a loss severity. Checked when built; the messages are for the user.
 */
public record DashboardInputs(LocalDate asOf, DiscountInput discount, BigDecimal cdr, BigDecimal severity) {

    /** 8% a year: the rate the analytics module's proofs use; analysts change it on the screen. */
    public static final BigDecimal DEFAULT_DISCOUNT_RATE = new BigDecimal("0.08");
    /** 2% CDR and 40% severity: a common base-case default assumption for small-business loans. */
    public static final BigDecimal DEFAULT_CDR = new BigDecimal("0.02");
    public static final BigDecimal DEFAULT_SEVERITY = new BigDecimal("0.40");
    /** Months from a default to its recovery. It moves recoveries in time, not the (undiscounted) loss. */
    public static final int RECOVERY_LAG_MONTHS = 12;

    public DashboardInputs {
        Objects.requireNonNull(asOf, "Choose an as-of date.");
        Objects.requireNonNull(discount, "Enter a discount rate.");
        Objects.requireNonNull(cdr, "Enter a default rate (CDR).");
        Objects.requireNonNull(severity, "Enter a loss severity.");
        if (asOf.getYear() < 1900 || asOf.getYear() > 2200) {
            throw new IllegalArgumentException("The as-of date must be between 1900 and 2200.");
        }
        for (BigDecimal rate : discount.rates()) {
            if (rate.compareTo(new BigDecimal("-0.5")) < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("The discount rate must be between -50% and 100%.");
            }
        }
        if (cdr.signum() < 0 || cdr.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The default rate (CDR) must be between 0% and 100%.");
        }
        if (severity.signum() < 0 || severity.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The loss severity must be between 0% and 100%.");
        }
        // Equal inputs must make equal cache keys: 0.08 and 0.080 are the same rate (DiscountInput strips
        // its own), and a curve is part of the key.
        cdr = cdr.stripTrailingZeros();
        severity = severity.stripTrailingZeros();
    }

    public static DashboardInputs defaults(LocalDate asOf) {
        return new DashboardInputs(asOf, DiscountInput.flat(DEFAULT_DISCOUNT_RATE), DEFAULT_CDR, DEFAULT_SEVERITY);
    }
}
