package com.notefolio.web.view.download;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A download made on request: {@code writer} fills a temporary file (a workbook written by SXSSF, say),
 * which is then streamed to the browser and deleted, so a large export never sits in memory. A failure is
 * logged and answered with an error status, never with half a file.
 */
public final class FileDownload implements DownloadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FileDownload.class);

    private final String fileName;
    private final String contentType;
    private final Consumer<Path> writer;

    public FileDownload(String fileName, String contentType, Consumer<Path> writer) {
        this.fileName = safeName(fileName);
        this.contentType = contentType;
        this.writer = writer;
    }

    public static FileDownload workbook(String fileName, Consumer<Path> writer) {
        return new FileDownload(fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", writer);
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) {
        Path dir = null;
        Path file = null;
        try {
            dir = Files.createTempDirectory("notefolio-download");
            file = dir.resolve(fileName);
            writer.accept(file);
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(Files.size(file));
            try (OutputStream out = event.getOutputStream()) {
                Files.copy(file, out);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("download {} failed: {}", fileName, e.toString());
            event.getResponse().setStatus(500);
        } finally {
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
                if (dir != null) {
                    Files.deleteIfExists(dir);
                }
            } catch (IOException e) {
                LOG.debug("could not delete {}", file);
            }
        }
    }

    /** A file name made of letters, digits, dot, dash and underscore only. */
    public static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "download" + safe : safe;
    }
}
