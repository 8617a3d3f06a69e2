package com.notefolio.core.pricer;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.RateMix;
import com.notefolio.core.portfolio.ShapeMix;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The note pricer's two yield paths on generated portfolios: the fast Newton path of all-positive flows and
 * the robust {@link Xirr} (one fast path, one obvious path, tested equal), and on notes whose flows change
 * sign the robust answer against the plain Newton iteration the pricer used before.
 */
class YieldPathsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final FlatRate CURVE = FlatRate.of(0.07);
    private static final int NOTES = 100_000;
    /**
     * Both paths converge to the rounding of a double near the one root (Newton's last step below 1e-10
     * leaves an error ~1e-20): 1e-12 relative, and 1e-14 absolute for yields near 0 — plus what the problem's
     * condition makes of the amounts' own rounding (one part in 2^53): a yield moves by (1 + y)·(dirty + PV)
     * ÷ Σ t·CF·v times a relative change of the sums. For a note a few days from its last flow that factor is
     * ~10^3 (17,772.01 paid for 17,773.71 a day later: (17,773.71 ÷ 17,772.01)^365 − 1 = 3.5529388861403%,
     * where the last 1e-16 of the ratio is 1e-12 of the yield); 64 roundings of it are allowed.
     */
    private static final double RELATIVE = 1e-12;

    /** The settlement flows the pricer times its yield from, built apart from it: −dirty at t = 0, then each flow. */
    private static Xirr.Result obviousXirr(Schedule s, LocalDate asOf, MonetaryAmount price, double guess) {
        int day = EpochDay.of(asOf);
        int settle = Math.max(day, s.accrualStartEpochDay(0));
        int first = s.firstDueAfter(settle);
        int n = s.size() - first;
        double unit = Math.pow(10, -s.scale());
        long priceMinor = price == null ? s.outstandingMinor(day)
                : NoteTerms.decimal(price).setScale(s.scale(), RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
        double[] years = new double[n + 1];
        double[] amounts = new double[n + 1];
        amounts[0] = -(priceMinor + s.accruedInterestMinor(day)) * unit;
        for (int k = 0; k < n; k++) {
            years[k + 1] = (s.dueEpochDay(first + k) - settle) / 365.0;
            amounts[k + 1] = s.paymentMinor(first + k) * unit;
        }
        return Xirr.solveYears(years, amounts, guess);
    }

    private static boolean negativeFlowAfter(Schedule s, LocalDate asOf) {
        int settle = Math.max(EpochDay.of(asOf), s.accrualStartEpochDay(0));
        for (int i = s.firstDueAfter(settle); i < s.size(); i++) {
            if (s.paymentMinor(i) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Notes whose comparison needed the condition term beside the 1e-12 relative. */
    private int illConditioned;

    private void assertClose(String id, double actual, double expected, Schedule s) {
        double close = Math.max(1e-14, RELATIVE * Math.abs(expected));
        if (Math.abs(actual - expected) <= close) {
            return;
        }
        int settle = Math.max(EpochDay.of(AS_OF), s.accrualStartEpochDay(0));
        RemainingFlows flows = new RemainingFlows(s, settle);
        double[] sums = new double[3];
        flows.discountFlat(expected, sums);
        double condition = (1 + expected) * 2 * Math.abs(sums[0]) / Math.abs(sums[1]);
        assertThat(Math.abs(actual - expected))
                .as("note %s: %s against %s (condition %s)", id, actual, expected, condition)
                .isLessThanOrEqualTo(close + 64 * Math.ulp(1.0) * condition);
        illConditioned++;
    }

    /**
     * 100,000 generated fixed-rate notes of the plain mix (every flow after the price positive): the fast
     * path's yield equals the robust solver's on the same flows, from pyxirr's guess rather than the coupon —
     * one sign change means one root, wherever Newton's method starts.
     */
    @Test
    void fastPathEqualsTheRobustSolverOnAllPositiveFlows() {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(42, NOTES, RateMix.FIXED_ONLY, ShapeMix.PLAIN);
        int compared = 0;
        for (long i = 0; i < NOTES; i++) {
            Position p = generator.note(i);
            Schedule s = ScheduleResolver.resolve(p.terms());
            MonetaryAmount price = p.priceAt(s, AS_OF);
            NoteMeasures m = NotePricer.measures(s, AS_OF, price, CURVE);
            if (Double.isNaN(m.yield())) {
                assertThat(m.yieldStatus()).isEqualTo(Xirr.Status.NO_SIGN_CHANGE);
                continue;
            }
            assertThat(negativeFlowAfter(s, AS_OF)).isFalse();
            Xirr.Result robust = obviousXirr(s, AS_OF, price, 0.1);
            assertThat(robust.status().hasRoot()).isTrue();
            assertThat(m.yieldStatus()).isEqualTo(Xirr.Status.CONVERGED);
            assertClose(p.terms().id(), m.yield(), robust.rate(), s);
            compared++;
        }
        System.out.printf("plain mix: %d yields compared, %d within the condition term only%n", compared, illConditioned);
        assertThat(compared).isGreaterThan(NOTES / 2);
        assertThat(illConditioned).isLessThan(compared / 1000);
    }

    /**
     * 100,000 notes of the structured mix (grid notes' advances and revolving lines' draws among them): where
     * every flow after the price is positive, the same equality; where some are negative, the yield is the
     * robust solver's from the coupon, and wherever the plain Newton iteration used before (the fast path,
     * run on those flows) reached a root, it is the same root to 1e-12 — the new answers change nothing that
     * was right, and a flow set with no root says so instead of returning a number.
     */
    @Test
    void structuredNotesKeepTodaysRootsWhereTheyWereRoots() {
        PortfolioGenerator generator = PortfolioGenerator.forPortfolio(42, NOTES, RateMix.FIXED_ONLY, ShapeMix.STRUCTURED);
        int withNegative = 0;
        int sameAsBefore = 0;
        for (long i = 0; i < NOTES; i++) {
            Position p = generator.note(i);
            Schedule s = ScheduleResolver.resolve(p.terms());
            MonetaryAmount price = p.priceAt(s, AS_OF);
            NoteMeasures m = NotePricer.measures(s, AS_OF, price, CURVE);
            if (!negativeFlowAfter(s, AS_OF)) {
                if (!Double.isNaN(m.yield())) {
                    assertClose(p.terms().id(), m.yield(), obviousXirr(s, AS_OF, price, 0.1).rate(), s);
                }
                continue;
            }
            withNegative++;
            int day = EpochDay.of(AS_OF);
            RemainingFlows flows = new RemainingFlows(s, Math.max(day, s.accrualStartEpochDay(0)));
            double dirty = m.dirtyPrice();
            double before = NotePricer.newtonYield(flows, dirty, NotePricer.effectiveCoupon(s, day), new double[3]);
            double[] sums = new double[3];
            flows.discountFlat(before, sums);
            boolean beforeWasRoot = Math.abs(sums[0] - dirty) <= 1e-9 * dirty;
            if (m.yieldStatus().hasRoot()) {
                flows.discountFlat(m.yield(), sums);
                assertThat(Math.abs(sums[0] - dirty)).as("note %s", p.terms().id()).isLessThanOrEqualTo(1e-9 * dirty);
                if (beforeWasRoot) {
                    assertClose(p.terms().id(), m.yield(), before, s);
                    sameAsBefore++;
                }
            } else {
                assertThat(m.yieldStatus()).isEqualTo(Xirr.Status.NO_ROOT);
                assertThat(beforeWasRoot).as("note %s: before %s", p.terms().id(), before).isFalse();
            }
        }
        System.out.printf("structured mix: %d notes with negative flows after the price, %d with the root of before;"
                + " %d within the condition term only%n", withNegative, sameAsBefore, illConditioned);
        assertThat(withNegative).isPositive();
    }
}
