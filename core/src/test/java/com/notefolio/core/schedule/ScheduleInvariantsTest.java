package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.OddDays;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.StatedPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The schedule of any valid note keeps its books exactly: on 10,000 random notes of every amortization,
 * frequency (the weekly, biweekly, four-weekly and semi-monthly cadences included), accrual basis and rounding rule, in USD, JPY (no minor unit) and KWD / BHD (three decimals),
 * with month-end issue dates, short and long first periods and off-calendar maturities.
 */
class ScheduleInvariantsTest {

    private static final List<CurrencyUnit> CURRENCIES = List.of(
            Monetary.getCurrency("USD"), Monetary.getCurrency("JPY"), Monetary.getCurrency("KWD"),
            Monetary.getCurrency("BHD"));

    /** What every note shares, whatever its amortization. */
    private record Common(CurrencyUnit currency, long principalMinor, BigDecimal rate, LocalDate issue,
                          DayCount basis, RoundingRule paymentRounding, RoundingRule interestRounding) {

        BigDecimal principal() {
            return BigDecimal.valueOf(principalMinor, currency.getDefaultFractionDigits());
        }

        NoteTerms.Builder builder(Amortization amortization) {
            return NoteTerms.builder("P-" + amortization)
                    .borrower("Borrower")
                    .currency(currency)
                    .principal(principal())
                    .annualRate(rate)
                    .issueDate(issue)
                    .amortization(amortization)
                    .accrualBasis(basis)
                    .paymentRounding(paymentRounding)
                    .interestRounding(interestRounding);
        }
    }

    /**
     * jqwik's edge-case mixing is off: computing the edge cases of these nested flat-mapped generators takes
     * longer than the 10,000 tries (30 s against 1 s); the small cases it would add — a principal of one minor
     * unit, one period, a zero rate, a one-day first period — are drawn by the generators themselves.
     */
    @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
    void everyScheduleKeepsItsBooksExactly(@ForAll("notes") NoteTerms terms) {
        Schedule s;
        try {
            s = ScheduleResolver.resolve(terms);
        } catch (ArithmeticException e) {
            // only payments fixed in advance can fall below the interest (a stated payment or table, or a
            // computed level payment after a long first period at a high rate); when the growing balance
            // leaves 64-bit minor units the resolver refuses, rather than wrap around
            assertThat(terms.amortization()).isIn(Amortization.LEVEL_PAYMENT, Amortization.STATED);
            assertThat(e).hasMessageContaining("do not cover the interest");
            Statistics.label("refused: balance outgrows a long").collect(terms.amortization());
            return;
        }
        int n = s.size();
        long original = NoteTerms.decimal(terms.principal()).movePointRight(terms.currencyDigits()).longValueExact();

        assertThat(n).isPositive();
        assertThat(s.openingMinor(0)).isEqualTo(original);
        assertThat(s.accrualStartEpochDay(0)).isEqualTo(terms.issueDate().toEpochDay());
        long principalSum = 0;
        for (int i = 0; i < n; i++) {
            // plain checks per row: 10,000 schedules of up to 1,200 rows
            int row = i + 1;
            check(s.interestMinor(i) + s.principalMinor(i) == s.paymentMinor(i), "row %d: interest + principal = payment", row);
            check(s.openingMinor(i) - s.principalMinor(i) == s.closingMinor(i), "row %d: opening − principal = closing", row);
            check(s.interestMinor(i) >= 0, "row %d: interest is not negative", row);
            check(s.accrualStartEpochDay(i) < s.dueEpochDay(i), "row %d: accrual starts before the due date", row);
            if (i > 0) {
                check(s.openingMinor(i) == s.closingMinor(i - 1), "row %d opens at the previous row's close", row);
                check(s.dueEpochDay(i) > s.dueEpochDay(i - 1), "row %d is due after the previous row", row);
                check(s.accrualStartEpochDay(i) == s.dueEpochDay(i - 1), "row %d accrues from the previous due date", row);
            }
            if (i < n - 1) {
                check(s.closingMinor(i) > 0, "row %d: a balance remains before the last row", row);
            }
            principalSum += s.principalMinor(i);
        }
        assertThat(principalSum).as("principal repaid").isEqualTo(original);
        assertThat(s.closingMinor(n - 1)).as("last closing balance").isZero();

        LocalDate lastDue = LocalDate.ofEpochDay(s.dueEpochDay(n - 1));
        if (!lastDue.equals(terms.maturityDate())) {
            assertThat(lastDue).isBefore(terms.maturityDate());
            assertEndsEarlyOnlyAsTheTermsAllow(terms, s);
        }
        Statistics.label("ends before maturity").collect(terms.amortization(), !lastDue.equals(terms.maturityDate()));
        assertKindRules(terms, s);
        assertDueDatesRollFromTheFirstPayment(terms, s);
    }

