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
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reader of the draws CSV of structured notes: columns {@code note_id, date, amount} and the optional
 * {@code kind} (any order, any case), one row per dated amount: an {@code advance} of a grid note (the
 * default when blank) or an amount {@code forgiveness} forgives. A note's rows may be interleaved with other
 * notes'; their order, dates and sums are the note's terms' to check (against its dates and principal),
 * which {@link PortfolioCsvReader} reports at the row's line. The whole file is loaded into {@link Draws},
 * as the stated schedules are.
 *
 * <p>By default the first bad row throws an {@link InputException}; given an error consumer, every bad
 * row is reported to it and skipped.
 */
public final class DrawCsvReader {

    public static final String NOTE_ID = "note_id";
    public static final String DATE = "date";
    public static final String AMOUNT = "amount";
    /** {@code advance} (blank), {@code forgiveness} or {@code repayment}: {@link Draws.Kind}. */
    public static final String KIND = "kind";
    /** The columns every draws file must have. */
    public static final List<String> REQUIRED_COLUMNS = List.of(NOTE_ID, DATE, AMOUNT);
    /** Every column of the file, in the order a writer writes them. */
    public static final List<String> COLUMNS = List.of(NOTE_ID, DATE, AMOUNT, KIND);

    private static final Set<String> KNOWN = new LinkedHashSet<>(COLUMNS);

    private DrawCsvReader() {
    }

    /** Reads the file (UTF-8), stopping with an {@link InputException} at the first bad row. */
    public static Draws read(Path file) {
        return read(file, null);
    }

    /** Reads the file (UTF-8); with {@code onError}, every bad row is reported to it and left out. */
    public static Draws read(Path file, Consumer<InputError> onError) {
        try (Reader in = Utf8Input.open(file)) {
            return read(file.getFileName().toString(), in, onError);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads CSV text named {@code source} in messages; {@code onError} as for {@link #read(Path, Consumer)}. */
    public static Draws read(String source, Reader in, Consumer<InputError> onError) {
        Map<String, List<Draws.Row>> rows = new LinkedHashMap<>();
        try (HeaderedCsv csv = HeaderedCsv.open(source, in)) {
            List<InputError> headerErrors = csv.headerErrors(REQUIRED_COLUMNS, KNOWN);
            if (!headerErrors.isEmpty()) {
                if (onError == null) {
                    throw new InputException(headerErrors);
                }
                headerErrors.forEach(onError);
                return new Draws(source, rows);
            }
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                try {
                    row.requireNoExtraFields();
                    String id = row.requiredText(NOTE_ID);
                    LocalDate date = row.requiredDate(DATE);
                    BigDecimal amount = row.requiredDecimal(AMOUNT);
                    Draws.Kind kind;
                    try {
                        kind = Draws.Kind.of(row.text(KIND));
                    } catch (IllegalArgumentException e) {
                        throw row.error(KIND, row.text(KIND), e.getMessage());
                    }
                    rows.computeIfAbsent(id, k -> new ArrayList<>()).add(new Draws.Row(date, amount, kind, row.line()));
                } catch (InputException e) {
                    if (onError == null) {
                        throw e;
                    }
                    e.errors().forEach(onError);
                }
            }
        }
        return new Draws(source, rows);
    }
}
