package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code principal_frequency} column of the portfolio CSV and field of the note JSON: read through the one
 * mapping into the same terms, written back unchanged, and a bad cell refused at its column.
 */
class PrincipalFrequencyColumnsTest {

    private static final String HEADER = "note_id,principal,annual_rate,issue_date,first_payment_date,frequency,"
            + "first_principal_date,principal_frequency,maturity_date,amortization,day_count\n";
    /** PrincipalCycleScheduleTest's equipment note: $12,000 at 6% ACT/360, interest quarterly, principal monthly. */
    private static final String EQUIPMENT = "E,12000.00,0.06,2025-01-01,2025-04-01,QUARTERLY,2025-02-01,MONTHLY,"
            + "2025-07-01,CONSTANT_PRINCIPAL,ACT/360\n";

    private static List<InputError> read(String rows, List<NoteTerms> terms) {
        List<InputError> errors = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(HEADER + rows),
                StatedSchedules.NONE, RateSteps.NONE, Draws.NONE, errors::add)) {
            reader.forEachRemaining(p -> terms.add(p.terms()));
        }
        return errors;
    }

    @Test
    void theCsvColumnAndTheJsonFieldReadIntoTheSameTermsAndRoundTrip() {
        List<NoteTerms> terms = new ArrayList<>();
        assertThat(read(EQUIPMENT, terms)).isEmpty();
        NoteTerms csv = terms.get(0);
        NoteTerms json = NoteJson.fromJson("""
                {"id": "E", "borrower": {"name": "E"}, "principal": "12000.00", "annual_rate": "0.06",
                 "issue_date": "2025-01-01", "first_payment_date": "2025-04-01", "frequency": "QUARTERLY",
                 "first_principal_date": "2025-02-01", "principal_frequency": "MONTHLY", "maturity_date": "2025-07-01",
                 "amortization": "CONSTANT_PRINCIPAL", "accrual_basis": "ACT/360"}
                """);

        assertThat(csv.principalFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(json.principalFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(NoteJson.toJson(json)).contains("\"principal_frequency\"");
        assertThat(NoteJson.fromJson(NoteJson.toJson(json))).isEqualTo(json);
        assertThat(NoteJson.fromJson(NoteJson.toJson(csv))).isEqualTo(csv);
        // The hand-worked schedule: $2,000 of principal on each of six monthly dates, $150.00 of interest on 1 April.
        assertThat(ScheduleResolver.resolve(csv).size()).isEqualTo(6);
        assertThat(ScheduleResolver.resolve(csv).interestMinor(2)).isEqualTo(150_00);
    }

    @Test
    void aBlankCellIsAPlainNote() {
        List<NoteTerms> terms = new ArrayList<>();
        assertThat(read(EQUIPMENT.replace("2025-02-01,MONTHLY", ","), terms)).isEmpty();

        assertThat(terms.get(0).principalFrequency()).isNull();
    }

    @Test
    void aBadOrRefusedCellIsReportedAtItsColumn() {
        List<InputError> bad = read(EQUIPMENT.replace("MONTHLY", "FORTNIGHTLY"), new ArrayList<>());
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0)).extracting(InputError::source, InputError::line, InputError::column)
                .containsExactly("notes.csv", 2L, "principal_frequency");

        List<InputError> level = read(EQUIPMENT.replace("CONSTANT_PRINCIPAL", "LEVEL_PAYMENT"), new ArrayList<>());
        assertThat(level).hasSize(1);
        assertThat(level.get(0).column()).isEqualTo("principal_frequency");
        assertThat(level.get(0).reason()).contains("LEVEL_PAYMENT");
    }
}
