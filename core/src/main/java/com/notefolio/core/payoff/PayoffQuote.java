package com.notefolio.core.payoff;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * A payoff quote for one note on one date, in minor units of its currency (of {@code scale} digits): the
 * principal outstanding, the interest accrued and unpaid, the prepayment premium of that date, the late
 * charges due on the {@code unpaidInstallments} installments left unpaid, and the per-diem interest — one
 * day's interest on the principal at the {@code rate} then, by which the quote grows each day it is paid later.
 * The amount to pay is {@link #totalMinor()}.
 *
 * <p>A precomputed (add-on) note's quote also states the {@code remainingPaymentsMinor}, the installments not yet
 * paid (those left unpaid included), and the {@code rebateMinor} of the interest they hold that is not yet earned:
 * principal + accrued interest = remaining payments − rebate. Both are zero for a note of simple interest.
 */
public record PayoffQuote(String noteId, LocalDate date, CurrencyUnit currency, int scale, long principalMinor,
                          long accruedInterestMinor, long premiumMinor, long lateChargesMinor, int unpaidInstallments,
                          long perDiemMinor, BigDecimal rate, long remainingPaymentsMinor, long rebateMinor) {

    /** The quote of a note of simple interest: no installments rebated. */
    public PayoffQuote(String noteId, LocalDate date, CurrencyUnit currency, int scale, long principalMinor,
                       long accruedInterestMinor, long premiumMinor, long lateChargesMinor, int unpaidInstallments,
                       long perDiemMinor, BigDecimal rate) {
        this(noteId, date, currency, scale, principalMinor, accruedInterestMinor, premiumMinor, lateChargesMinor,
                unpaidInstallments, perDiemMinor, rate, 0, 0);
    }

    /** Principal + accrued interest + premium + late charges: what retires the note on the date. */
    public long totalMinor() {
        return principalMinor + accruedInterestMinor + premiumMinor + lateChargesMinor;
    }

    public MonetaryAmount money(long minor) {
        return Money.of(BigDecimal.valueOf(minor, scale), currency);
    }

    /** An amount of the quote as a plain decimal of the currency's digits ({@code 151500.00}). */
    public String text(long minor) {
        return BigDecimal.valueOf(minor, scale).toPlainString();
    }
}
