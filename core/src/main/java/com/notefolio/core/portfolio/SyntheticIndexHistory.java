package com.notefolio.core.portfolio;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Prime and SOFR levels of a synthetic portfolio, deterministic by seed: one monthly level of each
 * index from {@link #FIRST_MONTH} to {@link #LAST_MONTH} (every generated note's issue, resets and
 * lookbacks up to the last issue and conversion fall in it), fixed on the first day of the month, and, as of a date, the
 * fixings up to it and a forward curve from it.
 *
 * <p>The levels follow a policy rate that moves in quarter points, as the Federal Reserve's target does:
 * each month it moves with probability ¼ towards a target level re-drawn every three years or so
 * (0.25 % to 5.5 %), within 0.25 % and 6 %. Prime is the policy rate + 3 % — the convention the Wall
 * Street Journal's Prime Rate has followed since 2008 (the federal funds target's upper bound + 3
 * points) — and SOFR the policy rate − 0.10 %, where the secured overnight rate has traded against the
 * top of the target range. The forward curve from a date runs from each index's last fixing towards its
 * long-run level (policy 3 %) with a two-year time constant, in whole basis points. Synthetic, not
 * history: a seed is a possible world, the same on every machine.
 */
public final class SyntheticIndexHistory {

    /** The names the generated notes read. */
    public static final String PRIME = "PRIME";
    public static final String SOFR = "SOFR";
    /** The first and last months with a level: before the first issue (2012) less a lookback, past the last. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2011, 7);
    public static final YearMonth LAST_MONTH = YearMonth.of(2031, 12);

    private static final int PRIME_OVER_POLICY_BP = 300;
    private static final int SOFR_UNDER_POLICY_BP = 10;
    private static final int LONG_RUN_POLICY_BP = 300;
    private static final int[] TARGETS_BP = {25, 100, 200, 300, 400, 500, 550};
    private static final int[] CURVE_TENORS = {0, 3, 6, 12, 24, 36, 60, 120, 240, 360};
    private static final double CURVE_TIME_CONSTANT_MONTHS = 24;

    /** The policy rate of each month from {@link #FIRST_MONTH}, in basis points. */
    private final int[] policyBp;

    /** The history of portfolio {@code seed}. */
    public SyntheticIndexHistory(long seed) {
        int months = (int) FIRST_MONTH.until(LAST_MONTH, java.time.temporal.ChronoUnit.MONTHS) + 1;
        policyBp = new int[months];
        SplittableRandom r = new SplittableRandom(seed ^ 0x1DE7_0F_5EEDL);
        int level = 25;
        int target = TARGETS_BP[r.nextInt(TARGETS_BP.length)];
        for (int m = 0; m < months; m++) {
            if (r.nextInt(36) == 0) {
                target = TARGETS_BP[r.nextInt(TARGETS_BP.length)];
            }
            if (level != target && r.nextInt(4) == 0) {
                // Far from the target the Fed has moved by half points at a meeting (2022); near it by quarters.
                int step = Math.abs(target - level) >= 150 && r.nextInt(3) == 0 ? 50 : 25;
                level += Integer.signum(target - level) * Math.min(step, Math.abs(target - level));
            }
            level = Math.max(25, Math.min(600, level));
            policyBp[m] = level;
        }
    }

    /** The level of {@code index} (PRIME or SOFR) fixed on the first of {@code month}. */
    public BigDecimal level(String index, YearMonth month) {
        if (month.isBefore(FIRST_MONTH) || month.isAfter(LAST_MONTH)) {
            throw new IllegalArgumentException("no synthetic level for " + month + ": the history runs from "
                    + FIRST_MONTH + " to " + LAST_MONTH);
        }
        return BigDecimal.valueOf(levelBp(index, policyBp[(int) FIRST_MONTH.until(month,
                java.time.temporal.ChronoUnit.MONTHS)]), 4);
    }

    /** The level of {@code index} in effect on {@code date}: the fixing of its month. */
    public BigDecimal levelOn(String index, LocalDate date) {
        return level(index, YearMonth.from(date));
    }

    private static int levelBp(String index, int policy) {
        return switch (index) {
            case PRIME -> policy + PRIME_OVER_POLICY_BP;
            case SOFR -> Math.max(1, policy - SOFR_UNDER_POLICY_BP);
            default -> throw new IllegalArgumentException("no synthetic index " + index + " (PRIME, SOFR)");
        };
    }

    /** Every fixing of both indices on or before {@code asOf}, index by index in date order. */
    public List<IndexFixing> fixings(LocalDate asOf) {
        List<IndexFixing> out = new ArrayList<>();
        for (String index : List.of(PRIME, SOFR)) {
            for (YearMonth m = FIRST_MONTH; !m.isAfter(LAST_MONTH) && !m.atDay(1).isAfter(asOf); m = m.plusMonths(1)) {
                out.add(new IndexFixing(index, m.atDay(1), level(index, m)));
            }
        }
        return out;
    }

    /**
     * Each index's forward curve as of {@code asOf}: from its last fixing on or before {@code asOf} towards
     * the long-run level, L + (M − L)·(1 − e^(−t/24)) at tenors t of 0 to 360 months, in whole basis points.
     */
    public List<ForwardCurve> curves(LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf);
        last = last.isAfter(LAST_MONTH) ? LAST_MONTH : last.isBefore(FIRST_MONTH) ? FIRST_MONTH : last;
        List<ForwardCurve> out = new ArrayList<>();
        for (String index : List.of(PRIME, SOFR)) {
            double from = level(index, last).doubleValue();
            double to = levelBp(index, LONG_RUN_POLICY_BP) / 1e4;
            List<ForwardCurve.Point> points = new ArrayList<>();
            for (int t : CURVE_TENORS) {
                double rate = from + (to - from) * (1 - Math.exp(-t / CURVE_TIME_CONSTANT_MONTHS));
                points.add(new ForwardCurve.Point(t, BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_EVEN)));
            }
            out.add(new ForwardCurve(index, asOf, points));
        }
        return out;
    }

    /** The fixings and curves as of {@code asOf}, as the pricers read them. */
    public IndexData indexData(LocalDate asOf) {
        return IndexData.of(fixings(asOf), curves(asOf));
    }
}
