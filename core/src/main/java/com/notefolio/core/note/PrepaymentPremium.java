package com.notefolio.core.note;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A prepayment premium beyond a flat percentage: a schedule that steps down by period ({@link StepDown}, the
 * 5-4-3-2-1 of commercial notes) or yield maintenance ({@link YieldMaintenance}: the present value of the
 * interest the lender loses, with a floor). Each kind holds only what it needs and checks itself when built,
 * failing with an {@link InvalidTermsException} that names the field ({@code prepayment.premium...}); the
 * note it belongs to is named by {@link NoteTerms}.
 */
public sealed interface PrepaymentPremium {

    /**
     * A premium rate by period: each {@link PremiumStep} applies from its start (a loan year, counted from 1
     * at the issue date, or a date) until the next step's; before the first step and after a 0 step no
     * premium is due. Steps are given in order of their starts, at least one, each rate a fraction of the
     * prepaid principal between 0 and 1.
     */
    record StepDown(List<PremiumStep> steps) implements PrepaymentPremium {

        public StepDown {
            if (steps == null || steps.isEmpty()) {
                throw new InvalidTermsException(null, "prepayment.premium.steps", steps, "needs at least one step");
            }
            steps = List.copyOf(steps);
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i) == null) {
                    throw new InvalidTermsException(null, "prepayment.premium.steps[" + i + "]", null, "is required");
                }
            }
            // The order of loan years and dates can be checked only against the issue date: see ordered().
            boolean years = steps.get(0).fromYear() != null;
            for (int i = 1; i < steps.size(); i++) {
                PremiumStep prev = steps.get(i - 1);
                PremiumStep s = steps.get(i);
                if ((s.fromYear() != null) != years) {
                    throw new InvalidTermsException(null, "prepayment.premium.steps[" + i + "]", s,
                            "mixes loan years and dates: give every step one or the other");
                }
                boolean after = years ? s.fromYear() > prev.fromYear() : s.fromDate().isAfter(prev.fromDate());
                if (!after) {
                    throw new InvalidTermsException(null, "prepayment.premium.steps[" + i + "]", s,
                            "must start after the step before it (" + prev + ")");
                }
            }
        }

        /** The rate of {@code date} for a note issued on {@code issue}: the last step started on or before it. */
        public BigDecimal rateOn(LocalDate issue, LocalDate date) {
            BigDecimal rate = BigDecimal.ZERO;
            for (PremiumStep s : steps) {
                if (!s.start(issue).isAfter(date)) {
                    rate = s.rate();
                }
            }
            return rate;
        }

        /** The usual "5-4-3-2-1": {@code rates[k]} in loan year k + 1, then nothing. */
        public static StepDown byLoanYear(String... rates) {
            List<PremiumStep> steps = new ArrayList<>();
            for (int i = 0; i < rates.length; i++) {
                steps.add(PremiumStep.fromYear(i + 1, new BigDecimal(rates[i])));
            }
            steps.add(PremiumStep.fromYear(rates.length + 1, BigDecimal.ZERO));
            return new StepDown(steps);
        }
    }

    /**
     * Yield maintenance: the present value of the interest lost on the prepaid principal, the note rate less
     * the reference yield (a reference rate or curve read for the remaining term, plus {@code spread}), for
     * each month left to maturity, discounted at that yield; never less than {@code floor} × the prepaid
     * principal. The reference is an input of the valuation (like the discount curve), not a term. Both
     * fractions: the spread between −1 and 1 (absent is 0), the floor between 0 and 1 (absent is 0).
     */
    record YieldMaintenance(BigDecimal spread, BigDecimal floor) implements PrepaymentPremium {

        public YieldMaintenance {
            spread = spread == null ? BigDecimal.ZERO : spread;
            floor = floor == null ? BigDecimal.ZERO : floor;
            if (spread.abs().compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidTermsException(null, "prepayment.premium.spread", spread, "must be a fraction between -1 and 1");
            }
            if (floor.signum() < 0 || floor.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidTermsException(null, "prepayment.premium.floor", floor,
                        "must be a fraction of the prepaid principal between 0 and 1");
            }
        }
    }
}
