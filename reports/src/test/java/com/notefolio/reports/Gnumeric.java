package com.notefolio.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A real spreadsheet engine for tests: Gnumeric's {@code ssconvert --recalc} reads a workbook, computes
 * every formula (XNPV and XIRR included, which POI's evaluator lacks) and writes it back as xlsx with the
 * results cached in the cells, where POI can read them.
 */
public final class Gnumeric {

    private Gnumeric() {
    }

    /** The workbook at {@code file} as Gnumeric computes it. */
    public static XSSFWorkbook recalculate(Path file) throws IOException, InterruptedException {
        Path out = file.resolveSibling(file.getFileName() + ".recalc.xlsx");
        Path log = file.resolveSibling(file.getFileName() + ".ssconvert.log");
        Process p = new ProcessBuilder("ssconvert", "--recalc", file.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("ssconvert finished").isTrue();
        assertThat(p.exitValue()).as("ssconvert: %s", Files.readString(log, StandardCharsets.UTF_8)).isZero();
        return new XSSFWorkbook(Files.newInputStream(out));
    }
}
