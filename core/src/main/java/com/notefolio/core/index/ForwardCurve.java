package com.notefolio.core.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The projected level of one index by tenor from a base date: {@code points} of (tenor in months, rate),
 * tenors strictly increasing from 0. The curve is piecewise flat: the rate projected for a date is that
 * of the longest tenor whose date (base date plus the tenor's months) is on or before it, and the first
 * point's before the first tenor — so projected rates are the exact decimals given, with no
 * interpolation to round.
 */
public record ForwardCurve(String index, LocalDate baseDate, List<Point> points) {

    /** From {@code tenorMonths} after the base date, the index is projected at {@code rate}. */
    public record Point(int tenorMonths, BigDecimal rate) {
        public Point {
            if (tenorMonths < 0 || tenorMonths > 1200) {
                throw new IllegalArgumentException("forward curve point: tenor_months = " + tenorMonths + ": must be between 0 and 1200");
            }
            rate = IndexData.checkRate("forward curve point " + tenorMonths + "M: rate", rate);
        }
    }

    public ForwardCurve {
        if (index == null || index.isBlank()) {
            throw new IllegalArgumentException("forward curve: index = " + index + ": is required");
        }
        index = index.strip();
        if (baseDate == null) {
            throw new IllegalArgumentException("forward curve " + index + ": base_date = null: is required");
        }
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("forward curve " + index + ": points = none: needs at least one (tenor, rate)");
        }
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).tenorMonths() <= points.get(i - 1).tenorMonths()) {
                throw new IllegalArgumentException("forward curve " + index + ": point " + (i + 1) + " tenor_months = "
                        + points.get(i).tenorMonths() + ": must be after the previous tenor " + points.get(i - 1).tenorMonths());
            }
        }
    }

    /** The projected rate on {@code date}. */
    public BigDecimal rateOn(LocalDate date) {
        BigDecimal rate = points.get(0).rate();
        for (Point p : points) {
            if (baseDate.plusMonths(p.tenorMonths()).isAfter(date)) {
                break;
            }
            rate = p.rate();
        }
        return rate;
    }
}
