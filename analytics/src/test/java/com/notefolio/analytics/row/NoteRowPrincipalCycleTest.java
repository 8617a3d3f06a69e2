package com.notefolio.analytics.row;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.io.NoteJson;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import org.junit.jupiter.api.Test;

/**
 * A principal cycle apart from the interest cycle ({@code principal_frequency}) carried by a Spark row to and
 * from the core's terms through the one column mapping, as Parquet and the CSV writers hold it.
 */
class NoteRowPrincipalCycleTest {

    @Test
    void constantAndSteppedPrincipalOnTheirOwnCycleRoundTripThroughTheRow() {
        NoteTerms equipment = NoteJson.fromJson("""
                {"id": "E", "borrower": {"name": "E"}, "principal": "12000.00", "annual_rate": "0.06",
                 "issue_date": "2025-01-01", "first_payment_date": "2025-04-01", "frequency": "QUARTERLY",
                 "first_principal_date": "2025-02-01", "principal_frequency": "MONTHLY", "maturity_date": "2025-07-01",
                 "amortization": "CONSTANT_PRINCIPAL", "accrual_basis": "ACT/360"}
                """);
        NoteTerms farm = NoteJson.fromJson("""
                {"id": "F", "borrower": {"name": "F"}, "principal": "240000.00", "annual_rate": "0.05",
                 "issue_date": "2025-01-01", "first_payment_date": "2026-01-01", "frequency": "ANNUAL",
                 "principal_frequency": "QUARTERLY", "maturity_date": "2027-01-01", "amortization": "INTEREST_ONLY",
                 "accrual_basis": "30E/360", "installments": [{"from": "2026-01-01", "amount": "48000.00"}]}
                """);
        for (NoteTerms t : new NoteTerms[] {equipment, farm}) {
            NoteRow row = NoteRow.of(Position.atPar(t));
            assertThat(row.column(PortfolioCsvReader.PRINCIPAL_FREQUENCY)).isEqualTo(t.principalFrequency().name());
            assertThat(row.toPosition().terms()).isEqualTo(t);
        }
        NoteTerms plain = equipment.toBuilder().principalFrequency(null).firstPrincipalDate(null).build();
        NoteRow plainRow = NoteRow.of(Position.atPar(plain));
        assertThat(plainRow.column(PortfolioCsvReader.PRINCIPAL_FREQUENCY)).isNull();
        assertThat(plainRow.toPosition().terms()).isEqualTo(plain);
    }
}
