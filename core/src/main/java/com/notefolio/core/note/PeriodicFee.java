package com.notefolio.core.note;

import java.math.BigDecimal;

/**
 * A fee the note charges with each installment, part of that due date's payment: a flat {@code amount} per
 * installment (a servicing or account fee, in the note's currency) and/or an {@code annualRate} on the balance
 * outstanding (a servicing fee rate: balance × rate over the installment's accrual period, by the note's accrual
 * basis and interest rounding, as its interest is). Either may be absent; not both.
 *
 * <p>Checked when built: the amount not negative, the rate a fraction between 0 and 1 of at most
 * {@link NoteTerms#MAX_RATE_DECIMALS} decimals, and at least one of them above zero. That the amount is whole
 * minor units of the note's currency is the note's to check.
 */
public record PeriodicFee(BigDecimal amount, BigDecimal annualRate) {

    public PeriodicFee {
        amount = amount == null || amount.signum() == 0 ? null : amount;
        annualRate = annualRate == null || annualRate.signum() == 0 ? null : annualRate.stripTrailingZeros();
        if (amount != null && amount.signum() < 0) {
            throw new InvalidTermsException(null, "periodic_fee_amount", amount, "must not be negative");
        }
        if (annualRate != null && (annualRate.signum() < 0 || annualRate.compareTo(BigDecimal.ONE) > 0
                || annualRate.scale() > NoteTerms.MAX_RATE_DECIMALS)) {
            throw new InvalidTermsException(null, "periodic_fee_rate", annualRate, "must be an annual fraction of the"
                    + " balance between 0 and 1, of at most " + NoteTerms.MAX_RATE_DECIMALS + " decimals");
        }
        if (amount == null && annualRate == null) {
            throw new InvalidTermsException(null, "periodic_fee_amount", "0", "a periodic fee is an amount per"
                    + " installment or a rate on the balance (or both): give one above zero, or no fee");
        }
    }

    /**
     * The fee in words, for a note's terms on a screen or sheet: "35.00 with each installment", "0.25% a year of the
     * balance outstanding, with each installment", or both joined by "plus".
     */
    public String words() {
        String flat = amount == null ? null : amount.toPlainString();
        String rate = annualRate == null ? null
                : annualRate.movePointRight(2).stripTrailingZeros().toPlainString() + "% a year of the balance outstanding";
        String what = flat == null ? rate : rate == null ? flat : flat + " plus " + rate;
        return what + ", with each installment (part of its payment)";
    }

    /** The fee of a flat {@code amount} per installment, or of an annual {@code rate} on the balance; either may be null. */
    public static PeriodicFee of(String amount, String rate) {
        return new PeriodicFee(amount == null ? null : new BigDecimal(amount), rate == null ? null : new BigDecimal(rate));
    }
}
