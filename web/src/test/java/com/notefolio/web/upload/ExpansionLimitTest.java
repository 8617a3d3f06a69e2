package com.notefolio.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook that passes POI's zip-bomb ratio but expands far beyond its size (one long shared string
 * referenced from thousands of cells) is refused once the import's expansion limit is passed, before the
 * rest is written, with nothing left in the folder; upload leftovers of a crashed run are deleted at start.
 */
class ExpansionLimitTest {

    @TempDir
    Path dir;

    /** 2,000 cells all showing one 10,000-letter string: a small file, 20 MB of CSV. */
    private Path sharedStringBomb() throws IOException {
        Random random = new Random(5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        Path file = dir.resolve("bomb.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Notes");
            sheet.createRow(0).createCell(0).setCellValue("note_id");
            for (int r = 1; r <= 2_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("N-" + r);
                row.createCell(1).setCellValue(text.toString());
            }
            TestWorkbooks.write(book, file);
        }
        return file;
    }

    @Test
    void aWorkbookExpandingPastTheLimitIsRefusedAndLeavesNothingBehind() throws Exception {
        Path file = sharedStringBomb();
        assertThat(Files.size(file)).isLessThan(200_000);
        ReceivedFile received = new ReceivedFile("bomb.xlsx", file, Files.size(file));

        InputException e = catchThrowableOfType(InputException.class,
                () -> WorkbookSheets.read(received, new ExpansionLimit(1 << 20)));
        assertThat(e).isNotNull();
        assertThat(e.error().toString()).contains("bomb.xlsx")
                .contains("expands to more than 1 MB of data, the most one import may hold");
        assertThat(sheetFiles()).isEmpty();

        // The limit is what refuses it: with room for its 20 MB the same workbook reads.
        WorkbookSheets.Sheets sheets = WorkbookSheets.read(received, new ExpansionLimit(64L << 20));
        try (CsvInput notes = sheets.notes()) {
            assertThat(sheetFiles()).singleElement().satisfies(csv -> assertThat(Files.size(csv)).isGreaterThan(20_000_000));
        }
    }

    @Test
    void theLimitCountsEveryWorkbookOfOneImport() throws Exception {
        Path file = sharedStringBomb();
        ReceivedFile received = new ReceivedFile("bomb.xlsx", file, Files.size(file));
        ExpansionLimit limit = new ExpansionLimit(30L << 20);
        WorkbookSheets.read(received, limit).notes().close();
        InputException e = catchThrowableOfType(InputException.class, () -> WorkbookSheets.read(received, limit));
        assertThat(e).isNotNull();
        assertThat(sheetFiles()).isEmpty();
    }

    @Test
    void uploadFilesLeftByACrashedRunAreDeletedAtStart() throws Exception {
        Path folder = dir.resolve("uploads");
        Files.createDirectories(folder);
        Files.write(folder.resolve("notefolio-upload-1.part"), new byte[4096]);
        Files.write(folder.resolve("notefolio-sheet-2.csv"), new byte[100]);
        UploadReceiver.prepareFolder(folder);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(UploadReceiver.prepareFolder(dir.resolve("new"))).isDirectory();
    }

    private Stream<Path> files() throws IOException {
        return Files.list(dir);
    }

    private java.util.List<Path> sheetFiles() throws IOException {
        try (Stream<Path> files = files()) {
            return files.filter(p -> p.getFileName().toString().startsWith("notefolio-sheet-")).toList();
        }
    }
}
