package com.notefolio.web.upload;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final Path directory;

    @Autowired
    public UploadReceiver(@Value("${notefolio.upload.max-bytes}") long maxBytes) {
        this(maxBytes, Path.of(System.getProperty("java.io.tmpdir")));
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
     * goes to {@code onRefused}. If the UI is gone, the file is deleted at once.
     */
    public UploadHandler handler(SerializableConsumer<ReceivedFile> onReceived, SerializableConsumer<String> onRefused) {
        return event -> {
            UI ui = event.getUI();
            ReceivedFile file;
            try (InputStream in = event.getInputStream()) {
                file = receive(event.getFileName(), in);
            } catch (UploadTooLargeException e) {
                deliver(ui, () -> onRefused.accept(e.getMessage()), null);
                throw e;
            }
            deliver(ui, () -> onReceived.accept(file), file);
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
