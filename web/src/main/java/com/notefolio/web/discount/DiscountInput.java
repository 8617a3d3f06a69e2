package com.notefolio.web.discount;

import com.notefolio.core.io.DecimalText;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.ZeroCurve;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How to discount, as the analyst gave it: one flat rate, or a zero curve's points (tenor in years,
 * annually compounded zero rate; the core's {@link ZeroCurve} interpolates between them). Rates are
 * fractions (0.08 is 8%) on Excel's XNPV basis. Checked when built, with messages for the user; equal
 * inputs are equal values (0.08 and 0.080 alike), so they make equal cache keys.
 */
public sealed interface DiscountInput {

    /** Above −100% (a discount factor must stay finite) and at most 1000% a year. */
    BigDecimal MIN_RATE = BigDecimal.ONE.negate();
    BigDecimal MAX_RATE = BigDecimal.TEN;
    /** A curve longer than a century, or with more points than a screen can hold, is no input. */
    BigDecimal MAX_TENOR = new BigDecimal("100");
    int MAX_POINTS = 60;

    /** The core's curve for this input. */
    DiscountCurve curve();

    /** Every rate of the input (the one flat rate, or each point's). */
    List<BigDecimal> rates();

    /**
     * The input in an address ({@code ?rate=…}), in percent: {@code 8.5} for a flat rate, {@code 1:5,2:6}
     * (tenor years : rate %) for a curve. {@link #parseAddress} reads it back.
     */
    String address();

    /** The input for reading: "8.00%" or "zero curve 1y 5.00%, 2y 6.00%". */
    String describe();

    /** One rate for every date. */
    record Flat(BigDecimal rate) implements DiscountInput {
        public Flat {
            rate = checkedRate(rate);
        }

        @Override
        public DiscountCurve curve() {
            return FlatRate.of(rate.doubleValue());
        }

        @Override
        public List<BigDecimal> rates() {
            return List.of(rate);
        }

        @Override
        public String address() {
            return typedPercent(rate);
        }

        @Override
        public String describe() {
            return percent(rate);
        }
    }

    /** One point of a zero curve: a tenor in years and the zero rate there, a fraction. */
    record Point(BigDecimal tenorYears, BigDecimal rate) {
        public Point {
            Objects.requireNonNull(tenorYears, "Enter a tenor in years.");
            if (tenorYears.signum() < 0 || tenorYears.compareTo(MAX_TENOR) > 0) {
                throw new IllegalArgumentException("A tenor must be between 0 and 100 years, not "
                        + tenorYears.toPlainString() + ".");
            }
            tenorYears = tenorYears.stripTrailingZeros();
            rate = checkedRate(rate);
        }
    }

    /** Zero rates at increasing tenors. */
    record Curve(List<Point> points) implements DiscountInput {
        public Curve {
            points = List.copyOf(points);
            if (points.isEmpty()) {
                throw new IllegalArgumentException("A curve needs at least one point.");
            }
            if (points.size() > MAX_POINTS) {
                throw new IllegalArgumentException("A curve has at most " + MAX_POINTS + " points.");
            }
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i).tenorYears().compareTo(points.get(i - 1).tenorYears()) <= 0) {
                    throw new IllegalArgumentException("Point " + (i + 1) + ": the tenors must increase ("
                            + points.get(i).tenorYears().toPlainString() + " is not after "
                            + points.get(i - 1).tenorYears().toPlainString() + ").");
                }
            }
        }

        @Override
        public DiscountCurve curve() {
            return ZeroCurve.of(points.stream().mapToDouble(p -> p.tenorYears().doubleValue()).toArray(),
                    points.stream().mapToDouble(p -> p.rate().doubleValue()).toArray());
        }

        @Override
        public List<BigDecimal> rates() {
            return points.stream().map(Point::rate).toList();
        }

        @Override
        public String address() {
            return points.stream().map(p -> p.tenorYears().toPlainString() + ":" + typedPercent(p.rate()))
                    .collect(Collectors.joining(","));
        }

        @Override
        public String describe() {
            return "zero curve " + points.stream().map(p -> p.tenorYears().toPlainString() + "y " + percent(p.rate()))
                    .collect(Collectors.joining(", "));
        }
    }

    static Flat flat(BigDecimal rate) {
        return new Flat(rate);
    }

    static Curve curve(List<Point> points) {
        return new Curve(points);
    }

    /**
     * The points of a curve the core read (an uploaded file, {@code CurveCsvReader}). Its tenors were
     * years as doubles; their shortest decimal text keeps 6M as 0.5 and 30D as 30 ÷ 365.
     */
    static Curve of(ZeroCurve curve) {
        double[] tenors = curve.tenors();
        double[] rates = curve.rates();
        List<Point> points = new ArrayList<>(tenors.length);
        for (int i = 0; i < tenors.length; i++) {
            points.add(new Point(BigDecimal.valueOf(tenors[i]), BigDecimal.valueOf(rates[i])));
        }
        return new Curve(points);
    }

    /**
     * The input of an address ({@link #address()}): a percentage, or {@code tenor:rate} pairs in percent
     * separated by commas.
     *
     * @throws IllegalArgumentException with a message for the user when it is neither
     */
    static DiscountInput parseAddress(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.contains(":")) {
            return flat(parseRate(t));
        }
        List<Point> points = new ArrayList<>();
        for (String pair : t.split(",", -1)) {
            String[] parts = pair.split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("\"" + pair.strip() + "\" is not a curve point: write tenor:rate,"
                        + " such as 2:5.5.");
            }
            points.add(new Point(parseTenor(parts[0]), parseRate(parts[1])));
        }
        return curve(points);
    }

    /**
     * A rate typed as a percentage ({@code 8}, {@code 8.25}, {@code 8.25%}) as a fraction.
     *
     * @throws IllegalArgumentException with a message for the user when it is not one
     */
    static BigDecimal parseRate(String text) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.endsWith("%")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("Enter a discount rate in percent a year, e.g. 8.5.");
        }
        if (!TypedNumbers.RATE.matcher(cleaned).matches()) {
            throw new IllegalArgumentException("\"" + DecimalText.quoted(text.strip())
                    + "\" is not a percentage: enter a number such as 8.5.");
        }
        return checkedRate(TypedNumbers.bounded(cleaned, text).movePointLeft(2));
    }

    /**
     * A tenor typed in years ({@code 0.5}, {@code 2}, {@code 10}).
     *
     * @throws IllegalArgumentException with a message for the user when it is not one
     */
    static BigDecimal parseTenor(String text) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("Enter a tenor in years, e.g. 2.5.");
        }
        if (!TypedNumbers.TENOR.matcher(cleaned).matches()) {
            throw new IllegalArgumentException("\"" + DecimalText.quoted(cleaned)
                    + "\" is not a tenor: enter years such as 0.5 or 10.");
        }
        return TypedNumbers.bounded(cleaned, text);
    }

    private static BigDecimal checkedRate(BigDecimal rate) {
        Objects.requireNonNull(rate, "Enter a discount rate.");
        if (rate.compareTo(MIN_RATE) <= 0 || rate.compareTo(MAX_RATE) > 0) {
            throw new IllegalArgumentException("A discount rate must be above -100% and at most 1000%.");
        }
        return rate.stripTrailingZeros();
    }

    /**
     * A rate fraction as the percentage an analyst types, every decimal it has and no sign: 0.125 → "12.5",
     * 0.1 → "10". What the rate fields and addresses show, and {@link #parseRate} reads back.
     */
    static String typedPercent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
