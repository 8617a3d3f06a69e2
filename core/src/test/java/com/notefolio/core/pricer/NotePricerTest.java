package com.notefolio.core.pricer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class NotePricerTest {

    private static final LocalDate XNPV_START = LocalDate.of(2008, 1, 1);

    /**
     * The example of Microsoft's XNPV and XIRR documentation: −10,000 on 2008-01-01, then 2,750 on
     * 2008-03-01, 4,250 on 2008-10-30, 3,250 on 2009-02-15 and 2,750 on 2009-04-01. As a note: a
     * zero-rate stated schedule of 13,000 bought for 10,000 on the first date.
     */
    private static Schedule microsoftExampleFlows() {
        return ScheduleResolver.resolve(NoteTerms.builder("MS-XNPV")
                .borrower("Example")
                .principal("13000.00")
                .annualRate("0")
                .issueDate(XNPV_START)
                .maturityDate(LocalDate.of(2009, 4, 1))
                .amortization(Amortization.STATED)
                .addStatedPayment(LocalDate.of(2008, 3, 1), new BigDecimal("2750"))
                .addStatedPayment(LocalDate.of(2008, 10, 30), new BigDecimal("4250"))
                .addStatedPayment(LocalDate.of(2009, 2, 15), new BigDecimal("3250"))
                .addStatedPayment(LocalDate.of(2009, 4, 1), new BigDecimal("2750"))
                .build());
    }

    @Test
    void presentValueReproducesExcelXnpvExample() {
        // XNPV(0.09, …) = 2,086.65 including the −10,000 on the first date (Microsoft's documentation).
        double npv = NotePricer.presentValue(microsoftExampleFlows(), XNPV_START, FlatRate.of(0.09));
        assertThat(npv - 10_000).isCloseTo(2086.65, within(0.005));
    }

    @Test
    void yieldReproducesExcelXirrExample() {
        // XIRR(…) = 0.373362535 (Microsoft's documentation); Excel stops iterating within 0.000001%,
        // so its figure is good to 1e-8. Bisection of the same equation to machine precision (by hand,
        // outside this code) gives 0.37336253351883, which Newton's method here must hit to 1e-12.
        double y = NotePricer.yield(microsoftExampleFlows(), XNPV_START, Money.of(10_000, "USD"));
        assertThat(y).isCloseTo(0.373362535, within(1e-8));
        assertThat(y).isCloseTo(0.37336253351883, within(1e-12));
    }

    @Test
    void note2003AtParYieldsTwelvePercentCompoundedMonthly() {
        Schedule s = ScheduleResolver.resolve(NoteTerms.builder("INFINITE-2003").borrower("Infinite Group, Inc.")
                .principal("150000.00").annualRate("0.12").issueDate(LocalDate.of(2003, 8, 13))
                .firstPaymentDate(LocalDate.of(2003, 9, 12)).maturityDate(LocalDate.of(2006, 1, 12))
                .amortization(Amortization.INTEREST_ONLY).build());
        NoteMeasures m = NotePricer.measures(s, LocalDate.of(2003, 8, 13), null, FlatRate.of(0.12));
        // 1% a month compounds to 1.01^12 − 1 = 12.6825% a year; on actual days (months of 28–31 days
        // against 365/12) XIRR lands near it: design.md quotes "about 12.67%".
        assertThat(m.yield()).isBetween(0.1264, 0.1272);
        // The exact figure the README quotes: bisection of Σ cᵢ ÷ (1 + r)^(daysᵢ/365) = 0 to machine precision
        // over −150,000 on 2003-08-13, 28 × 1,500 on the 12th from 2003-09-12 and 151,500 on 2006-01-12,
        // computed by hand outside this code (Python, 200 halvings of [0, 1]): 0.12670647033851864, so 12.6706%.
        // Newton's method here stops within 1e-12 of the root.
        assertThat(m.yield()).isCloseTo(0.12670647033851864, within(1e-12));
        // Nominal at the monthly frequency: 12 × ((1 + y)^(1/12) − 1) is close to the note rate 12%.
        assertThat(m.yieldNominal()).isCloseTo(0.12, within(0.0005));
        assertThat(m.outstandingPrincipal()).isEqualTo(Money.of(new BigDecimal("150000.00"), "USD"));
        assertThat(m.accruedInterest().isZero()).isTrue();
        // Principal all repaid at maturity: WAL = days to 2006-01-12 ÷ 365 = 883 / 365.
        assertThat(m.walYears()).isCloseTo(883 / 365.0, within(1e-12));
    }

    @Test
    void aTwentySevenDayNoteAtParYieldsItsRateCompoundedThreeHundredSixtyFiveTwentySeventhsTimesAYear() {
        // $1,000,000 at 12% ACT/365F, interest only every 27 days from 1 Jan 2024 to 27 Sep 2024 (10 cycles,
        // 270 days). Each flow is 1,000,000 × 0.12 × 27 ÷ 365 = 8,876.71 (8,876.7123 rounded), at
        // t = 27k ÷ 365 years, so XIRR's (1 + y)^(27/365) = 1 + 0.12 × 27/365: y = 1.0088767^(13.518519) − 1
        // = e^(13.518519 × 0.0088376) − 1 = e^(0.1194717) − 1 = 0.1269000. The nominal yield at 365 ÷ 27
        // periods a year gives the rate back: (365/27) × ((1 + y)^(27/365) − 1) = 0.12. Tolerance 1e-6: the
        // cent rounding of each flow moves the periodic rate by 2.6e-7 relative.
        Schedule s = ScheduleResolver.resolve(NoteTerms.builder("CYCLE").borrower("B").principal("1000000.00")
                .annualRate("0.12").issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2024, 9, 27))
                .frequency(Frequency.ofDays(27)).accrualBasis(com.notefolio.core.convention.DayCounts.ACT_365F)
                .amortization(Amortization.INTEREST_ONLY).build());
        NoteMeasures m = NotePricer.measures(s, LocalDate.of(2024, 1, 1), null, FlatRate.of(0.12));

        assertThat(s.size()).isEqualTo(10);
        assertThat(s.interestMinor(0)).isEqualTo(8_876_71);
        assertThat(m.yield()).isCloseTo(0.1269000, within(1e-6));
        assertThat(m.yieldNominal()).isCloseTo(0.12, within(1e-6));
    }

    @Test
    void zeroCouponDurationIsItsMaturity() {
        Schedule s = ScheduleResolver.resolve(NoteTerms.builder("ZERO").borrower("B").principal("1000.00")
                .annualRate("0.05").issueDate(LocalDate.of(2021, 1, 1)).maturityDate(LocalDate.of(2024, 1, 1))
                .frequency(Frequency.AT_MATURITY).amortization(Amortization.BULLET)
                .accrualBasis(com.notefolio.core.convention.DayCounts.ACT_365F).build());
        NoteMeasures m = NotePricer.measures(s, LocalDate.of(2021, 1, 1), null, FlatRate.of(0.05));
        double t = 1095 / 365.0;
        // Simple interest 1000 × 5% × 1095/365 = 150.00, paid with the principal.
        assertThat(s.paymentMinor(0)).isEqualTo(1150_00);
        assertThat(m.macaulayDuration()).isCloseTo(t, within(1e-12));
        assertThat(m.modifiedDuration()).isCloseTo(t / (1 + m.yield()), within(1e-12));
        assertThat(m.convexity()).isCloseTo(t * (t + 1) / Math.pow(1 + m.yield(), 2), within(1e-12));
        // (1 + y)^3 = 1.15 at par.
        assertThat(m.yield()).isCloseTo(Math.cbrt(1.15) - 1, within(1e-13));
    }

    @Test
    void weightedAverageLifeWeighsPrincipalOnly() {
        Schedule s = ScheduleResolver.resolve(NoteTerms.builder("CP").borrower("B").principal("100.00")
                .annualRate("0.10").issueDate(LocalDate.of(2021, 1, 1)).maturityDate(LocalDate.of(2025, 1, 1))
                .frequency(Frequency.ANNUAL).amortization(Amortization.CONSTANT_PRINCIPAL).build());
        // 25.00 a year; the last year spans 29 Feb 2024, so it ends 1461 days after the start.
        double expected = (1 + 2 + 3 + 1461 / 365.0) / 4;
        assertThat(NotePricer.weightedAverageLife(s, LocalDate.of(2021, 1, 1))).isCloseTo(expected, within(1e-12));
    }

    @Test
    void dv01MatchesCentralDifferenceOfNpv() {
        Schedule s = microsoftExampleFlows();
        NoteMeasures m = NotePricer.measures(s, XNPV_START, null, FlatRate.of(0.09));
        double down = NotePricer.presentValue(s, XNPV_START, FlatRate.of(0.0899));
        double up = NotePricer.presentValue(s, XNPV_START, FlatRate.of(0.0901));
        assertThat(m.dv01()).isCloseTo((down - up) / 2, within(1e-6));
    }

    @Test
    void flatRateFastPathEqualsPerFlowDiscounting() {
        Schedule s = ScheduleResolver.resolve(NoteTerms.builder("LONG").borrower("B").principal("250000.00")
                .annualRate("0.0675").issueDate(LocalDate.of(2020, 1, 31)).maturityDate(LocalDate.of(2050, 1, 31))
                .amortization(Amortization.LEVEL_PAYMENT).build());
        LocalDate asOf = LocalDate.of(2021, 5, 17);
        double fast = NotePricer.presentValue(s, asOf, FlatRate.of(0.071));
        double perFlow = NotePricer.presentValue(s, asOf, ZeroCurve.of(new double[] {1}, new double[] {0.071}));
        double naive = 0;
        for (int i = s.firstDueAfter(EpochDay.of(asOf)); i < s.size(); i++) {
            double t = (s.dueEpochDay(i) - EpochDay.of(asOf)) / 365.0;
            naive += s.paymentMinor(i) / 100.0 * Math.pow(1.071, -t);
        }
        assertThat(fast).isCloseTo(naive, within(Math.abs(naive) * 1e-12));
        assertThat(perFlow).isCloseTo(naive, within(Math.abs(naive) * 1e-12));
    }

    @Test
    void zeroCurveInterpolatesLinearlyAndHoldsFlatOutside() {
        ZeroCurve c = ZeroCurve.of(new double[] {1, 2, 5}, new double[] {0.02, 0.03, 0.04});
        assertThat(c.zeroRate(0.5)).isEqualTo(0.02);
        assertThat(c.zeroRate(1.5)).isCloseTo(0.025, within(1e-15));
        assertThat(c.zeroRate(3.5)).isCloseTo(0.035, within(1e-15));
        assertThat(c.zeroRate(10)).isEqualTo(0.04);
        assertThat(c.shifted(100).zeroRate(2)).isCloseTo(0.04, within(1e-15));
    }

    @Test
    void accruedInterestOnPeriodicNoteIsProportionalToDays() {
        Schedule s = ScheduleResolver.resolve(NoteTerms.builder("INFINITE-2003").borrower("Infinite Group, Inc.")
                .principal("150000.00").annualRate("0.12").issueDate(LocalDate.of(2003, 8, 13))
                .firstPaymentDate(LocalDate.of(2003, 9, 12)).maturityDate(LocalDate.of(2006, 1, 12))
                .amortization(Amortization.INTEREST_ONLY).build());
        // 2004-06-27 is 15 of the 30 days from 12 June to 12 July: half of 1,500.00.
        NoteMeasures m = NotePricer.measures(s, LocalDate.of(2004, 6, 27), null, FlatRate.of(0.12));
        assertThat(m.accruedInterest()).isEqualTo(Money.of(new BigDecimal("750.00"), "USD"));
        // After maturity nothing is left.
        NoteMeasures after = NotePricer.measures(s, LocalDate.of(2006, 1, 12), null, FlatRate.of(0.12));
        assertThat(after.npv()).isZero();
        assertThat(after.yield()).isNaN();
        assertThat(after.outstandingPrincipal().isZero()).isTrue();
    }

    @Test
    void onCurveChangesOnlyTheCurveMeasures() {
        Schedule s = microsoftExampleFlows();
        NoteMeasures base = NotePricer.measures(s, XNPV_START, null, FlatRate.of(0.09));
        NoteMeasures shocked = NotePricer.onCurve(base, s, FlatRate.of(0.09).shifted(200));
        NoteMeasures full = NotePricer.measures(s, XNPV_START, null, FlatRate.of(0.11));
        assertThat(shocked.npv()).isCloseTo(full.npv(), within(1e-9));
        assertThat(shocked.dv01()).isCloseTo(full.dv01(), within(1e-12));
        assertThat(shocked.yield()).isEqualTo(full.yield());
        assertThat(shocked.modifiedDuration()).isEqualTo(full.modifiedDuration());
    }
}
