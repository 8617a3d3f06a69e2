package com.notefolio.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * LibreOffice Calc for tests, headless, with a private profile: {@code soffice --convert-to} reads a
 * workbook, recalculates every formula (the profile sets {@code OOXMLRecalcMode} to 0, "always": by
 * default LibreOffice keeps the cached values of files it did not write) and writes it back as xlsx, or
 * prints it to PDF, which {@code pdftoppm} (poppler) renders to PNG. One soffice run converts many files:
 * each start costs about a second.
 */
public final class LibreOffice {

    private static Path profile;

    private LibreOffice() {
    }

    private static synchronized Path profile() throws IOException {
        if (profile == null) {
            profile = Files.createTempDirectory("notefolio-lo-profile");
            Path user = Files.createDirectories(profile.resolve("user"));
            Files.writeString(user.resolve("registrymodifications.xcu"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
                    oor:op="fuse"><value>0</value></prop></item>
                    </oor:items>
                    """, StandardCharsets.UTF_8);
        }
        return profile;
    }

    /** Each file as LibreOffice recalculates it, written as xlsx into {@code outDir} under the same name. */
    public static List<Path> recalculate(List<Path> files, Path outDir) throws IOException, InterruptedException {
        convert(files, outDir, "xlsx:Calc MS Excel 2007 XML");
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            Path p = outDir.resolve(f.getFileName().toString());
            assertThat(p).as("LibreOffice wrote %s", p).exists();
            out.add(p);
        }
        return out;
    }

    /** Each file printed to PDF by LibreOffice, into {@code outDir}. */
    public static List<Path> pdf(List<Path> files, Path outDir) throws IOException, InterruptedException {
        convert(files, outDir, "pdf");
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path p = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertThat(p).as("LibreOffice wrote %s", p).exists();
            out.add(p);
        }
        return out;
    }

    private static void convert(List<Path> files, Path outDir, String filter) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile().toUri(),
                "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Path log = Files.createTempFile(outDir, "soffice", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as("soffice: %s", Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }

    /** The pages of {@code pdf} rendered by pdftoppm at {@code dpi}. */
    public static List<BufferedImage> pages(Path pdf, int dpi) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(pdf.getParent(), "pages");
        Process p = new ProcessBuilder("pdftoppm", "-r", Integer.toString(dpi), "-png", pdf.toString(),
                dir.resolve("page").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("pdftoppm: %s", output).isZero();
        List<BufferedImage> images = new ArrayList<>();
        try (Stream<Path> pngs = Files.list(dir)) {
            for (Path png : pngs.sorted().toList()) {
                images.add(ImageIO.read(png.toFile()));
            }
        }
        return images;
    }

    /** Pixels of {@code image} within 2 of the colour {@code rgb} in each channel (anti-aliasing aside). */
    public static long pixelsOf(BufferedImage image, byte[] rgb) {
        int r = rgb[0] & 0xFF;
        int g = rgb[1] & 0xFF;
        int b = rgb[2] & 0xFF;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y);
                if (Math.abs(((c >> 16) & 0xFF) - r) <= 2 && Math.abs(((c >> 8) & 0xFF) - g) <= 2
                        && Math.abs((c & 0xFF) - b) <= 2) {
                    n++;
                }
            }
        }
        return n;
    }
}
