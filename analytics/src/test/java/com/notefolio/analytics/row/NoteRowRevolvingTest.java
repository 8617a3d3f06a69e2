package com.notefolio.analytics.row;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.io.NoteJson;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import org.junit.jupiter.api.Test;

/**
 * A revolving line's repayments and commitment fee and a demand note's flag, carried by a Spark row to and from
 * the core's terms through the one column mapping, as Parquet and the CSV writers hold them.
 */
class NoteRowRevolvingTest {

    @Test
    void aRevolvingDemandLineRoundTripsThroughItsRow() {
        NoteTerms line = NoteJson.fromJson("""
                {"id": "LINE", "borrower": {"name": "B"}, "principal": "100000.00", "annual_rate": "0.08",
                 "issue_date": "2024-01-01", "maturity_date": "2024-07-01", "amortization": "INTEREST_ONLY",
                 "accrual_basis": "ACT/360", "commitment_fee": "0.005", "payable_on_demand": true,
                 "advances": [{"date": "2024-01-01", "amount": "40000.00"}, {"date": "2024-03-15", "amount": "45000.00"}],
                 "repayments": [{"date": "2024-02-10", "amount": "15000.00"}]}
                """);
        NoteRow row = NoteRow.of(Position.atPar(line));

        assertThat(row.column(PortfolioCsvReader.COMMITMENT_FEE)).isEqualTo("0.005");
        assertThat(row.column(PortfolioCsvReader.PAYABLE_ON_DEMAND)).isEqualTo(Boolean.TRUE);
        assertThat(row.getDraws()).extracting(DrawRow::getKind).containsExactly("advance", "advance", "repayment");
        assertThat(row.toPosition().terms()).isEqualTo(line);

        NoteTerms plain = line.toBuilder().structure(line.structure().revolving(java.util.List.of(), null).onDemand(false))
                .build();
        NoteRow plainRow = NoteRow.of(Position.atPar(plain));
        assertThat(plainRow.column(PortfolioCsvReader.COMMITMENT_FEE)).isNull();
        assertThat(plainRow.column(PortfolioCsvReader.PAYABLE_ON_DEMAND)).isNull();
        assertThat(plainRow.toPosition().terms()).isEqualTo(plain);
    }
}
