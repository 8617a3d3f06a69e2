package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.RateTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The schedule invariants of {@link ScheduleInvariantsTest} hold for floating notes: on 3,000 random
 * floating notes (interest-only, level-payment re-amortizing or keeping its payment with or without a
 * negative-amortization cap, constant principal; monthly or quarterly; PERIODIC or ACT/360; caps,
 * floors, lookbacks, rounding, a usury ceiling, some converting to fixed) against random index paths
 * projected flat or by a curve: every row is exact in cents, the principal is retired exactly, the
 * balance never wraps (a balance outgrowing 64 bits is refused, and only for a kept payment) and stays
 * within its cap, a level payment changes only where the rate does (never when kept and uncapped),
 * every row's rate keeps the lawful maximum and the lifetime cap, and each regular PERIODIC row's
 * interest is its opening balance × its own rate × months ÷ 12, rounded by the note's rule,
 * recomputed here in decimals.
 */
public class FloatingScheduleInvariantsTest {

    /** A note and the index data it resolves against (also drawn by the scenario invariants on floating notes). */
    public record Case(NoteTerms terms, IndexData data, RateTerms.Floating floating) {
        @Override
        public String toString() {
            return terms.toString();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.longs().map(FloatingScheduleInvariantsTest::draw);
    }

    /** A random floating note and its index data, the same for the same seed. */
    public static Case draw(long seed) {
        Random r = new Random(seed);
        LocalDate issue = LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
        Frequency frequency = r.nextBoolean() ? Frequency.MONTHLY : Frequency.QUARTERLY;
        int periods = 1 + r.nextInt(r.nextBoolean() ? 24 : 360 / frequency.months());
        LocalDate maturity = issue.plusMonths((long) periods * frequency.months());
        Amortization amortization = List.of(Amortization.INTEREST_ONLY, Amortization.LEVEL_PAYMENT,
                Amortization.CONSTANT_PRINCIPAL).get(r.nextInt(3));
        Frequency resets = List.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.ANNUAL).get(r.nextInt(3));
        RateTerms.Floating.Builder f = RateTerms.Floating.builder("IDX")
                .spread(BigDecimal.valueOf(r.nextInt(600), 4).toPlainString())
                .multiplier(List.of("1", "0.5", "1.25").get(r.nextInt(3)))
                .initialRate(BigDecimal.valueOf(r.nextInt(1500), 4).toPlainString())
                .resets(resets, issue.plusMonths(1 + r.nextInt(12)))
                .lookbackDays(r.nextInt(46));
        if (r.nextBoolean()) {
            f.periodicCapFloor(BigDecimal.valueOf(r.nextInt(300), 4).toPlainString(),
                    BigDecimal.valueOf(r.nextInt(300), 4).toPlainString());
        }
        if (r.nextBoolean()) {
            f.lifetimeCapFloor("0.20", "0");
        }
        if (r.nextBoolean()) {
            f.rounding(r.nextBoolean() ? RateTerms.RateRounding.NEAREST_EIGHTH
                    : new RateTerms.RateRounding(new BigDecimal("0.0025"), RoundingMode.UP));
        }
        RateTerms.Floating floating = f.build();
        RateTerms rate = floating;
        if (periods > 4 && r.nextInt(4) == 0) {
            rate = new RateTerms.Conversion(floating, issue.plusMonths(periods * frequency.months() / 2),
                    RateTerms.fixed(BigDecimal.valueOf(r.nextInt(1200), 4)));
        }
        NoteTerms.Builder b = NoteTerms.builder("FL-" + seed).borrower("B")
                .principal(BigDecimal.valueOf(1 + (long) (Math.pow(10, 1 + r.nextInt(10)) * r.nextDouble()), 2))
                .rate(rate).issueDate(issue).maturityDate(maturity).frequency(frequency).amortization(amortization)
                .accrualBasis(r.nextBoolean() ? DayCounts.PERIODIC : DayCounts.ACT_360)
                .interestRounding(RoundingRule.values()[r.nextInt(RoundingRule.values().length)]);
        if (amortization == Amortization.LEVEL_PAYMENT && r.nextBoolean()) {
            b.paymentOnReset(PaymentOnReset.KEEP_PAYMENT);
            if (r.nextBoolean()) {
                b.negativeAmortizationCap(List.of("1", "1.1", "1.25").get(r.nextInt(3)));
            }
        }
        if (r.nextInt(4) == 0) {
            b.maxLawfulRate("0.16");
        }
        // A monthly index path from 13 months before the issue (past any lookback) for part of the life,
        // projected flat or by a curve after it.
        List<IndexFixing> fixings = new ArrayList<>();
        long level = 100 + r.nextInt(900);
        int months = 13 + r.nextInt(periods * frequency.months() + 1);
        for (int m = 0; m < months; m++) {
            level = Math.max(0, Math.min(1500, level + r.nextInt(61) - 30));
            fixings.add(new IndexFixing("IDX", issue.minusMonths(13).plusMonths(m), BigDecimal.valueOf(level, 4)));
        }
        List<ForwardCurve> curves = r.nextBoolean() ? List.of() : List.of(new ForwardCurve("IDX",
                issue.minusMonths(13).plusMonths(months - 1), List.of(new ForwardCurve.Point(0, new BigDecimal("0.03")),
                new ForwardCurve.Point(12, new BigDecimal("0.045")), new ForwardCurve.Point(60, new BigDecimal("0.05")))));
        return new Case(b.build(), IndexData.of(fixings, curves), floating);
    }

