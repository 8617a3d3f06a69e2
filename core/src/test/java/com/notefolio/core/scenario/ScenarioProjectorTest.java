package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioProjectorTest {

    private static final LocalDate ISSUE_2003 = LocalDate.of(2003, 8, 13);
    private static final Schedule NOTE_2003 = ScheduleResolver.resolve(PortfolioGenerator.promissoryNote2003());

    private static Scenario with(String name, List<DatedPrepayment> prepayments) {
        return new Scenario(name, prepayments, null, null, List.of(), 0);
    }

    private static int row(Schedule s, LocalDate due) {
        for (int i = 0; i < s.size(); i++) {
            if (s.dueEpochDay(i) == EpochDay.of(due)) {
                return i;
            }
        }
        throw new AssertionError("no row due " + due);
    }

    @Test
    void prepaying50000Of2003NoteLowersInterestTo1000AndBalloonTo101000() {
        Scenario s = with("prepay 50k", List.of(new DatedPrepayment("INFINITE-2003", LocalDate.of(2004, 6, 12),
                new BigDecimal("50000.00"), PrepaymentMode.REDUCE_TERM)));
        Schedule p = ScenarioProjector.project(NOTE_2003, s, ISSUE_2003).schedule();

        int june = row(p, LocalDate.of(2004, 6, 12));
        assertThat(p.interestMinor(june)).isEqualTo(1_500_00);
        assertThat(p.prepaidMinor(june)).isEqualTo(50_000_00);
        assertThat(p.paymentMinor(june)).isEqualTo(51_500_00);
        assertThat(p.flags(june) & FlowKind.PREPAYMENT.bit()).isNotZero();
        // 100,000 × 12% ÷ 12 = 1,000.00 from the next payment on; the balloon is 100,000 + 1,000.
        for (int i = june + 1; i < p.size() - 1; i++) {
            assertThat(p.paymentMinor(i)).as("payment on %s", p.period(i).dueDate()).isEqualTo(1_000_00);
        }
        assertThat(p.period(p.size() - 1).dueDate()).isEqualTo(LocalDate.of(2006, 1, 12));
        assertThat(p.paymentMinor(p.size() - 1)).isEqualTo(101_000_00);
        assertThat(p.closingMinor(p.size() - 1)).isZero();
    }

    @Test
    void acceleratedNoteFallsDueWholeAndRecoversAfterward() {
        // The 2003 note: payment of 2004-07-12 missed, written notice on 2004-07-20, ten days to cure:
        // accelerated 2004-07-30. Unpaid interest 1,500.00 (the missed payment). No default rate is
        // stated, so the note rate runs on by actual days: 150,000 × 12% × 18/365 = 887.67. Collection
        // costs of 5,000.00 are payable under the note. Claim 157,387.67.
        EventOfDefault eod = new EventOfDefault("INFINITE-2003", LocalDate.of(2004, 7, 12), LocalDate.of(2004, 7, 20),
                new BigDecimal("5000.00"), Recovery.of(new BigDecimal("120000.00"), LocalDate.of(2005, 1, 20)));
        Projection p = ScenarioProjector.project(NOTE_2003,
                new Scenario("default", List.of(), null, null, List.of(eod), 0), ISSUE_2003);

        AccelerationClaim c = p.claim();
        assertThat(c.accelerationDate()).isEqualTo(LocalDate.of(2004, 7, 30));
        assertThat(c.principalMinor()).isEqualTo(150_000_00);
        assertThat(c.interestMinor()).isEqualTo(1_500_00);
        assertThat(c.defaultInterestMinor()).isEqualTo(887_67);
        assertThat(c.costsMinor()).isEqualTo(5_000_00);
        assertThat(c.totalMinor()).isEqualTo(157_387_67);
        assertThat(c.recoveredMinor()).isEqualTo(120_000_00);

        Schedule s = p.schedule();
        int acc = row(s, LocalDate.of(2004, 7, 30));
        assertThat(s.defaultedMinor(acc)).isEqualTo(150_000_00);
        assertThat(s.paymentMinor(acc)).isZero();
        int rec = row(s, LocalDate.of(2005, 1, 20));
        assertThat(s.recoveryMinor(rec)).isEqualTo(120_000_00);
        assertThat(s.size()).isEqualTo(rec + 1);
        // Payments before the missed one were made as scheduled.
        assertThat(s.paymentMinor(row(s, LocalDate.of(2004, 6, 12)))).isEqualTo(1_500_00);
    }

    @Test
    void recoveryIsCappedAtTheClaim() {
        EventOfDefault eod = new EventOfDefault("INFINITE-2003", LocalDate.of(2004, 7, 12), LocalDate.of(2004, 7, 12),
                BigDecimal.ZERO, Recovery.fromCollateral(new BigDecimal("400000.00"), 0.25, new BigDecimal("10000.00"), 6));
        Projection p = ScenarioProjector.project(NOTE_2003,
                new Scenario("rich collateral", List.of(), null, null, List.of(eod), 0), ISSUE_2003);
        assertThat(p.claim().recoveredMinor()).isEqualTo(p.claim().totalMinor());
        assertThat(p.claim().recoveryDate()).isEqualTo(LocalDate.of(2005, 1, 22));
    }

    @Test
    void payoffBetweenDueDatesPaysAccruedInterestAndPenalty() {
        NoteTerms t = NoteTerms.builder("PEN").borrower("B").principal("100000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2029, 1, 1))
                .amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(com.notefolio.core.convention.DayCounts.ACT_360)
                .prepayment(new PrepaymentTerms(true, new BigDecimal("0.02"), null)).build();
        Schedule base = ScheduleResolver.resolve(t);
        Projection p = ScenarioProjector.project(base,
                with("payoff", List.of(DatedPrepayment.payoff("PEN", LocalDate.of(2025, 3, 16)))), LocalDate.of(2024, 6, 30));
        Schedule s = p.schedule();
        int last = s.size() - 1;
        // From 2025-03-01 to 2025-03-16: 15 days × 100,000 × 6% ÷ 360 = 250.00; penalty 2% = 2,000.00.
        assertThat(s.period(last).dueDate()).isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(s.interestMinor(last)).isEqualTo(250_00);
        assertThat(s.prepaidMinor(last)).isEqualTo(100_000_00);
        assertThat(s.penaltyMinor(last)).isEqualTo(2_000_00);
        assertThat(s.paymentMinor(last)).isEqualTo(102_250_00);
        assertThat(s.flags(last) & FlowKind.PAYOFF.bit()).isNotZero();
    }

    @Test
    void lockoutRefusesPrepaymentWithClearMessage() {
        NoteTerms t = NoteTerms.builder("LOCK").borrower("B").principal("100000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2029, 1, 1))
                .amortization(Amortization.INTEREST_ONLY)
                .prepayment(new PrepaymentTerms(true, BigDecimal.ZERO, LocalDate.of(2026, 1, 1))).build();
        Scenario s = with("early", List.of(DatedPrepayment.payoff("LOCK", LocalDate.of(2025, 5, 1))));
        assertThatThrownBy(() -> ScenarioProjector.project(ScheduleResolver.resolve(t), s, LocalDate.of(2024, 6, 30)))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessage("scenario \"early\": prepayments.date: prepayment of note LOCK on 2025-05-01 is refused:"
                        + " the note is locked out until 2026-01-01");
    }

    @Test
    void prepaymentLargerThanBalanceIsRefused() {
        Scenario s = with("too much", List.of(new DatedPrepayment("INFINITE-2003", LocalDate.of(2004, 6, 12),
                new BigDecimal("150000.01"), PrepaymentMode.REDUCE_TERM)));
        assertThatThrownBy(() -> ScenarioProjector.project(NOTE_2003, s, ISSUE_2003))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("scenario \"too much\": prepayments.amount")
                .hasMessageContaining("exceeds the balance then, 150000.00");
    }

    @Test
    void reducePaymentReamortizesALevelPaymentNote() {
        NoteTerms t = NoteTerms.builder("LVL").borrower("B").principal("120000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 15)).maturityDate(LocalDate.of(2034, 1, 15))
                .amortization(Amortization.LEVEL_PAYMENT).build();
        Schedule base = ScheduleResolver.resolve(t);
        int k = 24; // after the 24th payment, prepay 20,000
        LocalDate date = base.period(k - 1).dueDate();
        Schedule s = ScenarioProjector.project(base, with("rp", List.of(
                new DatedPrepayment("LVL", date, new BigDecimal("20000.00"), PrepaymentMode.REDUCE_PAYMENT))),
                LocalDate.of(2024, 1, 15)).schedule();
        long balance = s.closingMinor(k - 1);
        // Re-amortized over the 96 payments left: PMT(0.5%, 96, balance), computed here independently
        // and rounded half-up to the cent, is the new level payment of every row but the last.
        double r = 0.005;
        long pmt = Math.round(balance * r / (1 - Math.pow(1 + r, -96)));
        for (int i = k; i < s.size() - 1; i++) {
            assertThat(s.paymentMinor(i)).as("payment %d", i + 1).isEqualTo(pmt);
        }
        assertThat(s.size()).isEqualTo(base.size());
        assertThat(s.closingMinor(s.size() - 1)).isZero();
    }

    @Test
    void reduceTermKeepsTheLevelPaymentAndEndsEarlier() {
        NoteTerms t = NoteTerms.builder("LVL").borrower("B").principal("120000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 15)).maturityDate(LocalDate.of(2034, 1, 15))
                .amortization(Amortization.LEVEL_PAYMENT).build();
        Schedule base = ScheduleResolver.resolve(t);
        Schedule s = ScenarioProjector.project(base, with("rt", List.of(new DatedPrepayment("LVL",
                base.period(23).dueDate(), new BigDecimal("20000.00"), PrepaymentMode.REDUCE_TERM))),
                LocalDate.of(2024, 1, 15)).schedule();
        for (int i = 24; i < s.size() - 1; i++) {
            assertThat(s.paymentMinor(i)).isEqualTo(base.paymentMinor(i));
        }
        assertThat(s.size()).isLessThan(base.size());
        assertThat(s.closingMinor(s.size() - 1)).isZero();
    }

    @Test
    void constantCprPrepaysTheSameShareEveryMonth() {
        NoteTerms t = NoteTerms.builder("IO").borrower("B").principal("1000000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2034, 1, 1))
                .amortization(Amortization.INTEREST_ONLY).build();
        Schedule s = ScenarioProjector.project(ScheduleResolver.resolve(t),
                new Scenario("cpr", List.of(), PrepaymentSpeed.cpr(0.10), null, List.of(), 0), LocalDate.of(2024, 1, 1))
                .schedule();
        // SMM = 1 − 0.9^(1/12) = 0.0087416 (published tables: 10 CPR = 0.8742% SMM).
        double smm = 1 - Math.pow(0.9, 1.0 / 12);
        assertThat(smm).isCloseTo(0.0087416, within(1e-7));
        assertThat(s.prepaidMinor(0)).isEqualTo(Math.round(100_000_000 * smm));
        for (int i = 1; i < s.size() - 1; i++) {
            // Rounded half-up to the cent: within half a cent of SMM × balance.
            assertThat((double) s.prepaidMinor(i)).isCloseTo(s.openingMinor(i) * smm, within(0.5));
        }
        // After 12 months the surviving balance is 90% of the original, to the cent's rounding.
        assertThat(s.openingMinor(12) / 100.0).isCloseTo(900_000.0, within(0.06));
    }

    @Test
    void constantCprPrepaysAWeeklyNoteOverTwelveFiftySecondsOfAMonth() {
        // Weekly periods span 12/52 of a month: SMM = 1 − (1 − CPR)^((12/52)/12) = 1 − 0.9^(1/52)
        // = 1 − e^(ln 0.9 ÷ 52) = 1 − e^(−0.1053605 ÷ 52) = 1 − e^(−0.00202616) = 0.0020241; 52 of them
        // leave 0.9^(52/52) = 90%, as the monthly note's 12 do.
        NoteTerms t = NoteTerms.builder("IO").borrower("B").principal("1000000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2026, 1, 1))
                .frequency(com.notefolio.core.convention.Frequency.WEEKLY)
                .amortization(Amortization.INTEREST_ONLY).build();
        Schedule s = ScenarioProjector.project(ScheduleResolver.resolve(t),
                new Scenario("cpr", List.of(), PrepaymentSpeed.cpr(0.10), null, List.of(), 0), LocalDate.of(2024, 1, 1))
                .schedule();
        double smm = 1 - Math.pow(0.9, 1.0 / 52);
        assertThat(smm).isCloseTo(0.0020241, within(1e-7));
        assertThat(s.prepaidMinor(0)).isEqualTo(Math.round(100_000_000 * smm));
        for (int i = 1; i < 52; i++) {
            assertThat((double) s.prepaidMinor(i)).isCloseTo(s.openingMinor(i) * smm, within(0.5));
        }
        // After 52 weeks the surviving balance is 90% of the original, to the cents' rounding.
        assertThat(s.openingMinor(52) / 100.0).isCloseTo(900_000.0, within(0.3));
    }

    @Test
    void constantCprPrepaysATwentySevenDayNoteOverTwentySevenDaysOf365() {
        // A cycle of 27 days spans 12 × 27 ÷ 365 months: SMM = 1 − (1 − CPR)^(27/365) = 1 − 0.9^(27/365)
        // = 1 − e^(−0.1053605 × 0.0739726) = 1 − e^(−0.0077938) = 0.0077635; 365 ÷ 27 of them compound to
        // the CPR. From 1 Jan 2024, 27 whole cycles end on 30 Dec 2025 (729 days), leaving
        // 0.9^(729/365) = e^(−0.1053605 × 1.9972603) = e^(−0.2104324) = 0.810234 of the balance.
        NoteTerms t = NoteTerms.builder("IO").borrower("B").principal("1000000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2026, 1, 1))
                .frequency(com.notefolio.core.convention.Frequency.ofDays(27))
                .amortization(Amortization.INTEREST_ONLY).accrualBasis(com.notefolio.core.convention.DayCounts.ACT_365F)
                .build();
        Schedule s = ScenarioProjector.project(ScheduleResolver.resolve(t),
                new Scenario("cpr", List.of(), PrepaymentSpeed.cpr(0.10), null, List.of(), 0), LocalDate.of(2024, 1, 1))
                .schedule();
        double smm = 1 - Math.pow(0.9, 27.0 / 365);
        assertThat(smm).isCloseTo(0.0077635, within(1e-7));
        assertThat(s.prepaidMinor(0)).isEqualTo(Math.round(100_000_000 * smm));
        for (int i = 1; i < 27; i++) {
            assertThat((double) s.prepaidMinor(i)).isCloseTo(s.openingMinor(i) * smm, within(0.5));
        }
        assertThat(LocalDate.ofEpochDay(s.dueEpochDay(26))).isEqualTo(LocalDate.of(2025, 12, 30));
        // 27 roundings of half a cent at most: within $0.14, to the hand figure's six digits ($0.50).
        assertThat(s.openingMinor(27) / 100.0).isCloseTo(810_234.0, within(0.6));
    }

    @Test
    void defaultsComeFirstAndRecoverAfterTheLag() {
        NoteTerms t = NoteTerms.builder("IO").borrower("B").principal("1000000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2026, 1, 1))
                .amortization(Amortization.INTEREST_ONLY).build();
        Schedule s = ScenarioProjector.project(ScheduleResolver.resolve(t),
                new Scenario("cdr", List.of(), null, new DefaultSpeed(0.12, 0.40, 6), List.of(), 0),
                LocalDate.of(2024, 1, 1)).schedule();
        double mdr = 1 - Math.pow(0.88, 1.0 / 12);
        long d1 = Math.round(100_000_000 * mdr);
        assertThat(s.defaultedMinor(0)).isEqualTo(d1);
        // Interest only on the performing balance.
        assertThat(s.interestMinor(0)).isEqualTo(Math.round((100_000_000 - d1) * 0.005));
        // 60% of the first month's default arrives six months after 2024-02-01.
        int rec = row(s, LocalDate.of(2024, 8, 1));
        long recoveredFromFirst = Math.round(d1 * 0.6);
        assertThat(s.recoveryMinor(rec)).isGreaterThanOrEqualTo(recoveredFromFirst);
        long recovered = 0;
        long defaulted = 0;
        for (int i = 0; i < s.size(); i++) {
            recovered += s.recoveryMinor(i);
            defaulted += s.defaultedMinor(i);
        }
        assertThat(recovered / (double) defaulted).isCloseTo(0.6, within(1e-6));
    }

    @Test
    void psaRampReachesSixPercentCprInMonthThirty() {
        PrepaymentSpeed psa100 = PrepaymentSpeed.psa(100);
        // Published PSA benchmark: 0.2% CPR in month 1, +0.2% a month, 6% from month 30.
        assertThat(psa100.cpr(1, 1)).isCloseTo(0.002, within(1e-15));
        assertThat(psa100.cpr(15, 1)).isCloseTo(0.03, within(1e-15));
        assertThat(psa100.cpr(30, 1)).isCloseTo(0.06, within(1e-15));
        assertThat(psa100.cpr(200, 1)).isCloseTo(0.06, within(1e-15));
        assertThat(PrepaymentSpeed.psa(150).cpr(10, 1)).isCloseTo(0.03, within(1e-15));
        // Quarterly periods: the same survival over three months, 1 − 0.94^(3/12).
        assertThat(PrepaymentSpeed.periodRate(0.06, 3)).isCloseTo(1 - Math.pow(0.94, 0.25), within(1e-15));
        assertThat(PrepaymentSpeed.cprVector(List.of(0.01, 0.02)).cpr(1, 5)).isEqualTo(0.02);
    }

    @Test
    void accelerationNeedsTheTermsToProvideIt() {
        NoteTerms t = PortfolioGenerator.promissoryNote2003().toBuilder()
                .defaults(new DefaultTerms(10, null, false, true, List.of())).build();
        EventOfDefault eod = new EventOfDefault("INFINITE-2003", LocalDate.of(2004, 7, 12), null, null,
                Recovery.of(BigDecimal.ONE, null));
        assertThatThrownBy(() -> ScenarioProjector.project(ScheduleResolver.resolve(t),
                new Scenario("x", List.of(), null, null, List.of(eod), 0), ISSUE_2003))
                .hasMessage("scenario \"x\": eventsOfDefault: note INFINITE-2003 does not provide for acceleration");
    }
}
