package com.notefolio.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server counts what it receives: past the limit the upload stops and its temporary file is gone. */
class UploadReceiverTest {

    @TempDir
    Path dir;

    @Test
    void anUploadWithinTheLimitIsKeptWholeUntilClosed() throws IOException {
        UploadReceiver receiver = new UploadReceiver(1000, dir);
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        ReceivedFile file = receiver.receive("C:\\fakepath\\notes.csv", new ByteArrayInputStream(bytes));
        assertThat(file.name()).isEqualTo("notes.csv");
        assertThat(file.size()).isEqualTo(1000);
        assertThat(Files.readAllBytes(file.path())).isEqualTo(bytes);
        file.close();
        assertThat(files()).isEmpty();
    }

    @Test
    void anUploadPastTheLimitIsRefusedAndLeavesNoFile() throws IOException {
        UploadReceiver receiver = new UploadReceiver(1000, dir);
        assertThatThrownBy(() -> receiver.receive("big.csv", new ByteArrayInputStream(new byte[1001])))
                .isInstanceOf(UploadTooLargeException.class)
                .hasMessage("big.csv is larger than the 1000 bytes an upload may have; nothing was stored.");
        assertThat(files()).isEmpty();
    }

    @Test
    void anEndlessUploadIsCutShortlyAfterTheLimit() throws IOException {
        UploadReceiver receiver = new UploadReceiver(5L << 20, dir);
        long[] sent = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                sent[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                sent[0] += len;
                return len;
            }
        };
        assertThatThrownBy(() -> receiver.receive("endless.csv", endless))
                .isInstanceOf(UploadTooLargeException.class).hasMessageContaining("5 MB");
        assertThat(sent[0]).isLessThanOrEqualTo((5L << 20) + (64 << 10));
        assertThat(files()).isEmpty();
    }

    @Test
    void namesAreCleanedForShowingAndStoring() {
        assertThat(ReceivedFile.cleanName("/home/ann/book.xlsx")).isEqualTo("book.xlsx");
        assertThat(ReceivedFile.cleanName("evil\u0000\nname.csv")).isEqualTo("evilname.csv");
        assertThat(ReceivedFile.cleanName("  ")).isEqualTo("upload");
        assertThat(ReceivedFile.cleanName(null)).isEqualTo("upload");
        assertThat(ReceivedFile.cleanName("x".repeat(500))).hasSize(ReceivedFile.MAX_NAME);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
