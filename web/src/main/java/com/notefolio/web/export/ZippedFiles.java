package com.notefolio.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A download of several files: written into a temporary folder, then zipped into the download's file in
 * the order named; the folder is deleted whatever happens, so nothing of a failed export is left behind.
 */
final class ZippedFiles {

    /** What writes the files into the folder; its result (the notes written, say) is returned. */
    @FunctionalInterface
    interface Writing<T> {
        T into(Path folder) throws IOException;
    }

    private ZippedFiles() {
    }

    static <T> T zip(List<String> names, Path out, Writing<T> writing) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("notefolio-export");
            T result = writing.into(folder);
            try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
                for (String name : names) {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(folder.resolve(name), zip);
                    zip.closeEntry();
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
        folder.toFile().delete();
    }
}
