package com.notefolio.reports.workbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The XML of one sheet's rows on its way to the sheet's temporary file: encoded as UTF-8 into blocks, each
 * block deflated (raw deflate at the fastest level) and its CRC-32 taken on a background thread while the
 * next rows are being built, so that a million-row sheet is compressed on the second core during the export
 * rather than after it. Closing ends the deflate data with a sync flush (no final block), so that the
 * workbook can put the sheet's opening and closing XML around it without inflating and deflating it again;
 * {@link #crc()}, {@link #size()} and {@link #compressedSize()} are then the figures its zip entry needs.
 *
 * <p>Not thread-safe, like any {@link Writer} used by one SXSSF sheet; unlike {@link java.io.BufferedWriter}
 * it takes no lock per call, which for the cell-by-cell writing of SXSSF is most of the cost. Without an
 * executor (before {@link #deflateOn}) blocks are deflated in the writing thread.
 */
final class DeflatingSheetOutput extends Writer {

    /** Bytes a block holds: large enough that handing one over costs nothing, small enough to keep heap flat. */
    private static final int BLOCK = 256 * 1024;
    /** Blocks a sheet may have filled and not yet deflated: past this the rows wait for the deflater. */
    private static final int BLOCKS_IN_FLIGHT = 3;
    /** The two bytes of an empty final fixed-Huffman block: what makes the sync-flushed data a whole stream. */
    static final byte[] FINAL_EMPTY_BLOCK = {0x03, 0x00};
    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private final FileOutputStream file;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private final byte[] deflated = new byte[BLOCK];
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BLOCKS_IN_FLIGHT + 1);
    private Executor executor;
    private FutureTask<Void> last;
    private volatile IOException failure;
    private byte[] block = new byte[BLOCK];
    private int position;
    private char highSurrogate;
    private long size;
    private long compressedSize;
    private boolean closed;

    DeflatingSheetOutput(File target) throws IOException {
        this.file = new FileOutputStream(target);
        for (int i = 0; i < BLOCKS_IN_FLIGHT; i++) {
            free.add(new byte[BLOCK]);
        }
    }

    /** Deflates the filled blocks on {@code background} (one thread, so that blocks stay in order). */
    void deflateOn(Executor background) {
        this.executor = background;
    }

    /** The CRC-32 of every byte written, once closed. */
    long crc() {
        return crc.getValue();
    }

    /** The bytes written (UTF-8), once closed. */
    long size() {
        return size;
    }

    /** The deflated bytes in the file, once closed. */
    long compressedSize() {
        return compressedSize;
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (ch < 0x80 && highSurrogate == 0) {
            if (position == BLOCK) {
                handOver();
            }
            block[position++] = (byte) ch;
        } else {
            encode(ch);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (position == BLOCK) {
                handOver();
            }
            // ASCII straight into the block, as far as both allow; anything else one char at a time.
            int stop = Math.min(end, i + BLOCK - position);
            byte[] b = block;
            int p = position;
            if (highSurrogate == 0) {
                while (i < stop) {
                    char ch = s.charAt(i);
                    if (ch >= 0x80) {
                        break;
                    }
                    b[p++] = (byte) ch;
                    i++;
                }
            }
            position = p;
            if (i < stop) {
                write(s.charAt(i++));
            }
        }
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    /** An integer in decimal digits, without building a String. */
    void decimal(long value) throws IOException {
        if (position > BLOCK - 20) {
            handOver();
        }
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                write(Long.toString(value));
                return;
            }
            block[position++] = '-';
            value = -value;
        }
        if (value < Integer.MAX_VALUE) {
            positive((int) value);
            return;
        }
        int digits = digits(value);
        int p = position + digits;
        position = p;
        byte[] b = block;
        while (value >= 100) {
            // Two digits a division, from the table of 00…99.
            int pair = (int) (value % 100);
            value /= 100;
            b[--p] = DIGIT_PAIRS[2 * pair + 1];
            b[--p] = DIGIT_PAIRS[2 * pair];
        }
        int last = (int) value;
        if (last >= 10) {
            b[--p] = DIGIT_PAIRS[2 * last + 1];
            b[--p] = DIGIT_PAIRS[2 * last];
        } else {
            b[--p] = (byte) ('0' + last);
        }
    }

    /** Int arithmetic for the common case: row numbers, periods, day serials, most amounts in cents. */
    private void positive(int value) {
        int digits = 1;
        for (int limit = 10; digits < 10 && value >= limit; limit *= 10) {
            digits++;
        }
        int p = position + digits;
        position = p;
        byte[] b = block;
        while (value >= 100) {
            int q = value / 100;
            int pair = value - q * 100;
            value = q;
            b[--p] = DIGIT_PAIRS[2 * pair + 1];
            b[--p] = DIGIT_PAIRS[2 * pair];
        }
        if (value >= 10) {
            b[--p] = DIGIT_PAIRS[2 * value + 1];
            b[--p] = DIGIT_PAIRS[2 * value];
        } else {
            b[--p] = (byte) ('0' + value);
        }
    }

    private static int digits(long value) {
        int n = 1;
        long limit = 10;
        while (n < 19 && value >= limit) {
            n++;
            limit *= 10;
        }
        return n;
    }

    /**
     * Text as XML character data the way POI's sheet writer escapes it: the five XML specials, newline, return,
     * tab and no-break space as references; other control characters and the non-characters U+FFFE and
     * U+FFFF as '?'; the rest as UTF-8.
     */
    void escaped(String s) throws IOException {
        int length = s.length();
        int i = 0;
        while (i < length) {
            if (position == BLOCK) {
                handOver();
            }
            int stop = Math.min(length, i + BLOCK - position);
            byte[] b = block;
            int p = position;
            if (highSurrogate == 0) {
                // Plain ASCII straight into the block: nearly all of a workbook's text and formulas.
                while (i < stop) {
                    char ch = s.charAt(i);
                    if (ch < ' ' || ch >= 0x7F || ch == '<' || ch == '>' || ch == '&' || ch == '"') {
                        break;
                    }
                    b[p++] = (byte) ch;
                    i++;
                }
            }
            position = p;
            if (i < stop) {
                special(s.charAt(i++));
            }
        }
    }

    private void special(char ch) throws IOException {
        switch (ch) {
            case '<' -> write("&lt;");
            case '>' -> write("&gt;");
            case '&' -> write("&amp;");
            case '"' -> write("&quot;");
            case '\n' -> write("&#xa;");
            case '\r' -> write("&#xd;");
            case '\t' -> write("&#x9;");
            case '\u00A0' -> write("&#xa0;");
            default -> {
                if (ch < ' ' || ch == '\uFFFE' || ch == '\uFFFF') {
                    write('?');
                } else {
                    write(ch);
                }
            }
        }
    }

    /** Bytes already encoded (ASCII names, tags). */
    void ascii(byte[] bytes) throws IOException {
        ascii(bytes, bytes.length);
    }

    /** The first {@code length} of bytes already encoded. */
    void ascii(byte[] bytes, int length) throws IOException {
        if (position > BLOCK - length) {
            handOver();
        }
        System.arraycopy(bytes, 0, block, position, length);
        position += length;
    }

    private void encode(char ch) throws IOException {
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(ch)) {
                int cp = Character.toCodePoint(high, ch);
                put(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
                return;
            }
            // A high surrogate alone: '?' as Java's UTF-8 encoder (and so POI's writer) replaces it.
            put('?');
        }
        if (ch < 0x80) {
            put(ch);
        } else if (ch < 0x800) {
            put(0xC0 | (ch >> 6), 0x80 | (ch & 0x3F));
        } else if (Character.isHighSurrogate(ch)) {
            highSurrogate = ch;
        } else if (Character.isLowSurrogate(ch)) {
            put('?');
        } else {
            put(0xE0 | (ch >> 12), 0x80 | ((ch >> 6) & 0x3F), 0x80 | (ch & 0x3F));
        }
    }

    private void put(int... bytes) throws IOException {
        if (position > BLOCK - bytes.length) {
            handOver();
        }
        for (int b : bytes) {
            block[position++] = (byte) b;
        }
    }

    /** Hands the filled block to the deflater and takes an empty one, waiting while too many are in flight. */
    private void handOver() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (position == 0) {
            return;
        }
        byte[] full = block;
        int length = position;
        size += length;
        submit(() -> {
            deflate(full, length, Deflater.NO_FLUSH);
            free.add(full);
        });
        try {
            block = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the sheet's deflater");
        }
        position = 0;
    }

    private interface Step {
        void run() throws IOException;
    }

    private void submit(Step step) throws IOException {
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                if (failure == null) {
                    step.run();
                }
            } catch (IOException | RuntimeException e) {
                failure = e instanceof IOException io ? io : new IOException(e);
            }
            return null;
        });
        FutureTask<Void> before = last;
        last = task;
        if (executor == null) {
            task.run();
            return;
        }
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // The workbook's deflater has stopped (the workbook closed first): finish here, after what it had.
            if (before != null) {
                await(before);
            }
            task.run();
        }
    }

    private static void await(FutureTask<Void> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the sheet's deflater");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    /** Runs on the deflater's thread only (or the writer's, without one): the deflater and CRC are its own. */
    private void deflate(byte[] input, int length, int flush) throws IOException {
        crc.update(input, 0, length);
        deflater.setInput(input, 0, length);
        if (flush == Deflater.NO_FLUSH) {
            while (!deflater.needsInput()) {
                emit(deflater.deflate(deflated, 0, deflated.length, Deflater.NO_FLUSH));
            }
        } else {
            int n;
            do {
                n = deflater.deflate(deflated, 0, deflated.length, flush);
                emit(n);
            } while (n == deflated.length);
        }
    }

    private void emit(int n) throws IOException {
        if (n > 0) {
            file.write(deflated, 0, n);
            compressedSize += n;
        }
    }

    /** Nothing to do: blocks go to the deflater when full, and the rest on closing. */
    @Override
    public void flush() {
    }

    /** Deflates the rest with a sync flush, waits for the deflater and closes the file; again, does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (highSurrogate != 0) {
            highSurrogate = 0;
            put('?');
        }
        byte[] rest = block;
        int length = position;
        size += length;
        position = 0;
        submit(() -> deflate(rest, length, Deflater.SYNC_FLUSH));
        try {
            await(last);
        } finally {
            deflater.end();
            file.close();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
