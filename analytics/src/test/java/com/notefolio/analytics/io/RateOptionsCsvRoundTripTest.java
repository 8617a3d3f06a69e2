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
 * The portfolio CSV a floating note with both options set is written to reads back, through the core's
 * reader, into the same note, and writing that gives the same text: the options survive the file.
 */
class RateOptionsCsvRoundTripTest {

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
    void aFloaterAllowedBelowZeroAndResettingOnItsDateIsWrittenAndReadBackAsTheSameText() {
        RateTerms.Floating eur = RateTerms.Floating.builder("EURIBOR").spread("-0.02").initialRate("0.005")
                .resets(Frequency.MONTHLY, LocalDate.of(2024, 4, 15))
                .negativeRates(RateTerms.Floating.NegativeRates.ALLOWED)
                .resetTiming(RateTerms.Floating.ResetTiming.ON_RESET_DATE).build();
        NoteTerms t = NoteTerms.builder("EUR-NEG").borrower("B").currency("EUR").principal("100000.00").rate(eur)
                .issueDate(LocalDate.of(2024, 3, 1)).firstPaymentDate(LocalDate.of(2024, 4, 1))
                .maturityDate(LocalDate.of(2024, 7, 1)).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_360).build();
        String text = write(List.of(Position.atPar(t)));

        List<String> header = List.of(text.lines().findFirst().orElseThrow().split(",", -1));
        List<String> cells = List.of(text.lines().skip(1).findFirst().orElseThrow().split(",", -1));
        assertThat(cells.get(header.indexOf(PortfolioCsvReader.NEGATIVE_RATES))).isEqualTo("allowed");
        assertThat(cells.get(header.indexOf(PortfolioCsvReader.RESET_TIMING))).isEqualTo("reset_date");

        List<Position> back = read(text);
        assertThat(back).extracting(Position::terms).containsExactly(t);
        assertThat(write(back)).isEqualTo(text);
    }
}
