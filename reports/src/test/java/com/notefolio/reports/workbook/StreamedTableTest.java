package com.notefolio.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.reports.Gnumeric;
import com.notefolio.reports.workbook.StreamedTable.Column;
import com.notefolio.reports.workbook.StreamedTable.Part;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamedTableTest {

    @TempDir
    Path dir;

    @Test
    void aTableLongerThanTheRowLimitContinuesOnFurtherSheetsAndStillRecalculates() throws Exception {
        Path file = dir.resolve("long.xlsx");
        AtomicReference<List<Part>> parts = new AtomicReference<>();
        int rows = 23;
        WorkbookFile.write(file, wb -> {
            WorkbookStyles styles = new WorkbookStyles(wb);
            Sheet totals = wb.createSheet("Totals");
            Sheet inputs = wb.createSheet("Inputs");
            RowWriter.of(inputs.createRow(0), styles).number(0.5, styles.rate());
            Name factor = wb.createName();
            factor.setNameName("Factor");
            factor.setRefersToFormula("Inputs!$A$1");
            // A limit of 10 rows: a header and 9 data rows a sheet, so 23 rows take three sheets.
            StreamedTable table = new StreamedTable(wb, styles, "Flows",
                    List.of(new Column("n", 6), new Column("amount", 12), new Column("half", 12)), 10);
            for (int i = 1; i <= rows; i++) {
                RowWriter r = table.next();
                r.integer(i).number(i * 100.25, styles.integer()).formula("B" + r.excelRow() + "*Factor", styles.integer(), i * 100.25 * 0.5);
            }
            parts.set(table.finish());
            RowWriter.of(totals.createRow(0), styles)
                    .formula(StreamedTable.sum(parts.get(), 1), styles.integer(), 0)
                    .formula(StreamedTable.sum(parts.get(), 2), styles.integer(), 0);
        });

        assertThat(parts.get()).extracting(Part::sheetName).containsExactly("Flows", "Flows (2)", "Flows (3)");
        assertThat(parts.get()).extracting(Part::lastRow).containsExactly(10, 10, 6);
        try (XSSFWorkbook written = new XSSFWorkbook(file.toFile())) {
            for (Part p : parts.get()) {
                XSSFSheet s = written.getSheet(p.sheetName());
                assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("n");
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C" + p.lastRow());
            }
        }
        double expected = 0;
        for (int i = 1; i <= rows; i++) {
            expected += i * 100.25;
        }
        try (XSSFWorkbook recalculated = Gnumeric.recalculate(file)) {
            Row totals = recalculated.getSheet("Totals").getRow(0);
            assertThat(totals.getCell(0).getNumericCellValue()).isEqualTo(expected);
            assertThat(totals.getCell(1).getNumericCellValue()).isEqualTo(expected / 2);
            Sheet third = recalculated.getSheet("Flows (3)");
            assertThat(third.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(rows);
            assertThat(third.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(rows * 100.25 / 2);
        }
    }
}
