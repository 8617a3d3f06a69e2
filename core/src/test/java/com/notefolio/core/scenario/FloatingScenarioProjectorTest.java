package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on a floating note project each period at the rate the base schedule's period accrued at.
 *
 * <p>The note: 12,000.00 issued 2024-01-01, twelve monthly level payments from 2024-02-01, PERIODIC
 * basis, SOFR + 2% with an initial 6% and one reset on 2024-07-01 (annual resets, the next after
 * maturity), SOFR fixed at 7% then: 9% from row 7. Worked by hand (Python decimals, halves up):
 * the level payment at 6% is 12,000 × 0.005 ÷ (1 − 1.005^−12) = 1,032.80; after six rows the balance is
 * 6,089.76 and the payment re-amortizes at 9% over six periods to 1,041.77.
 */
class FloatingScenarioProjectorTest {

    static final LocalDate ISSUE = LocalDate.of(2024, 1, 1);

    static NoteTerms note() {
        return NoteTerms.builder("FL-12").borrower("B").principal("12000.00")
                .rate(RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.06")
                        .resets(Frequency.ANNUAL, LocalDate.of(2024, 7, 1)).build())
                .issueDate(ISSUE).firstPaymentDate(LocalDate.of(2024, 2, 1)).maturityDate(LocalDate.of(2025, 1, 1))
                .amortization(Amortization.LEVEL_PAYMENT).build();
    }

    static final IndexData SOFR = IndexData.of(List.of(
            new IndexFixing("SOFR", LocalDate.of(2023, 12, 1), new BigDecimal("0.04")),
            new IndexFixing("SOFR", LocalDate.of(2024, 7, 1), new BigDecimal("0.07"))));

    static final Schedule BASE = ScheduleResolver.resolve(note(), SOFR);

    @Test
    void baseScheduleIsTheHandWorkedOne() {
        assertThat(BASE.paymentMinor(0)).isEqualTo(1_032_80);
        assertThat(BASE.openingMinor(6)).isEqualTo(6_089_76);
        assertThat(BASE.rate(6)).isEqualByComparingTo("0.09");
        assertThat(BASE.paymentMinor(6)).isEqualTo(1_041_77);
    }

    @Test
    void reducedPaymentIsComputedAtTheRateThenReamortizedAtTheReset() {
        // 2,000.00 prepaid on 2024-03-01 (row 2's due date), REDUCE_PAYMENT: the balance 11,027.20 − 977.66
        // − 2,000.00 = 8,049.54 re-amortizes at 6% over the 10 periods left: 827.26 (Python decimals,
        // halves up). Rows 3–6 at 6% leave 4,877.80, which re-amortizes at 9% over 6 periods on the reset:
        // 834.44; row 7's interest 4,877.80 × 9% ÷ 12 = 36.58, row 12 retires 828.23 + 6.21.
        Schedule s = ScenarioProjector.project(BASE, new Scenario("prepay", List.of(new DatedPrepayment("FL-12",
                LocalDate.of(2024, 3, 1), new BigDecimal("2000.00"), PrepaymentMode.REDUCE_PAYMENT)), null, null,
                List.of(), 0), ISSUE).schedule();
        assertThat(s.prepaidMinor(1)).isEqualTo(2_000_00);
        assertThat(s.paymentMinor(2)).isEqualTo(827_26);
        assertThat(s.paymentMinor(5)).isEqualTo(827_26);
        assertThat(s.openingMinor(6)).isEqualTo(4_877_80);
        assertThat(s.interestMinor(6)).isEqualTo(36_58);
        assertThat(s.paymentMinor(6)).isEqualTo(834_44);
        assertThat(s.paymentMinor(10)).isEqualTo(834_44);
        assertThat(s.openingMinor(11)).isEqualTo(828_23);
        assertThat(s.interestMinor(11)).isEqualTo(6_21);
        assertThat(s.closingMinor(11)).isZero();
        // Each row keeps the rate it accrued at.
        assertThat(s.rate(5)).isEqualByComparingTo("0.06");
        assertThat(s.rate(6)).isEqualByComparingTo("0.09");
    }

    @Test
    void prepaymentSpeedReamortizesAtEachPeriodsRate() {
        // SMM 1%: every projected row's interest is its opening balance × its own rate ÷ 12, halves up,
        // recomputed here in decimals; its scheduled payment (interest + principal) is the level payment of
        // the opening balance at that rate over the periods left, B·r ÷ (1 − (1 + r)^−n) with r the monthly
        // rate, within one cent (the base's principal is scaled to the balance and rounded, and the base's
        // own payment was rounded to the cent: two half-cents).
        Schedule s = ScenarioProjector.project(BASE,
                new Scenario("smm", List.of(), PrepaymentSpeed.smm(0.01), null, List.of(), 0), ISSUE).schedule();
        for (int i = 0; i < s.size() - 1; i++) {
            BigDecimal rate = i < 6 ? new BigDecimal("0.06") : new BigDecimal("0.09");
            long expected = BigDecimal.valueOf(s.openingMinor(i)).multiply(rate)
                    .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).longValueExact();
            assertThat(s.interestMinor(i)).as("row %d interest", i + 1).isEqualTo(expected);
            assertThat(s.rate(i)).isEqualByComparingTo(rate);
            double r = rate.doubleValue() / 12;
            double level = s.openingMinor(i) * r / (1 - Math.pow(1 + r, -(12 - i)));
            assertThat((double) (s.interestMinor(i) + s.principalMinor(i))).as("row %d payment", i + 1)
                    .isCloseTo(level, org.assertj.core.api.Assertions.within(1.0));
        }
        assertThat(s.closingMinor(s.size() - 1)).isZero();
    }

    @Test
    void accelerationAccruesAtTheRateInEffect() {
        // Row 8 (due 2024-09-01, opening 5,093.66 at 9%) is missed; notice on 2024-09-11 and no cure days:
        // accelerated on 2024-09-11. Unpaid interest 5,093.66 × 9% ÷ 12 = 38.20; no default rate is stated,
        // so the rate in effect runs on by actual days: 5,093.66 × 9% × 10 ÷ 365 = 12.56 (at the initial 6%
        // they would be 25.47 and 8.37).
        EventOfDefault eod = new EventOfDefault("FL-12", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 11), null,
                Recovery.of(new BigDecimal("4000.00"), LocalDate.of(2024, 12, 1)));
        AccelerationClaim c = ScenarioProjector.project(BASE,
                new Scenario("default", List.of(), null, null, List.of(eod), 0), ISSUE).claim();
        assertThat(c.principalMinor()).isEqualTo(5_093_66);
        assertThat(c.interestMinor()).isEqualTo(38_20);
        assertThat(c.defaultInterestMinor()).isEqualTo(12_56);
    }
}
