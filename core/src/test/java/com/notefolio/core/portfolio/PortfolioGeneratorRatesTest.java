package com.notefolio.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateKind;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.pricer.FlatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator's rate mixes: the fixed-only mix untouched, the realistic one in its stated proportions. */
class PortfolioGeneratorRatesTest {

    private static final int NOTES = 20_000;
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @Test
    void theDefaultMixIsFixedOnlyAndTheRealisticMixKeepsEveryOtherTerm() {
        PortfolioGenerator fixed = PortfolioGenerator.forPortfolio(42, NOTES);
        PortfolioGenerator realistic = PortfolioGenerator.forPortfolio(42, NOTES, RateMix.REALISTIC);
        assertThat(fixed.rateMix()).isEqualTo(RateMix.FIXED_ONLY);
        assertThat(fixed.indexData(AS_OF)).isSameAs(IndexData.NONE);
        assertThat(fixed.fixings(AS_OF)).isEmpty();
        for (long i = 0; i < 2_000; i++) {
            NoteTerms f = fixed.note(i).terms();
            NoteTerms r = realistic.note(i).terms();
            assertThat(f.rate()).as("note %d", i).isInstanceOf(RateTerms.Fixed.class);
            if (r.rate() instanceof RateTerms.Fixed) {
                assertThat(r).as("note %d", i).isEqualTo(f);
            } else {
                // The rate (and the accrual basis and maximum rate that go with it) is all that differs.
                NoteTerms same = r.toBuilder().annualRate(f.annualRate()).accrualBasis(f.accrualBasis())
                        .maxLawfulRate(null).build();
                assertThat(same).as("note %d", i).isEqualTo(f);
            }
        }
        // The 2003 note stays the 2003 note.
        assertThat(realistic.note(0).terms()).isEqualTo(PortfolioGenerator.promissoryNote2003());
    }

    @Test
    void theRealisticMixHasTheProportionsItsCommentStates() {
        PortfolioGenerator g = PortfolioGenerator.forPortfolio(42, NOTES, RateMix.REALISTIC);
        Map<RateKind, Integer> kinds = new EnumMap<>(RateKind.class);
        int prime = 0;
        int sofr = 0;
        for (long i = 1; i <= NOTES; i++) {
            RateTerms rate = g.note(i).terms().rate();
            kinds.merge(RateKind.of(rate), 1, Integer::sum);
            String index = RateKind.indexOf(rate, AS_OF);
            prime += index.equals("PRIME") ? 1 : 0;
            sofr += index.equals("SOFR") && rate instanceof RateTerms.Floating ? 1 : 0;
        }
        // By hand from the comment: 88% of notes may move (55% level payment + 20% interest only + 13%
        // constant principal); of those 52% stay fixed, 22% Prime, 14% SOFR, 7% stepped, 3% and 2% convert.
        double movable = 0.55 + 0.20 + 0.13;
        assertShare(kinds.get(RateKind.FIXED), 1 - movable + movable * 0.52);
        assertShare(prime, movable * 0.22);
        assertShare(sofr, movable * 0.14);
        assertShare(kinds.get(RateKind.STEPPED), movable * 0.07);
        assertShare(kinds.get(RateKind.FIXED_TO_FLOATING), movable * 0.03);
        assertShare(kinds.get(RateKind.FLOATING_TO_FIXED), movable * 0.02);
    }

    /** Within four standard errors of a binomial share over the notes (a false alarm about once in 16,000 runs). */
    private static void assertShare(int count, double expected) {
        double tolerance = 4 * Math.sqrt(expected * (1 - expected) / NOTES);
        assertThat((double) count / NOTES).isCloseTo(expected, within(tolerance));
    }

    @Test
    void everyRealisticNoteIsPricedFromTheGeneratedIndexData() {
        PortfolioGenerator g = PortfolioGenerator.forPortfolio(7, 3_000, RateMix.REALISTIC);
        for (LocalDate asOf : List.of(AS_OF, LocalDate.of(2014, 3, 31), LocalDate.of(2026, 6, 30))) {
            IndexData data = g.indexData(asOf);
            for (long i = 0; i < 3_000; i++) {
                PositionResult r = PositionPricer.price(g.note(i), asOf, FlatRate.of(0.07), data, List.of());
                assertThat(r.measures().npv()).as("note %d as of %s", i, asOf).isFinite();
            }
        }
    }

