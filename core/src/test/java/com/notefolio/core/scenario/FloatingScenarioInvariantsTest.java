package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.FloatingScheduleInvariantsTest;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The scenario invariants of {@link ScenarioInvariantsTest} hold on floating notes: on 3,000 random
 * floating notes of {@link FloatingScheduleInvariantsTest} (resets, caps, floors, lookbacks, rounding,
 * usury ceilings, conversions, payments re-amortized or kept) under prepayment and default speeds, dated
 * prepayments and payoffs, and index shocks that re-fix the coupons: every row exact in cents (payment =
 * interest + principal + prepaid + recovery + penalty), no balance negative, principal + prepaid +
 * defaulted retiring the balance, history unchanged (under an index shock, the unshifted schedule's),
 * each projected row at its base period's rate, a
 * regular PERIODIC row's interest its performing balance × that rate × months ÷ 12 (recomputed in
 * decimals), and — for notes that do not keep their payment, under speeds, REDUCE_TERM prepayments,
 * payoffs and index shocks — no later scheduled payment (interest +
 * principal) above the base case's on the same date before the last, within one cent (the scaled
 * principal is rounded once, and a re-amortized payment by the note's payment rule; the last period
 * retires what is left, every earlier rounding with it).
 */
class FloatingScenarioInvariantsTest {

