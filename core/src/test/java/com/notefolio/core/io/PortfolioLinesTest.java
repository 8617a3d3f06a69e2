package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader tells the physical line of each position it returns; bad rows in between are skipped. */
class PortfolioLinesTest {

    @Test
    void eachPositionComesWithTheLineItsRowStartsOn() {
        String csv = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,borrower\n" // line 1
                + "A,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,Ann\n"                            // line 2
                + "\n"                                                                                   // line 3
                + "B,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,\"Two\nlines\"\n"                  // lines 4-5
                + "C,oops,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,Bad\n"                                // line 6
                + "D,1000.00,0.05,2020-01-01,2021-01-01,INTEREST_ONLY,Dan\n";                            // line 7
        List<InputError> errors = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("p.csv", new StringReader(csv),
                StatedSchedules.NONE, errors::add)) {
            assertThat(reader.line()).isZero();
            while (reader.hasNext()) {
                String id = reader.next().terms().id();
                seen.add(id + "@" + reader.line());
            }
        }
        assertThat(seen).containsExactly("A@2", "B@4", "D@7");
        assertThat(errors).extracting(InputError::line).containsExactly(6L);
    }
}
