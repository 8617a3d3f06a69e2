package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioProjector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * A forgiveness of the whole balance ends the schedule on its day. The case is the sample jqwik shrank
 * {@link StructuredScheduleInvariantsTest} to (seed -2945024503917753596): the resolver had kept an empty due row at
 * maturity after the forgiveness, which a projection (stopping at a zero balance) left out.
 */
class ForgivenBalanceScheduleTest {

    @Test
    void forgivingTheWholeBalanceEndsTheSchedule() {
        // $123.55 at 0% quarterly from 1990-01-01 to 2000-04-01 (41 due dates), lent in two advances: 11.64 at
        // the start and 111.91 on 1994-07-27; 5.21 forgiven on 2000-02-27. By hand: 11.64 over 41 periods is
        // 0.28 a quarter; after 18 payments 6.60 is left, plus 111.91 = 118.51 over the 23 periods left is
        // 5.15 each, and after the 22 due by 2000-01-01, 118.51 − 22 × 5.15 = 5.21: the forgiveness retires it all.
        StructureTerms structure = new StructureTerms(null, List.of(usd("1990-01-01", "11.64"), usd("1994-07-27", "111.91")),
                null, List.of(usd("2000-02-27", "5.21")), List.of());
        NoteTerms terms = NoteTerms.builder("forgiven").borrower("Borrower").principal(new BigDecimal("123.55"))
                .annualRate(BigDecimal.ZERO).issueDate(LocalDate.of(1990, 1, 1)).firstPaymentDate(LocalDate.of(1990, 4, 1))
                .maturityDate(LocalDate.of(2000, 4, 1)).frequency(Frequency.QUARTERLY).amortization(Amortization.LEVEL_PAYMENT)
                .accrualBasis(DayCounts.ACT_360).structure(structure).build();

        Schedule s = ScheduleResolver.resolve(terms);

        // 40 due dates from 1990-04-01 to 2000-01-01, the advance's row and the forgiveness's row: 42, no row at maturity
        assertThat(s.size()).isEqualTo(42);
        int last = s.size() - 1;
        assertThat(EpochDay.toDate(s.dueEpochDay(last))).isEqualTo(LocalDate.of(2000, 2, 27));
        assertThat(s.flags(last) & FlowKind.FORGIVENESS.bit()).isNotZero();
        assertThat(s.openingMinor(last)).isEqualTo(521);
        assertThat(s.closingMinor(last)).isZero();
        assertThat(s.paymentMinor(19)).isEqualTo(515);
        assertThat(s.paymentMinor(0)).isEqualTo(28);

        Scenario still = new Scenario("cpr 0", List.of(), PrepaymentSpeed.cpr(0.0), null, List.of(), 0);
        Schedule projected = ScenarioProjector.project(s, still, LocalDate.of(1995, 2, 15)).schedule();
        assertThat(projected.size()).isEqualTo(s.size());
        for (int i = 0; i < s.size(); i++) {
            assertThat(projected.paymentMinor(i)).as("row %d", i + 1).isEqualTo(s.paymentMinor(i));
            assertThat(projected.closingMinor(i)).as("row %d", i + 1).isEqualTo(s.closingMinor(i));
        }
    }

    private static DatedAmount usd(String date, String amount) {
        return new DatedAmount(LocalDate.parse(date), Money.of(new BigDecimal(amount), "USD"));
    }
}