    @Property(tries = 3_000, edgeCases = EdgeCasesMode.NONE)
    void floatingScenarioSchedulesStayExact(
            @ForAll long seed,
            @ForAll @DoubleRange(min = 0, max = 0.6) double cpr,
            @ForAll @DoubleRange(min = 0, max = 0.3) double cdr,
            @ForAll @DoubleRange(min = 0, max = 1) double severity,
            @ForAll @IntRange(min = 0, max = 12) int lag,
            @ForAll @IntRange(min = 0, max = 7) int kind,
            @ForAll @DoubleRange(min = 0.01, max = 1) double share,
            @ForAll @IntRange(min = 0, max = 1000) int when,
            @ForAll @IntRange(min = -300, max = 300) int shockBp) {
        FloatingScheduleInvariantsTest.Case c = FloatingScheduleInvariantsTest.draw(seed);
        NoteTerms terms = c.terms();
        Schedule resolved;
        try {
            resolved = ScheduleResolver.resolve(terms, c.data());
        } catch (ArithmeticException e) {
            Statistics.label("scenario").collect("none: the note is refused");
            return; // a kept payment whose balance outgrows a long: refused, as the schedule invariants check
        }
        int asOfRow = Math.min(resolved.size() - 1, when % (resolved.size() + 1)) - 1;
        LocalDate asOf = asOfRow < 0 ? terms.issueDate() : resolved.period(asOfRow).dueDate();
        // Kind 6: an index shock alone, which re-fixes the coupons after the as-of date.
        Schedule base = resolved;
        if (kind == 6) {
            try {
                base = ScheduleResolver.resolve(terms, c.data().shifted(asOf, BigDecimal.valueOf(shockBp, 4)));
            } catch (ArithmeticException e) {
                return;
            }
        }
        // Kind 7: an index path (a flat projection of the note's index from the as-of date on, 300 bp either
        // side of 5%), which re-fixes only the coupons read after the as-of date.
        if (kind == 7) {
            if (!(terms.rate() instanceof RateTerms.Floating f)) {
                Statistics.label("scenario").collect("none: the path needs a floating rate");
                return;
            }
            ForwardCurve path = new ForwardCurve(f.index(), asOf, List.of(
                    new ForwardCurve.Point(0, BigDecimal.valueOf(500 + shockBp, 4))));
            try {
                base = ScheduleResolver.resolve(terms, c.data().withProjection(path, asOf));
            } catch (ArithmeticException e) {
                return;
            }
        }
        int first = base.firstDueAfter(EpochDay.of(asOf));
        // The shock moves only what is read after the as-of date: the history is the unshifted schedule's.
        for (int i = 0; i < first; i++) {
            check(base.paymentMinor(i) == resolved.paymentMinor(i) && base.closingMinor(i) == resolved.closingMinor(i),
                    "row %d: the index move leaves the history as resolved", i + 1);
        }
        Scenario scenario = switch (kind) {
            case 0, 6, 7 -> new Scenario("cpr", List.of(), PrepaymentSpeed.cpr(cpr), null, List.of(), 0);
            case 1 -> new Scenario("cdr", List.of(), null, new DefaultSpeed(cdr, severity, lag), List.of(), 0);
            case 2 -> new Scenario("both", List.of(), PrepaymentSpeed.psa(cpr * 500), new DefaultSpeed(cdr, severity, lag),
                    List.of(), 0);
            default -> dated(base, first, share, kind == 5 ? PrepaymentMode.REDUCE_PAYMENT : PrepaymentMode.REDUCE_TERM,
                    kind == 4);
        };
        if (scenario == null) {
            Statistics.label("scenario").collect("none: nothing left to prepay");
            return;
        }
        Schedule s = ScenarioProjector.project(base, scenario, asOf).schedule();
        long retired = 0;
        boolean keeps = terms.paymentOnReset() == PaymentOnReset.KEEP_PAYMENT;
        int j = first;
        for (int i = 0; i < s.size(); i++) {
            int row = i + 1;
            check(s.paymentMinor(i) == s.interestMinor(i) + s.principalMinor(i) + s.prepaidMinor(i) + s.recoveryMinor(i)
                    + s.penaltyMinor(i), "row %d: payment = its parts", row);
            check(s.closingMinor(i) >= 0, "row %d: balance not negative", row);
            check(s.prepaidMinor(i) >= 0 && s.defaultedMinor(i) >= 0, "row %d: prepaid and defaulted not negative", row);
            if (i < first) {
                check(s.paymentMinor(i) == base.paymentMinor(i), "row %d: history unchanged", row);
                continue;
            }
            retired += s.principalMinor(i) + s.prepaidMinor(i) + s.defaultedMinor(i);
            while (j < base.size() && base.dueEpochDay(j) < s.dueEpochDay(i)) {
                j++;
            }
            boolean scheduledRow = (s.flags(i) & FlowKind.SCHEDULED.bit()) != 0;
            if (!scheduledRow || j == base.size() || base.dueEpochDay(j) != s.dueEpochDay(i)) {
                continue;
            }
            check(s.rateUnscaled(i) == base.rateUnscaled(j), "row %d: at its base period's rate", row);
            if (terms.accrualBasis() == DayCounts.PERIODIC && j > 0 && j < base.size() - 1
                    && s.accrualStartEpochDay(i) == base.accrualStartEpochDay(j)) {
                long performing = s.openingMinor(i) - s.defaultedMinor(i);
                long expected = new BigDecimal(performing).multiply(s.rate(i))
                        .multiply(BigDecimal.valueOf(terms.frequency().months()))
                        .divide(BigDecimal.valueOf(12), 0, terms.interestRounding().mode()).longValueExact();
                check(s.interestMinor(i) == expected, "row %d: interest = performing × its rate × months ÷ 12", row);
            }
            // The last period retires the balance left, so it absorbs every earlier row's rounding (a cent
            // or so a period on a note of a few dollars): it is not compared; the retirement check covers it.
            // A payment re-amortized after a REDUCE_PAYMENT prepayment is not compared: it is the level payment
            // of the balance left over the term left, and where the base's own payment under-amortizes — on a
            // day-count basis (ACT/360 interest runs above rate ÷ 12), or on a note of cents whose payment
            // rounds to a cent — it can rightly be a little above the base's (the same for fixed-rate notes).
            boolean comparable = kind != 5;
            if (!keeps && comparable && terms.amortization() != Amortization.INTEREST_ONLY && j < base.size() - 1) {
                check(s.interestMinor(i) + s.principalMinor(i) <= base.paymentMinor(j) + 1,
                        "row %d: a scheduled payment not above the base case's", row);
            }
        }
        if (first < base.size()) {
            assertThat(retired).as("principal retired").isEqualTo(base.openingMinor(first));
        }
        assertThat(s.closingMinor(s.size() - 1)).isZero();
        Statistics.label("scenario").collect("kind " + kind + (keeps ? ", payment kept" : ""));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void indexShocksThroughThePositionLevelKeepTheFigures(@ForAll long seed,
                                                          @ForAll @IntRange(min = -200, max = 200) int shockBp) {
        // The analyzer on the moved index data gives the same schedule as resolving under the shifted data
        // and projecting; a shock of the index alone leaves a floating note's discounting as it was.
        FloatingScheduleInvariantsTest.Case c = FloatingScheduleInvariantsTest.draw(seed);
        Schedule base;
        Schedule shifted;
        LocalDate asOf = c.terms().issueDate();
        try {
            base = ScheduleResolver.resolve(c.terms(), c.data());
            shifted = ScheduleResolver.resolve(c.terms(), c.data().shifted(asOf, BigDecimal.valueOf(shockBp, 4)));
        } catch (ArithmeticException e) {
            return;
        }
        if (shockBp == 0) {
            return;
        }
        FlatRate curve = FlatRate.of(0.06);
        NoteMeasures m = ScenarioAnalyzer.baseMeasures(base, asOf, null, curve, c.data());
        ScenarioResult r = ScenarioAnalyzer.analyze(base, m, new Scenario("index", null, null, null, null, shockBp,
                RateShockTarget.INDEX, null), asOf, null, curve, c.data());
        assertThat(r.schedule().size()).isEqualTo(shifted.size());
        for (int i = 0; i < shifted.size(); i++) {
            check(r.schedule().paymentMinor(i) == shifted.paymentMinor(i), "row %d: the shifted schedule's payment", i + 1);
        }
        assertThat(r.measures().npv()).isEqualTo(com.notefolio.core.pricer.NotePricer.presentValue(shifted, asOf, curve));
        assertThat(m.discountMargin()).isNotNull();
    }

    private static Scenario dated(Schedule base, int first, double share, PrepaymentMode mode, boolean payoff) {
        if (first >= base.size() - 1) {
            return null;
        }
        int row = first + (int) (share * (base.size() - 2 - first));
        LocalDate date = base.period(row).dueDate().minusDays(row % 3 == 0 ? 0 : 5);
        if (!date.isAfter(EpochDay.toDate(base.accrualStartEpochDay(row)))) {
            date = base.period(row).dueDate();
        }
        long amount = (long) (base.closingMinor(row) * share * 0.5);
        if (!payoff && amount < 1) {
            return null;
        }
        DatedPrepayment p = payoff ? DatedPrepayment.payoff(base.noteId(), date)
                : new DatedPrepayment(base.noteId(), date, BigDecimal.valueOf(amount, base.scale()), mode);
        return new Scenario("dated", List.of(p), null, null, List.of(), 0);
    }

    private static void check(boolean ok, String description, int row) {
        if (!ok) {
            throw new AssertionError(String.format(description, row));
        }
    }
}
