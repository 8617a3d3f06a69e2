package com.notefolio.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeflatingWorkbookTest {

    private static final int ROWS = 12_000;

    @TempDir
    Path dir;

    /** Numbers of every shape a workbook holds, text that needs escaping, formulas, blanks, over several blocks. */
    private static final Consumer<SXSSFWorkbook> CONTENT = wb -> {
        WorkbookStyles styles = new WorkbookStyles(wb);
        Sheet small = wb.createSheet("Small");
        RowWriter.of(small.createRow(0), styles).text(" padded ").text("a < b & \"c\"\n\u00A0é€😀\u0007")
                .number(-0.0, styles.integer()).number(Double.MAX_VALUE, styles.integer())
                .number(Double.MIN_VALUE, styles.integer()).number(1e15, styles.integer())
                .number(-123_456_789_012.34, styles.integer()).number(0.1 + 0.2, styles.integer())
                .textFormula("IF(1>2,\"x\",\"\")", styles.text(), "").textFormula("\"y\"&\"z\"", styles.text(), "yz")
                .formula("1/0", styles.integer(), Double.NaN).blank().number(7, styles.integer());
        Sheet big = wb.createSheet("Big");
        Random random = new Random(16);
        for (int i = 0; i < ROWS; i++) {
            long cents = random.nextLong() % 10_000_000_000_000L;
            int r = i + 1;
            RowWriter.of(big.createRow(i), styles).text("NOTE-" + i).integer(i)
                    .amount(cents, 2, styles.integer()).amount(random.nextInt(1000), 3, styles.integer())
                    .number(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20), styles.rate())
                    .number((i - 500) / 365.0, styles.years()).formula("B" + r + "*2", styles.integer(), 2.0 * i);
        }
    };

    @Test
    void theWorkbookReadsBackCellForCellAsPoisOwnStreamingWriterWritesIt() throws Exception {
        Path ours = dir.resolve("ours.xlsx");
        WorkbookFile.write(ours, CONTENT);
        // The reference: the same content written by POI's SXSSFWorkbook with its own sheet writer.
        Path poi = dir.resolve("poi.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, false);
             FileOutputStream out = new FileOutputStream(poi.toFile())) {
            CONTENT.accept(wb);
            wb.write(out);
            wb.dispose();
        }
        try (XSSFWorkbook a = new XSSFWorkbook(ours.toFile()); XSSFWorkbook b = new XSSFWorkbook(poi.toFile())) {
            assertThat(a.getNumberOfSheets()).isEqualTo(b.getNumberOfSheets());
            for (int s = 0; s < b.getNumberOfSheets(); s++) {
                XSSFSheet x = a.getSheetAt(s);
                XSSFSheet y = b.getSheetAt(s);
                assertThat(x.getLastRowNum()).isEqualTo(y.getLastRowNum());
                for (Row expected : y) {
                    Row actual = x.getRow(expected.getRowNum());
                    assertThat(actual.getLastCellNum()).isEqualTo(expected.getLastCellNum());
                    for (Cell e : expected) {
                        Cell c = actual.getCell(e.getColumnIndex());
                        String where = y.getSheetName() + "!" + e.getAddress();
                        assertThat(c.getCellType()).as(where).isEqualTo(e.getCellType());
                        assertThat(c.getCellStyle().getIndex()).as(where).isEqualTo(e.getCellStyle().getIndex());
                        CellType value = e.getCellType() == CellType.FORMULA ? e.getCachedFormulaResultType()
                                : e.getCellType();
                        if (e.getCellType() == CellType.FORMULA) {
                            assertThat(c.getCellFormula()).as(where).isEqualTo(e.getCellFormula());
                            assertThat(c.getCachedFormulaResultType()).as(where).isEqualTo(value);
                        }
                        switch (value) {
                            // Exactly the same double: the shorter text of ours parses to it.
                            case NUMERIC -> assertThat(c.getNumericCellValue()).as(where)
                                    .isEqualTo(e.getNumericCellValue() == 0 ? 0.0 : e.getNumericCellValue());
                            case STRING -> assertThat(c.getStringCellValue()).as(where).isEqualTo(e.getStringCellValue());
                            default -> {
                            }
                        }
                    }
                }
            }
        }
        try (ZipFile zip = new ZipFile(ours.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet2.xml");
            assertThat(sheet.getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(sheet.getSize()).as("several deflate blocks").isGreaterThan(1_000_000);
        }
    }
}
