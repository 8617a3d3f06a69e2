package com.notefolio.web.note;

import com.notefolio.web.discount.DiscountInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.web.testing.Note2003Sheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The downloaded projection: the reports module's note workbook, under a file name a browser can keep. */
class NoteWorkbookTest {

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertThat(NoteWorkbook.fileName("INFINITE-2003")).isEqualTo("INFINITE-2003-projection.xlsx");
        assertThat(NoteWorkbook.fileName("../etc/passwd")).isEqualTo("etc_passwd-projection.xlsx");
        assertThat(NoteWorkbook.fileName("a\"b;\r\nc")).isEqualTo("a_b___c-projection.xlsx");
        assertThat(NoteWorkbook.fileName(".hidden")).isEqualTo("hidden-projection.xlsx");
        assertThat(NoteWorkbook.fileName("Äö")).isEqualTo("note-projection.xlsx");
        assertThat(NoteWorkbook.fileName("x".repeat(300))).hasSize(100 + "-projection.xlsx".length());
    }

    @Test
    void theWorkbookHoldsTheScheduleAtTheValuation() throws Exception {
        NoteDetail detail = NoteDetail.of(1, 1, 2, Position.atPar(PortfolioGenerator.promissoryNote2003()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoteWorkbook.write(detail, new Valuation(LocalDate.of(2004, 1, 1), DiscountInput.flat(new BigDecimal("0.09")), null), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheet("Terms").getRow(1).getCell(1).getStringCellValue()).isEqualTo("INFINITE-2003");
            Sheet assumptions = book.getSheet("Assumptions");
            assertThat(assumptions.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2004, 1, 1));
            assertThat(assumptions.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.09);
            Note2003Sheets.assertSchedule(book.getSheet("Schedule"));
        }
    }
}
