package com.notefolio.reports.workbook;

import com.notefolio.core.io.AtomicOutputFile;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a streamed workbook so that the target appears complete or not at all: the content is built in
 * an {@link SXSSFWorkbook} (a {@link DeflatingWorkbook}: its sheets are compressed while they are written),
 * written to a temporary file beside the target, synced, and renamed over it.
 * Whatever happens — the content failing half way included — the workbook is closed and its SXSSF
 * temporary files (one per sheet, in the POI temp folder) are disposed of, and the temporary output is
 * deleted, so a failed export leaves nothing behind.
 */
public final class WorkbookFile {

    /** Rows each sheet keeps in memory before flushing to its temporary file; formulas refer backwards freely. */
    static final int ROW_WINDOW = 200;

    private WorkbookFile() {
    }

    /** Builds the workbook with {@code content} and writes it to {@code target}. */
    public static void write(Path target, Consumer<SXSSFWorkbook> content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        SXSSFWorkbook workbook = new DeflatingWorkbook(ROW_WINDOW);
        Path temporary = null;
        try {
            content.accept(workbook);
            // Excel and Gnumeric compute every formula on opening; the cached results serve readers that do not.
            workbook.setForceFormulaRecalculation(true);
            Files.createDirectories(folder);
            // Beside the target, so the final rename stays on one file system and can be atomic.
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
            try (FileOutputStream out = new FileOutputStream(temporary.toFile())) {
                workbook.write(out);
                out.getFD().sync();
            }
            AtomicOutputFile.publish(temporary, absolute);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": " + e.getMessage(), e);
        } finally {
            try {
                workbook.close();
            } catch (IOException e) {
                // Closing only releases the package; the files that matter are disposed of next.
            }
            workbook.dispose();
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The name starts with a dot, so a leftover is not mistaken for a report.
                }
            }
        }
    }
}
