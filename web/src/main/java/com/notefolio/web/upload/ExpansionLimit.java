package com.notefolio.web.upload;

import java.io.FilterInputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;

/**
 * The most one import may expand a workbook to, counted as it happens: the sheets' XML read out of the
 * zip, and the temporary CSV written from them, each in total over every workbook of the import. POI's
 * zip-bomb ratio alone lets a 34 MB workbook that expands 56:1 through, writing 1.8 GB of CSV; past this
 * limit the import stops at once and its temporary files are deleted (issue 17 item 5). One per import:
 * it is not thread-safe.
 */
final class ExpansionLimit {

    private final long maxBytes;
    private long read;
    private long written;

    ExpansionLimit(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("notefolio.upload.max-expanded-bytes must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** {@code in} (a sheet's XML), counted against the limit. */
    InputStream reading(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    countRead(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    countRead(n);
                }
                return n;
            }
        };
    }

    /** {@code out} (a temporary CSV), counted against the limit in characters (at least one byte each). */
    Writer writing(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                countWritten(1);
                super.write(c);
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                countWritten(length);
                super.write(chars, offset, length);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                countWritten(length);
                super.write(text, offset, length);
            }
        };
    }

    private void countRead(long n) throws ExpansionTooLargeException {
        read += n;
        if (read > maxBytes) {
            throw new ExpansionTooLargeException(maxBytes);
        }
    }

    private void countWritten(long n) throws ExpansionTooLargeException {
        written += n;
        if (written > maxBytes) {
            throw new ExpansionTooLargeException(maxBytes);
        }
    }

    /** Thrown where the limit is passed; an IOException so that it crosses POI's and the SAX parser's code. */
    static final class ExpansionTooLargeException extends IOException {
        ExpansionTooLargeException(long maxBytes) {
            super("the workbook expands to more than " + (maxBytes >= 1 << 20 ? maxBytes / (1 << 20) + " MB"
                    : maxBytes + " bytes") + " of data, the most one import may hold; nothing was stored");
        }
    }
}
