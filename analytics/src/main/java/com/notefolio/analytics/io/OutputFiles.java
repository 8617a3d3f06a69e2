package com.notefolio.analytics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The all-or-nothing ending of a Spark write: jobs write into a working folder beside the target, and
 * only a finished run replaces the target, so a failed run leaves nothing half-written behind.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** A fresh working folder beside {@code target}, named after it. */
    public static Path workingFolder(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.resolveSibling("." + abs.getFileName() + ".writing");
        deleteTree(dir);
        return dir;
    }

    /** Replaces {@code target} (a file or folder) by {@code finished}. */
    public static void replace(Path finished, Path target) {
        try {
            deleteTree(target);
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": " + e.getMessage(), e);
        }
    }

    /** The single part file Spark wrote into {@code folder} with one partition. */
    public static Path onlyPart(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")
                            && f.getFileName().toString().endsWith(extension))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no part file in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
    }

    public static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(p + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }
}
