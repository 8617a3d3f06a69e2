package com.notefolio.web.note;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.io.DecimalText;
import com.notefolio.core.portfolio.Price;
import com.notefolio.web.discount.DiscountInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;

/**
 * What a note's measures are taken at: the as-of date, how to discount (a flat annually compounded
 * rate or a zero curve, {@link DiscountInput}, on Excel's XNPV basis) and the clean price — an amount, or a percentage of the
 * outstanding principal at the as-of date (the core's {@link Price}) — {@code null} for par (the
 * outstanding principal). The parse methods read what an analyst typed and refuse anything else with a message
 * that says what is expected, so a form can show it beside the field.
 */
public record Valuation(LocalDate asOf, DiscountInput discount, Price price) {

    /** The largest principal a note may have ({@link NoteTerms}), so no larger price makes sense. */
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000000000");
    /** A price in percent of the outstanding principal above this is no price a note trades at. */
    private static final BigDecimal MAX_PERCENT = new BigDecimal("1000");
    /** Digits with an optional decimal part; commas only as thousands separators (1,234,567.89). */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+");

    public Valuation {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(discount, "discount");
    }

    /**
     * The valuation the note screen opens with. As-of: today while the note runs (issued on or before
     * today and maturing after it); otherwise its issue date, so a matured note shows its measures at
     * inception instead of an empty remainder, and a note not yet issued is valued when it is funded.
     * Discounting: flat at the note's own annual rate. Price: the price the position is carried at, or par.
     */
    public static Valuation initial(Position position, LocalDate today) {
        NoteTerms terms = position.terms();
        boolean running = !terms.issueDate().isAfter(today) && terms.maturityDate().isAfter(today);
        return new Valuation(running ? today : terms.issueDate(), DiscountInput.flat(terms.annualRate()),
                position.price());
    }

    /**
     * A discount rate typed as a percentage ({@code 8}, {@code 8.25}, {@code 8.25%}) as a fraction.
     *
     * @throws IllegalArgumentException with a message for the user when it is not one
     */
    public static BigDecimal parseDiscountRate(String text) {
        return DiscountInput.parseRate(text);
    }

    /**
     * A clean price typed as an amount of the note's currency ({@code 148,500.00}) or as a percentage of
     * the outstanding principal ({@code 98.5%}); blank means par ({@code null}). An amount has at most the
     * currency's decimals: a price is settled in whole minor units.
     *
     * @throws IllegalArgumentException with a message for the user when it is not one
     */
    public static Price parsePrice(String text, CurrencyUnit currency) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.endsWith("%")) {
            String number = cleaned.substring(0, cleaned.length() - 1).strip();
            if (!AMOUNT.matcher(number).matches() || number.contains(",")) {
                throw new IllegalArgumentException("\"" + cleaned + "\" is not a percentage: enter a number such as"
                        + " 98.5%, or leave it blank for par.");
            }
            BigDecimal percent = bounded(number, cleaned);
            if (percent.signum() <= 0 || percent.compareTo(MAX_PERCENT) > 0) {
                throw new IllegalArgumentException("A price must be above 0% and at most 1000% of the outstanding"
                        + " principal.");
            }
            return Price.percentOfOutstanding(percent);
        }
        if (!AMOUNT.matcher(cleaned).matches()) {
            throw new IllegalArgumentException("\"" + cleaned + "\" is not an amount: enter a number such as 148500.00"
                    + " or a percentage such as 98.5%, or leave it blank for par.");
        }
        BigDecimal price = bounded(cleaned.replace(",", ""), cleaned);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (price.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("A price in " + currency.getCurrencyCode() + " has at most " + digits
                    + " decimals.");
        }
        if (price.signum() <= 0 || price.compareTo(MAX_PRICE) > 0) {
            throw new IllegalArgumentException("A price must be above zero and at most 1,000,000,000,000.");
        }
        return Price.of(price.setScale(digits), currency);
    }

    /** The number in {@code plain} within the core's bounds, or a message for the user quoting {@code typed}. */
    private static BigDecimal bounded(String plain, String typed) {
        try {
            return DecimalText.parse(plain);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + DecimalText.quoted(typed.strip()) + "\": " + e.getMessage() + ".");
        }
    }
}
