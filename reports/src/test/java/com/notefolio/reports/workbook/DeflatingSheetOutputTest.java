package com.notefolio.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeflatingSheetOutputTest {

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenInflatesBackToItsUtf8WithTheCrcAndSizeOfThoseBytes() throws Exception {
        // Text of every width in UTF-8 (1 to 4 bytes: ASCII, é, €, 😀 as a surrogate pair), several blocks long,
        // written through a background deflater. The reference is the JDK's own UTF-8 encoding of the text.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 80_000; i++) {
            text.append("<c r=\"A").append(i).append("\">é€😀").append(i % 7 == 0 ? "\n" : "");
        }
        String expected = text.toString();
        File file = dir.resolve("rows.bin").toFile();
        ExecutorService background = Executors.newSingleThreadExecutor();
        DeflatingSheetOutput out = new DeflatingSheetOutput(file);
        out.deflateOn(background);
        // In pieces of every kind the writer takes: strings, chars, a char array, single chars.
        int third = expected.length() / 3;
        out.write(expected.substring(0, third));
        out.write(expected.toCharArray(), third, third);
        for (int i = 2 * third; i < expected.length(); i++) {
            out.write(expected.charAt(i));
        }
        out.close();
        out.close();
        background.shutdown();

        byte[] utf8 = expected.getBytes(StandardCharsets.UTF_8);
        assertThat(utf8.length).as("more than a few 256 KiB blocks").isGreaterThan(1_000_000);
        assertThat(inflate(file)).isEqualTo(utf8);
        CRC32 crc = new CRC32();
        crc.update(utf8);
        assertThat(out.crc()).isEqualTo(crc.getValue());
        assertThat(out.size()).isEqualTo(utf8.length);
        assertThat(out.compressedSize()).isEqualTo(Files.size(file.toPath()));
    }

    @Test
    void escapingIsPoisAndALoneSurrogateBecomesAQuestionMarkAsJavasEncoderMakesIt() throws Exception {
        File file = dir.resolve("escaped.bin").toFile();
        DeflatingSheetOutput out = new DeflatingSheetOutput(file);
        out.escaped("a<b>&\"c\"\n\r\t\u00A0\u0001\uFFFE\uFFFF\uD800x é😀");
        out.decimal(0);
        out.write(' ');
        out.decimal(-1_234_567_890_123L);
        out.write(' ');
        out.decimal(Long.MIN_VALUE);
        out.close();
        // POI's SheetDataWriter.outputEscapedString writes the first line's references and question marks;
        // Java's UTF-8 encoder writes '?' for an unpaired surrogate.
        assertThat(new String(inflate(file), StandardCharsets.UTF_8)).isEqualTo(
                "a&lt;b&gt;&amp;&quot;c&quot;&#xa;&#xd;&#x9;&#xa0;????x é😀0 -1234567890123 " + Long.MIN_VALUE);
    }

    private static byte[] inflate(File file) throws Exception {
        // The file ends in a sync flush; the empty final block makes it a whole deflate stream.
        try (InputStream in = new InflaterInputStream(new SequenceInputStream(Files.newInputStream(file.toPath()),
                new ByteArrayInputStream(DeflatingSheetOutput.FINAL_EMPTY_BLOCK)), new Inflater(true))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
        }
    }
}