    @Property(tries = 3_000, edgeCases = EdgeCasesMode.NONE)
    void floatingSchedulesKeepTheirBooksExactly(@ForAll("cases") Case c) {
        NoteTerms terms = c.terms();
        Schedule s;
        try {
            s = ScheduleResolver.resolve(terms, c.data());
        } catch (ArithmeticException e) {
            assertThat(terms.paymentOnReset()).isEqualTo(PaymentOnReset.KEEP_PAYMENT);
            assertThat(e).hasMessageContaining("do not cover the interest");
            Statistics.label("refused").collect("balance outgrows a long");
            return;
        }
        int n = s.size();
        long original = NoteTerms.decimal(terms.principal()).movePointRight(2).longValueExact();
        assertThat(s.openingMinor(0)).isEqualTo(original);
        long principalSum = 0;
        int changes = 0;
        for (int i = 0; i < n; i++) {
            int row = i + 1;
            check(s.interestMinor(i) + s.principalMinor(i) == s.paymentMinor(i), "row %d: interest + principal = payment", row);
            check(s.openingMinor(i) - s.principalMinor(i) == s.closingMinor(i), "row %d: opening − principal = closing", row);
            check(s.interestMinor(i) >= 0, "row %d: interest is not negative", row);
            check(s.openingMinor(i) > 0, "row %d: the balance is positive", row);
            if (i > 0) {
                check(s.openingMinor(i) == s.closingMinor(i - 1), "row %d opens at the previous row's close", row);
                if (s.rateUnscaled(i) != s.rateUnscaled(i - 1)) {
                    changes++;
                }
            }
            if (terms.negativeAmortizationCap() != null) {
                check(new BigDecimal(s.closingMinor(i)).compareTo(new BigDecimal(original)
                        .multiply(terms.negativeAmortizationCap())) <= 0, "row %d: the balance within its cap", row);
            }
            if (i < n - 1) {
                check(s.closingMinor(i) > 0, "row %d: a balance remains before the last row", row);
            }
            BigDecimal rate = s.rate(i);
            check(rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0, "row %d: rate within 0 and 1", row);
            if (terms.maxLawfulRate() != null) {
                check(rate.compareTo(terms.maxLawfulRate()) <= 0, "row %d: rate within the lawful maximum", row);
            }
            boolean floatingRow = !(terms.rate() instanceof RateTerms.Conversion conv)
                    || s.accrualStartEpochDay(i) < conv.on().toEpochDay();
            if (floatingRow && c.floating().lifetimeCap() != null) {
                check(rate.compareTo(c.floating().lifetimeCap()) <= 0, "row %d: rate within the lifetime cap", row);
            }
            if (terms.accrualBasis() == DayCounts.PERIODIC && i > 0 && i < n - 1) {
                long expected = new BigDecimal(s.openingMinor(i)).multiply(rate)
                        .multiply(BigDecimal.valueOf(terms.frequency().months()))
                        .divide(BigDecimal.valueOf(12), 0, terms.interestRounding().mode()).longValueExact();
                check(s.interestMinor(i) == expected, "row %d: interest = opening × the row's rate × months ÷ 12", row);
            }
            if (terms.amortization() == Amortization.LEVEL_PAYMENT && i > 0 && i < n - 1) {
                // The payment changes only where the rate does, and never when the terms keep it. Row 1 may
                // differ: a computed payment settles an odd first period's extra days there (a month-end roll).
                if (terms.paymentOnReset() == PaymentOnReset.KEEP_PAYMENT) {
                    check(i == 1 || s.paymentMinor(i) == s.paymentMinor(i - 1) || terms.negativeAmortizationCap() != null,
                            "row %d: the payment is kept", row);
                } else if (i >= 2 && s.rateUnscaled(i) == s.rateUnscaled(i - 1)) {
                    check(s.paymentMinor(i) == s.paymentMinor(i - 1), "row %d: the payment holds between changes", row);
                }
            }
            principalSum += s.principalMinor(i);
        }
        assertThat(principalSum).as("principal retired").isEqualTo(original);
        assertThat(s.closingMinor(n - 1)).as("last closing balance").isZero();
        Statistics.label("rate changes").collect(changes == 0 ? "none" : changes < 5 ? "1-4" : "5+");
        Statistics.label("amortization").collect(terms.amortization(), terms.paymentOnReset(),
                terms.negativeAmortizationCap() != null);
    }

