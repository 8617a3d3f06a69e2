package com.notefolio.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbook sheets become the core's CSV input exactly: numbers without float artefacts or display
 * formatting, dates as ISO dates, rows at their spreadsheet numbers; hostile files are refused with a
 * message and leave nothing behind.
 */
class WorkbookSheetsTest {

    @TempDir
    Path dir;

    @Test
    void numbersAndDatesBecomeTheTextTheCoreReads() throws IOException {
        Path file = dir.resolve("numbers.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            TestWorkbooks.Styles styles = new TestWorkbooks.Styles(book);
            var percent0 = book.createCellStyle();
            percent0.setDataFormat(book.createDataFormat().getFormat("0%"));
            Sheet sheet = book.createSheet("Notes");
            Row header = sheet.createRow(0);
            String[] names = {"typed", "money", "twelve", "eighth", "sum", "date", "text_date", "big", "flag", "small"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(0.1);
            row.createCell(1).setCellValue(150000.00);
            row.getCell(1).setCellStyle(styles.thousands);
            row.createCell(2).setCellValue(0.12);
            row.getCell(2).setCellStyle(percent0);
            row.createCell(3).setCellValue(0.125);
            row.getCell(3).setCellStyle(percent0);
            row.createCell(4).setCellFormula("0.1+0.2");
            row.createCell(5).setCellValue(LocalDate.of(2003, 8, 13));
            row.getCell(5).setCellStyle(styles.usDate);
            row.createCell(6).setCellValue("2003-08-13");
            row.createCell(7).setCellValue(1e12);
            row.createCell(8).setCellValue(true);
            row.createCell(9).setCellValue(0.000015);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            TestWorkbooks.write(book, file);
        }
        // The cached result of the formula is the double nearest 0.30000000000000004, as in Excel.
        assertThat(TestWorkbooks.entry(file, "xl/worksheets/sheet1.xml")).contains("<v>0.30000000000000004</v>");

        List<String> lines = csvLines(file);

        // 150000.00 is shown as "150,000.00", 12% and 0.125 as "12%" and "13%"; the core gets the numbers.
        assertThat(lines).containsExactly("typed,money,twelve,eighth,sum,date,text_date,big,flag,small",
                "0.1,150000,0.12,0.125,0.3,2003-08-13,2003-08-13,1000000000000,TRUE,0.000015");
    }

    @Test
    void theSchedulesSheetIsFoundByNameInAnyCase() throws IOException {
        Path file = dir.resolve("two.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("SCHEDULES").createRow(0).createCell(0).setCellValue("note_id");
            book.createSheet("My notes").createRow(0).createCell(0).setCellValue("principal");
            TestWorkbooks.write(book, file);
        }
        WorkbookSheets.Sheets sheets = WorkbookSheets.read(received(file));
        try (CsvInput notes = sheets.notes(); CsvInput schedules = sheets.schedules()) {
            assertThat(notes.source()).isEqualTo("two.xlsx (sheet My notes)");
            assertThat(schedules.source()).isEqualTo("two.xlsx (sheet SCHEDULES)");
            assertThat(text(notes)).isEqualTo("principal\n");
            assertThat(text(schedules)).isEqualTo("note_id\n");
        }
        assertThat(sheetFiles()).isEmpty();
    }

    @Test
    void linesMapBackToSpreadsheetRowsPastEmptyRowsAndCellsWithLineBreaks() throws IOException {
        StringWriter out = new StringWriter();
        SheetCsvWriter writer = new SheetCsvWriter(out);
        row(writer, 0, "A1", "id", "B1", "text");           // row 1, line 1
        row(writer, 1, "A2", "a", "B2", "one\ntwo");        // row 2, lines 2-3
        row(writer, 3, "A4", "b", "C4", "x,y");             // row 4 after an empty row 3: lines 5
        row(writer, 4, "A5", "c", "B5", "three\r\nfour\r"); // row 5, lines 6-8 (CRLF is one break, CR another)
        row(writer, 5, "A6", "d", "B6", "say \"hi\"");      // row 6, line 9

        assertThat(out.toString()).isEqualTo("id,text\n" + "a,\"one\ntwo\"\n" + "\n" + "b,,\"x,y\"\n"
                + "c,\"three\r\nfour\r\"\n" + "d,\"say \"\"hi\"\"\"\n");
        RowNumbers rows = writer.rowNumbers();
        assertThat(rows.rowOf(1)).isEqualTo(1);
        assertThat(rows.rowOf(2)).isEqualTo(2);
        assertThat(rows.rowOf(5)).isEqualTo(4);
        assertThat(rows.rowOf(6)).isEqualTo(5);
        assertThat(rows.rowOf(9)).isEqualTo(6);
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        TestWorkbooks.zipBomb(bomb, 40);
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        InputError error = refusal(bomb);

        assertThat(error.source()).isEqualTo("bomb.xlsx");
        assertThat(error.reason()).contains("zip bomb");
        assertThat(sheetFiles()).isEmpty();
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        for (String entry : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")) {
            Path hostile = dir.resolve("xxe.xlsx");
            TestWorkbooks.externalEntity(hostile, entry, secret);

            InputError error = refusal(hostile);

            assertThat(error.reason()).as(entry).contains("DOCTYPE").doesNotContain("TOP-SECRET");
            assertThat(error.message()).doesNotContain("TOP-SECRET");
            Files.delete(hostile);
        }
        assertThat(sheetFiles()).isEmpty();
    }

    @Test
    void filesThatAreNotXlsxAreRefusedSayingWhatTheyAre() throws IOException {
        Path text = dir.resolve("renamed.xlsx");
        Files.writeString(text, "note_id,principal\nN-1,100.00\n");
        assertThat(refusal(text).reason()).startsWith("not an Excel workbook (.xlsx)");

        Path xls = dir.resolve("old.xlsx");
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("note_id");
            book.write(out);
        }
        assertThat(refusal(xls).reason()).contains("old Excel 97-2003 workbook (.xls)");

        // An encrypted xlsx is an OLE2 container holding the encryption header and the encrypted package.
        Path encrypted = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(encrypted)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        assertThat(refusal(encrypted).reason()).contains("encrypted");

        // Starts like a zip, and so like an xlsx, but is none.
        Path zip = dir.resolve("truncated.xlsx");
        Files.writeString(zip, "PK\u0003\u0004 not really a zip", StandardCharsets.ISO_8859_1);
        assertThat(refusal(zip).reason()).startsWith("not a readable Excel workbook (.xlsx)");
        assertThat(sheetFiles()).isEmpty();
    }

