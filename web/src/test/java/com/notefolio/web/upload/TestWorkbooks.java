package com.notefolio.web.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks for the tests, written by POI's ordinary (DOM) API as a user's Excel would hold them:
 * amounts and rates as number cells with display formats, dates as real date cells (and some as ISO
 * text, which the format also allows), text as text.
 */
final class TestWorkbooks {

    static final Set<String> AMOUNTS = Set.of("principal", "payment", "collateral_value", "price");
    static final Set<String> RATES = Set.of("annual_rate", "prepayment_penalty", "default_rate");
    static final Set<String> DATES = Set.of("issue_date", "maturity_date", "first_payment_date", "lockout_until",
            "due_date");
    static final Set<String> WHOLE = Set.of("amortization_months", "cure_days");

    private TestWorkbooks() {
    }

    /** A sheet per CSV file (name → file), typed as a user would type them; the first is the first sheet. */
    static void fromCsv(Map<String, Path> sheets, Path target) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            for (Map.Entry<String, Path> e : sheets.entrySet()) {
                Sheet sheet = book.createSheet(e.getKey());
                List<CSVRecord> records;
                try (Reader in = Files.newBufferedReader(e.getValue(), StandardCharsets.UTF_8);
                     CSVParser parser = CSVFormat.RFC4180.parse(in)) {
                    records = parser.getRecords();
                }
                List<String> header = records.get(0).toList();
                for (int r = 0; r < records.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < records.get(r).size(); c++) {
                        String value = records.get(r).get(c);
                        if (!value.isEmpty()) {
                            typed(row.createCell(c), r == 0 ? "" : header.get(c), value, r, styles);
                        }
                    }
                }
            }
            write(book, target);
        }
    }

    /** The display formats a user's workbook would have. */
    static final class Styles {
        final CellStyle money;
        final CellStyle thousands;
        final CellStyle percent;
        final CellStyle isoDate;
        final CellStyle usDate;

        Styles(Workbook book) {
            money = style(book, "0.00");
            thousands = style(book, "#,##0.00");
            percent = style(book, "0.00%");
            isoDate = style(book, "yyyy-mm-dd");
            usDate = style(book, "m/d/yy");
        }

        private static CellStyle style(Workbook book, String format) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            return style;
        }
    }

    /** A cell holding {@code value} of {@code column} as Excel would hold what a user typed. */
    static void typed(Cell cell, String column, String value, int row, Styles styles) {
        if (AMOUNTS.contains(column)) {
            cell.setCellValue(Double.parseDouble(value));
            cell.setCellStyle(row % 2 == 0 ? styles.money : styles.thousands);
        } else if (RATES.contains(column)) {
            // Typing 10.65% gives Excel the number 0.1065 in a percent format.
            boolean percent = value.endsWith("%");
            BigDecimal number = percent ? new BigDecimal(value.substring(0, value.length() - 1)).movePointLeft(2)
                    : new BigDecimal(value);
            cell.setCellValue(number.doubleValue());
            if (percent) {
                cell.setCellStyle(styles.percent);
            }
        } else if (DATES.contains(column) && row % 3 != 0) {
            cell.setCellValue(LocalDate.parse(value));
            cell.setCellStyle(row % 3 == 1 ? styles.isoDate : styles.usDate);
        } else if (WHOLE.contains(column)) {
            cell.setCellValue(Integer.parseInt(value));
        } else {
            cell.setCellValue(value);
        }
    }

    static void write(Workbook book, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            book.write(out);
        }
    }

    /** A copy of the zip {@code source} with the entries named in {@code replaced} replaced. */
    static void replaceEntries(Path source, Map<String, byte[]> replaced, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = replaced.containsKey(entry.getName()) ? replaced.get(entry.getName()) : in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    /** The text of one entry of a zip. */
    static String entry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException("no " + name + " in " + zip);
    }

    /** A small valid workbook of one sheet with a header and one row. */
    static void small(Path target) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Notes");
            sheet.createRow(0).createCell(0).setCellValue("note_id");
            sheet.createRow(1).createCell(0).setCellValue("N-1");
            write(book, target);
        }
    }

    /**
     * A zip bomb: a valid workbook whose sheet is {@code megabytes} of blanks, which deflate about a
     * thousand to one (a real bomb nests this to gigabytes; the ratio is what gives it away).
     */
    static void zipBomb(Path target, int megabytes) throws IOException {
        Path valid = target.resolveSibling("valid-" + target.getFileName());
        small(valid);
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        sheet.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        byte[] blanks = new byte[1 << 20];
        java.util.Arrays.fill(blanks, (byte) ' ');
        for (int i = 0; i < megabytes; i++) {
            sheet.writeBytes(blanks);
        }
        sheet.writeBytes("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        replaceEntries(valid, Map.of("xl/worksheets/sheet1.xml", sheet.toByteArray()), target);
        Files.delete(valid);
    }

    /** A workbook whose entry {@code entryName} declares an external entity reading {@code secret}, used in a cell. */
    static void externalEntity(Path target, String entryName, Path secret) throws IOException {
        Path valid = target.resolveSibling("valid-" + target.getFileName());
        small(valid);
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        String xml = entry(valid, entryName);
        String hostile;
        if (entryName.endsWith("sharedStrings.xml")) {
            hostile = xml.replaceFirst("\\?>", "?>" + doctype).replace(">N-1<", ">&xxe;<");
        } else {
            hostile = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>note_id</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                    + "</sheetData></worksheet>";
        }
        if (!hostile.contains("&xxe;") || !hostile.contains("<!DOCTYPE")) {
            throw new IllegalStateException("the hostile entry was not made: " + hostile);
        }
        replaceEntries(valid, Map.of(entryName, hostile.getBytes(StandardCharsets.UTF_8)), target);
        Files.delete(valid);
    }
}
