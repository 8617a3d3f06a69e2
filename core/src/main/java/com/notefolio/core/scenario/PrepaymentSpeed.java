package com.notefolio.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A prepayment speed for every note: the share of the performing balance prepaid each period, after
 * scheduled principal. Conversions (Bond Market Association, <i>Uniform Practices</i>, ch. SF):
 * a monthly SMM = 1 − (1 − CPR)^(1/12), and for a period of m months the per-period rate is
 * 1 − (1 − CPR)^(m/12), the same survival over the same time; a constant SMM converts to a CPR by the
 * inverse. PSA: CPR in month t of the loan's age = PSA/100 × 6% × min(t, 30)/30. A CPR vector gives the
 * CPR of each month of the projection, the first month being the first after the as-of date; the last
 * value holds after the vector ends.
 */
public record PrepaymentSpeed(Kind kind, double value, List<Double> vector) {

    /** How the speed is quoted. */
    public enum Kind { CPR, SMM, PSA, CPR_VECTOR }

    public PrepaymentSpeed {
        Objects.requireNonNull(kind, "kind");
        vector = vector == null ? List.of() : List.copyOf(vector);
    }

    public static PrepaymentSpeed cpr(double cpr) {
        return new PrepaymentSpeed(Kind.CPR, cpr, null);
    }

    public static PrepaymentSpeed smm(double smm) {
        return new PrepaymentSpeed(Kind.SMM, smm, null);
    }

    public static PrepaymentSpeed psa(double psa) {
        return new PrepaymentSpeed(Kind.PSA, psa, null);
    }

    public static PrepaymentSpeed cprVector(List<Double> cprs) {
        return new PrepaymentSpeed(Kind.CPR_VECTOR, 0, cprs);
    }

    /**
     * The annual CPR in force in a month: {@code loanAgeMonths} counts from the issue date (for PSA),
     * {@code projectionMonth} from the as-of date (for vectors), both from 1.
     */
    public double cpr(int loanAgeMonths, int projectionMonth) {
        return switch (kind) {
            case CPR -> value;
            case SMM -> 1 - Math.pow(1 - value, 12);
            case PSA -> value / 100 * 0.06 * Math.min(Math.max(loanAgeMonths, 1), 30) / 30;
            case CPR_VECTOR -> vector.isEmpty() ? 0
                    : vector.get(Math.min(Math.max(projectionMonth, 1), vector.size()) - 1);
        };
    }

    /** The rate of a period of {@code months} months: 1 − (1 − CPR)^(months/12). */
    public static double periodRate(double annualRate, int months) {
        return 1 - Math.pow(1 - annualRate, months / 12.0);
    }
}
