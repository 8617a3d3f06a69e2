package com.notefolio.web.note;

import com.notefolio.web.discount.DiscountInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.Price;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.core.schedule.StatedScheduleReconciliation.Reason;
import com.notefolio.web.testing.StoredPortfolios;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** A stored note resolved for the note screen: exact rows, the stated reconciliation, the pricer's measures. */
class NoteDetailTest {

    private static final NoteTerms NOTE_2003 = PortfolioGenerator.promissoryNote2003();

    @Test
    void theNoteOf2003Pays28InterestInstallmentsAndABalloon() {
        List<ScheduleRow> rows = NoteDetail.of(1, 1, 2, Position.atPar(NOTE_2003)).scheduleRows();
        assertThat(rows).hasSize(29);
        for (int i = 0; i < 28; i++) {
            ScheduleRow row = rows.get(i);
            assertThat(row.period()).isEqualTo(i + 1);
            assertThat(row.dueDate()).isEqualTo(LocalDate.of(2003, 9, 12).plusMonths(i));
            assertThat(row.payment()).isEqualTo(new BigDecimal("1500.00"));
            assertThat(row.interest()).isEqualTo(new BigDecimal("1500.00"));
            assertThat(row.principal()).isEqualTo(new BigDecimal("0.00"));
            assertThat(row.balance()).isEqualTo(new BigDecimal("150000.00"));
        }
        assertThat(rows.get(28)).isEqualTo(new ScheduleRow(29, LocalDate.of(2006, 1, 12), new BigDecimal("151500.00"),
                new BigDecimal("1500.00"), new BigDecimal("150000.00"), new BigDecimal("0.00"), new BigDecimal("0.12"),
                java.util.Set.of(com.notefolio.core.schedule.FlowKind.SCHEDULED), new BigDecimal("0.00"),
                new BigDecimal("0.00")));
    }

    @Test
    void aStatedTableIsReconciledAndOthersAreNot() {
        assertThat(NoteDetail.of(1, 1, 2, Position.atPar(NOTE_2003)).reconciliation()).get()
                .satisfies(r -> assertThat(r.agrees()).isTrue());
        var reconciliation = NoteDetail.of(1, 1, 2, Position.atPar(shortBalloon2003())).reconciliation().orElseThrow();
        assertThat(reconciliation.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(Reason.FINAL_PAYMENT);
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2006, 1, 12));
            assertThat(d.difference()).isEqualTo(Money.of(new BigDecimal("-500.00"), "USD"));
        });
        Position levelPayment = StoredPortfolios.examples().get(1);
        assertThat(levelPayment.terms().amortization()).isEqualTo(Amortization.LEVEL_PAYMENT);
        assertThat(NoteDetail.of(1, 1, 2, levelPayment).reconciliation()).isEmpty();
    }

    @Test
    void measuresAreThePricersAndTheNpvIsTheXnpvOfTheFlows() {
        NoteDetail detail = NoteDetail.of(1, 1, 2, Position.atPar(NOTE_2003));
        LocalDate asOf = LocalDate.of(2003, 8, 13);
        Valuation v = new Valuation(asOf, DiscountInput.flat(new BigDecimal("0.08")),
                Price.of(new BigDecimal("148000.00"), NOTE_2003.currency()));
        NoteMeasures m = detail.measures(v);
        NoteMeasures expected = NotePricer.measures(ScheduleResolver.resolve(NOTE_2003), asOf,
                Money.of(new BigDecimal("148000.00"), "USD"), FlatRate.of(0.08));
        assertThat(m).isEqualTo(expected);
        // XNPV by hand: 28 × 1,500 and 151,500, each discounted at 1.08^(days/365) from the as-of date.
        double npv = 0;
        for (int i = 0; i < 29; i++) {
            LocalDate due = i < 28 ? LocalDate.of(2003, 9, 12).plusMonths(i) : LocalDate.of(2006, 1, 12);
            double cash = i < 28 ? 1500 : 151500;
            npv += cash * Math.pow(1.08, -ChronoUnit.DAYS.between(asOf, due) / 365.0);
        }
        assertThat(m.npv()).isCloseTo(npv, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(m.priceMinor()).isEqualTo(14_800_000);
        assertThat(m.outstandingPrincipalMinor()).isEqualTo(15_000_000);
    }

    /** The 2003 note with a balloon $500.00 short of the balance plus the last month's interest. */
    static NoteTerms shortBalloon2003() {
        NoteTerms.Builder b = NOTE_2003.toBuilder().id("SHORT-2003").clearStatedSchedule();
        for (int i = 0; i < 28; i++) {
            b.addStatedPayment(LocalDate.of(2003, 9, 12).plusMonths(i), new BigDecimal("1500.00"));
        }
        return b.addStatedPayment(LocalDate.of(2006, 1, 12), new BigDecimal("151000.00")).build();
    }
}