    @Test
    void aFloatingNoteStartsAtTheIndexOfItsIssueMonthPlusItsSpread() {
        PortfolioGenerator g = PortfolioGenerator.forPortfolio(42, NOTES, RateMix.REALISTIC);
        SyntheticIndexHistory history = new SyntheticIndexHistory(42);
        int checked = 0;
        for (long i = 1; i < 500; i++) {
            NoteTerms t = g.note(i).terms();
            if (t.rate() instanceof RateTerms.Floating f) {
                BigDecimal sum = history.levelOn(f.index(), t.issueDate()).add(f.spread());
                BigDecimal expected = f.rounding() == null ? sum : f.rounding().round(sum);
                assertThat(f.initialRate()).as(t.id()).isEqualByComparingTo(expected);
                assertThat(f.firstResetDate()).isEqualTo(t.issueDate().plusMonths(f.resetFrequency().months()));
                assertThat(f.resetFrequency().months()).isGreaterThanOrEqualTo(t.frequency().months());
                if (f.lifetimeFloor() != null) {
                    assertThat(f.lifetimeFloor()).isLessThanOrEqualTo(f.initialRate());
                }
                assertThat(t.amortization()).isNotIn(Amortization.STATED, Amortization.BULLET);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
        // Most floating notes accrue ACT/360, the indices' market convention (80% by the comment).
        long act360 = java.util.stream.LongStream.range(1, 5_000).mapToObj(g::note).map(Position::terms)
                .filter(t -> t.rate() instanceof RateTerms.Floating)
                .filter(t -> t.accrualBasis() == DayCounts.ACT_360).count();
        long floating = java.util.stream.LongStream.range(1, 5_000).mapToObj(g::note).map(Position::terms)
                .filter(t -> t.rate() instanceof RateTerms.Floating).count();
        assertThat((double) act360 / floating).isBetween(0.75, 0.90);
    }

    @Test
    void theIndexHistoryIsPrimeThreePointsAboveSofrPlusTenBasisPoints() {
        SyntheticIndexHistory h = new SyntheticIndexHistory(42);
        BigDecimal previous = null;
        for (YearMonth m = SyntheticIndexHistory.FIRST_MONTH; !m.isAfter(SyntheticIndexHistory.LAST_MONTH); m = m.plusMonths(1)) {
            BigDecimal prime = h.level("PRIME", m);
            assertThat(prime.subtract(h.level("SOFR", m))).isEqualByComparingTo("0.031");
            assertThat(prime).isBetween(new BigDecimal("0.0325"), new BigDecimal("0.09"));
            if (previous != null) {
                // The policy rate moves by at most half a point a month, in quarter points.
                assertThat(prime.subtract(previous).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
                assertThat(prime.subtract(previous).remainder(new BigDecimal("0.0025"))).isZero();
            }
            previous = prime;
        }
        assertThat(new SyntheticIndexHistory(42).level("SOFR", YearMonth.of(2020, 5)))
                .isEqualByComparingTo(h.level("SOFR", YearMonth.of(2020, 5)));
    }

    @Test
    void theIndexDataHoldsTheFixingsToTheAsOfDateAndACurveFromIt() {
        SyntheticIndexHistory h = new SyntheticIndexHistory(42);
        List<IndexFixing> fixings = h.fixings(AS_OF);
        // July 2011 to June 2024 on the first of each month: 156 months, for each of the two indices.
        assertThat(fixings).hasSize(2 * 156);
        assertThat(fixings).allMatch(f -> f.date().getDayOfMonth() == 1 && !f.date().isAfter(AS_OF));
        List<ForwardCurve> curves = h.curves(AS_OF);
        assertThat(curves).extracting(ForwardCurve::index).containsExactly("PRIME", "SOFR");
        ForwardCurve prime = curves.get(0);
        assertThat(prime.baseDate()).isEqualTo(AS_OF);
        BigDecimal last = h.level("PRIME", YearMonth.of(2024, 6));
        assertThat(prime.points().get(0).rate()).isEqualByComparingTo(last);
        // At 12 months: L + (6% - L)(1 - e^(-1/2)), by hand, to the basis point.
        double at12 = last.doubleValue() + (0.06 - last.doubleValue()) * (1 - Math.exp(-0.5));
        assertThat(prime.points().get(3).tenorMonths()).isEqualTo(12);
        assertThat(prime.points().get(3).rate().doubleValue()).isCloseTo(at12, within(0.00005));
        // At 30 years the curve is at the long-run level: Prime 6%, SOFR 2.9%.
        assertThat(prime.points().get(prime.points().size() - 1).rate()).isEqualByComparingTo("0.06");
        assertThat(curves.get(1).points().get(curves.get(1).points().size() - 1).rate()).isEqualByComparingTo("0.029");
    }
}
