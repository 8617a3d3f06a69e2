package com.notefolio.core.note;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A fee the borrower pays when the note closes — an origination fee, points, a documentation fee — stated
 * as an amount or as a rate of the principal, and either paid in cash at closing or financed (withheld from
 * the proceeds, the note's principal including it). Either way the lender's net advance is the principal less
 * the fee, and Regulation Z counts it a prepaid finance charge: the amount financed is the principal less the
 * fees (12 CFR 1026.18(b), 1026.4).
 */
public record ClosingFee(String name, BigDecimal amount, BigDecimal rate, boolean financed) {

    public ClosingFee {
        name = name == null || name.isBlank() ? "origination fee" : name.strip();
        if ((amount == null) == (rate == null)) {
            throw new IllegalArgumentException("a closing fee is an amount or a rate of the principal, exactly one");
        }
        if (amount != null && amount.signum() <= 0) {
            throw new IllegalArgumentException("a closing fee's amount must be positive");
        }
        if (rate != null && (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) >= 0)) {
            throw new IllegalArgumentException("a closing fee's rate must be a fraction of the principal above 0 and below 1");
        }
        Objects.requireNonNull(name);
    }

    /** An origination fee of {@code rate} of the principal (points: 0.01 is one point). */
    public static ClosingFee ofRate(BigDecimal rate, boolean financed) {
        return new ClosingFee(null, null, rate, financed);
    }

    /** An origination fee of {@code amount}. */
    public static ClosingFee ofAmount(BigDecimal amount, boolean financed) {
        return new ClosingFee(null, amount, null, financed);
    }

    /** The fee in the currency's minor units on {@code principalMinor}: a rate's share rounded half up to the minor unit. */
    public long minor(long principalMinor, int scale) {
        if (amount != null) {
            return amount.movePointRight(scale).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        }
        return new BigDecimal(principalMinor).multiply(rate).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * The fee as the portfolio CSV's {@code closing_fees} column writes it: {@code name:amount} or
     * {@code name:rate%}, then {@code :financed} when withheld from the proceeds ({@code origination:1%:financed}).
     * A name holding {@code :} or {@code ;} cannot be written so and is refused.
     */
    public String columnText() {
        if (name.contains(":") || name.contains(";")) {
            throw new IllegalArgumentException("the closing fee \"" + name + "\" cannot be written in the closing_fees"
                    + " column: its name holds : or ;");
        }
        return name + ":" + (amount != null ? amount.toPlainString()
                : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%") + (financed ? ":financed" : "");
    }

    /** The fee in words, for a note's terms on a screen. */
    public String words() {
        return name + " of " + (amount != null ? amount.toPlainString() : rate.movePointRight(2).stripTrailingZeros()
                .toPlainString() + "% of the principal") + (financed ? ", financed (withheld from the proceeds)"
                : ", paid in cash at closing");
    }
}
