package com.notefolio.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reader of the stated schedules CSV: columns {@code note_id, due_date, payment} (any order, any case), one
 * row per payment; a note's rows are in date order and may be interleaved with other notes'. The whole
 * file is loaded into a {@link StatedSchedules}, so memory grows with the stated rows (stated schedules are
 * few). Whether the payments fit their note (dates after issue and increasing, positive whole cents, the
 * principal retired) is checked when {@link PortfolioCsvReader} builds the note, and reported at the
 * schedule row's line.
 *
 * <p>By default the first bad row throws an {@link InputException}; given an error consumer, every bad
 * row is reported to it and skipped.
 */
public final class StatedScheduleCsvReader {

    public static final String NOTE_ID = "note_id";
    public static final String DUE_DATE = "due_date";
    public static final String PAYMENT = "payment";
    /** The columns of the file, all required. */
    public static final List<String> COLUMNS = List.of(NOTE_ID, DUE_DATE, PAYMENT);

    private StatedScheduleCsvReader() {
    }

    /** Reads the file (UTF-8), stopping with an {@link InputException} at the first bad row. */
    public static StatedSchedules read(Path file) {
        return read(file, null);
    }

    /**
     * Reads the file (UTF-8). With {@code onError} {@code null}, stops at the first bad row; otherwise
     * reports every bad row to it and leaves the row out.
     */
    public static StatedSchedules read(Path file, Consumer<InputError> onError) {
        try (Reader in = Utf8Input.open(file)) {
            return read(file.getFileName().toString(), in, onError);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads CSV text named {@code source} in messages; {@code onError} as for {@link #read(Path, Consumer)}. */
    public static StatedSchedules read(String source, Reader in, Consumer<InputError> onError) {
        Map<String, List<StatedSchedules.Row>> rows = new LinkedHashMap<>();
        try (HeaderedCsv csv = HeaderedCsv.open(source, in)) {
            List<InputError> headerErrors = csv.headerErrors(COLUMNS, new LinkedHashSet<>(COLUMNS));
            if (!headerErrors.isEmpty()) {
                if (onError == null) {
                    throw new InputException(headerErrors);
                }
                headerErrors.forEach(onError);
                return new StatedSchedules(source, rows);
            }
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                try {
                    row.requireNoExtraFields();
                    String id = row.requiredText(NOTE_ID);
                    LocalDate due = row.requiredDate(DUE_DATE);
                    BigDecimal payment = row.requiredDecimal(PAYMENT);
                    rows.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new StatedSchedules.Row(due, payment, row.line()));
                } catch (InputException e) {
                    if (onError == null) {
                        throw e;
                    }
                    e.errors().forEach(onError);
                }
            }
        }
        return new StatedSchedules(source, rows);
    }
}
