package com.notefolio.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.io.NoteJson;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.scenario.ScenarioResult;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioAggregateTest {

    private static final LocalDate AS_OF = LocalDate.of(2004, 6, 27);

    private static final NoteTerms NOTE_2003 = PortfolioGenerator.promissoryNote2003();
    /** $50,000 at 6% interest-only, 2004-01-15 to 2006-01-15, secured by $80,000. */
    private static final NoteTerms HARBOR = NoteTerms.builder("HARBOR").borrower("Harbor Dental").sector("Healthcare")
            .region("WA").rating("B").principal("50000.00").annualRate("0.06").issueDate(LocalDate.of(2004, 1, 15))
            .maturityDate(LocalDate.of(2006, 1, 15)).amortization(Amortization.INTEREST_ONLY)
            .security(true, "Dental equipment", new BigDecimal("80000.00")).build();
    private static final NoteTerms SAKURA = NoteTerms.builder("SAKURA").borrower("Sakura KK").currency("JPY")
            .principal("10000000").annualRate("0.012").issueDate(LocalDate.of(2004, 1, 1))
            .maturityDate(LocalDate.of(2009, 1, 1)).amortization(Amortization.INTEREST_ONLY).build();

    private static PortfolioAggregate aggregate(List<NoteTerms> notes) {
        PortfolioAggregate a = new PortfolioAggregate(AS_OF);
        for (NoteTerms t : notes) {
            Schedule s = ScheduleResolver.resolve(t);
            a.add(Position.atPar(t), s, NotePricer.measures(s, AS_OF, null, FlatRate.of(0.08)));
        }
        return a;
    }

    @Test
    void aRevolvingLinesCommitmentFeesAreCashOfTheLadder() {
        // StructuredScheduleTest's line ($100,000 at 8% ACT/360, 0.5% on the undrawn), whose fees are worked by
        // hand there: 25.83 + 28.33 + 21.66 + 12.50 + 24.59 + 41.67 = 154.58, paid Feb to Jul 2024.
        NoteTerms line = NoteJson.read(Path.of("..", "examples", "note-revolving.json"));
        LocalDate asOf = LocalDate.of(2024, 1, 1);
        Schedule s = ScheduleResolver.resolve(line);
        PortfolioAggregate a = new PortfolioAggregate(asOf);
        a.add(Position.atPar(line), s, NotePricer.measures(s, asOf, null, FlatRate.of(0.08)));
        List<LadderRow> ladder = a.summary().currencies().get(0).monthlyLadder();
        assertThat(ladder.stream().mapToLong(LadderRow::feeMinor).sum()).isEqualTo(154_58);
        assertThat(ladder.stream().filter(l -> l.month().equals(YearMonth.of(2024, 7))).findFirst().orElseThrow().feeMinor())
                .isEqualTo(41_67);
        // Every payment is cash of its month, the fee in it: the ladder's total is the schedule's payments.
        long payments = 0;
        for (int i = 0; i < s.size(); i++) {
            payments += s.paymentMinor(i);
        }
        assertThat(ladder.stream().mapToLong(LadderRow::totalMinor).sum()).isEqualTo(payments);
        // By quarter: Q1 (1 Feb, 1 Mar) 25.83 + 28.33; Q2 (1 Apr, 1 May, 1 Jun) 21.66 + 12.50 + 24.59; Q3 41.67.
        List<LadderRow> quarters = LadderPeriod.QUARTER.rollUp(ladder);
        assertThat(quarters).extracting(LadderRow::feeMinor).containsExactly(54_16L, 58_75L, 41_67L);
    }

    @Test
    void totalsLadderExposureAndConcentrationByCurrency() {
        PortfolioSummary summary = aggregate(List.of(NOTE_2003, HARBOR, SAKURA)).summary();
        assertThat(summary.currencies()).extracting(c -> c.currency().getCurrencyCode()).containsExactly("USD", "JPY");
        CurrencySummary usd = summary.currencies().get(0);
        PortfolioTotals t = usd.totals();
        assertThat(t.notes()).isEqualTo(2);
        assertThat(t.outstandingMinor()).isEqualTo(200_000_00);
        // 2003 note: 15 of 30 days since 12 June → 750.00. Harbor: 12 of 30 days since 15 June at
        // 250.00 a month → 100.00.
        assertThat(t.accruedMinor()).isEqualTo(850_00);
        // Principal-weighted coupon: (150,000 × 12% + 50,000 × 6%) ÷ 200,000 = 10.5%.
        assertThat(t.weightedCoupon()).isCloseTo(0.105, within(1e-12));

        // July 2004: the 2003 note pays 1,500.00 interest on the 12th, Harbor 250.00 on the 15th.
        LadderRow july = usd.monthlyLadder().get(1);
        assertThat(july.month()).isEqualTo(YearMonth.of(2004, 7));
        assertThat(july.interestMinor()).isEqualTo(1_750_00);
        assertThat(july.closingBalanceMinor()).isEqualTo(200_000_00);
        LadderRow last = usd.monthlyLadder().get(usd.monthlyLadder().size() - 1);
        assertThat(last.month()).isEqualTo(YearMonth.of(2006, 1));
        assertThat(last.principalMinor()).isEqualTo(200_000_00);
        assertThat(last.closingBalanceMinor()).isZero();

        // Exposure = outstanding + accrued: 150,750 and 50,100 of 200,850.
        List<ExposureRow> borrowers = usd.exposures().get(ExposureDimension.BORROWER);
        assertThat(borrowers).extracting(ExposureRow::key).containsExactly("Infinite Group, Inc.", "Harbor Dental");
        double s1 = 150_750.0 / 200_850;
        double s2 = 50_100.0 / 200_850;
        assertThat(borrowers.get(0).share()).isCloseTo(s1, within(1e-12));
        assertThat(usd.concentration().top1Share()).isCloseTo(s1, within(1e-12));
        assertThat(usd.concentration().top5Share()).isCloseTo(1.0, within(1e-12));
        assertThat(usd.concentration().herfindahl()).isCloseTo(s1 * s1 + s2 * s2, within(1e-12));
        ExposureRow secured = usd.exposures().get(ExposureDimension.SECURED).stream()
                .filter(r -> r.key().equals("secured")).findFirst().orElseThrow();
        // The 2003 note is secured but states no collateral value; Harbor's 80,000 covers 50,100.
        assertThat(secured.notes()).isEqualTo(2);
        assertThat(secured.collateralMinor()).isEqualTo(80_000_00);
        assertThat(usd.exposures().get(ExposureDimension.MATURITY_BUCKET)).extracting(ExposureRow::key)
                .containsExactly("1-3y");
    }

    @Test
    void cashExpectedLossMaturityProfileAndDeltasAreTheAggregates() {
        // Harbor defaults whole on 2004-07-15 (a 100 % CDR hits the first period after the as-of date) and
        // 40 % of its 50,000.00 is recovered six months later: 50,000.00 defaulted, 20,000.00 recovered.
        Scenario wipeOut = new Scenario("wipe-out", List.of(), null, new DefaultSpeed(1.0, 0.60, 6), List.of(), 0);
        PortfolioAggregate base = aggregate(List.of(NOTE_2003, HARBOR));
        PortfolioAggregate stressed = new PortfolioAggregate(AS_OF);
        for (NoteTerms t : List.of(NOTE_2003, HARBOR)) {
            Schedule s = ScheduleResolver.resolve(t);
            var m = NotePricer.measures(s, AS_OF, null, FlatRate.of(0.08));
            ScenarioResult r = ScenarioAnalyzer.analyze(s, m, t == HARBOR ? wipeOut : Scenario.BASE, AS_OF, null,
                    FlatRate.of(0.08));
            stressed.add(Position.atPar(t), r.schedule(), r.measures());
        }
        CurrencySummary b = base.summary().currencies().get(0);
        CurrencySummary x = stressed.summary().currencies().get(0);

        // Base cash after 2004-06-27: the 2003 note's 19 interest payments of 1,500.00 and its 150,000.00
        // (the balloon's 151,500.00 is 1,500.00 interest and the principal); Harbor's 19 of 250.00 and 50,000.00.
        assertThat(b.totals().scheduledCashMinor()).isEqualTo(19 * 1_500_00L + 150_000_00 + 19 * 250_00L + 50_000_00);
        assertThat(b.totals().expectedLossMinor()).isZero();
        assertThat(x.totals().defaultedMinor()).isEqualTo(50_000_00);
        assertThat(x.totals().recoveryMinor()).isEqualTo(20_000_00);
        assertThat(x.totals().expectedLossMinor()).isEqualTo(30_000_00);
        TotalsDeltas d = x.totals().minus(b.totals());
        assertThat(d.npv()).isEqualTo(x.totals().npv() - b.totals().npv()).isNegative();
        assertThat(d.scheduledCashMinor()).isEqualTo(x.totals().scheduledCashMinor() - b.totals().scheduledCashMinor());
        assertThat(b.totals().minus(b.totals())).isEqualTo(TotalsDeltas.NONE);
        // Both notes mature in 2006: one year of 2 notes and their 200,000.00 outstanding.
        assertThat(b.maturityProfile()).containsExactly(new MaturityYear("USD", 2006, 2, 200_000_00));
    }

    @Test
    void mergingPartsGivesTheWhole() {
        PortfolioSummary whole = aggregate(List.of(NOTE_2003, HARBOR, SAKURA)).summary();
        PortfolioSummary merged = aggregate(List.of(SAKURA)).merge(aggregate(List.of(HARBOR, NOTE_2003))).summary();
        assertThat(merged.currencies()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            CurrencySummary a = whole.currencies().get(i);
            CurrencySummary b = merged.currencies().get(i);
            assertThat(b.monthlyLadder()).isEqualTo(a.monthlyLadder());
            assertThat(b.exposures()).isEqualTo(a.exposures());
            assertThat(b.maturityProfile()).isEqualTo(a.maturityProfile());
            assertThat(b.totals().outstandingMinor()).isEqualTo(a.totals().outstandingMinor());
            assertThat(b.totals().npv()).isCloseTo(a.totals().npv(), within(1e-6));
        }
    }

    @Test
    void ladderRollsUpToCalendarQuartersAndYears() {
        List<LadderRow> monthly = aggregate(List.of(NOTE_2003, HARBOR)).summary().currencies().get(0).monthlyLadder();
        List<LadderRow> quarterly = LadderPeriod.QUARTER.rollUp(monthly);
        // From June 2004 (the as-of month) to January 2006: Q2 2004 (June only) … Q1 2006 (January only).
        assertThat(quarterly).extracting(r -> LadderPeriod.QUARTER.label(r.month()))
                .containsExactly("2004-Q2", "2004-Q3", "2004-Q4", "2005-Q1", "2005-Q2", "2005-Q3", "2005-Q4", "2006-Q1");
        // Q3 2004: three months of 1,500.00 (2003 note) + 250.00 (Harbor).
        assertThat(quarterly.get(1).interestMinor()).isEqualTo(3 * 1_750_00);
        assertThat(quarterly.get(1).month()).isEqualTo(YearMonth.of(2004, 9));
        List<LadderRow> yearly = LadderPeriod.YEAR.rollUp(monthly);
        assertThat(yearly).extracting(r -> LadderPeriod.YEAR.label(r.month())).containsExactly("2004", "2005", "2006");
        assertThat(yearly.get(1).interestMinor()).isEqualTo(12 * 1_750_00);
        assertThat(yearly.get(2).principalMinor()).isEqualTo(200_000_00);
        assertThat(yearly.get(2).closingBalanceMinor()).isZero();
        assertThat(yearly.get(0).closingBalanceMinor()).isEqualTo(200_000_00);
        // Rolling up keeps every cent.
        long cash = monthly.stream().mapToLong(LadderRow::totalMinor).sum();
        assertThat(quarterly.stream().mapToLong(LadderRow::totalMinor).sum()).isEqualTo(cash);
        assertThat(yearly.stream().mapToLong(LadderRow::totalMinor).sum()).isEqualTo(cash);
    }
}
