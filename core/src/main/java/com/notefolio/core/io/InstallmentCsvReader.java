package com.notefolio.core.io;

import com.notefolio.core.note.InstallmentStep;
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
 * Reader of the installments CSV of notes with stepped installments ({@link InstallmentStep}, ACTUS LAX):
 * columns {@code note_id, from, amount} and the optional {@code kind} (any order, any case), one row per
 * step: from the date {@code from}, each due date repays {@code amount} of principal (kind {@code principal},
 * the default when blank) or pays {@code amount} in all (kind {@code payment}). A note's rows may be
 * interleaved with other notes'; their order and dates are the note's terms' to check, which
 * {@link PortfolioCsvReader} reports at the row's line. The whole file is loaded into {@link Installments},
 * as the draws are.
 *
 * <p>By default the first bad row throws an {@link InputException}; given an error consumer, every bad
 * row is reported to it and skipped.
 */
public final class InstallmentCsvReader {

    public static final String NOTE_ID = "note_id";
    public static final String FROM = "from";
    public static final String AMOUNT = "amount";
    /** {@code principal} (blank) or {@code payment}: {@link InstallmentStep.Kind}. */
    public static final String KIND = "kind";
    /** The columns every installments file must have. */
    public static final List<String> REQUIRED_COLUMNS = List.of(NOTE_ID, FROM, AMOUNT);
    /** Every column of the file, in the order a writer writes them. */
    public static final List<String> COLUMNS = List.of(NOTE_ID, FROM, AMOUNT, KIND);

    private static final Set<String> KNOWN = new LinkedHashSet<>(COLUMNS);

    private InstallmentCsvReader() {
    }

    /** Reads the file (UTF-8), stopping with an {@link InputException} at the first bad row. */
    public static Installments read(Path file) {
        return read(file, null);
    }

    /** Reads the file (UTF-8); with {@code onError}, every bad row is reported to it and left out. */
    public static Installments read(Path file, Consumer<InputError> onError) {
        try (Reader in = Utf8Input.open(file)) {
            return read(file.getFileName().toString(), in, onError);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads CSV text named {@code source} in messages; {@code onError} as for {@link #read(Path, Consumer)}. */
    public static Installments read(String source, Reader in, Consumer<InputError> onError) {
        Map<String, List<Installments.Row>> rows = new LinkedHashMap<>();
        try (HeaderedCsv csv = HeaderedCsv.open(source, in)) {
            List<InputError> headerErrors = csv.headerErrors(REQUIRED_COLUMNS, KNOWN);
            if (!headerErrors.isEmpty()) {
                if (onError == null) {
                    throw new InputException(headerErrors);
                }
                headerErrors.forEach(onError);
                return new Installments(source, rows);
            }
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                try {
                    row.requireNoExtraFields();
                    String id = row.requiredText(NOTE_ID);
                    LocalDate from = row.requiredDate(FROM);
                    BigDecimal amount = row.requiredDecimal(AMOUNT);
                    rows.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new Installments.Row(from, amount, kind(row), row.line()));
                } catch (InputException e) {
                    if (onError == null) {
                        throw e;
                    }
                    e.errors().forEach(onError);
                }
            }
        }
        return new Installments(source, rows);
    }

    /** The {@code kind} cell: blank is {@code principal}, as the note JSON's default. */
    private static InstallmentStep.Kind kind(CsvRow row) {
        String text = row.text(KIND);
        if (text == null || text.isBlank()) {
            return InstallmentStep.Kind.PRINCIPAL;
        }
        try {
            return InstallmentStep.Kind.of(text);
        } catch (IllegalArgumentException e) {
            throw row.error(KIND, text, e.getMessage());
        }
    }
}