    /**
     * The fast path of a fixed rate and the per-period path of rates that change give the same schedule
     * when the rate does not change: the note with its rate as a one-step stepped rate resolves row for
     * row as the fixed note (design example 6: the fast path is tested equal to the obvious one).
     */
    @Property(tries = 2_000, edgeCases = EdgeCasesMode.NONE)
    void perPeriodRatesEqualTheFixedRatePathWhenTheRateHoldsStill(@ForAll("notes") NoteTerms terms) {
        NoteTerms stepped = terms.toBuilder().rate(new RateTerms.Stepped(List.of(
                new RateTerms.Step(terms.issueDate(), terms.annualRate())))).build();
        assertThat(stepped.hasSingleRate()).isFalse();
        Schedule fast;
        try {
            fast = ScheduleResolver.resolve(terms);
        } catch (ArithmeticException e) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScheduleResolver.resolve(stepped))
                    .hasMessage(e.getMessage());
            return;
        }
        Schedule general = ScheduleResolver.resolve(stepped);
        assertThat(general.size()).isEqualTo(fast.size());
        for (int i = 0; i < fast.size(); i++) {
            check(general.accrualStartEpochDay(i) == fast.accrualStartEpochDay(i)
                    && general.dueEpochDay(i) == fast.dueEpochDay(i)
                    && general.openingMinor(i) == fast.openingMinor(i)
                    && general.interestMinor(i) == fast.interestMinor(i)
                    && general.principalMinor(i) == fast.principalMinor(i)
                    && general.paymentMinor(i) == fast.paymentMinor(i)
                    && general.rateUnscaled(i) == fast.rateUnscaled(i), "row %d equal on both paths", i + 1);
        }
    }

    /**
     * A schedule ends before maturity only where the resolver's rule says so: a row whose regular payment
     * would retire the whole balance retires exactly the balance. That is an overpaying stated payment or
     * stated table row, a level payment over an amortization term shorter than the note, or — for tiny
     * principals, fewer minor units than about the square of the periods — a level payment or constant
     * installment rounded up so far that the rows before maturity retire everything.
     */
    private static void assertEndsEarlyOnlyAsTheTermsAllow(NoteTerms terms, Schedule s) {
        int last = s.size() - 1;
        long balance = s.openingMinor(last);
        switch (terms.amortization()) {
            case STATED -> assertThat(NoteTerms.decimal(terms.statedSchedule().get(last).amount())
                    .movePointRight(terms.currencyDigits()).longValueExact() - s.interestMinor(last))
                    .isGreaterThanOrEqualTo(balance);
            case LEVEL_PAYMENT -> {
                // Row 1 settles an odd first period's extra days: the level payment is row 2's.
                // (with only row 1 before the end and an odd first period, no row shows the level payment).
                if (last > 1 || !hasShortStub(terms)) {
                    long level = last > 1 ? s.paymentMinor(1) : s.paymentMinor(0);
                    assertThat(level - s.interestMinor(last)).isGreaterThanOrEqualTo(balance);
                }
                if (terms.statedPayment() == null && terms.amortizationMonths() == null && !hasShortStub(terms)) {
                    assertRoundingArtifact(terms, s);
                }
            }
            case CONSTANT_PRINCIPAL -> {
                assertThat(last > 0 ? s.principalMinor(0) : balance).isGreaterThanOrEqualTo(balance);
                assertRoundingArtifact(terms, s);
            }
            default -> throw new AssertionError(terms.amortization() + " ended before maturity");
        }
    }

    private static void check(boolean ok, String description, int row) {
        if (!ok) {
            throw new AssertionError(String.format(description, row));
        }
    }

    /**
     * Whether a period is shorter than a regular one: a first period shorter than the frequency, or a last
     * one ending on an off-calendar maturity. The level payment is computed over all periods, stubs
     * included, so stubs that accrue less than a regular period's interest retire the balance early.
     */
    private static boolean hasShortStub(NoteTerms terms) {
        Frequency f = terms.frequency();
        if (rolled(terms.issueDate(), 1, f, false).isAfter(terms.firstPaymentDate())) {
            return true;
        }
        LocalDate first = terms.firstPaymentDate();
        boolean monthEnd = first.getDayOfMonth() == first.lengthOfMonth();
        for (int k = 0; ; k++) {
            LocalDate rolled = rolled(first, k, f, monthEnd);
            if (!rolled.isBefore(terms.maturityDate())) {
                return !rolled.equals(terms.maturityDate());
            }
        }
    }

    /**
     * A computed payment (without stubs) retires early only through rounding. CONSTANT_PRINCIPAL: the
     * installment is under P ÷ n + 1 units, and n − 1 of them reach P only if P ≤ n(n − 1). LEVEL_PAYMENT on
     * the PERIODIC basis: the payment rounded up and the interest rounded down retire under 2 units a period
     * more than the exact annuity, compounding at the periodic rate r, so under 2 × ((1 + r)^(n−1) − 1) ÷ r
     * (2(n − 1) at 0%) before the last row; the exact annuity leaves payment ÷ (1 + r) for that row, so
     * it ends early only if payment ÷ (1 + r) is below that bound. On day-count bases the interest of each
     * period also moves with its days, and only the resolver's rule (asserted by the caller) is checked.
     */
    private static void assertRoundingArtifact(NoteTerms terms, Schedule s) {
        long principal = s.openingMinor(0);
        long n = ScheduleResolver.dueDates(terms).length;
        if (terms.amortization() == Amortization.CONSTANT_PRINCIPAL) {
            assertThat(principal).as("principal in minor units, %d periods", n).isLessThanOrEqualTo(n * (n - 1));
        } else if (terms.accrualBasis() == DayCounts.PERIODIC) {
            double r = terms.annualRate().doubleValue() / terms.frequency().periodsPerYear();
            double excess = r == 0 ? 2.0 * (n - 1) : 2 * Math.expm1((n - 1) * Math.log1p(r)) / r;
            assertThat(s.paymentMinor(0) / (1 + r)).as("payment, %d periods", n).isLessThanOrEqualTo(excess + 1);
        }
    }

    private static void assertKindRules(NoteTerms terms, Schedule s) {
        int n = s.size();
        switch (terms.amortization()) {
            case INTEREST_ONLY -> {
                for (int i = 0; i < n - 1; i++) {
                    check(s.principalMinor(i) == 0, "interest only: row %d repays no principal", i + 1);
                }
            }
            case BULLET -> assertThat(n).isEqualTo(1);
            case CONSTANT_PRINCIPAL -> {
                for (int i = 1; i < n - 1; i++) {
                    check(s.principalMinor(i) == s.principalMinor(0), "constant principal: row %d", i + 1);
                }
            }
            case LEVEL_PAYMENT -> {
                // Row 1 may differ: a computed payment settles an odd first period's extra days there.
                for (int i = 2; i < n - 1; i++) {
                    check(s.paymentMinor(i) == s.paymentMinor(1), "level payment: row %d", i + 1);
                }
                if (terms.statedPayment() != null && n > 1) {
                    assertThat(s.money(s.paymentMinor(0))).isEqualTo(terms.statedPayment());
                }
            }
            case STATED -> {
                List<StatedPayment> table = terms.statedSchedule();
                for (int i = 0; i < n; i++) {
                    check(s.dueEpochDay(i) == table.get(i).dueDate().toEpochDay(), "row %d: the table's due date", i + 1);
                    if (i < n - 1) {
                        check(NoteTerms.decimal(table.get(i).amount()).movePointRight(terms.currencyDigits())
                                .longValueExact() == s.paymentMinor(i), "row %d: the table's payment", i + 1);
                    }
                }
            }
        }
    }

    /** Regular due dates are the first payment date rolled by whole periods, as java.time rolls them. */
    private static void assertDueDatesRollFromTheFirstPayment(NoteTerms terms, Schedule s) {
        if (terms.amortization() == Amortization.STATED || !terms.frequency().isRegular()) {
            return;
        }
        LocalDate first = terms.firstPaymentDate();
        boolean monthEnd = first.getDayOfMonth() == first.lengthOfMonth();
        for (int i = 0; i < s.size(); i++) {
            LocalDate due = LocalDate.ofEpochDay(s.dueEpochDay(i));
            LocalDate rolled = rolled(first, i, terms.frequency(), monthEnd);
            if (rolled.isBefore(terms.maturityDate())) {
                check(due.equals(rolled), "due date %d is the first payment date rolled by whole periods", i + 1);
            } else {
                assertThat(due).as("due date %d", i + 1).isEqualTo(terms.maturityDate());
                assertThat(i).isEqualTo(s.size() - 1);
            }
        }
    }

    /**
     * The {@code k}-th date rolled from {@code first} as java.time rolls it: whole months (month ends when
     * {@code monthEnd}), whole days for the weekly cadences, and for SEMI_MONTHLY the pair of days fifteen
     * apart — the first date's day d and d + 15 when d ≤ 15, else d − 15 and d — capped at a month's length.
     */
    private static LocalDate rolled(LocalDate first, int k, Frequency f, boolean monthEnd) {
        if (f.rollsByMonths()) {
            LocalDate d = first.plusMonths((long) k * f.months());
            return monthEnd ? YearMonth.from(d).atEndOfMonth() : d;
        }
        if (f.days() > 0) {
            return first.plusDays((long) k * f.days());
        }
        int day = first.getDayOfMonth();
        int early = day <= 15 ? day : day - 15;
        int position = (day <= 15 ? 0 : 1) + k;
        YearMonth month = YearMonth.from(first).plusMonths(Math.floorDiv(position, 2));
        boolean later = Math.floorMod(position, 2) == 1;
        return later && monthEnd ? month.atEndOfMonth()
                : month.atDay(Math.min(later ? early + 15 : early, month.lengthOfMonth()));
    }

    /** The most periods the generator gives a frequency: the terms allow 1,200, with room for maturity drift. */
    private static int maxPeriods(Frequency f) {
        return f.rollsByMonths() ? 1200 / f.months() : 1100;
    }

    /** Twice a regular period's days, the longest explicit first period the generator draws. */
    private static int twoPeriodsDays(Frequency f) {
        return f.rollsByMonths() ? 2 * 31 * f.months() : f.days() > 0 ? 2 * f.days() : 31;
    }

    @Provide
    Arbitrary<NoteTerms> notes() {
        return common().flatMap(c -> Arbitraries.of(Amortization.values()).flatMap(kind -> switch (kind) {
            case INTEREST_ONLY -> Arbitraries.oneOf(regular(c, kind), atMaturity(c, kind));
            case BULLET -> atMaturity(c, kind);
            case CONSTANT_PRINCIPAL -> regular(c, kind);
            case LEVEL_PAYMENT -> levelPayment(c);
            case STATED -> stated(c);
        }));
    }

    private Arbitrary<Common> common() {
        Arbitrary<Tuple2<CurrencyUnit, Long>> money = Arbitraries.of(CURRENCIES).flatMap(ccy -> {
            long max = 1_000_000_000_000L * BigDecimal.TEN.pow(ccy.getDefaultFractionDigits()).longValueExact();
            return Arbitraries.integers().between(0, 18).flatMap(digits -> {
                long top = digits >= 18 ? max : Math.min(max, BigDecimal.TEN.pow(digits + 1).longValueExact());
                return Arbitraries.longs().between(1, top);
            }).map(p -> Tuple.of(ccy, p));
        });
        Arbitrary<BigDecimal> rates = Arbitraries.oneOf(
                Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.integers().between(1, 3000).map(bp -> BigDecimal.valueOf(bp, 4)),
                Arbitraries.longs().between(1, 10_000_000_000L).map(r -> BigDecimal.valueOf(r, 10)));
        Arbitrary<RoundingRule> rounding = Arbitraries.of(RoundingRule.class);
        return Combinators.combine(money, rates, issueDates(), Arbitraries.of(DayCounts.all()), rounding, rounding)
                .as((m, rate, issue, basis, pay, interest) -> new Common(m.get1(), m.get2(), rate, issue, basis, pay,
                        interest));
    }

    private static Arbitrary<LocalDate> issueDates() {
        Arbitrary<YearMonth> months = Arbitraries.integers().between(1950 * 12, 2100 * 12)
                .map(m -> YearMonth.of(m / 12, m % 12 + 1));
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay),
                months.map(YearMonth::atEndOfMonth),
                months.flatMap(ym -> Arbitraries.integers().between(28, ym.lengthOfMonth()).map(ym::atDay)),
                Arbitraries.of(LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2023, 1, 31)));
    }

    /**
     * A note on a regular calendar: periods, an optional explicit (short or long) first period, maturity drift,
     * and the odd-days rule of its stubs (used when the basis is PERIODIC).
     */
    private record Calendar(Frequency frequency, int periods, Integer firstPeriodDays, int maturityDrift,
                            OddDays oddDays) {
    }

    private static Arbitrary<Calendar> calendars() {
        return Arbitraries.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.SEMI_ANNUAL, Frequency.ANNUAL,
                        Frequency.WEEKLY, Frequency.BIWEEKLY, Frequency.FOUR_WEEKLY, Frequency.SEMI_MONTHLY)
                .flatMap(f -> Combinators.combine(
                        Arbitraries.integers().between(1, maxPeriods(f)).withDistribution(RandomDistribution.biased()),
                        Arbitraries.integers().between(1, twoPeriodsDays(f)).injectNull(0.4),
                        Arbitraries.integers().between(-20, 20).injectNull(0.5),
                        // odd days split month-based stubs only; the terms refuse them for the others
                        f.rollsByMonths() ? Arbitraries.of(OddDays.WHOLE_PERIOD, OddDays.byDays(DayCounts.ACT_360),
                                OddDays.byDays(DayCounts.ACT_365F), OddDays.byDays(DayCounts.THIRTY_360_US),
                                OddDays.byDays(DayCounts.ACT_ACT_ISDA)) : Arbitraries.just(OddDays.WHOLE_PERIOD))
                        .as((periods, firstDays, drift, odd) -> new Calendar(f, periods, firstDays,
                                drift == null ? 0 : drift, odd)));
    }

    private static NoteTerms.Builder onCalendar(NoteTerms.Builder b, Common c, Calendar cal) {
        LocalDate first = cal.firstPeriodDays() == null
                ? rolled(c.issue(), 1, cal.frequency(), false)
                : c.issue().plusDays(cal.firstPeriodDays());
        LocalDate maturity = rolled(first, cal.periods() - 1, cal.frequency(), false).plusDays(cal.maturityDrift());
        if (maturity.isBefore(first)) {
            maturity = first;
        }
        if (cal.firstPeriodDays() != null) {
            b.firstPaymentDate(first);
        }
        if (c.basis() == DayCounts.PERIODIC) {
            b.oddDays(cal.oddDays());
        }
        return b.frequency(cal.frequency()).maturityDate(maturity);
    }

    private static Arbitrary<NoteTerms> regular(Common c, Amortization kind) {
        return calendars().map(cal -> onCalendar(c.builder(kind), c, cal).build());
    }

    private static Arbitrary<NoteTerms> atMaturity(Common c, Amortization kind) {
        return Arbitraries.integers().between(1, 40 * 366).map(days -> c.builder(kind)
                .frequency(Frequency.AT_MATURITY)
                .maturityDate(c.issue().plusDays(days))
                .build());
    }

    /** Level payments computed, stated (from a tenth to three times the even share), or over a longer or shorter term. */
    private static Arbitrary<NoteTerms> levelPayment(Common c) {
        return calendars().flatMap(cal -> Combinators.combine(
                Arbitraries.integers().between(10, 300).injectNull(0.6),
                // an amortization term in months applies to month-based frequencies only
                cal.frequency().rollsByMonths()
                        ? Arbitraries.integers().between(1, 1200 / cal.frequency().months()).injectNull(0.6)
                        : Arbitraries.just((Integer) null))
                .as((paymentPercent, amortizationPeriods) -> {
                    NoteTerms.Builder b = onCalendar(c.builder(Amortization.LEVEL_PAYMENT), c, cal);
                    if (paymentPercent != null) {
                        long even = c.principalMinor() / cal.periods();
                        long payment = Math.max(1, BigDecimal.valueOf(even).multiply(BigDecimal.valueOf(paymentPercent))
                                .movePointLeft(2).longValue());
                        b.statedPayment(BigDecimal.valueOf(payment, c.currency().getDefaultFractionDigits()));
                    } else if (amortizationPeriods != null) {
                        b.amortizationMonths(amortizationPeriods * cal.frequency().months());
                    }
                    return b.build();
                }));
    }

    /** A stated table: dated payments at gaps of a day to 300 days, the last one retiring what the others left. */
    private static Arbitrary<NoteTerms> stated(Common c) {
        Arbitrary<Integer> gaps = Arbitraries.integers().between(1, 300);
        Arbitrary<Integer> shares = Arbitraries.integers().between(0, 300);
        return Combinators.combine(gaps.list().ofMinSize(1).ofMaxSize(120), shares.list().ofMinSize(120).ofMaxSize(120),
                Arbitraries.longs().between(0, 1_000_000))
                .as((gapList, shareList, extra) -> {
                    int count = gapList.size();
                    long even = c.principalMinor() / count;
                    NoteTerms.Builder b = c.builder(Amortization.STATED);
                    LocalDate due = c.issue();
                    long paid = 0;
                    List<Long> amounts = new ArrayList<>();
                    for (int i = 0; i < count - 1; i++) {
                        long amount = Math.max(1, even * shareList.get(i) / 100);
                        amounts.add(amount);
                        paid += amount;
                    }
                    amounts.add(Math.max(1, c.principalMinor() - paid) + extra);
                    for (int i = 0; i < count; i++) {
                        due = due.plusDays(gapList.get(i));
                        b.addStatedPayment(due, BigDecimal.valueOf(amounts.get(i), c.currency().getDefaultFractionDigits()));
                    }
                    return b.frequency(Frequency.MONTHLY).maturityDate(due).build();
                });
    }
}
