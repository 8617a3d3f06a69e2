package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.portfolio.Position;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cycle of N days in the portfolio CSV and the note JSON: written as ACTUS writes it ({@code P27D}), read
 * from that or words ({@code 27 days}) as the same value, and refused at its cell or field when out of range.
 */
class DayCycleFilesTest {

    /** $10,000 at 7% ACT/360 every 27 days, its rate reset every 15 days from SOFR + 2%. */
    private static NoteTerms floatingCycleNote() {
        RateTerms.Floating sofr = RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.07")
                .resets(Frequency.ofDays(15), LocalDate.of(2026, 1, 20)).build();
        return NoteTerms.builder("CYCLE-27").borrower("B").principal("10000.00").rate(sofr)
                .issueDate(LocalDate.of(2026, 1, 5)).maturityDate(LocalDate.of(2026, 4, 23))
                .frequency(Frequency.ofDays(27)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_360).build();
    }

    @Test
    void noteJsonWritesTheCyclesAsActusDoesAndReadsThemBackEqual() {
        NoteTerms note = floatingCycleNote();
        String json = NoteJson.toJson(note);

        assertThat(json).contains("\"frequency\" : \"P27D\"", "\"reset_frequency\" : \"P15D\"");
        assertThat(NoteJson.fromJson(json)).isEqualTo(note);
        assertThat(NoteJson.fromJson(json.replace("\"P27D\"", "\"27 days\""))).isEqualTo(note);
    }

    @Test
    void aResetEveryFifteenDaysRollsByDaysFromTheFirstReset() {
        RateTerms.Floating f = (RateTerms.Floating) floatingCycleNote().rate();
        // 20 Jan 2026, + 15 = 4 Feb, + 15 = 19 Feb, + 15 = 6 Mar (February has 28 days)
        assertThat(List.of(f.resetDate(0), f.resetDate(1), f.resetDate(2), f.resetDate(3))).containsExactly(
                LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 6));
    }

    @Test
    void theCsvReadsACycleWrittenAsActusOrInWordsAsTheSameNote() {
        String header = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,day_count,frequency\n";
        List<Position> notes = read(header
                + "A,123456.78,0.07,2026-01-05,2026-04-23,INTEREST_ONLY,ACT/360,P27D\n"
                + "B,123456.78,0.07,2026-01-05,2026-04-23,INTEREST_ONLY,ACT/360,27 days\n"
                + "C,123456.78,0.07,2026-01-05,2026-04-23,INTEREST_ONLY,ACT/360,p2w\n");
        assertThat(notes).extracting(p -> p.terms().frequency())
                .containsExactly(Frequency.ofDays(27), Frequency.ofDays(27), Frequency.BIWEEKLY);
    }

    @Test
    void aCycleOutOfRangeIsRefusedAtItsCellAndField() {
        String header = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,day_count,frequency\n";
        assertThatThrownBy(() -> read(header + "A,100.00,0.1,2026-01-05,2026-04-23,INTEREST_ONLY,ACT/360,P400D\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("notes.csv:2: column frequency: value \"P400D\": a cycle of days must be from 1 to 366 days");
        assertThatThrownBy(() -> read(header + "A,100.00,0.1,2026-01-05,2026-04-23,INTEREST_ONLY,ACT/360,fortnightly\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("notes.csv:2: column frequency: value \"fortnightly\": not one of MONTHLY, ")
                .hasMessageEndingWith("or a cycle of days such as P27D (27 days)");
        String json = NoteJson.toJson(floatingCycleNote()).replace("\"P15D\"", "\"P0D\"");
        assertThatThrownBy(() -> NoteJson.fromJson(json)).isInstanceOf(InputException.class)
                .hasMessageContaining("rate.reset_frequency").hasMessageContaining("from 1 to 366 days");
    }

    private static List<Position> read(String notes) {
        List<Position> out = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(notes),
                StatedSchedules.NONE, null)) {
            reader.forEachRemaining(out::add);
        }
        return out;
    }
}