    /**
     * The same notes with their floating rate resetting on its reset date (on ACT/360; PERIODIC cannot split a
     * period) and allowed below zero, its spread lowered by 6 points and without a lifetime floor so that many
     * resets are negative: the
     * books stay exact (interest + principal = payment, the principal retired exactly, the last balance 0),
     * every rate within −1 and 1, and each row's interest — negative ones too — is its opening balance × the
     * sum over its days of the rate in force that day ÷ 360, rounded once by the note's rule, recomputed here
     * day by day in decimals (the resolver counts the days of each part between resets instead).
     */
    @Property(tries = 1_000, edgeCases = EdgeCasesMode.NONE)
    void schedulesResettingOnTheirDatesAndBelowZeroKeepTheirBooksExactly(@ForAll("cases") Case c) {
        RateTerms.Floating f = c.floating();
        BigDecimal spread = f.spread().subtract(new BigDecimal("0.06"));
        RateTerms.Floating onDate = new RateTerms.Floating(f.index(), spread, f.multiplier(), f.resetFrequency(),
                f.firstResetDate(), f.lookbackDays(), f.initialRate(), f.periodicCap(), f.periodicFloor(), f.lifetimeCap(),
                null, f.rounding(), f.lookbackCalendar(), RateTerms.Floating.NegativeRates.ALLOWED,
                RateTerms.Floating.ResetTiming.ON_RESET_DATE);
        RateTerms rate = c.terms().rate() instanceof RateTerms.Conversion conv
                ? new RateTerms.Conversion(onDate, conv.on(), conv.after()) : onDate;
        NoteTerms terms = c.terms().toBuilder().rate(rate).accrualBasis(DayCounts.ACT_360).build();
        Schedule s;
        try {
            s = ScheduleResolver.resolve(terms, c.data());
        } catch (ArithmeticException e) {
            assertThat(terms.paymentOnReset()).isEqualTo(PaymentOnReset.KEEP_PAYMENT);
            return;
        }
        int n = s.size();
        long original = NoteTerms.decimal(terms.principal()).movePointRight(2).longValueExact();
        long principalSum = 0;
        boolean split = false;
        boolean negative = false;
        for (int i = 0; i < n; i++) {
            int row = i + 1;
            check(s.interestMinor(i) + s.principalMinor(i) == s.paymentMinor(i), "row %d: interest + principal = payment", row);
            check(s.openingMinor(i) - s.principalMinor(i) == s.closingMinor(i), "row %d: opening − principal = closing", row);
            check(i == 0 || s.openingMinor(i) == s.closingMinor(i - 1), "row %d opens at the previous row's close", row);
            check(s.rate(i).abs().compareTo(BigDecimal.ONE) <= 0, "row %d: rate within −1 and 1", row);
            BigDecimal rateDays = BigDecimal.ZERO;
            for (int day = s.accrualStartEpochDay(i); day < s.accrualEndEpochDay(i); day++) {
                rateDays = rateDays.add(s.rateOn(day));
            }
            long expected = new BigDecimal(s.openingMinor(i)).multiply(rateDays)
                    .divide(BigDecimal.valueOf(360), 0, terms.interestRounding().mode()).longValueExact();
            check(s.interestMinor(i) == expected, "row %d: interest = opening × Σ the day's rate ÷ 360", row);
            split |= s.rateChangesWithin(i);
            negative |= s.interestMinor(i) < 0;
            principalSum += s.principalMinor(i);
        }
        assertThat(principalSum).as("principal retired").isEqualTo(original);
        assertThat(s.closingMinor(n - 1)).as("last closing balance").isZero();
        Statistics.label("periods split by a reset").collect(split);
        Statistics.label("negative interest").collect(negative);
    }

    private static void check(boolean ok, String description, int row) {
        if (!ok) {
            throw new AssertionError(String.format(description, row));
        }
    }
}
