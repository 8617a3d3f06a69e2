package com.notefolio.core.scenario;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrepaymentPremium;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.pricer.DiscountCurve;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The premium a prepayment of a note pays on a date, in minor units, as its {@link PrepaymentTerms} say:
 * nothing inside the open period before maturity; otherwise
 *
 * <ul>
 *   <li><b>flat</b>: penalty rate × prepaid principal;</li>
 *   <li><b>step-down</b>: the rate of the step the date falls in × prepaid principal;</li>
 *   <li><b>yield maintenance</b>: max(floor × A, Σ<sub>k=1..n</sub> A × (c − y) ÷ 12 ÷ (1 + y ÷ 12)<sup>k</sup>,
 *       0), where A is the prepaid principal, c the note rate in effect, y the reference yield — the reference
 *       curve's zero rate for the term left (days from the prepayment to maturity ÷ 365), plus the premium's
 *       spread — taken as a nominal rate compounded monthly, and n the months left to maturity (a part month
 *       counted whole). That is the monthly lost interest on the prepaid principal, discounted at the
 *       reinvestment yield, as commercial mortgage notes define it ("PV factor = [1 − (1 + r/12)^(−n)] ÷
 *       (r/12)" times the monthly shortfall: https://indianexamhub.com/2025/10/18/yield-maintenance, and the
 *       Treasury-based reinvestment rate plus the documents' spread of
 *       https://graphline.ai/blog/yield-maintenance-formula-calculation).</li>
 * </ul>
 *
 * Each rounds half-up to the minor unit. The lockout is the projection's to refuse; a note whose premium
 * is yield maintenance needs a reference curve, which its caller checks ({@link #needsReference}).
 */
public final class PrepaymentCharge {

    private PrepaymentCharge() {
    }

    /**
     * The premium of prepaying {@code prepaidMinor} of {@code terms} on {@code date}, at the note rate in effect
     * {@code noteRate}, on the reference curve {@code reference} ({@code null}: none given).
     */
    public static long premiumMinor(NoteTerms terms, LocalDate date, long prepaidMinor, BigDecimal noteRate,
                                    DiscountCurve reference) {
        PrepaymentTerms p = terms.prepayment();
        if (prepaidMinor <= 0 || !p.chargesOn(date, terms.maturityDate())) {
            return 0;
        }
        if (p.premium() instanceof PrepaymentPremium.YieldMaintenance ym) {
            if (reference == null) {
                // Callers check this with the context to name (a scenario, a command's option): see needsReference.
                throw new IllegalArgumentException("note " + terms.id()
                        + " charges yield maintenance on prepayment: give a reference rate or curve");
            }
            return yieldMaintenanceMinor(prepaidMinor, noteRate.doubleValue(), ym, reference, date, terms.maturityDate());
        }
        BigDecimal rate = p.premium() instanceof PrepaymentPremium.StepDown s ? s.rateOn(terms.issueDate(), date)
                : p.penaltyRate();
        if (rate.signum() == 0) {
            return 0;
        }
        return BigDecimal.valueOf(prepaidMinor).multiply(rate).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Whether the note's premium needs a reference curve (yield maintenance). */
    public static boolean needsReference(NoteTerms terms) {
        return terms.prepayment().premium() instanceof PrepaymentPremium.YieldMaintenance;
    }

    private static long yieldMaintenanceMinor(long prepaid, double noteRate, PrepaymentPremium.YieldMaintenance ym,
                                              DiscountCurve reference, LocalDate date, LocalDate maturity) {
        long days = ChronoUnit.DAYS.between(date, maturity);
        double y = reference.zeroRate(days / 365.0) + ym.spread().doubleValue();
        long months = ChronoUnit.MONTHS.between(date, maturity);
        if (date.plusMonths(months).isBefore(maturity)) {
            months++;
        }
        double monthlyLoss = prepaid * (noteRate - y) / 12;
        double v = 1 / (1 + y / 12);
        double pv = 0;
        double df = 1;
        for (long k = 1; k <= months; k++) {
            df *= v;
            pv += monthlyLoss * df;
        }
        long floor = BigDecimal.valueOf(prepaid).multiply(ym.floor()).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Math.max(floor, Math.round(Math.max(0, pv)));
    }
}
