package com.notefolio.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's text decoded as strict UTF-8, with bytes that are not UTF-8 reported as an
 * {@link InputException} at their exact line (the JDK's reader says only {@code Input length = 1}, and
 * several kilobytes before the parser gets there). A file starting with a UTF-16 byte order mark is named
 * as such. A UTF-8 byte order mark is passed on; the readers skip it.
 */
final class Utf8Input extends Reader {

    private static final int BUFFER = 8192;

    private final String source;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    /** Line breaks decoded before the current buffer: the next line's number is this + 1. */
    private long lineBreaks;
    private boolean endOfInput;
    private boolean started;

    private Utf8Input(String source, InputStream in) {
        this.source = source;
        this.in = in;
    }

    /** The file's text; an unreadable file is an UncheckedIOException naming it. */
    static Reader open(Path file) {
        try {
            return new Utf8Input(file.getFileName().toString(), Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    /** Decodes the next chunk; false at the end of the text. */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0) {
            if (!endOfInput && bytes.remaining() < 4) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                if (!started) {
                    started = true;
                    refuseUtf16();
                }
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                throw new InputException(InputError.inColumn(source, lineBreaks + breaksIn(chars.position()) + 1,
                        null, null, "not UTF-8 text (byte " + String.format("0x%02X", bytes.get(bytes.position()) & 0xFF)
                                + " cannot start or continue a character here); save the file as UTF-8"));
            }
            if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
                break;
            }
            if (result.isOverflow()) {
                break;
            }
        }
        chars.flip();
        lineBreaks += breaksIn(chars.limit());
        return chars.hasRemaining();
    }

    private long breaksIn(int end) {
        long n = 0;
        for (int i = 0; i < end; i++) {
            if (chars.get(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private void refuseUtf16() {
        if (bytes.remaining() >= 2) {
            int b0 = bytes.get(0) & 0xFF;
            int b1 = bytes.get(1) & 0xFF;
            if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
                throw new InputException(InputError.inColumn(source, 1, null, null,
                        "the file is UTF-16 text; save it as UTF-8"));
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
