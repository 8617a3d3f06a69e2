package com.notefolio.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reader of the rate-steps CSV of stepped notes: columns {@code note_id, from, rate} (any order, any
 * case), one row per rate change: from the date {@code from} on, the note accrues at {@code rate} (a
 * fraction, {@code 0.065}, or a percentage, {@code 6.5%}). A note's rows are in increasing date order and
 * may be interleaved with other notes'; the note's rate from its issue date is its {@code annual_rate},
 * so every step is after the issue date (checked when {@link PortfolioCsvReader} builds the note). The
 * whole file is loaded into {@link RateSteps}, as the stated schedules are.
 *
 * <p>By default the first bad row throws an {@link InputException}; given an error consumer, every bad
 * row is reported to it and skipped.
 */
public final class RateStepCsvReader {

    public static final String NOTE_ID = "note_id";
    public static final String FROM = "from";
    public static final String RATE = "rate";
    /** The columns of the file, all required. */
    public static final List<String> COLUMNS = List.of(NOTE_ID, FROM, RATE);

    private RateStepCsvReader() {
    }

    /** Reads the file (UTF-8), stopping with an {@link InputException} at the first bad row. */
    public static RateSteps read(Path file) {
        return read(file, null);
    }

    /** Reads the file (UTF-8); with {@code onError}, every bad row is reported to it and left out. */
    public static RateSteps read(Path file, Consumer<InputError> onError) {
        try (Reader in = Utf8Input.open(file)) {
            return read(file.getFileName().toString(), in, onError);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads CSV text named {@code source} in messages; {@code onError} as for {@link #read(Path, Consumer)}. */
    public static RateSteps read(String source, Reader in, Consumer<InputError> onError) {
        Map<String, List<RateSteps.Row>> rows = new LinkedHashMap<>();
        try (HeaderedCsv csv = HeaderedCsv.open(source, in)) {
            List<InputError> headerErrors = csv.headerErrors(COLUMNS, new LinkedHashSet<>(COLUMNS));
            if (!headerErrors.isEmpty()) {
                if (onError == null) {
                    throw new InputException(headerErrors);
                }
                headerErrors.forEach(onError);
                return new RateSteps(source, rows);
            }
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                try {
                    row.requireNoExtraFields();
                    String id = row.requiredText(NOTE_ID);
                    LocalDate from = row.requiredDate(FROM);
                    BigDecimal rate = row.requiredRate(RATE);
                    List<RateSteps.Row> note = rows.computeIfAbsent(id, k -> new ArrayList<>());
                    if (!note.isEmpty() && !from.isAfter(note.get(note.size() - 1).from())) {
                        throw row.error(FROM, from.toString(), "the steps of note " + id + " must be in increasing date order:"
                                + " this one is not after " + note.get(note.size() - 1).from() + " (line "
                                + note.get(note.size() - 1).line() + ")");
                    }
                    note.add(new RateSteps.Row(from, rate, row.line()));
                } catch (InputException e) {
                    if (onError == null) {
                        throw e;
                    }
                    e.errors().forEach(onError);
                }
            }
        }
        return new RateSteps(source, rows);
    }
}