    private static void row(SheetCsvWriter writer, int row, String... refsAndValues) {
        writer.startRow(row);
        for (int i = 0; i < refsAndValues.length; i += 2) {
            writer.cell(refsAndValues[i], refsAndValues[i + 1], null);
        }
        writer.endRow(row);
    }

    private InputError refusal(Path file) {
        InputException e = catchThrowableOfType(InputException.class, () -> WorkbookSheets.read(received(file)));
        assertThat(e).as(file.getFileName().toString()).isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.error();
    }

    private List<String> csvLines(Path file) throws IOException {
        WorkbookSheets.Sheets sheets = WorkbookSheets.read(received(file));
        try (CsvInput notes = sheets.notes()) {
            assertThat(sheets.schedules()).isNull();
            return text(notes).lines().toList();
        }
    }

    private static String text(CsvInput input) throws IOException {
        try (Reader in = input.open()) {
            StringWriter out = new StringWriter();
            in.transferTo(out);
            return out.toString();
        }
    }

    private static ReceivedFile received(Path file) throws IOException {
        return new ReceivedFile(file.getFileName().toString(), file, Files.size(file));
    }

    /** Temporary CSV files of sheets left in the folder. */
    private List<Path> sheetFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("notefolio-sheet-")).toList();
        }
    }
}
