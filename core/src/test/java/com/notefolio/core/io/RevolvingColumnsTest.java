package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A revolving line and a demand note in the portfolio CSV: the {@code commitment_fee} and
 * {@code payable_on_demand} columns and the draws file's {@code repayment} rows read into the terms the note
 * JSON states, and schedule as core's StructuredScheduleTest works the line by hand.
 */
class RevolvingColumnsTest {

    private static final String JSON = """
            {"id": "LINE", "borrower": {"name": "B"}, "principal": "100000.00", "annual_rate": "0.08",
             "issue_date": "2024-01-01", "maturity_date": "2024-07-01", "amortization": "INTEREST_ONLY",
             "accrual_basis": "ACT/360", "commitment_fee": "0.005", "payable_on_demand": true,
             "advances": [{"date": "2024-01-01", "amount": "40000.00"}, {"date": "2024-03-15", "amount": "45000.00"}],
             "repayments": [{"date": "2024-02-10", "amount": "15000.00"}, {"date": "2024-05-20", "amount": "70000.00"}]}
            """;

    @Test
    void theColumnsAndRepaymentRowsReadIntoTheTermsOfTheJson() {
        String notes = "note_id,borrower,principal,annual_rate,issue_date,maturity_date,amortization,day_count,"
                + "commitment_fee,payable_on_demand\n"
                + "LINE,B,100000.00,0.08,2024-01-01,2024-07-01,INTEREST_ONLY,ACT/360,0.005,true\n";
        String draws = "note_id,date,amount,kind\nLINE,2024-01-01,40000.00,\nLINE,2024-02-10,15000.00,repayment\n"
                + "LINE,2024-03-15,45000.00,advance\nLINE,2024-05-20,70000.00,REPAYMENT\n";
        List<InputError> errors = new ArrayList<>();
        Draws read = DrawCsvReader.read("draws.csv", new StringReader(draws), errors::add);
        List<NoteTerms> terms = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(notes),
                StatedSchedules.NONE, RateSteps.NONE, read, errors::add)) {
            reader.forEachRemaining(p -> terms.add(p.terms()));
        }
        assertThat(errors).isEmpty();
        assertThat(terms).containsExactly(NoteJson.fromJson(JSON));

        Schedule s = ScheduleResolver.resolve(terms.get(0));
        assertThat(s.feeMinor(0)).isEqualTo(25_83); // 60,000 undrawn × 0.5% × 31/360
        assertThat(s.paymentMinor(s.size() - 1)).isEqualTo(41_67); // the last month's fee on the whole 100,000
    }

    @Test
    void anUnknownKindOfDrawIsRefusedListingTheKinds() {
        List<InputError> errors = new ArrayList<>();
        DrawCsvReader.read("draws.csv", new StringReader("note_id,date,amount,kind\nLINE,2024-02-10,15000.00,payback\n"),
                errors::add);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString())
                .contains("draws.csv").contains("payback").contains("advance, forgiveness, repayment"));
    }
}
