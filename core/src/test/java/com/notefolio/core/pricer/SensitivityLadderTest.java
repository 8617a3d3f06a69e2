package com.notefolio.core.pricer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.PortfolioAggregate;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.PositionPricer;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sensitivity ladder on the 2003 promissory note (28 monthly $1,500 payments from 2003-09-12 and a
 * $151,500 balloon on 2006-01-12), against XNPV worked by hand at each shifted rate, and its sums in a
 * portfolio aggregate.
 */
class SensitivityLadderTest {

    private static final NoteTerms NOTE_2003 = PortfolioGenerator.promissoryNote2003();
    private static final LocalDate AS_OF = LocalDate.of(2004, 2, 27);
    /** Sums of a few dozen discounted flows: they agree with the hand loop to rounding, ~1e-10 of $150,000. */
    private static final double TOLERANCE = 1e-6;

    /** Σ CF × (1 + r)^−(days/365) over the flows due after the as-of date. */
    private static double xnpv(double rate) {
        double npv = 0;
        for (int i = 0; i < 29; i++) {
            LocalDate due = i < 28 ? LocalDate.of(2003, 9, 12).plusMonths(i) : LocalDate.of(2006, 1, 12);
            if (due.isAfter(AS_OF)) {
                npv += (i < 28 ? 1500 : 151500) * Math.pow(1 + rate, -ChronoUnit.DAYS.between(AS_OF, due) / 365.0);
            }
        }
        return npv;
    }

    @Test
    void eachRungIsTheNpvAtTheShiftedRateAndItsChangeFromTheBase() {
        SensitivityLadder ladder = SensitivityLadder.of(ScheduleResolver.resolve(NOTE_2003), AS_OF, FlatRate.of(0.08));
        double[] rates = {0.06, 0.07, 0.075, 0.08, 0.085, 0.09, 0.10};
        assertThat(ladder.rungs()).extracting(SensitivityLadder.Rung::shiftBp)
                .containsExactly(-200, -100, -50, 0, 50, 100, 200);
        for (int i = 0; i < rates.length; i++) {
            SensitivityLadder.Rung r = ladder.rungs().get(i);
            assertThat(r.npv()).as(r.shiftBp() + " bp").isCloseTo(xnpv(rates[i]), within(TOLERANCE));
            assertThat(r.change()).isCloseTo(xnpv(rates[i]) - xnpv(0.08), within(TOLERANCE));
        }
        // Convexity: a fall gains more than the same rise loses.
        assertThat(ladder.rungs().get(0).change()).isGreaterThan(-ladder.rungs().get(6).change());
    }

    @Test
    void thePositionPricerCarriesTheLadderAndTheAggregateSumsItPerCurrency() {
        Position a = Position.atPar(NOTE_2003);
        Position b = new Position(NOTE_2003.toBuilder().id("COPY-2003").build(),
                org.javamoney.moneta.Money.of(new BigDecimal("140000.00"), "USD"));
        ZeroCurve curve = ZeroCurve.of(new double[] {0.5, 2}, new double[] {0.05, 0.07});
        PositionResult ra = PositionPricer.price(a, AS_OF, curve, IndexData.NONE, List.of(), true);
        PositionResult rb = PositionPricer.price(b, AS_OF, curve, IndexData.NONE, List.of(), true);
        // Not asked for, a position has none, and adds none.
        assertThat(PositionPricer.price(a, AS_OF, curve).ladder()).isEqualTo(SensitivityLadder.NONE);
        assertThat(ra.shiftedNpvs()[SensitivityLadder.BASE]).isEqualTo(ra.measures().npv());
        PortfolioAggregate aggregate = new PortfolioAggregate(AS_OF).add(ra).add(rb);
        CurrencySummary usd = aggregate.summary().currencies().get(0);
        List<Integer> shifts = SensitivityLadder.SHIFTS_BP;
        for (int i = 0; i < shifts.size(); i++) {
            double bp = shifts.get(i) * 1e-4;
            ZeroCurve moved = ZeroCurve.of(new double[] {0.5, 2}, new double[] {0.05 + bp, 0.07 + bp});
            double expected = NotePricer.presentValue(ra.schedule(), AS_OF, moved)
                    + NotePricer.presentValue(rb.schedule(), AS_OF, moved);
            assertThat(usd.ladder().rungs().get(i).npv()).as(shifts.get(i) + " bp").isCloseTo(expected, within(TOLERANCE));
        }
        assertThat(usd.ladder().rungs().get(SensitivityLadder.BASE).npv()).isEqualTo(usd.totals().npv());
        // Notes added without a ladder (a scenario's schedules, or not asked for) give none.
        PortfolioAggregate scenario = new PortfolioAggregate(AS_OF).add(a, ra.schedule(), ra.measures());
        assertThat(scenario.summary().currencies().get(0).ladder()).isEqualTo(SensitivityLadder.NONE);
        assertThat(new PortfolioAggregate(AS_OF).add(PositionPricer.price(a, AS_OF, curve)).summary().currencies().get(0)
                .ladder()).isEqualTo(SensitivityLadder.NONE);
    }
}
