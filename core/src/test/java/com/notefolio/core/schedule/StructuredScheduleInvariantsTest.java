package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioProjector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.javamoney.moneta.Money;

/**
 * The books of random notes with a disbursement date, a deferral of any rule, advances, forgiveness and stepped
 * installments, on
 * level-payment, constant-principal and interest-only notes of every day-count basis: every row exact
 * (payment = interest + principal, closing = opening − principal), no balance below zero, every cent lent
 * and every cent of capitalized interest retired, the interest carried all paid by maturity, deferred due dates
 * paying nothing, and only an advance paying out; and a scenario that changes nothing projecting each schedule
 * back row for row.
 */
class StructuredScheduleInvariantsTest {

    private static final List<DayCount> BASES = List.of(DayCounts.ACT_360, DayCounts.ACT_365F, DayCounts.THIRTY_360_US,
            DayCounts.THIRTY_E_360, DayCounts.ACT_ACT_ISDA);
    private static final Scenario STILL = new Scenario("cpr 0", List.of(), PrepaymentSpeed.cpr(0.0), null, List.of(), 0);

    @Property(tries = 3_000, edgeCases = EdgeCasesMode.NONE)
    void everyStructuredScheduleKeepsItsBooks(@ForAll("structured") NoteTerms terms) {
        Schedule s;
        try {
            s = ScheduleResolver.resolve(terms);
        } catch (InvalidTermsException e) {
            // a forgiveness or repayment drawn larger than the balance left on its day, or a revolving draw above the
            // commitment: refused, naming it
            assertThat(e.field()).isIn("forgiveness", "repayments", "advances");
            Statistics.label("refused").collect(e.field());
            return;
        } catch (ArithmeticException e) {
            assertThat(e).hasMessageContaining("do not cover the interest");
            return;
        }
        StructureTerms st = terms.structure();
        long lent = 0;
        long later = 0;
        int start = EpochDay.of(st.accrualStart(terms.issueDate()));
        for (DatedAmount a : st.advances()) {
            long minor = NoteTerms.decimal(a.amount()).movePointRight(terms.currencyDigits()).longValueExact();
            lent += minor;
            later += EpochDay.of(a.date()) > start ? minor : 0;
        }
        long opening = st.advances().isEmpty()
                ? NoteTerms.decimal(terms.principal()).movePointRight(terms.currencyDigits()).longValueExact() : lent - later;
        assertThat(s.openingMinor(0)).isEqualTo(opening);
        assertThat(s.accrualStartEpochDay(0)).isEqualTo(start);
        long principalSum = 0;
        long advanced = 0;
        int deferredThrough = st.deferral() == null ? Integer.MIN_VALUE : EpochDay.of(st.deferral().through());
        for (int i = 0; i < s.size(); i++) {
            int row = i + 1;
            int flags = s.flags(i);
            check(s.interestMinor(i) + s.principalMinor(i) + s.feeMinor(i) == s.paymentMinor(i),
                    "row %d: interest + principal + fee = payment", row);
            check(s.feeMinor(i) >= 0, "row %d: the fee is not negative", row);
            check(s.openingMinor(i) - s.principalMinor(i) == s.closingMinor(i), "row %d: opening − principal = closing", row);
            check(s.closingMinor(i) >= 0, "row %d: the balance is not negative", row);
            check(s.interestMinor(i) >= 0 && s.deferredInterestMinor(i) >= 0, "row %d: interest is not negative", row);
            check(s.accrualStartEpochDay(i) <= s.dueEpochDay(i), "row %d: accrual starts on or before the due date", row);
            if (i > 0) {
                check(s.openingMinor(i) == s.closingMinor(i - 1), "row %d opens at the previous row's close", row);
                check(s.dueEpochDay(i) >= s.dueEpochDay(i - 1), "row %d is not due before the previous row", row);
            }
            if ((flags & FlowKind.ADVANCE.bit()) != 0) {
                check(flags == FlowKind.ADVANCE.bit() && s.interestMinor(i) == 0, "row %d: an advance's row lends only", row);
                advanced -= s.principalMinor(i);
            } else {
                check(s.paymentMinor(i) >= 0, "row %d: only an advance pays out", row);
            }
            if ((flags & FlowKind.DEFERRAL.bit()) != 0) {
                check(s.paymentMinor(i) == 0 && s.dueEpochDay(i) <= deferredThrough, "row %d: a deferred due date pays nothing", row);
            }
            if ((flags & FlowKind.CAPITALIZATION.bit()) != 0) {
                check(s.principalMinor(i) == -s.interestMinor(i), "row %d: capitalized interest joins the balance", row);
            }
            principalSum += s.principalMinor(i);
        }
        assertThat(advanced).as("advances after the start").isEqualTo(later);
        if (st.isRevolving()) {
            long commitment = NoteTerms.decimal(terms.principal()).movePointRight(terms.currencyDigits()).longValueExact();
            for (int i = 0; i < s.size(); i++) {
                // the commitment bounds what is drawn (capitalized interest may still grow the balance past it)
                check((s.flags(i) & FlowKind.ADVANCE.bit()) == 0 || s.closingMinor(i) <= commitment,
                        "row %d: a revolving draw stays within the commitment", i + 1);
            }
        }
        assertThat(principalSum).as("principal retired: the opening balance and every later advance, net")
                .isEqualTo(opening);
        assertThat(s.closingMinor(s.size() - 1)).as("last closing balance").isZero();
        assertThat(s.deferredInterestMinor(s.size() - 1)).as("interest still carried at the end").isZero();

        // A scenario that changes nothing gives the schedule back, from the start and from the middle.
        for (int asOf : new int[] {start, (start + s.dueEpochDay(s.size() - 1)) / 2}) {
            Schedule p = ScenarioProjector.project(s, STILL, EpochDay.toDate(asOf)).schedule();
            assertThat(p.size()).isEqualTo(s.size());
            for (int i = s.firstDueAfter(asOf); i < s.size(); i++) {
                check(p.paymentMinor(i) == s.paymentMinor(i) && p.closingMinor(i) == s.closingMinor(i),
                        "row %d projects as scheduled", i + 1);
            }
        }
        Statistics.label("shape").collect(terms.amortization(), st.deferral() == null ? "no deferral"
                : st.deferral().interest(), st.advances().size() > 1 ? "advances" : "funded", st.forgiveness().isEmpty()
                ? "" : "forgiven");
    }

