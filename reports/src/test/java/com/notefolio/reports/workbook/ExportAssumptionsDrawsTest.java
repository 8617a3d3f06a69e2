package com.notefolio.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.scenario.DatedAdvance;
import com.notefolio.core.scenario.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A workbook's assumptions say what a draw scenario does, in words, as they do for prepayments. */
class ExportAssumptionsDrawsTest {

    @Test
    void aDrawIsDescribedWithItsNoteDateAndAmount() {
        Scenario s = new Scenario("draw", null, null, null, null, 0, null, null,
                List.of(new DatedAdvance("GRID-2024-01", LocalDate.of(2024, 5, 20), new BigDecimal("50000.00"))));

        assertThat(ExportAssumptions.flows(s))
                .isEqualTo("draw of 50000.00 on note GRID-2024-01 on 2024-05-20 (the holder lends more)");
    }
}
