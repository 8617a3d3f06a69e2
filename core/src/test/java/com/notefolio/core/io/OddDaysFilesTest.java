package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.OddDays;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The odd-days rule in the portfolio CSV (optional column {@code odd_days}) and the note JSON
 * ({@code odd_days}): the example file gives the hand-worked first periods of docs/portfolio-format.md,
 * a bad rule is refused at its cell, and files without the column read as before (WHOLE_PERIOD).
 */
class OddDaysFilesTest {

    @Test
    void theExampleFileGivesTheHandWorkedFirstPeriods() {
        Map<String, Long> firstInterest = new LinkedHashMap<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(Note2003.EXAMPLES.resolve("notes-odd-days.csv"))) {
            reader.forEachRemaining(p -> firstInterest.put(p.terms().id(),
                    ScheduleResolver.resolve(p.terms()).interestMinor(0)));
        }
        // $10,000 at 12%, 15 Jan to 1 Feb 2024 (17 days; 16 on 30/360): a year's interest is 120,000 cents.
        assertThat(firstInterest).containsExactly(
                Map.entry("STUB-WHOLE", 100_00L),     // 120,000 ÷ 12
                Map.entry("STUB-ACT360", 56_67L),     // 120,000 × 17/360 = 5,666.67
                Map.entry("STUB-ACT365F", 55_89L),    // 120,000 × 17/365 = 5,589.04
                Map.entry("STUB-30-360", 53_33L));    // 120,000 × 16/360 = 5,333.33
    }

    @Test
    void aFileWithoutTheColumnIsReadAsBefore() {
        List<Position> notes = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(Note2003.NOTES_CSV,
                StatedScheduleCsvReader.read(Note2003.SCHEDULES_CSV))) {
            reader.forEachRemaining(notes::add);
        }
        assertThat(notes).isNotEmpty().allSatisfy(p -> assertThat(p.terms().oddDays()).isEqualTo(OddDays.WHOLE_PERIOD));
    }

    @Test
    void aBadRuleIsRefusedAtItsCell() {
        String header = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,day_count,odd_days\n";
        assertThatThrownBy(() -> read(header + "A,100.00,0.1,2024-01-15,2025-01-01,INTEREST_ONLY,,DAILY\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("notes.csv:2: column odd_days: value \"DAILY\": not an odd-days rule (WHOLE_PERIOD, or the "
                        + "basis of the odd days: 30/360, 30E/360, ACT/360, ACT/365F, ACT/ACT)");
        assertThatThrownBy(() -> read(header + "A,100.00,0.1,2024-01-15,2025-01-01,INTEREST_ONLY,ACT/365F,ACT/360\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("notes.csv:2: column odd_days: value \"ACT/360\": applies to PERIODIC notes only");
    }

    @Test
    void noteJsonWritesTheRuleWhenItIsNotTheDefaultAndReadsItBack() {
        NoteTerms.Builder b = NoteTerms.builder("STUB").borrower("B").principal("10000.00").annualRate("0.12")
                .issueDate(java.time.LocalDate.of(2024, 1, 15)).firstPaymentDate(java.time.LocalDate.of(2024, 2, 1))
                .maturityDate(java.time.LocalDate.of(2024, 6, 1))
                .amortization(com.notefolio.core.note.Amortization.INTEREST_ONLY);
        NoteTerms byDays = b.oddDays(OddDays.byDays(DayCounts.ACT_360)).build();
        NoteTerms whole = b.oddDays(OddDays.WHOLE_PERIOD).build();

        assertThat(NoteJson.toJson(byDays)).contains("\"odd_days\" : \"ACT/360\"");
        assertThat(NoteJson.fromJson(NoteJson.toJson(byDays))).isEqualTo(byDays);
        assertThat(NoteJson.toJson(whole)).doesNotContain("odd_days");
        assertThat(NoteJson.fromJson(NoteJson.toJson(whole))).isEqualTo(whole);
    }

    private static void read(String notes) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(notes),
                StatedSchedules.NONE, null)) {
            reader.forEachRemaining(p -> { });
        }
    }
}
