package com.notefolio.core.pricer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** The yield including fees: the lender's XIRR from its net advance, worked by hand and against the yield at par. */
class FeeYieldTest {

    @Test
    void aFeeRaisesTheYieldOfWhatWasLent() {
        List<NoteTerms> notes = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(Path.of("..", "examples", "notes-fees.csv"))) {
            reader.forEachRemaining(p -> notes.add(p.terms()));
        }
        // $1,000 at 10% for 365 days, 1,100.00 repaid at once: with a $50 fee the lender advances 950.00, so
        // (1 + y)^(365/365) = 1,100 ÷ 950: y = 15.789473…%; with $25 of points and fees, 1,100 ÷ 975 − 1 = 12.820512…%.
        // (ACT/365 over exactly one year: the XIRR is the one-period return, exact but for the solver's 1e-10.)
        Xirr.Result cash = FeeYield.of(ScheduleResolver.resolve(notes.get(0)));
        assertThat(cash.status().hasRoot()).isTrue();
        assertThat(cash.rate()).isCloseTo(1100.0 / 950 - 1, within(1e-10));
        assertThat(FeeYield.of(ScheduleResolver.resolve(notes.get(1))).rate()).isCloseTo(1100.0 / 975 - 1, within(1e-10));
        // Without the fee, the note's 10%.
        Schedule plain = ScheduleResolver.resolve(notes.get(0).toBuilder().fees(List.of()).build());
        assertThat(FeeYield.of(plain).rate()).isCloseTo(0.10, within(1e-10));
    }

    @Test
    void withoutFeesItIsTheYieldAtParOnTheIssueDate() {
        // Another solver (the pricer's Newton on the remaining flows) on the same flows: equal to 1e-10.
        PortfolioGenerator g = PortfolioGenerator.forPortfolio(5, 2_000);
        for (long i = 0; i < 2_000; i++) {
            NoteTerms t = g.note(i).terms();
            if (!t.fees().isEmpty()) {
                continue;
            }
            Schedule s = ScheduleResolver.resolve(t);
            MonetaryAmount par = org.javamoney.moneta.Money.of(NoteTerms.decimal(t.principal()), t.currency());
            double atPar = NotePricer.yield(s, t.issueDate(), par);
            assertThat(FeeYield.of(s).rate()).as(t.id()).isCloseTo(atPar, within(1e-10 * Math.max(1, Math.abs(atPar))));
        }
    }
}
