package com.notefolio.core.note;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The late charge a note imposes on an installment not paid within {@code graceDays} days after its due date:
 * a fraction {@code rate} of the installment or a flat {@code amount} (exactly one), never more than
 * {@code maximum} per installment (absent: no maximum). The 2003-style consumer note's "5% of the
 * installment, not more than $50, after 10 days" is {@code percentOf("0.05", 10, "50")}.
 *
 * <p>Checked when built: one of rate and amount, the rate a fraction between 0 and 1, amount and maximum not
 * negative, the grace between 0 and 365 days. The amounts are in the note's currency.
 */
public record LateCharge(BigDecimal rate, BigDecimal amount, int graceDays, BigDecimal maximum) {

    public LateCharge {
        if ((rate == null) == (amount == null)) {
            throw new InvalidTermsException(null, "late_charge_rate", rate != null ? rate : amount,
                    "a late charge is a percentage of the installment or a flat amount: give exactly one");
        }
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidTermsException(null, "late_charge_rate", rate, "must be a fraction of the installment between 0 and 1");
        }
        if (amount != null && amount.signum() < 0) {
            throw new InvalidTermsException(null, "late_charge_amount", amount, "must not be negative");
        }
        if (graceDays < 0 || graceDays > 365) {
            throw new InvalidTermsException(null, "late_charge_grace_days", graceDays, "must be between 0 and 365 days");
        }
        if (maximum != null && maximum.signum() < 0) {
            throw new InvalidTermsException(null, "late_charge_max", maximum, "must not be negative");
        }
    }

    public static LateCharge percentOf(String rate, int graceDays, String maximum) {
        return new LateCharge(new BigDecimal(rate), null, graceDays, maximum == null ? null : new BigDecimal(maximum));
    }

    public static LateCharge flat(String amount, int graceDays) {
        return new LateCharge(null, new BigDecimal(amount), graceDays, null);
    }

    /**
     * The charge on an installment of {@code installmentMinor} minor units of a currency of {@code scale}
     * digits: rate × installment rounded half-up to the minor unit, or the flat amount; then capped.
     */
    public long chargeMinor(long installmentMinor, int scale) {
        long charge = rate != null
                ? BigDecimal.valueOf(installmentMinor).multiply(rate).setScale(0, RoundingMode.HALF_UP).longValueExact()
                : minor(amount, scale);
        return maximum == null ? charge : Math.min(charge, minor(maximum, scale));
    }

    private static long minor(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
