package com.notefolio.core.scenario;

import java.util.List;

/**
 * A prepayment speed for every note: the share of the performing balance prepaid each period, after
 * scheduled principal. Conversions (Bond Market Association, <i>Uniform Practices</i>, ch. SF):
 * a monthly SMM = 1 − (1 − CPR)^(1/12), and for a period of m months the per-period rate is
 * 1 − (1 − CPR)^(m/12), the same survival over the same time; a constant SMM converts to a CPR by the
 * inverse. PSA: CPR in month t of the loan's age = PSA/100 × 6% × min(t, 30)/30. A CPR vector gives the
 * CPR of each month of the projection, the first month being the first after the as-of date; the last
 * value holds after the vector ends.
 *
 * <p>Each kind holds what it needs and checks it when built: a CPR or SMM is a fraction in [0, 1], a PSA
 * speed is in [0, {@value #MAX_PSA}], a vector has 1 to {@value #MAX_VECTOR_MONTHS} CPRs in [0, 1]. A
 * speed outside those bounds would prepay a negative amount (a growing balance) or be silently capped,
 * so it cannot be built: {@link InvalidScenarioException} names the field ({@code cpr}, {@code smm},
 * {@code psa}, {@code cprVector[i]}), the value and the reason.
 */
public sealed interface PrepaymentSpeed {

    /** The largest PSA speed (100 PSA is the standard ramp to 6% CPR). */
    int MAX_PSA = 10_000;
    /** The longest CPR vector: 100 years of months. */
    int MAX_VECTOR_MONTHS = 1_200;

    /** How the speed is quoted. */
    enum Kind { CPR, SMM, PSA, CPR_VECTOR }

    Kind kind();

    /**
     * The annual CPR in force in a month: {@code loanAgeMonths} counts from the issue date (for PSA),
     * {@code projectionMonth} from the as-of date (for vectors), both from 1.
     */
    double cpr(int loanAgeMonths, int projectionMonth);

    static Cpr cpr(double cpr) {
        return new Cpr(cpr);
    }

    static Smm smm(double smm) {
        return new Smm(smm);
    }

    static Psa psa(double psa) {
        return new Psa(psa);
    }

    static CprVector cprVector(List<Double> cprs) {
        return new CprVector(cprs);
    }

    /** The rate of a period of {@code months} months (a fraction for weekly periods): 1 − (1 − CPR)^(months/12). */
    static double periodRate(double annualRate, double months) {
        return 1 - Math.pow(1 - annualRate, months / 12.0);
    }

    /** A constant annual prepayment rate, a fraction in [0, 1]. */
    record Cpr(double cpr) implements PrepaymentSpeed {
        public Cpr {
            FieldRules rules = new FieldRules();
            rules.fraction("cpr", cpr);
            rules.throwIfAny();
        }

        @Override
        public Kind kind() {
            return Kind.CPR;
        }

        @Override
        public double cpr(int loanAgeMonths, int projectionMonth) {
            return cpr;
        }
    }

    /** A constant single monthly mortality, a fraction in [0, 1]. */
    record Smm(double smm) implements PrepaymentSpeed {
        public Smm {
            FieldRules rules = new FieldRules();
            rules.fraction("smm", smm);
            rules.throwIfAny();
        }

        @Override
        public Kind kind() {
            return Kind.SMM;
        }

        @Override
        public double cpr(int loanAgeMonths, int projectionMonth) {
            return 1 - Math.pow(1 - smm, 12);
        }
    }

    /** A PSA speed in percent of the standard ramp, in [0, {@value #MAX_PSA}]. */
    record Psa(double psa) implements PrepaymentSpeed {
        public Psa {
            FieldRules rules = new FieldRules();
            if (!Double.isFinite(psa)) {
                rules.add("psa", psa, "must be a finite number");
            } else if (psa < 0) {
                rules.add("psa", psa, "must not be negative");
            } else if (psa > MAX_PSA) {
                rules.add("psa", psa, "must be at most " + MAX_PSA + " (100 PSA is the standard ramp to 6% CPR)");
            }
            rules.throwIfAny();
        }

        @Override
        public Kind kind() {
            return Kind.PSA;
        }

        @Override
        public double cpr(int loanAgeMonths, int projectionMonth) {
            // 6% CPR × PSA/100 at month 30 of the loan's age and after; the CPR of a speed above 1,667 PSA
            // exceeds 100% there, which no balance can prepay: it is held at 100%.
            return Math.min(1, psa / 100 * 0.06 * Math.min(Math.max(loanAgeMonths, 1), 30) / 30);
        }
    }

    /** The CPR of each projection month, 1 to {@value #MAX_VECTOR_MONTHS} fractions in [0, 1]. */
    record CprVector(List<Double> cprs) implements PrepaymentSpeed {
        public CprVector {
            FieldRules rules = new FieldRules();
            if (cprs == null || cprs.isEmpty()) {
                rules.add("cprVector", null, "is empty: give the CPR of at least one month");
            } else if (cprs.size() > MAX_VECTOR_MONTHS) {
                rules.add("cprVector", null, tooLong(cprs.size()));
            } else {
                for (int i = 0; i < cprs.size(); i++) {
                    Double x = cprs.get(i);
                    if (x == null) {
                        rules.add("cprVector[" + i + "]", null, "is required");
                    } else {
                        rules.fraction("cprVector[" + i + "]", x);
                    }
                }
            }
            rules.throwIfAny();
            cprs = List.copyOf(cprs);
        }

        /** Why a vector of {@code months} CPRs, more than {@value #MAX_VECTOR_MONTHS}, is refused. */
        public static String tooLong(int months) {
            return months + " months; a vector may hold at most " + MAX_VECTOR_MONTHS
                    + " (the last value holds after the vector ends)";
        }

        @Override
        public Kind kind() {
            return Kind.CPR_VECTOR;
        }

        @Override
        public double cpr(int loanAgeMonths, int projectionMonth) {
            return cprs.get(Math.min(Math.max(projectionMonth, 1), cprs.size()) - 1);
        }
    }
}
