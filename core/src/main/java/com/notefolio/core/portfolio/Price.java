package com.notefolio.core.portfolio;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.Schedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The clean price (excluding accrued interest) a position is carried at: either an amount of the note's
 * currency, or a percentage of the outstanding principal at the valuation date ({@code 98.5%}), which
 * follows the note as it amortizes — a percentage cannot go stale the way an amount typed years ago can.
 * Exactly one of {@code amount} and {@code percent} is given; neither may be negative. Written as text,
 * a percentage ends with {@code %} ({@code 98.5%}) and an amount is a plain decimal ({@code 118500.00}).
 *
 * @param amount  the price as an amount, or {@code null} for a percentage
 * @param percent the price in percent of the outstanding principal (98.5 is 98.5 %), or {@code null}
 */
public record Price(MonetaryAmount amount, BigDecimal percent) {

    public Price {
        if ((amount == null) == (percent == null)) {
            throw new IllegalArgumentException("a price is an amount or a percentage of the outstanding principal,"
                    + " exactly one of them");
        }
        if (amount != null && amount.isNegative()) {
            throw new IllegalArgumentException("price " + NoteTerms.decimal(amount).toPlainString()
                    + " must not be negative");
        }
        if (percent != null && percent.signum() < 0) {
            throw new IllegalArgumentException("price " + percent.toPlainString() + "% must not be negative");
        }
    }

    /** A price as an amount. */
    public static Price of(MonetaryAmount amount) {
        return new Price(amount, null);
    }

    /** A price as an amount of {@code currency}. */
    public static Price of(BigDecimal amount, CurrencyUnit currency) {
        return new Price(Money.of(amount, currency), null);
    }

    /** A price as a percentage of the outstanding principal: {@code percentOfOutstanding(98.5)} is 98.5 %. */
    public static Price percentOfOutstanding(BigDecimal percent) {
        return new Price(null, percent);
    }

    public boolean isPercent() {
        return percent != null;
    }

    /**
     * The price as an amount for a note whose outstanding principal at the valuation date is
     * {@code outstandingMinor} (in minor units of {@code currency}): an amount as it is; a percentage of
     * the outstanding, rounded half-even to the currency's minor unit (a price is settled in cents, and
     * half-even is how the pricer rounds a finer amount).
     */
    public MonetaryAmount amountFor(long outstandingMinor, CurrencyUnit currency) {
        if (amount != null) {
            return amount;
        }
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal outstanding = BigDecimal.valueOf(outstandingMinor, scale);
        return Money.of(outstanding.multiply(percent).movePointLeft(2).setScale(scale, RoundingMode.HALF_EVEN),
                currency);
    }

    /** The price as an amount for {@code schedule}'s note valued on {@code asOf}. */
    public MonetaryAmount amountAt(Schedule schedule, LocalDate asOf) {
        return amount != null ? amount
                : amountFor(schedule.outstandingMinor(EpochDay.of(asOf)),
                        schedule.terms().currency());
    }

    /** The price as the portfolio formats write it: {@code 98.5%}, or the amount's plain decimal. */
    public String text() {
        return amount != null ? NoteTerms.decimal(amount).toPlainString() : percent.toPlainString() + "%";
    }

    @Override
    public String toString() {
        return text();
    }
}
