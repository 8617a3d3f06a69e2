package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.index.IndexSource;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.RateTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Schedules of notes whose rate changes, each figure worked by hand below. Most notes are $120,000
 * interest-only, monthly, on the PERIODIC basis, issued 1 Jan 2024 with the first payment on 1 Feb:
 * a month's interest is 120,000 × rate ÷ 12 = 10,000 × rate, so 6% is $600.00, and the period
 * accruing from the 1st of a month takes the rate in effect on that day.
 */
class RateScheduleTest {

    private static final LocalDate ISSUE = LocalDate.of(2024, 1, 1);

    private static NoteTerms.Builder note(RateTerms rate, LocalDate maturity) {
        return NoteTerms.builder("R1").borrower("Borrower").principal("120000").rate(rate)
                .issueDate(ISSUE).firstPaymentDate(LocalDate.of(2024, 2, 1)).maturityDate(maturity)
                .frequency(Frequency.MONTHLY).amortization(Amortization.INTEREST_ONLY);
    }

    private static IndexFixing fixing(String date, String rate) {
        return new IndexFixing("SOFR", LocalDate.parse(date), new BigDecimal(rate));
    }

    private static List<Long> interestCents(Schedule s) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(s.interestMinor(i));
        }
        return out;
    }

    private static List<String> rates(Schedule s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(s.rate(i).toPlainString());
        }
        return out;
    }

    @Test
    void fixedNoteAccruesEveryRowAtItsRateAndReadsNoIndex() {
        NoteTerms t = NoteTerms.builder("F1").borrower("B").principal("120000").annualRate("0.06").issueDate(ISSUE)
                .maturityDate(LocalDate.of(2024, 4, 1)).amortization(Amortization.INTEREST_ONLY).build();
        Schedule s = ScheduleResolver.resolve(t);
        assertThat(t.rate()).isEqualTo(RateTerms.fixed(new BigDecimal("0.06")));
        assertThat(rates(s)).containsOnly("0.06");
        assertThat(s.period(2).rate()).isEqualByComparingTo("0.06");
        assertThat(s.rateUnscaled(0)).isEqualTo(600_000_000L);
        assertThat(s.indexSources()).isEmpty();
        assertThat(interestCents(s)).containsExactly(60_000L, 60_000L, 60_000L);
    }

    @Test
    void steppedRateTakesEachStepFromThePeriodStartingOnItsDate() {
        // 5% from the issue date, 6% from 1 Jul 2024. Periods 1–6 start 1 Jan … 1 Jun: 10,000 × 5% = $500.00;
        // periods 7–12 start 1 Jul … 1 Dec: 10,000 × 6% = $600.00. Interest 6 × 500 + 6 × 600 = $6,600.00;
        // the last payment $120,600.00.
        RateTerms stepped = new RateTerms.Stepped(List.of(new RateTerms.Step(ISSUE, new BigDecimal("0.05")),
                new RateTerms.Step(LocalDate.of(2024, 7, 1), new BigDecimal("0.06"))));
        Schedule s = ScheduleResolver.resolve(note(stepped, LocalDate.of(2025, 1, 1)).build());
        assertThat(interestCents(s)).containsExactly(50_000L, 50_000L, 50_000L, 50_000L, 50_000L, 50_000L,
                60_000L, 60_000L, 60_000L, 60_000L, 60_000L, 60_000L);
        assertThat(s.totalInterestMinor()).isEqualTo(660_000L);
        assertThat(s.paymentMinor(11)).isEqualTo(12_060_000L);
        assertThat(s.rate(5)).isEqualByComparingTo("0.05");
        assertThat(s.rate(6)).isEqualByComparingTo("0.06");
        assertThat(s.indexSources()).isEmpty();
    }

    @Test
    void floatingRateIsHeldBetweenItsLifetimeCapAndFloor() {
        // SOFR + 2%, initial 6%, quarterly resets from 1 Apr 2024, lifetime cap 8% and floor 5%.
        // 1 Apr: 6.50% + 2% = 8.50% → capped at 8%;  1 Jul: 2.00% + 2% = 4% → floored at 5%;
        // 1 Oct: 4.10% + 2% = 6.10%. Monthly interest: Jan–Mar 600.00, Apr–Jun 800.00, Jul–Sep 500.00,
        // Oct–Dec 610.00; total 3 × (600 + 800 + 500 + 610) = $7,530.00.
        RateTerms floating = RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.06")
                .resets(Frequency.QUARTERLY, LocalDate.of(2024, 4, 1)).lifetimeCapFloor("0.08", "0.05").build();
        IndexData data = IndexData.of(List.of(fixing("2024-04-01", "0.065"), fixing("2024-07-01", "0.02"),
                fixing("2024-10-01", "0.041")));
        Schedule s = ScheduleResolver.resolve(note(floating, LocalDate.of(2025, 1, 1)).build(), data);
        assertThat(interestCents(s)).containsExactly(60_000L, 60_000L, 60_000L, 80_000L, 80_000L, 80_000L,
                50_000L, 50_000L, 50_000L, 61_000L, 61_000L, 61_000L);
        assertThat(s.totalInterestMinor()).isEqualTo(753_000L);
        assertThat(rates(s)).containsExactly("0.06", "0.06", "0.06", "0.08", "0.08", "0.08",
                "0.05", "0.05", "0.05", "0.061", "0.061", "0.061");
        assertThat(s.indexSources()).isEqualTo(Set.of(IndexSource.FIXING));
    }

    @Test
    void periodicCapAndFloorLimitTheChangeAtEachReset() {
        // SOFR flat, initial 5%, monthly resets from 1 Feb, the rate may rise 1 point and fall ½ point a reset.
        // 1 Feb: 8% → 5% + 1% = 6%;  1 Mar: 8% → 6% + 1% = 7%;  1 Apr: 3% → 7% − 0.5% = 6.5%;
        // 1 May: 6.5% (no change). Interest 500.00, 600.00, 700.00, 650.00, 650.00.
        RateTerms floating = RateTerms.Floating.builder("SOFR").initialRate("0.05")
                .resets(Frequency.MONTHLY, LocalDate.of(2024, 2, 1)).periodicCapFloor("0.01", "0.005").build();
        IndexData data = IndexData.of(List.of(fixing("2024-02-01", "0.08"), fixing("2024-03-01", "0.08"),
                fixing("2024-04-01", "0.03"), fixing("2024-05-01", "0.065")));
        Schedule s = ScheduleResolver.resolve(note(floating, LocalDate.of(2024, 6, 1)).build(), data);
        assertThat(interestCents(s)).containsExactly(50_000L, 60_000L, 70_000L, 65_000L, 65_000L);
        assertThat(s.paymentMinor(4)).isEqualTo(12_065_000L);
    }

    @Test
    void lookbackReadsTheIndexTheStatedDaysBeforeTheReset() {
        // SOFR + 2%, initial 5%, quarterly resets from 1 Apr, 45-day lookback: 1 Apr 2024 − 45 days =
        // 16 Feb 2024 (1 Apr − 31 days of March = 1 Mar, − 14 = 16 Feb). The latest fixing on or before
        // 16 Feb is 15 Feb's 4.00%, so 6% from April: 500.00 × 3, then 600.00 × 3. Without the lookback
        // the 1 Apr fixing of 10% would give 12% ($1,200.00).
        RateTerms.Floating.Builder b = RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.05")
                .resets(Frequency.QUARTERLY, LocalDate.of(2024, 4, 1));
        IndexData data = IndexData.of(List.of(fixing("2024-02-15", "0.04"), fixing("2024-02-20", "0.09"),
                fixing("2024-04-01", "0.10")));
        Schedule s = ScheduleResolver.resolve(note(b.lookbackDays(45).build(), LocalDate.of(2024, 7, 1)).build(), data);
        assertThat(interestCents(s)).containsExactly(50_000L, 50_000L, 50_000L, 60_000L, 60_000L, 60_000L);
        Schedule noLookback = ScheduleResolver.resolve(note(b.lookbackDays(0).build(), LocalDate.of(2024, 7, 1)).build(), data);
        assertThat(noLookback.interestMinor(3)).isEqualTo(120_000L);
    }

    @Test
    void resetRateIsRoundedToTheNearestEighthOfAPoint() {
        // SOFR + 2.75%, monthly from 1 Feb, rounded to the nearest 0.125% (uniform ARM note §4(C)).
        // 1 Feb: 5.327% + 2.75% = 8.077%; 8.077 ÷ 0.125 = 64.616 → 65 eighths = 8.125% → $812.50.
        // 1 Mar: 5.3125% + 2.75% = 8.0625% = 64.5 eighths, a half: up to 65 = 8.125% → $812.50.
        // 1 Apr: 5.30% + 2.75% = 8.05% = 64.4 eighths → 64 = 8.00% → $800.00.
        // Unrounded, Feb would be 10,000 × 8.077% = $807.70.
        RateTerms.Floating.Builder b = RateTerms.Floating.builder("SOFR").spread("0.0275").initialRate("0.08")
                .resets(Frequency.MONTHLY, LocalDate.of(2024, 2, 1));
        IndexData data = IndexData.of(List.of(fixing("2024-02-01", "0.05327"), fixing("2024-03-01", "0.053125"),
                fixing("2024-04-01", "0.053")));
        LocalDate maturity = LocalDate.of(2024, 5, 1);
        Schedule s = ScheduleResolver.resolve(note(b.rounding(RateTerms.RateRounding.NEAREST_EIGHTH).build(), maturity).build(), data);
        assertThat(interestCents(s)).containsExactly(80_000L, 81_250L, 81_250L, 80_000L);
        assertThat(rates(s)).containsExactly("0.08", "0.08125", "0.08125", "0.08");
        Schedule down = ScheduleResolver.resolve(note(b.rounding(new RateTerms.RateRounding(new BigDecimal("0.00125"),
                RoundingMode.DOWN)).build(), maturity).build(), data);
        assertThat(down.rate(2)).isEqualByComparingTo("0.08");
        Schedule unrounded = ScheduleResolver.resolve(note(b.rounding(null).build(), maturity).build(), data);
        assertThat(unrounded.interestMinor(1)).isEqualTo(80_770L);
    }

    @Test
    void fixedRateConvertsToFloatingOnItsDate() {
        // 7% fixed until 1 Jul 2024, then SOFR + 2.5% starting at 6.5% and resetting quarterly from 1 Oct.
        // Jan–Jun 700.00; Jul–Sep 650.00; 1 Oct: 5% + 2.5% = 7.5% → Oct–Dec 750.00.
        RateTerms conversion = new RateTerms.Conversion(RateTerms.fixed(new BigDecimal("0.07")), LocalDate.of(2024, 7, 1),
                RateTerms.Floating.builder("SOFR").spread("0.025").initialRate("0.065")
                        .resets(Frequency.QUARTERLY, LocalDate.of(2024, 10, 1)).build());
        IndexData data = IndexData.of(List.of(fixing("2024-10-01", "0.05")));
        NoteTerms t = note(conversion, LocalDate.of(2025, 1, 1)).build();
        assertThat(t.annualRate()).isEqualByComparingTo("0.07");
        Schedule s = ScheduleResolver.resolve(t, data);
        assertThat(interestCents(s)).containsExactly(70_000L, 70_000L, 70_000L, 70_000L, 70_000L, 70_000L,
                65_000L, 65_000L, 65_000L, 75_000L, 75_000L, 75_000L);
    }

    @Test
    void floatingRateConvertsToFixedOnItsDate() {
        // SOFR + 2%, initial 6%, monthly resets from 1 Feb; fixed at 6.25% from 1 Apr.
        // Jan 600.00; 1 Feb: 4.5% + 2% = 6.5% → 650.00; 1 Mar: 5% + 2% = 7% → 700.00; Apr, May 625.00.
        RateTerms conversion = new RateTerms.Conversion(RateTerms.Floating.builder("SOFR").spread("0.02")
                .initialRate("0.06").resets(Frequency.MONTHLY, LocalDate.of(2024, 2, 1)).build(),
                LocalDate.of(2024, 4, 1), RateTerms.fixed(new BigDecimal("0.0625")));
        IndexData data = IndexData.of(List.of(fixing("2024-02-01", "0.045"), fixing("2024-03-01", "0.05")));
        Schedule s = ScheduleResolver.resolve(note(conversion, LocalDate.of(2024, 6, 1)).build(), data);
        assertThat(interestCents(s)).containsExactly(60_000L, 65_000L, 70_000L, 62_500L, 62_500L);
    }

    @Test
    void levelPaymentIsRecomputedOverTheRemainingTermAtAReset() {
        // $10,000 over 12 months at 12% (1% a month), SOFR flat resetting 1 Jul 2024 (the 7th period):
        // PMT = 10,000 × 0.01 ÷ (1 − 1.01^−12) = 888.4879 → $888.49. Rows 1–6, interest = balance × 1%:
        //   100.00 / 788.49 → 9,211.51;  92.12 / 796.37 → 8,415.14;  84.15 / 804.34 → 7,610.80;
        //    76.11 / 812.38 → 6,798.42;  67.98 / 820.51 → 5,977.91;  59.78 / 828.71 → 5,149.20.
        // At the reset SOFR is 6% (0.5% a month) and 6 periods remain: 5,149.20 × 0.005 ÷ (1 − 1.005^−6)
        // = 873.2809 → $873.28 (worked in exact decimals with Python's decimal module). Rows 7–11 pay 873.28:
        //   25.75 → 4,301.67;  21.51 → 3,449.90;  17.25 → 2,593.87;  12.97 → 1,733.56;  8.67 → 868.95;
        // row 12: 868.95 + 4.34 = $873.29.
        RateTerms floating = RateTerms.Floating.builder("SOFR").initialRate("0.12")
                .resets(Frequency.ANNUAL, LocalDate.of(2024, 7, 1)).build();
        NoteTerms t = NoteTerms.builder("L1").borrower("B").principal("10000").rate(floating).issueDate(ISSUE)
                .maturityDate(LocalDate.of(2025, 1, 1)).amortization(Amortization.LEVEL_PAYMENT).build();
        Schedule s = ScheduleResolver.resolve(t, IndexData.of(List.of(fixing("2024-06-28", "0.06"))));
        Schedule observed = ScheduleResolver.resolve(t, IndexData.of(List.of(fixing("2024-07-01", "0.06"))));
        List<Long> payments = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            payments.add(s.paymentMinor(i));
        }
        assertThat(payments).containsExactly(88_849L, 88_849L, 88_849L, 88_849L, 88_849L, 88_849L,
                87_328L, 87_328L, 87_328L, 87_328L, 87_328L, 87_329L);
        assertThat(s.openingMinor(6)).isEqualTo(514_920L);
        assertThat(s.interestMinor(6)).isEqualTo(2_575L);
        assertThat(s.openingMinor(11)).isEqualTo(86_895L);
        assertThat(s.interestMinor(11)).isEqualTo(434L);
        // The reset reads 1 Jul: past the only fixing (28 Jun), that fixing is held flat, and the schedule
        // says so; with a fixing on 1 Jul itself the same rate is observed.
        assertThat(s.indexSources()).containsExactly(IndexSource.LAST_FIXING_FLAT);
        assertThat(observed.indexSources()).containsExactly(IndexSource.FIXING);
        assertThat(observed.paymentMinor(11)).isEqualTo(87_329L);
    }

    @Test
    void keptPaymentBelowTheInterestGrowsTheBalance() {
        // $100,000 over 360 months starting at 0%: 100,000 ÷ 360 = 277.777… → $277.78, balance 99,722.22.
        // From 1 Feb SOFR is 6% and the payment is kept: interest 99,722.22 × 0.5% = 498.6111 → 498.61,
        // principal 277.78 − 498.61 = −220.83, so the balance grows to 99,943.05 (negative amortization).
        RateTerms floating = RateTerms.Floating.builder("SOFR").initialRate("0")
                .resets(Frequency.ANNUAL, LocalDate.of(2024, 2, 1)).build();
        NoteTerms t = NoteTerms.builder("N1").borrower("B").principal("100000").rate(floating).issueDate(ISSUE)
                .maturityDate(LocalDate.of(2054, 1, 1)).amortization(Amortization.LEVEL_PAYMENT)
                .paymentOnReset(PaymentOnReset.KEEP_PAYMENT).build();
        Schedule s = ScheduleResolver.resolve(t, IndexData.of(List.of(fixing("2024-01-31", "0.06"))));
        assertThat(s.paymentMinor(0)).isEqualTo(27_778L);
        assertThat(s.closingMinor(0)).isEqualTo(9_972_222L);
        assertThat(s.interestMinor(1)).isEqualTo(49_861L);
        assertThat(s.principalMinor(1)).isEqualTo(-22_083L);
        assertThat(s.paymentMinor(1)).isEqualTo(27_778L);
        assertThat(s.closingMinor(1)).isEqualTo(9_994_305L);
        // The last payment retires what the kept payments did not: the books still close at zero.
        assertThat(s.closingMinor(s.size() - 1)).isZero();
        assertThat(s.size()).isEqualTo(360);
        // Reamortized instead, the payment at 6% over the 359 months left covers the interest.
        Schedule reamortized = ScheduleResolver.resolve(t.toBuilder().paymentOnReset(PaymentOnReset.REAMORTIZE).build(),
                IndexData.of(List.of(fixing("2024-01-31", "0.06"))));
        assertThat(reamortized.principalMinor(1)).isPositive();
    }

    @Test
    void keptPaymentIsRecastWhereTheBalanceWouldPassItsCap() {
        // The kept-payment note above with its negative amortization capped at 100.1% of the principal,
        // $100,100.00. Rows 1–2 as above (balance 99,943.05). Row 3: interest 99,943.05 × 0.5% = 499.71525
        // → 499.72, and the kept 277.78 would close at 99,943.05 + 221.94 = 100,164.99, above the cap; so
        // the payment is recast over the 358 months left: 99,943.05 × 0.005 ÷ (1 − 1.005^−358) = 600.4075
        // → $600.41 (worked in exact decimals with Python's decimal module), principal 600.41 − 499.72 =
        // 100.69, closing 99,842.36; row 4 keeps 600.41.
        RateTerms floating = RateTerms.Floating.builder("SOFR").initialRate("0")
                .resets(Frequency.ANNUAL, LocalDate.of(2024, 2, 1)).build();
        NoteTerms t = NoteTerms.builder("N2").borrower("B").principal("100000").rate(floating).issueDate(ISSUE)
                .maturityDate(LocalDate.of(2054, 1, 1)).amortization(Amortization.LEVEL_PAYMENT)
                .paymentOnReset(PaymentOnReset.KEEP_PAYMENT).negativeAmortizationCap("1.001").build();
        Schedule s = ScheduleResolver.resolve(t, IndexData.of(List.of(fixing("2024-02-01", "0.06"))));
        assertThat(s.closingMinor(1)).isEqualTo(9_994_305L);
        assertThat(s.interestMinor(2)).isEqualTo(49_972L);
        assertThat(s.paymentMinor(2)).isEqualTo(60_041L);
        assertThat(s.principalMinor(2)).isEqualTo(10_069L);
        assertThat(s.closingMinor(2)).isEqualTo(9_984_236L);
        assertThat(s.paymentMinor(3)).isEqualTo(60_041L);
        long highest = 0;
        for (int i = 0; i < s.size(); i++) {
            highest = Math.max(highest, s.closingMinor(i));
        }
        assertThat(highest).isLessThanOrEqualTo(10_010_000L);
        assertThat(s.closingMinor(s.size() - 1)).isZero();
    }

    @Test
    void paymentBelowTheInterestWithoutACapIsRefusedWhenTheBalanceOutgrowsALong() {
        // $1,000,000,000,000 at 100% paying $1.00 a month grows by about 1/12 a month: past 2^63 cents
        // (about 9.2 × 10^18) after some 143 months. No cap is set, so nothing is recast: it is refused.
        NoteTerms t = NoteTerms.builder("G1").borrower("B").principal("1000000000000").annualRate("1").issueDate(ISSUE)
                .maturityDate(ISSUE.plusMonths(1200)).amortization(Amortization.LEVEL_PAYMENT)
                .statedPayment(BigDecimal.ONE).build();
        assertThatThrownBy(() -> ScheduleResolver.resolve(t)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("do not cover the interest");
        NoteTerms stepped = t.toBuilder().rate(new RateTerms.Stepped(List.of(new RateTerms.Step(ISSUE, BigDecimal.ONE))))
                .build();
        assertThatThrownBy(() -> ScheduleResolver.resolve(stepped)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("do not cover the interest");
    }

    @Test
    void maximumLawfulRateCapsEveryKindOfRate() {
        // Usury ceiling 18%. Floating SOFR 20% + 5% = 25% (no lifetime cap) accrues at 18%: $1,800.00.
        // A 20% fixed rate accrues at 18% too, and a 19% step; a 10% step below the ceiling is untouched.
        RateTerms floating = RateTerms.Floating.builder("SOFR").spread("0.05").initialRate("0.10")
                .resets(Frequency.MONTHLY, LocalDate.of(2024, 2, 1)).build();
        IndexData data = IndexData.of(List.of(fixing("2024-02-01", "0.20")));
        Schedule f = ScheduleResolver.resolve(note(floating, LocalDate.of(2024, 3, 1)).maxLawfulRate("0.18").build(), data);
        assertThat(interestCents(f)).containsExactly(100_000L, 180_000L);
        assertThat(f.rate(1)).isEqualByComparingTo("0.18");

        Schedule fixed = ScheduleResolver.resolve(note(RateTerms.fixed(new BigDecimal("0.20")), LocalDate.of(2024, 3, 1))
                .maxLawfulRate("0.18").build());
        assertThat(interestCents(fixed)).containsExactly(180_000L, 180_000L);

        RateTerms stepped = new RateTerms.Stepped(List.of(new RateTerms.Step(ISSUE, new BigDecimal("0.10")),
                new RateTerms.Step(LocalDate.of(2024, 2, 1), new BigDecimal("0.19"))));
        Schedule s = ScheduleResolver.resolve(note(stepped, LocalDate.of(2024, 3, 1)).maxLawfulRate("0.18").build());
        assertThat(interestCents(s)).containsExactly(100_000L, 180_000L);
    }

    @Test
    void pastTheLastFixingTheIndexIsProjectedAndTheScheduleSaysHow() {
        // SOFR + 1%, quarterly resets 1 Apr, 1 Jul, 1 Oct; the last fixing is 1 Apr's 5%.
        // Held flat: 6% from April on. With a forward curve based 1 Apr (0M 5%, 3M 5.5%, 6M 6%, piecewise
        // flat): 1 Jul is base + 3M → 5.5% + 1% = 6.5%; 1 Oct is base + 6M → 7%.
        RateTerms floating = RateTerms.Floating.builder("SOFR").spread("0.01").initialRate("0.05")
                .resets(Frequency.QUARTERLY, LocalDate.of(2024, 4, 1)).build();
        List<IndexFixing> fixings = List.of(fixing("2024-01-01", "0.045"), fixing("2024-04-01", "0.05"));
        NoteTerms t = note(floating, LocalDate.of(2025, 1, 1)).build();

        Schedule flat = ScheduleResolver.resolve(t, IndexData.of(fixings));
        assertThat(rates(flat).subList(3, 12)).containsOnly("0.06");
        assertThat(flat.indexSources()).containsExactlyInAnyOrder(IndexSource.FIXING, IndexSource.LAST_FIXING_FLAT);

        ForwardCurve curve = new ForwardCurve("SOFR", LocalDate.of(2024, 4, 1), List.of(
                new ForwardCurve.Point(0, new BigDecimal("0.05")), new ForwardCurve.Point(3, new BigDecimal("0.055")),
                new ForwardCurve.Point(6, new BigDecimal("0.06"))));
        Schedule projected = ScheduleResolver.resolve(t, IndexData.of(fixings, List.of(curve)));
        assertThat(rates(projected)).containsExactly("0.05", "0.05", "0.05", "0.06", "0.06", "0.06",
                "0.065", "0.065", "0.065", "0.07", "0.07", "0.07");
        assertThat(projected.indexSources()).containsExactlyInAnyOrder(IndexSource.FIXING, IndexSource.FORWARD_CURVE);
    }

    @Test
    void floatingNoteWithoutIndexDataFailsNamingTheNoteTheResetAndTheIndex() {
        RateTerms floating = RateTerms.Floating.builder("PRIME").initialRate("0.08")
                .resets(Frequency.MONTHLY, LocalDate.of(2024, 2, 1)).build();
        NoteTerms t = note(floating, LocalDate.of(2024, 4, 1)).build();
        assertThatThrownBy(() -> ScheduleResolver.resolve(t))
                .hasMessage("note R1: the reset on 2024-02-01 cannot be set: index PRIME: no fixings and no forward curve, needed for 2024-02-01");
        assertThatThrownBy(() -> ScheduleResolver.resolve(t, IndexData.of(List.of(
                new IndexFixing("PRIME", LocalDate.of(2024, 3, 1), new BigDecimal("0.085"))))))
                .hasMessageContaining("index PRIME: no fixing on or before 2024-02-01 (the first is on 2024-03-01)");
    }

    @Test
    void accruedInterestWithinAPeriodUsesThatPeriodsRate() {
        // The stepped note above on 16 Jul 2024: the July period (31 days) accrues at 6%: PERIODIC accrues
        // the period's $600.00 × 15 ÷ 31 days elapsed = 290.3226 → $290.32 (at 5% it would be $241.94).
        RateTerms stepped = new RateTerms.Stepped(List.of(new RateTerms.Step(ISSUE, new BigDecimal("0.05")),
                new RateTerms.Step(LocalDate.of(2024, 7, 1), new BigDecimal("0.06"))));
        Schedule s = ScheduleResolver.resolve(note(stepped, LocalDate.of(2025, 1, 1)).build());
        assertThat(s.accruedInterestMinor((int) LocalDate.of(2024, 7, 16).toEpochDay())).isEqualTo(29_032L);
    }

    /** The 120,000 interest-only note on ACT/360: a period's interest is 120,000 × Σ rate × days ÷ 360. */
    private static NoteTerms.Builder act360(RateTerms rate, LocalDate maturity) {
        return note(rate, maturity).accrualBasis(DayCounts.ACT_360);
    }

    private static IndexFixing euribor(String date, String rate) {
        return new IndexFixing("EURIBOR", LocalDate.parse(date), new BigDecimal(rate));
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    @Test
    void resetOnItsDateSplitsThePeriodThatStraddlesIt() {
        // SOFR flat, 5% until the first reset on 15 Jan 2024, then monthly on the 15th: 6% (15 Jan), 4% (15 Feb),
        // 5% (15 Mar). Each period runs from the 1st and straddles a reset on its 15th:
        //   Jan 1–Feb 1, 31 days: 14 days at 5% + 17 at 6%: 120,000 × (0.70 + 1.02) ÷ 360 = 573.333 → $573.33;
        //   Feb 1–Mar 1, 29 days (2024 is a leap year): 14 at 6% + 15 at 4%: 120,000 × (0.84 + 0.60) ÷ 360 = $480.00;
        //   Mar 1–Apr 1, 31 days: 14 at 4% + 17 at 5%: 120,000 × (0.56 + 0.85) ÷ 360 = $470.00.
        // Each row shows the rate in force at its end. Reset from the next period instead, the periods accrue
        // whole at 5%, 6%, 4%: 120,000 × 0.05 × 31 ÷ 360 = 516.667 → $516.67, × 0.06 × 29 ÷ 360 = $580.00,
        // × 0.04 × 31 ÷ 360 = 413.333 → $413.33.
        RateTerms.Floating.Builder sofr = RateTerms.Floating.builder("SOFR").initialRate("0.05")
                .resets(Frequency.MONTHLY, LocalDate.of(2024, 1, 15));
        IndexData data = IndexData.of(List.of(fixing("2024-01-15", "0.06"), fixing("2024-02-15", "0.04"),
                fixing("2024-03-15", "0.05")));
        NoteTerms onDate = act360(sofr.resetTiming(RateTerms.Floating.ResetTiming.ON_RESET_DATE).build(),
                LocalDate.of(2024, 4, 1)).build();
        Schedule s = ScheduleResolver.resolve(onDate, data);
        assertThat(interestCents(s)).containsExactly(57_333L, 48_000L, 47_000L);
        assertThat(rates(s)).containsExactly("0.06", "0.04", "0.05");
        assertThat(s.paymentMinor(2)).isEqualTo(12_047_000L);
        assertThat(s.rateChangesWithin(1)).isTrue();
        // 20 Feb: 14 days at 6% and 5 at 4%: 120,000 × (0.84 + 0.20) ÷ 360 = 346.667 → $346.67; the rate then 4%.
        assertThat(s.accruedInterestMinor(day("2024-02-20"))).isEqualTo(34_667L);
        assertThat(s.rateOn(day("2024-02-10"))).isEqualByComparingTo("0.06");
        assertThat(s.rateOn(day("2024-02-20"))).isEqualByComparingTo("0.04");

        Schedule nextPeriod = ScheduleResolver.resolve(act360(sofr.resetTiming(null).build(), LocalDate.of(2024, 4, 1))
                .build(), data);
        assertThat(interestCents(nextPeriod)).containsExactly(51_667L, 58_000L, 41_333L);
        assertThat(nextPeriod.rateChangesWithin(0)).isFalse();
    }

    @Test
    void resetOnItsDateIsRefusedOnThePeriodicBasis() {
        RateTerms onDate = RateTerms.Floating.builder("SOFR").initialRate("0.05").resets(Frequency.MONTHLY,
                LocalDate.of(2024, 1, 15)).resetTiming(RateTerms.Floating.ResetTiming.ON_RESET_DATE).build();
        assertThatThrownBy(() -> note(onDate, LocalDate.of(2024, 4, 1)).build())
                .isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("rate.reset_timing")
                .hasMessageContaining("PERIODIC basis counts none");
    }

    @Test
    void negativeEuriborFixingGivesNegativeInterestUnlessAFloorHoldsIt() {
        // EURIBOR + 0.10%, 0.20% until monthly resets from 1 Feb 2024; EURIBOR −0.50% on 1 Feb, −0.45% on 1 Mar.
        //   Jan, 31 days at 0.20%: 120,000 × 0.002 × 31 ÷ 360 = 20.667 → €20.67;
        //   Feb, 29 days at −0.50% + 0.10% = −0.40%: 120,000 × −0.004 × 29 ÷ 360 = −38.667 → −€38.67 (the lender pays);
        //   Mar, 31 days at −0.35%: 120,000 × −0.0035 × 31 ÷ 360 = −36.167 → −€36.17; the last payment
        //   120,000 − 36.17 = €119,963.83.
        // With a 0% lifetime floor, and by default (the rate held at zero), Feb and Mar accrue nothing.
        IndexData data = IndexData.of(List.of(euribor("2024-02-01", "-0.005"), euribor("2024-03-01", "-0.0045")));
        RateTerms.Floating.Builder eur = RateTerms.Floating.builder("EURIBOR").spread("0.001").initialRate("0.002")
                .resets(Frequency.MONTHLY, LocalDate.of(2024, 2, 1));
        LocalDate maturity = LocalDate.of(2024, 4, 1);

        Schedule negative = ScheduleResolver.resolve(act360(eur.negativeRates(RateTerms.Floating.NegativeRates.ALLOWED)
                .build(), maturity).currency("EUR").build(), data);
        assertThat(interestCents(negative)).containsExactly(2_067L, -3_867L, -3_617L);
        assertThat(rates(negative)).containsExactly("0.002", "-0.004", "-0.0035");
        assertThat(negative.paymentMinor(1)).isEqualTo(-3_867L);
        assertThat(negative.paymentMinor(2)).isEqualTo(11_996_383L);
        assertThat(negative.closingMinor(2)).isZero();

        Schedule floored = ScheduleResolver.resolve(act360(eur.lifetimeCapFloor(null, "0").build(), maturity).currency("EUR").build(), data);
        assertThat(interestCents(floored)).containsExactly(2_067L, 0L, 0L);
        assertThat(rates(floored)).containsExactly("0.002", "0", "0");

        Schedule heldAtZero = ScheduleResolver.resolve(act360(eur.negativeRates(null).lifetimeCapFloor(null, null).build(),
                maturity).currency("EUR").build(), data);
        assertThat(interestCents(heldAtZero)).containsExactly(2_067L, 0L, 0L);
    }

    @Test
    void inverseFloaterFallsAsItsIndexRises() {
        // 8% − SOFR (multiplier −1), 3% until monthly resets from 1 Feb; SOFR 5.3% on 1 Feb, 9% on 1 Mar. On the
        // PERIODIC basis a month is 10,000 × rate: Jan 3% = $300.00; Feb 8% − 5.3% = 2.7% = $270.00; Mar
        // 8% − 9% = −1%: held at zero by default ($0.00), −$100.00 where negative rates are allowed.
        IndexData data = IndexData.of(List.of(fixing("2024-02-01", "0.053"), fixing("2024-03-01", "0.09")));
        RateTerms.Floating.Builder inverse = RateTerms.Floating.builder("SOFR").multiplier("-1").spread("0.08")
                .initialRate("0.03").resets(Frequency.MONTHLY, LocalDate.of(2024, 2, 1));
        Schedule held = ScheduleResolver.resolve(note(inverse.build(), LocalDate.of(2024, 4, 1)).build(), data);
        assertThat(interestCents(held)).containsExactly(30_000L, 27_000L, 0L);
        Schedule allowed = ScheduleResolver.resolve(note(inverse.negativeRates(RateTerms.Floating.NegativeRates.ALLOWED)
                .build(), LocalDate.of(2024, 4, 1)).build(), data);
        assertThat(interestCents(allowed)).containsExactly(30_000L, 27_000L, -10_000L);
        assertThat(rates(allowed)).containsExactly("0.03", "0.027", "-0.01");
        assertThat(((RateTerms.Floating) allowed.terms().rate()).resetRuleWords()).startsWith("SOFR × −1 + 8%");
    }

    @Test
    void negativeRatesAreAnOptionTheRateTermsMustState() {
        // A stated fixed rate or step is not negative unless its terms allow it; a floating rate starts below zero only
        // where it allows it.
        assertThatThrownBy(() -> RateTerms.fixed(new BigDecimal("-0.01"))).isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("between 0 and 1");
        RateTerms.Floating.Builder f = RateTerms.Floating.builder("EURIBOR").initialRate("-0.003")
                .resets(Frequency.MONTHLY, LocalDate.of(2024, 2, 1));
        assertThatThrownBy(f::build).isInstanceOf(InvalidTermsException.class).hasMessageContaining("rate.initial_rate");
        NoteTerms t = act360(f.negativeRates(RateTerms.Floating.NegativeRates.ALLOWED).build(), LocalDate.of(2024, 3, 1))
                .currency("EUR").build();
        assertThat(t.annualRate()).isEqualByComparingTo("-0.003");
        // Jan, 31 days at −0.30%: 120,000 × −0.003 × 31 ÷ 360 = −€31.00.
        assertThat(ScheduleResolver.resolve(t, IndexData.of(List.of(euribor("2024-02-01", "0")))).interestMinor(0))
                .isEqualTo(-3_100L);
        // A fixed −0.30% that its terms allow (an ACTUS contract's): the same January, −€31.00.
        NoteTerms fixed = act360(RateTerms.fixed(new BigDecimal("-0.003"), RateTerms.Floating.NegativeRates.ALLOWED),
                LocalDate.of(2024, 3, 1)).currency("EUR").build();
        assertThat(ScheduleResolver.resolve(fixed, IndexData.NONE).interestMinor(0)).isEqualTo(-3_100L);
    }

    @Test
    void levelPaymentAtANegativeRateIsBelowStraightLine() {
        // PMT = P × r ÷ (1 − (1 + r)^−n), P = 120,000, r = −1.2% ÷ 12 = −0.1%, n = 12:
        // 12,000,000 × −0.001 ÷ (1 − 0.999^−12) = 993,511.92 cents (worked to 50 digits) → 9,935.12, below
        // the straight line 10,000.00 (r = 0): a negative rate pays the borrower on the balance. The note at
        // −1.2% (EURIBOR-based, negative allowed, no reset before maturity): the first period's interest is
        // 120,000 × −0.012 ÷ 12 = −120.00, so it retires 9,935.12 + 120.00 = 10,055.12; the principal sums to
        // the whole 120,000.00 and the last payment, which absorbs the payment's rounding (under half a cent a
        // period), is within 12 cents of the others.
        assertThat(LevelPayment.of(12_000_000L, new BigDecimal("-0.012"), 12, 12, RoundingRule.HALF_UP))
                .isEqualTo(993_512L);
        assertThat(LevelPayment.of(12_000_000L, BigDecimal.ZERO, 12, 12, RoundingRule.HALF_UP)).isEqualTo(1_000_000L);
        RateTerms negative = RateTerms.Floating.builder("EURIBOR").initialRate("-0.012")
                .negativeRates(RateTerms.Floating.NegativeRates.ALLOWED).resets(Frequency.ANNUAL, LocalDate.of(2025, 1, 1))
                .build();
        Schedule s = ScheduleResolver.resolve(note(negative, LocalDate.of(2025, 1, 1)).currency("EUR")
                .amortization(Amortization.LEVEL_PAYMENT).build(), IndexData.NONE);
        assertThat(s.size()).isEqualTo(12);
        assertThat(s.interestMinor(0)).isEqualTo(-12_000L);
        assertThat(s.principalMinor(0)).isEqualTo(1_005_512L);
        long principal = 0;
        for (int i = 0; i < s.size(); i++) {
            principal += s.principalMinor(i);
            assertThat(s.paymentMinor(i)).isEqualTo(s.interestMinor(i) + s.principalMinor(i));
            assertThat(s.interestMinor(i)).isNegative();
            if (i < s.size() - 1) {
                assertThat(s.paymentMinor(i)).isEqualTo(993_512L);
            }
        }
        assertThat(principal).isEqualTo(12_000_000L);
        assertThat(s.closingMinor(11)).isZero();
        assertThat(s.paymentMinor(11)).isBetween(993_500L, 993_524L);
    }
}
