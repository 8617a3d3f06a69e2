package com.notefolio.web.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * How numbers and dates appear on screen: amounts with their currency's decimals (2 for USD, 0 for JPY,
 * 3 for BHD) and thousands separators, rates as percentages, dates ISO. One place so every screen agrees.
 */
public final class DisplayFormat {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private DisplayFormat() {
    }

    /** {@code 150,000.00 USD}; blank for none. */
    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return number(amount, digits(currency)) + " " + currency;
    }

    public static String money(MonetaryAmount amount) {
        if (amount == null) {
            return "";
        }
        return money(amount.getNumber().numberValueExact(BigDecimal.class), amount.getCurrency().getCurrencyCode());
    }

    /** The amount with the currency's decimals and separators, no code (for grid columns headed by currency). */
    public static String amount(BigDecimal amount, String currency) {
        return amount == null ? "" : number(amount, digits(currency));
    }

    /** An amount held in minor units (cents), with the currency's decimals, no code. */
    public static String minorAmount(long minor, String currency) {
        return number(BigDecimal.valueOf(minor, digits(currency)), digits(currency));
    }

    /**
     * An amount in compact units for where space is short: {@code 4,992,441.23} → {@code 4.99M},
     * {@code 12,500} → {@code 12.5K}, three significant digits (half-up), below a thousand as
     * {@link #amount}. Shown with the full figure at hand (a tooltip), never alone where it is booked.
     */
    public static String compact(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        BigDecimal magnitude = amount.abs();
        String[] units = {"K", "M", "B", "T"};
        int unit = -1;
        BigDecimal scaled = magnitude;
        while (unit < units.length - 1 && scaled.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            scaled = scaled.movePointLeft(3);
            unit++;
        }
        if (unit < 0) {
            return amount(amount, currency);
        }
        // Three significant digits; a value that rounds up to 1,000 of a unit moves to the next unit.
        BigDecimal rounded = scaled.round(new java.math.MathContext(3, RoundingMode.HALF_UP));
        if (rounded.compareTo(BigDecimal.valueOf(1000)) >= 0 && unit < units.length - 1) {
            rounded = rounded.movePointLeft(3).round(new java.math.MathContext(3, RoundingMode.HALF_UP));
            unit++;
        }
        String text = rounded.stripTrailingZeros().toPlainString();
        return (amount.signum() < 0 ? "-" : "") + text + units[unit];
    }

    /** {@link #compact} with the currency code: {@code 4.99M USD}. */
    public static String compactMoney(BigDecimal amount, String currency) {
        return amount == null ? "" : compact(amount, currency) + " " + currency;
    }

    /** A fraction as a percentage: {@code 0.12} → {@code 12.000%} with {@code decimals} places. */
    public static String percent(BigDecimal fraction, int decimals) {
        if (fraction == null) {
            return "";
        }
        return number(fraction.movePointRight(2), decimals) + "%";
    }

    public static String percent(double fraction, int decimals) {
        return Double.isNaN(fraction) ? "" : percent(BigDecimal.valueOf(fraction), decimals);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A plain decimal with grouping and exactly {@code decimals} places (half-up). */
    public static String number(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public static String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : number(BigDecimal.valueOf(value), decimals);
    }

    private static int digits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
