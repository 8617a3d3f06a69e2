package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioAnalyzerTest {

    private static final LocalDate AS_OF = LocalDate.of(2003, 8, 13);
    private static final Schedule NOTE_2003 = ScheduleResolver.resolve(PortfolioGenerator.promissoryNote2003());

    @Test
    void prepaymentResultShowsTheCashDifferencePerPeriodAndTheDeltas() {
        Scenario s = new Scenario("prepay 50k", List.of(new DatedPrepayment("INFINITE-2003", LocalDate.of(2004, 6, 12),
                new BigDecimal("50000.00"), PrepaymentMode.REDUCE_TERM)), null, null, List.of(), 0);
        ScenarioResult r = ScenarioAnalyzer.analyze(NOTE_2003, List.of(s), AS_OF, null, FlatRate.of(0.12)).get(0);

        List<CashFlowDifference> d = r.cashFlowDifferences();
        assertThat(d).hasSize(29);
        CashFlowDifference june = d.stream().filter(x -> x.date().equals(LocalDate.of(2004, 6, 12))).findFirst().orElseThrow();
        assertThat(june.differenceMinor()).isEqualTo(50_000_00);
        // 19 payments from 2004-07-12 to 2005-12-12 fall by 500.00, the balloon by 50,500.00.
        assertThat(d.stream().filter(x -> x.differenceMinor() == -500_00).count()).isEqualTo(18);
        assertThat(d.get(28).differenceMinor()).isEqualTo(-50_500_00);
        // Received sooner, the money shortens the WAL: 50,000 of the 150,000 comes back after 304 days
        // instead of 883, so WAL falls by 50,000 × (883 − 304) ÷ 365 ÷ 150,000 years.
        assertThat(r.deltaWalYears()).isCloseTo(-50_000.0 * (883 - 304) / 365 / 150_000, within(1e-12));
        assertThat(r.deltaNpv()).isEqualTo(r.measures().npv() - r.base().npv());
    }

    @Test
    void rateShockShiftsEveryPointOfAZeroCurve() {
        ZeroCurve curve = ZeroCurve.of(new double[] {0.5, 1, 2, 5}, new double[] {0.03, 0.035, 0.04, 0.05});
        Scenario up = new Scenario("+100bp", List.of(), null, null, List.of(), 100);
        ScenarioResult r = ScenarioAnalyzer.analyze(NOTE_2003, List.of(up), AS_OF, null, curve).get(0);
        ZeroCurve moved = ZeroCurve.of(new double[] {0.5, 1, 2, 5}, new double[] {0.04, 0.045, 0.05, 0.06});
        assertThat(r.measures().npv()).isCloseTo(NotePricer.presentValue(NOTE_2003, AS_OF, moved), within(1e-9));
        assertThat(r.schedule()).isSameAs(NOTE_2003);
        assertThat(r.deltaYield()).isZero();
        assertThat(r.deltaNpv()).isNegative();
    }
}
