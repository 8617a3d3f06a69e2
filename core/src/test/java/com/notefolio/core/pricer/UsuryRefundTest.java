package com.notefolio.core.pricer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.InputException;
import com.notefolio.core.io.NoteJson;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.SavingsClause;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The savings clause of the maximum lawful rate, worked by hand on $100,000 interest-only notes paid monthly
 * (PERIODIC) for a year under a 10% cap: the schedule charges 100,000 × 10% ÷ 12 = 833.33 a month under either
 * clause; a refunding clause bills the contract rate and returns the excess.
 */
class UsuryRefundTest {

    private static NoteTerms.Builder note(String id) {
        return NoteTerms.builder(id).borrower("B").principal("100000.00").annualRate("0.12")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2025, 1, 1))
                .amortization(Amortization.INTEREST_ONLY).maxLawfulRate("0.10");
    }

    @Test
    void refundingClauseReturnsTheInterestAboveTheCap() {
        Schedule s = ScheduleResolver.resolve(note("REF").savingsClause(SavingsClause.REFUNDED).build());
        // Billed at 12%: 1,000.00 a month; charged at the cap: 833.33; refunded 166.67 on each of 12 due dates.
        assertThat(s.interestMinor(0)).isEqualTo(833_33);
        long[] refunds = UsuryRefund.perRowMinor(s, IndexData.NONE);
        assertThat(refunds).hasSize(12);
        assertThat(Arrays.stream(refunds).distinct().toArray()).containsExactly(166_67);
        assertThat(UsuryRefund.totalMinor(s, IndexData.NONE)).isEqualTo(12 * 166_67);
    }

    @Test
    void refundFollowsAStepThatCrossesTheCap() {
        // 8% for six months (under the cap: no refund), then 14%: billed 1,166.67, charged 833.33, refunded 333.34.
        NoteTerms t = note("STEP").rate(new RateTerms.Stepped(java.util.List.of(
                new RateTerms.Step(LocalDate.of(2024, 1, 1), new BigDecimal("0.08")),
                new RateTerms.Step(LocalDate.of(2024, 7, 1), new BigDecimal("0.14")))))
                .savingsClause(SavingsClause.REFUNDED).build();
        long[] refunds = UsuryRefund.perRowMinor(ScheduleResolver.resolve(t), IndexData.NONE);
        assertThat(Arrays.copyOfRange(refunds, 0, 6)).containsOnly(0L);
        assertThat(Arrays.copyOfRange(refunds, 6, 12)).containsOnly(333_34L);
    }

    @Test
    void notChargedClauseRefundsNothingAndIsTheDefault() {
        NoteTerms t = note("NC").build();
        assertThat(t.savingsClause()).isEqualTo(SavingsClause.NOT_CHARGED);
        Schedule s = ScheduleResolver.resolve(t);
        assertThat(s.interestMinor(0)).isEqualTo(833_33);
        assertThat(UsuryRefund.totalMinor(s, IndexData.NONE)).isZero();
    }

    @Test
    void clauseIsReadFromFilesAndNeedsACap() {
        String header = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,max_lawful_rate,"
                + "savings_clause\n";
        try (PortfolioCsvReader r = PortfolioCsvReader.open("notes.csv", new StringReader(header
                + "C,100000.00,0.12,2024-01-01,2025-01-01,INTEREST_ONLY,0.10,refunded\n"), StatedSchedules.NONE,
                RateSteps.NONE, null)) {
            NoteTerms t = r.next().terms();
            assertThat(t.savingsClause()).isEqualTo(SavingsClause.REFUNDED);
            assertThat(NoteJson.fromJson(NoteJson.toJson(t)).savingsClause()).isEqualTo(SavingsClause.REFUNDED);
        }
        assertThatThrownBy(() -> {
            try (PortfolioCsvReader r = PortfolioCsvReader.open("notes.csv", new StringReader(header
                    + "C,100000.00,0.12,2024-01-01,2025-01-01,INTEREST_ONLY,,refunded\n"), StatedSchedules.NONE,
                    RateSteps.NONE, null)) {
                r.next();
            }
        }).isInstanceOf(InputException.class).hasMessageContaining("notes.csv:2: column savings_clause")
                .hasMessageContaining("give max_lawful_rate");
        assertThatThrownBy(() -> note("X").maxLawfulRate(null).savingsClause(SavingsClause.REFUNDED).build())
                .isInstanceOf(InvalidTermsException.class);
    }
}
