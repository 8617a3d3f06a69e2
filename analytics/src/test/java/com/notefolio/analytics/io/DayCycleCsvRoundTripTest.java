package com.notefolio.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.portfolio.Position;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A note paying every 27 days whose rate resets every 15 days crosses the Spark row and the portfolio CSV
 * written from it: the row holds the cycles as text ({@code P27D}, {@code P15D}), the core's reader gives
 * the same note back, and writing that gives the same text.
 */
class DayCycleCsvRoundTripTest {

    private static NoteTerms cycleNote() {
        RateTerms.Floating sofr = RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.07")
                .resets(Frequency.ofDays(15), LocalDate.of(2026, 1, 20)).build();
        return NoteTerms.builder("CYCLE-27").borrower("B").principal("10000.00").rate(sofr)
                .issueDate(LocalDate.of(2026, 1, 5)).maturityDate(LocalDate.of(2026, 4, 23))
                .frequency(Frequency.ofDays(27)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_360).build();
    }

    private static String write(List<Position> positions) {
        StringWriter notes = new StringWriter();
        try (PortfolioCsvWriter w = PortfolioCsvWriter.open(notes, new StringWriter(), new StringWriter())) {
            positions.forEach(p -> w.write(NoteRow.of(p)));
        }
        return notes.toString();
    }

    private static List<Position> read(String csv) {
        List<Position> out = new ArrayList<>();
        try (PortfolioCsvReader r = PortfolioCsvReader.open("notes.csv", new StringReader(csv), StatedSchedules.NONE,
                RateSteps.NONE, null)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void theSparkRowHoldsTheCyclesAsTextAndGivesTheNoteBack() {
        NoteTerms t = cycleNote();
        NoteRow row = NoteRow.of(Position.atPar(t));

        assertThat(row.getFrequency()).isEqualTo("P27D");
        assertThat(row.getResetFrequency()).isEqualTo("P15D");
        assertThat(row.toPosition().terms()).isEqualTo(t);
    }

    @Test
    void thePortfolioCsvWritesTheCyclesAndReadsThemBackAsTheSameText() {
        NoteTerms t = cycleNote();
        String text = write(List.of(Position.atPar(t)));

        List<String> header = List.of(text.lines().findFirst().orElseThrow().split(",", -1));
        List<String> cells = List.of(text.lines().skip(1).findFirst().orElseThrow().split(",", -1));
        assertThat(cells.get(header.indexOf(PortfolioCsvReader.FREQUENCY))).isEqualTo("P27D");
        assertThat(cells.get(header.indexOf(PortfolioCsvReader.RESET_FREQUENCY))).isEqualTo("P15D");

        List<Position> back = read(text);
        assertThat(back).extracting(Position::terms).containsExactly(t);
        assertThat(write(back)).isEqualTo(text);
    }
}
