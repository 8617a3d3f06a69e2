package com.notefolio.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Checks of a note projection workbook of the 2003 promissory note against the document itself: 28
 * monthly payments of $1,500.00 from 2003-09-12 and $151,500.00 on 2006-01-12.
 */
public final class Note2003Sheets {

    private Note2003Sheets() {
    }

    /** The Schedule sheet: a header, then one row per stated payment (the purchase is on its own sheet). */
    public static void assertSchedule(Sheet schedule) {
        assertThat(schedule.getLastRowNum()).isEqualTo(29);
        for (int i = 0; i < 29; i++) {
            Row row = schedule.getRow(1 + i);
            LocalDate due = i < 28 ? LocalDate.of(2003, 9, 12).plusMonths(i) : LocalDate.of(2006, 1, 12);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(due);
            assertThat(row.getCell(6).getNumericCellValue()).as("interest").isEqualTo(1500.0);
            assertThat(row.getCell(8).getNumericCellValue()).as("payment").isEqualTo(i < 28 ? 1500.0 : 151500.0);
        }
    }
}
