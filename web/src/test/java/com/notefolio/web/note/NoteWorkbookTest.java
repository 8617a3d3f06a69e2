package com.notefolio.web.note;

import com.notefolio.web.discount.DiscountInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.pricer.ZeroCurve;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.reports.note.NoteProjectionWorkbook;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.testing.Note2003Sheets;
import com.notefolio.web.testing.StoredPortfolios;
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

    /**
     * FLOAT-SOFR-2023 of examples/notes-rates.csv with the example fixings and curve, on a zero curve: the
     * Summary's NPV is the core's on the schedule resolved from that data and discounted on that curve, the
     * Assumptions record the index data, and the Index sheet shows the fixing the first reset read — worked by
     * hand: the 2023-07-15 reset with a 45-day lookback reads SOFR on 2023-05-31, 5.08% in fixings.csv.
     */
    @Test
    void aFloatingNotesWorkbookRecordsItsIndexDataAndTheCurve() throws Exception {
        Position sofr = StoredPortfolios.rateExamples().stream().filter(p -> p.terms().id().equals("FLOAT-SOFR-2023"))
                .findFirst().orElseThrow();
        PortfolioIndexData index = StoredPortfolios.rateExampleIndexData();
        NoteDetail detail = NoteDetail.of(1, 1, 2, sofr, index.indexData());
        ZeroCurve zero = ZeroCurve.of(new double[] {1, 5}, new double[] {0.05, 0.07});
        Valuation valuation = new Valuation(LocalDate.of(2025, 6, 30), DiscountInput.of(zero), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoteWorkbook.write(detail, valuation, out);

        double coreNpv = NotePricer.measures(ScheduleResolver.resolve(sofr.terms(), index.indexData()),
                valuation.asOf(), null, zero).npv();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            // NPV_ROW is the Excel row number (1-based); column B holds the formula with the engine's figure cached.
            assertThat(book.getSheet("Summary").getRow(NoteProjectionWorkbook.NPV_ROW - 1).getCell(1).getNumericCellValue())
                    .isEqualTo(coreNpv);
            assertThat(strings(book.getSheet("Assumptions"))).anyMatch(t -> t.startsWith("Zero curve"))
                    .contains("Index SOFR");
            boolean read = false;
            for (var row : book.getSheet("Index")) {
                for (var cell : row) {
                    read |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && cell.getNumericCellValue() == 0.0508;
                }
            }
            assertThat(read).as("the Index sheet shows SOFR 5.08% read for the first reset").isTrue();
        }
    }

    private static java.util.List<String> strings(Sheet sheet) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }));
        return texts;
    }
}
