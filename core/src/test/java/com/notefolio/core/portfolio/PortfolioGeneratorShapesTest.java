package com.notefolio.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The generator's shape mixes: the plain mix is the default and the structured one keeps every other term,
 * adds the structures in the shares its comment states, and every structured note resolves into a schedule
 * that retires what it lent.
 */
class PortfolioGeneratorShapesTest {

    private static final int NOTES = 20_000;
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    /** The note without what the structured mix adds: its structure, its lead-in and the basis that goes with it. */
    private static NoteTerms plainPart(NoteTerms structured, NoteTerms plain) {
        return structured.toBuilder().structure(StructureTerms.NONE).firstPrincipalDate(null)
                .accrualBasis(plain.accrualBasis()).build();
    }

    @Test
    void thePlainMixIsTheDefaultAndTheStructuredMixKeepsEveryOtherTerm() {
        PortfolioGenerator plain = PortfolioGenerator.forPortfolio(42, NOTES);
        PortfolioGenerator structured = PortfolioGenerator.forPortfolio(42, NOTES, RateMix.FIXED_ONLY, ShapeMix.STRUCTURED);
        assertThat(plain.shapeMix()).isEqualTo(ShapeMix.PLAIN);
        int changed = 0;
        for (long i = 0; i < 2_000; i++) {
            NoteTerms p = plain.note(i).terms();
            NoteTerms s = structured.note(i).terms();
            assertThat(p.structure().isPresent() || p.firstPrincipalDate() != null).as("note %d", i).isFalse();
            if (s.structure().isPresent() || s.firstPrincipalDate() != null) {
                changed++;
                assertThat(plainPart(s, p)).as("note %d", i).isEqualTo(p);
            } else {
                assertThat(s).as("note %d", i).isEqualTo(p);
            }
        }
        assertThat(changed).isPositive();
        assertThat(structured.note(0).terms()).isEqualTo(PortfolioGenerator.promissoryNote2003());
    }

    @Test
    void theStructuredMixHasTheSharesItsCommentStates() {
        PortfolioGenerator g = PortfolioGenerator.forPortfolio(42, NOTES, RateMix.FIXED_ONLY, ShapeMix.STRUCTURED);
        PortfolioGenerator plain = PortfolioGenerator.forPortfolio(42, NOTES, RateMix.FIXED_ONLY, ShapeMix.PLAIN);
        int leadIn = 0;
        int disbursed = 0;
        int deferred = 0;
        int forgiven = 0;
        int grid = 0;
        int advances = 0;
        int stepped = 0;
        int steppable = 0;
        int revolving = 0;
        int demand = 0;
        for (long i = 1; i <= NOTES; i++) {
            NoteTerms t = g.note(i).terms();
            StructureTerms s = t.structure();
            leadIn += t.firstPrincipalDate() != null ? 1 : 0;
            disbursed += s.disbursementDate() != null ? 1 : 0;
            deferred += s.deferral() != null ? 1 : 0;
            forgiven += s.forgiveness().isEmpty() ? 0 : 1;
            stepped += s.installments().isEmpty() ? 0 : 1;
            if (t.amortization() == Amortization.CONSTANT_PRINCIPAL
                    && ScheduleResolver.resolve(plain.note(i).terms()).size() >= 6) {
                // A plain constant-principal note's rows are its due dates.
                steppable++;
            }
            revolving += s.isRevolving() ? 1 : 0;
            demand += s.payableOnDemand() ? 1 : 0;
            if (s.isRevolving()) {
                assertThat(t.amortization()).isEqualTo(Amortization.INTEREST_ONLY);
                assertThat(s.commitmentFee()).isIn(new BigDecimal("0.0025"), new BigDecimal("0.00375"),
                        new BigDecimal("0.005"));
                continue;
            }
            grid += s.advances().isEmpty() ? 0 : 1;
            advances += s.advances().size();
            if (!s.advances().isEmpty()) {
                assertThat(s.advances().size()).isBetween(2, 4);
                assertThat(s.advances().get(0).date()).isEqualTo(t.issueDate());
            }
        }
        // By hand from the comment and the plain mix (55 % level payment, 20 % interest only, 13 % constant
        // principal; 80 % of the others monthly; one level-payment note in six with a longer amortization):
        assertShare(leadIn, (0.55 + 0.13) * 0.06);
        assertShare(disbursed, 0.88 * 0.05);
        double pppShare = 0.55 * 0.8 * (5.0 / 6) * 0.03;
        assertShare(deferred, pppShare);
        assertShare(forgiven, pppShare / 2);
        assertShare(grid, (0.55 + 0.20) * 0.03);
        assertShare(revolving, 0.20 * 0.03);
        assertShare(demand, 0.20 * 0.02);
        // Stepped principal: 4 % of the constant-principal notes of six due dates or more.
        assertThat(steppable).isGreaterThan(2_000);
        double tolerance = 4 * Math.sqrt(0.04 * 0.96 / steppable);
        assertThat((double) stepped / steppable).isCloseTo(0.04, within(tolerance));
        // 2, 3 or 4 advances equally likely: 3 a grid note on average.
        assertThat((double) advances / grid).isCloseTo(3.0, within(0.15));
    }

    /** Within four standard errors of a binomial share over the notes (a false alarm about once in 16,000 runs). */
    private static void assertShare(int count, double expected) {
        double tolerance = 4 * Math.sqrt(expected * (1 - expected) / NOTES);
        assertThat((double) count / NOTES).isCloseTo(expected, within(tolerance));
    }

    @Test
    void everyStructuredNoteOfBothRateMixesResolvesAndRetiresWhatItLent() {
        for (RateMix rates : RateMix.values()) {
            PortfolioGenerator g = PortfolioGenerator.forPortfolio(7, NOTES, rates, ShapeMix.STRUCTURED);
            IndexData indices = g.indexData(AS_OF);
            int checked = 0;
            for (long i = 1; i <= NOTES; i++) {
                NoteTerms t = g.note(i).terms();
                if (!t.structure().isPresent() && t.firstPrincipalDate() == null) {
                    continue;
                }
                checked++;
                Schedule s = ScheduleResolver.resolve(t, indices);
                StructureTerms structure = t.structure();
                LocalDate start = structure.accrualStart(t.issueDate());
                // The opening balance is what is lent on the funding day: the principal, or a grid note's first advance.
                long funded = structure.advances().isEmpty() ? minor(NoteTerms.decimal(t.principal()))
                        : structure.advances().stream().filter(a -> !a.date().isAfter(start))
                        .mapToLong(a -> minor(NoteTerms.decimal(a.amount()))).sum();
                assertThat(s.openingMinor(0)).as(t.id()).isEqualTo(funded);
                long principal = 0;
                for (int k = 0; k < s.size(); k++) {
                    // Principal retired (forgiveness included) is positive; a later advance or capitalized
                    // interest enters as negative principal: the balance follows both, and never goes below zero.
                    assertThat(s.closingMinor(k)).as("%s row %d", t.id(), k)
                            .isEqualTo(s.openingMinor(k) - s.principalMinor(k)).isNotNegative();
                    if (k > 0) {
                        assertThat(s.openingMinor(k)).as("%s row %d", t.id(), k).isEqualTo(s.closingMinor(k - 1));
                    }
                    principal += s.principalMinor(k);
                }
                // Everything funded, advanced and capitalized is retired by maturity.
                assertThat(s.closingMinor(s.size() - 1)).as(t.id()).isZero();
                assertThat(principal).as(t.id()).isEqualTo(funded);
            }
            assertThat(checked).isGreaterThan(NOTES / 10);
        }
    }

    private static long minor(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }
}
