package com.notefolio.core.pricer;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.schedule.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A sensitivity ladder: the NPV of a schedule's remaining flows at parallel shifts of its discount curve
 * ({@link DiscountCurve#shifted}) of −200, −100, −50, 0, +50, +100 and +200 basis points, and each rung's
 * change from the unshifted NPV. Unlike DV01 it is exact at each shift, so it shows the convexity a
 * first-order figure leaves out. The NPVs of a portfolio's notes add up rung by rung.
 */
public record SensitivityLadder(List<Rung> rungs) {

    /** The shifts, in basis points, in ladder order; the unshifted curve is {@link #BASE}. */
    public static final List<Integer> SHIFTS_BP = List.of(-200, -100, -50, 0, 50, 100, 200);
    public static final int BASE = SHIFTS_BP.indexOf(0);
    /** No ladder: a summary of notes priced without one (a scenario's). */
    public static final SensitivityLadder NONE = new SensitivityLadder(List.of());

    /** One shift: the NPV on the shifted curve and its change from the NPV on the curve itself. */
    public record Rung(int shiftBp, double npv, double change) {
    }

    public SensitivityLadder {
        rungs = List.copyOf(rungs);
    }

    /**
     * The NPVs at each of {@link #SHIFTS_BP} in order; the unshifted one is {@code baseNpv} (the NPV the
     * measures already hold), so a ladder costs six present values more.
     */
    public static double[] presentValues(Schedule schedule, LocalDate asOf, DiscountCurve curve, double baseNpv) {
        // The flows once, discounted on each shifted curve: building them is a good part of a present value.
        RemainingFlows flows = new RemainingFlows(schedule, EpochDay.of(asOf));
        double[] sums = new double[3];
        double[] npvs = new double[SHIFTS_BP.size()];
        for (int i = 0; i < npvs.length; i++) {
            if (i == BASE) {
                npvs[i] = baseNpv;
            } else {
                flows.discount(curve.shifted(SHIFTS_BP.get(i)), sums);
                npvs[i] = sums[0];
            }
        }
        return npvs;
    }

    /** The ladder of the NPVs at {@link #SHIFTS_BP} (one note's, or a portfolio's sums). */
    public static SensitivityLadder of(double[] npvs) {
        if (npvs.length != SHIFTS_BP.size()) {
            throw new IllegalArgumentException("a ladder needs " + SHIFTS_BP.size() + " NPVs, not " + npvs.length);
        }
        List<Rung> rungs = new ArrayList<>(npvs.length);
        for (int i = 0; i < npvs.length; i++) {
            rungs.add(new Rung(SHIFTS_BP.get(i), npvs[i], npvs[i] - npvs[BASE]));
        }
        return new SensitivityLadder(rungs);
    }

    /** The ladder of a schedule on {@code curve}. */
    public static SensitivityLadder of(Schedule schedule, LocalDate asOf, DiscountCurve curve) {
        return of(presentValues(schedule, asOf, curve, NotePricer.presentValue(schedule, asOf, curve)));
    }
}
