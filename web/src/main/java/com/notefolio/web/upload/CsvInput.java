package com.notefolio.web.upload;

import com.notefolio.core.io.InputError;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CSV text for the core's readers: an uploaded CSV file as it is, or a workbook sheet written out as CSV
 * (a temporary file, deleted on close, whose lines map back to spreadsheet rows). The text is read as
 * strict UTF-8, so a file saved in another encoding is refused rather than read with wrong letters.
 */
final class CsvInput implements AutoCloseable {

    private final String source;
    private final Path file;
    private final RowNumbers rows;
    private final boolean temporary;

    private CsvInput(String source, Path file, RowNumbers rows, boolean temporary) {
        this.source = source;
        this.file = file;
        this.rows = rows;
        this.temporary = temporary;
    }

    /** An uploaded CSV file, named in messages by its file name; the caller keeps ownership of it. */
    static CsvInput uploaded(ReceivedFile upload) {
        return new CsvInput(upload.name(), upload.path(), null, false);
    }

    /** A sheet written to the temporary file {@code csv}, named {@code source} in messages; deleted on close. */
    static CsvInput sheet(String source, Path csv, RowNumbers rows) {
        return new CsvInput(source, csv, rows, true);
    }

    /** The name messages give the input. */
    String source() {
        return source;
    }

    /** The text, decoded as strict UTF-8. */
    Reader open() {
        try {
            Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return new StrictUtf8(in);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /** The spreadsheet row (or for a CSV upload, the line) of the row the core read at {@code line}. */
    long row(long line) {
        return rows == null ? line : rows.rowOf(line);
    }

    /** The error with its line turned into a spreadsheet row when it is about this input. */
    InputError located(InputError e) {
        if (rows == null || !e.source().equals(source) || e.line() <= 0) {
            return e;
        }
        return new InputError(e.source(), rows.rowOf(e.line()), e.column(), e.field(), e.value(), e.reason());
    }

    @Override
    public void close() {
        if (temporary) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Says in the message why bytes were refused: the core shows it as the reason the CSV is malformed. */
    private static final class StrictUtf8 extends FilterReader {

        StrictUtf8(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (CharacterCodingException e) {
                throw notUtf8(e);
            }
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (CharacterCodingException e) {
                throw notUtf8(e);
            }
        }

        private static IOException notUtf8(CharacterCodingException e) {
            return new IOException("the file is not UTF-8 text (save it as \"CSV UTF-8\")", e);
        }
    }
}
