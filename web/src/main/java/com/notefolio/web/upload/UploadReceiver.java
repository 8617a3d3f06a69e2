package com.notefolio.web.upload;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Receives uploads into temporary files, counting the bytes as they stream in: past
 * {@code notefolio.upload.max-bytes} the upload is aborted and its temporary file deleted. This is the
 * server's own limit; the browser is told the limit too, but a client can ignore what it is told.
 */
@Component
public class UploadReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(UploadReceiver.class);
    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final Path directory;

    /**
     * The application's receiver, writing into {@code notefolio.upload.temp-dir}: a folder of its own
     * (owner-only), so that what a crashed server left there can be deleted at start without touching
     * anything else (15 crashes had left 466 MB in the system's temporary folder).
     */
    @Autowired
    public UploadReceiver(@Value("${notefolio.upload.max-bytes}") long maxBytes,
                          @Value("${notefolio.upload.temp-dir}") String directory) throws IOException {
        this(maxBytes, prepareFolder(Path.of(directory)));
    }

    /** Creates the upload folder (owner-only) or empties it of a previous run's leftovers. */
    static Path prepareFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the profile's temporary folder is private already.
        }
        long left = 0;
        long bytes = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
                Files.deleteIfExists(file);
                left++;
            }
        }
        if (left > 0) {
            LOG.info("Deleted {} upload file(s) ({} bytes) an earlier run left in {}.", left, bytes, folder);
        }
        return folder;
    }

    /** A receiver writing its temporary files into {@code directory}. */
    public UploadReceiver(long maxBytes, Path directory) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("notefolio.upload.max-bytes must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.directory = directory;
    }

    /** The largest upload accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The bytes of {@code in} in a new temporary file (readable by this user only), or an
     * {@link UploadTooLargeException} as soon as they pass the limit, with nothing left on disk.
     */
    public ReceivedFile receive(String fileName, InputStream in) throws IOException {
        String name = ReceivedFile.cleanName(fileName);
        Path temp = Files.createTempFile(directory, "notefolio-upload-", ".part");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new UploadTooLargeException(name, maxBytes);
                }
                out.write(buffer, 0, n);
            }
            kept = true;
            return new ReceivedFile(name, temp, total);
        } finally {
            if (!kept) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The handler of an {@code Upload}: each file is received as {@link #receive} does and handed to
     * {@code onReceived} in the UI's thread, which then owns it (and must close it); a refusal's message
     * goes to {@code onRefused} and the upload request is answered 413. If the UI is gone, the file is
     * deleted at once.
     */
    public UploadHandler handler(SerializableConsumer<ReceivedFile> onReceived, SerializableConsumer<String> onRefused) {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                ReceivedFile file;
                try (InputStream in = event.getInputStream()) {
                    file = receive(event.getFileName(), in);
                } catch (UploadTooLargeException e) {
                    event.getResponse().setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    deliver(ui, () -> onRefused.accept(e.getMessage()), null);
                    throw e;
                }
                deliver(ui, () -> onReceived.accept(file), file);
            }

            /** A refusal for size answers 413 (Content Too Large); Vaadin's default would make it a 500. */
            @Override
            public void responseHandled(boolean success, VaadinResponse response) {
                if (!success && response instanceof HttpServletResponse http
                        && http.getStatus() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                    return;
                }
                UploadHandler.super.responseHandled(success, response);
            }
        };
    }

    private static void deliver(UI ui, com.vaadin.flow.server.Command command, ReceivedFile file) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            if (file != null) {
                file.close();
            }
        }
    }
}
