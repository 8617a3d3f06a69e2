package com.notefolio.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookFileTest {

    @TempDir
    Path out;

    @TempDir
    Path poiTemp;

    @BeforeEach
    void watchPoiTemporaryFiles() {
        // SXSSF keeps each sheet's rows in a temporary file made through POI's TempFile strategy.
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
    }

    @AfterEach
    void restore() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void aFailedExportLeavesNoOutputAndNoTemporaryFiles() throws Exception {
        Path target = out.resolve("report.xlsx");
        assertThatThrownBy(() -> WorkbookFile.write(target, wb -> {
            WorkbookStyles styles = new WorkbookStyles(wb);
            StreamedTable table = new StreamedTable(wb, styles, "Flows",
                    List.of(new StreamedTable.Column("n", 6)), 1000);
            for (int i = 0; i < 5_000; i++) {
                table.next().integer(i);
            }
            assertThat(files(poiTemp)).as("SXSSF has spilled rows to disk").isNotEmpty();
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(files(out)).isEmpty();
        assertThat(files(poiTemp)).isEmpty();
    }

    @Test
    void aFailedExportLeavesAnExistingReportUntouched() throws Exception {
        Path target = out.resolve("report.xlsx");
        Files.writeString(target, "the previous report");
        assertThatThrownBy(() -> WorkbookFile.write(target, wb -> {
            wb.createSheet("Summary").createRow(0).createCell(0).setCellValue("partial");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("the previous report");
        assertThat(files(out)).containsExactly(target);
    }

    @Test
    void aSuccessfulExportLeavesOnlyTheReport() throws Exception {
        Path target = out.resolve("sub").resolve("report.xlsx");
        WorkbookFile.write(target, wb -> wb.createSheet("Summary").createRow(0).createCell(0).setCellValue("done"));
        assertThat(files(target.getParent())).containsExactly(target);
        assertThat(files(poiTemp)).isEmpty();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
