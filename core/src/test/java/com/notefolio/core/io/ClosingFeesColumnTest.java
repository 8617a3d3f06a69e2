package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.disclosure.NoteDisclosure;
import com.notefolio.core.disclosure.TruthInLendingDisclosure;
import com.notefolio.core.note.ClosingFee;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The closing_fees column: each fee its name, an amount or a rate of the principal and whether it is financed,
 * read into the terms the note JSON's {@code fees} give, written back as read, and refused at its cell.
 */
class ClosingFeesColumnTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "notes-fees.csv");

    private static List<NoteTerms> read(Path file) {
        List<NoteTerms> out = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(file)) {
            reader.forEachRemaining(p -> out.add(p.terms()));
        }
        return out;
    }

    @Test
    void theExampleFeesAreTheTermsAndTheirTruthInLendingBox() {
        List<NoteTerms> notes = read(EXAMPLE);
        assertThat(notes.get(0).fees()).containsExactly(new ClosingFee("origination", new BigDecimal("50.00"), null, false));
        assertThat(notes.get(1).fees()).containsExactly(new ClosingFee("points", null, new BigDecimal("0.02"), true),
                new ClosingFee("documentation fee", null, new BigDecimal("0.005"), false));
        // $1,000 at 10% for a year repaid at once with 100.00 interest. A $50 fee: 950.00 financed, 150.00 finance
        // charge, 150 ÷ 950 = 15.79%. Two points and half a point, $25: 975.00 financed, 125 ÷ 975 = 12.82%.
        TruthInLendingDisclosure cash = NoteDisclosure.of(ScheduleResolver.resolve(notes.get(0))).orElseThrow();
        assertThat(cash.amountFinanced()).isEqualByComparingTo("950.00");
        assertThat(cash.apr().percentHundredths()).isEqualByComparingTo("15.79");
        TruthInLendingDisclosure points = NoteDisclosure.of(ScheduleResolver.resolve(notes.get(1))).orElseThrow();
        assertThat(points.amountFinanced()).isEqualByComparingTo("975.00");
        assertThat(points.financeCharge()).isEqualByComparingTo("125.00");
        assertThat(points.apr().percentHundredths()).isEqualByComparingTo("12.82");
        // Written back as read.
        assertThat(notes.get(1).fees().stream().map(ClosingFee::columnText).toList())
                .containsExactly("points:2%:financed", "documentation fee:0.5%");
        // The same as the note JSON's fees.
        notes.forEach(t -> assertThat(NoteJson.fromJson(NoteJson.toJson(t))).isEqualTo(t));
    }

    private static String errorOf(String fees) {
        String csv = "note_id,borrower,principal,annual_rate,issue_date,maturity_date,amortization,closing_fees\n"
                + "F-1,B,1000.00,0.10,2025-01-01,2026-01-01,BULLET,\"" + fees + "\"\n";
        List<InputError> errors = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("fees.csv", new StringReader(csv),
                StatedSchedules.NONE, errors::add)) {
            reader.forEachRemaining(p -> { });
        }
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).column()).isEqualTo("closing_fees");
        assertThat(errors.get(0).line()).isEqualTo(2);
        return errors.get(0).reason();
    }

    @Test
    void aBadFeeIsRefusedAtItsCell() {
        assertThat(errorOf("origination")).contains("is not name:amount or name:rate%");
        assertThat(errorOf("origination:1%:withheld")).contains("financed or nothing");
        assertThat(errorOf("origination:-5.00")).contains("positive");
        assertThat(errorOf("origination:100%")).contains("below 1");
        assertThat(errorOf("origination:600.00;documentation:400.00")).contains("take the whole principal");
        assertThat(errorOf("origination:5.001")).contains("minor units");
    }

    @Test
    void aFeeWhoseNameHoldsASeparatorCannotBeWritten() {
        assertThatThrownBy(() -> new ClosingFee("fee: doc", new BigDecimal("5.00"), null, false).columnText())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds : or ;");
        assertThat(Position.atPar(read(EXAMPLE).get(0)).terms().fees()).hasSize(1);
    }
}
