package com.notefolio.core.io;

import com.notefolio.core.disclosure.DatedAmount;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reader of a payments CSV for the {@code apr} command: columns {@code date, amount} (any order, any
 * case), one scheduled payment a row, dates in order and none before the amount financed is advanced;
 * amounts are more than zero, in whole cents. Any bad row fails with an {@link InputException} naming
 * file, line and column; a file with no payment fails naming the file.
 */
public final class PaymentsCsvReader {

    public static final String DATE = "date";
    public static final String AMOUNT = "amount";
    public static final List<String> COLUMNS = List.of(DATE, AMOUNT);

    private PaymentsCsvReader() {
    }

    /** The payments of {@code file}, none of them before {@code advanced}. */
    public static List<DatedAmount> read(Path file, LocalDate advanced) {
        Reader opened;
        try {
            opened = Utf8Input.open(file);
        } catch (UncheckedIOException e) {
            // A missing or unreadable payments file is the user's input, not a failure of the program.
            throw new InputException(InputError.inColumn(file.toString(), 0, null, null,
                    "cannot be read: " + e.getCause()));
        }
        try (Reader in = opened) {
            return read(file.getFileName().toString(), in, advanced);
        } catch (IOException e) {
            throw new InputException(InputError.inColumn(file.toString(), 0, null, null,
                    "cannot be read: " + e.getMessage()));
        }
    }

    public static List<DatedAmount> read(String source, Reader in, LocalDate advanced) {
        List<DatedAmount> payments = new ArrayList<>();
        try (HeaderedCsv csv = HeaderedCsv.open(source, in)) {
            InputException.throwIfAny(csv.headerErrors(COLUMNS, new LinkedHashSet<>(COLUMNS)));
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                row.requireNoExtraFields();
                LocalDate date = row.requiredDate(DATE);
                if (date.isBefore(advanced)) {
                    throw row.error(DATE, date.toString(), "a payment cannot fall due before the amount financed is"
                            + " advanced on " + advanced);
                }
                if (!payments.isEmpty() && date.isBefore(payments.get(payments.size() - 1).date())) {
                    throw row.error(DATE, date.toString(), "payments must be in date order: this one is before the"
                            + " previous row's " + payments.get(payments.size() - 1).date());
                }
                BigDecimal amount = row.requiredDecimal(AMOUNT);
                if (amount.signum() <= 0) {
                    throw row.error(AMOUNT, amount.toPlainString(), "a payment must be more than zero");
                }
                if (amount.stripTrailingZeros().scale() > 2) {
                    throw row.error(AMOUNT, amount.toPlainString(), "a payment is whole cents: at most 2 decimals");
                }
                payments.add(new DatedAmount(date, amount));
            }
        } catch (UncheckedIOException e) {
            throw new InputException(InputError.inColumn(source, 0, null, null, "cannot be read: " + e.getMessage()));
        }
        if (payments.isEmpty()) {
            throw new InputException(InputError.inColumn(source, 0, null, null,
                    "there are no payments: one row of date,amount a payment is required"));
        }
        return payments;
    }
}