    private static void check(boolean ok, String description, int row) {
        if (!ok) {
            throw new AssertionError(description.formatted(row));
        }
    }

    @Provide
    Arbitrary<NoteTerms> structured() {
        Arbitrary<Amortization> kinds = Arbitraries.of(Amortization.LEVEL_PAYMENT, Amortization.CONSTANT_PRINCIPAL,
                Amortization.INTEREST_ONLY);
        Arbitrary<Frequency> frequencies = Arbitraries.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.BIWEEKLY);
        Arbitrary<LocalDate> issues = Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
                LocalDate.of(2060, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<Long> principals = Arbitraries.longs().between(100_00, 50_000_000_00L);
        Arbitrary<BigDecimal> rates = Arbitraries.integers().between(0, 2500).map(bp -> BigDecimal.valueOf(bp, 4));
        return Combinators.combine(kinds, frequencies, issues, principals, rates, Arbitraries.of(BASES),
                Arbitraries.integers().between(3, 120), Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as((kind, frequency, issue, principal, rate, basis, periods, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    int days = frequency.rollsByMonths() ? 0 : 14;
                    LocalDate first = days > 0 ? issue.plusDays(days) : issue.plusMonths(frequency.months());
                    LocalDate maturity = days > 0 ? first.plusDays((long) days * (periods - 1))
                            : first.plusMonths((long) frequency.months() * (periods - 1));
                    int term = (int) (maturity.toEpochDay() - issue.toEpochDay());
                    LocalDate disbursed = random.nextInt(3) == 0 ? issue.plusDays(random.nextInt(
                            (int) (first.toEpochDay() - issue.toEpochDay()))) : null;
                    LocalDate start = disbursed == null ? issue : disbursed;
                    term = (int) (maturity.toEpochDay() - start.toEpochDay()); // the days from funding to maturity
                    List<DatedAmount> advances = new ArrayList<>();
                    long funded = principal;
                    if (random.nextBoolean()) {
                        int count = 2 + random.nextInt(3);
                        long left = principal;
                        LocalDate when = start;
                        for (int k = 0; k < count && left > 1; k++) {
                            long amount = k == count - 1 ? left : 1 + (long) (random.nextDouble() * (left - 1) / 2);
                            advances.add(usd(when, amount));
                            left -= amount;
                            when = when.plusDays(1 + random.nextInt(Math.max(1, term / count)));
                            if (!when.isBefore(maturity)) {
                                break;
                            }
                        }
                        funded = advances.get(0).amount().getNumber().numberValueExact(BigDecimal.class)
                                .movePointRight(2).longValueExact();
                    }
                    Deferral deferral = random.nextInt(3) == 0 ? null : new Deferral(
                            start.plusDays(1 + random.nextInt(Math.max(1, term / 2))),
                            Deferral.DeferredInterest.values()[random.nextInt(3)]);
                    List<DatedAmount> forgiveness = random.nextInt(4) == 0
                            ? List.of(usd(start.plusDays(1 + random.nextInt(term - 1)), 1 + random.nextLong(funded)))
                            : List.of();
                    List<InstallmentStep> steps = new ArrayList<>();
                    if (random.nextInt(4) == 0) {
                        LocalDate from = first;
                        for (int k = 0; k < 1 + random.nextInt(3) && from.isBefore(maturity); k++) {
                            steps.add(new InstallmentStep(from, Money.of(BigDecimal.valueOf(1 + random.nextLong(
                                    Math.max(1, principal / periods * 2)), 2), "USD"),
                                    InstallmentStep.Kind.values()[random.nextInt(2)]));
                            from = from.plusDays(1 + random.nextInt(Math.max(1, term / 3)));
                        }
                    }
                    StructureTerms structure = new StructureTerms(disbursed, advances, deferral, forgiveness, steps);
                    if (advances.size() > 1 && random.nextInt(3) == 0) {
                        // a revolving line: repayments between the advances, a commitment fee
                        List<DatedAmount> repaid = new ArrayList<>();
                        for (int k = 1; k < advances.size(); k++) {
                            repaid.add(usd(advances.get(k).date().minusDays(1).isAfter(start)
                                    ? advances.get(k).date().minusDays(1) : advances.get(k).date(), 1 + random.nextLong(funded)));
                        }
                        structure = structure.revolving(repaid.stream().filter(r -> r.date().isAfter(start)).toList(),
                                BigDecimal.valueOf(random.nextInt(100), 4));
                    }
                    return NoteTerms.builder("S-" + kind).borrower("Borrower").principal(BigDecimal.valueOf(principal, 2))
                            .annualRate(rate).issueDate(issue).firstPaymentDate(first).maturityDate(maturity)
                            .frequency(frequency).amortization(kind).accrualBasis(basis)
                            .structure(structure).build();
                });
    }

    private static DatedAmount usd(LocalDate date, long cents) {
        return new DatedAmount(date, Money.of(BigDecimal.valueOf(cents, 2), "USD"));
    }
}
