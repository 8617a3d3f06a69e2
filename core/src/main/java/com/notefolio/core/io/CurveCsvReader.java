package com.notefolio.core.io;

import com.notefolio.core.pricer.ZeroCurve;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reader of a zero curve CSV: columns {@code tenor, rate}, one point a row, tenors increasing. A tenor is
 * years as a number ({@code 0.5}) or a count of days, weeks, months or years ({@code 30D}, {@code 2W},
 * {@code 6M}, {@code 10Y}; a day is 1/365 year, a month 1/12). A rate is an annually compounded zero rate,
 * a fraction ({@code 0.045}) or a percentage ({@code 4.5%}). See {@link ZeroCurve} for interpolation.
 */
public final class CurveCsvReader {

    public static final String TENOR = "tenor";
    public static final String RATE = "rate";
    public static final List<String> COLUMNS = List.of(TENOR, RATE);
    private static final Pattern TENOR_CODE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([DWMY])");

    private CurveCsvReader() {
    }

    /** Reads the curve; any bad row fails with an {@link InputException} naming file, line and column. */
    public static ZeroCurve read(Path file) {
        try (Reader in = Utf8Input.open(file)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new InputException(InputError.inColumn(file.toString(), 0, null, null,
                    "cannot be read: " + e.getMessage()));
        }
    }

    public static ZeroCurve read(String source, Reader in) {
        List<Double> tenors = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        try (HeaderedCsv csv = HeaderedCsv.open(source, in)) {
            InputException.throwIfAny(csv.headerErrors(COLUMNS, new LinkedHashSet<>(COLUMNS)));
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                row.requireNoExtraFields();
                String tenorText = row.requiredText(TENOR);
                double tenor = tenor(tenorText, row);
                if (!tenors.isEmpty() && !(tenor > tenors.get(tenors.size() - 1))) {
                    throw row.error(TENOR, tenorText, "tenors must increase: this one is not after the previous row's");
                }
                BigDecimal rate = row.requiredRate(RATE);
                if (rate.compareTo(BigDecimal.ONE.negate()) <= 0) {
                    throw row.error(RATE, rate.toPlainString(), "a zero rate must be above -100%");
                }
                tenors.add(tenor);
                rates.add(rate.doubleValue());
            }
        } catch (UncheckedIOException e) {
            throw new InputException(InputError.inColumn(source, 0, null, null, "cannot be read: " + e.getMessage()));
        }
        if (tenors.isEmpty()) {
            throw new InputException(InputError.inColumn(source, 0, null, null, "the curve has no points"));
        }
        return ZeroCurve.of(tenors.stream().mapToDouble(Double::doubleValue).toArray(),
                rates.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double tenor(String text, CsvRow row) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        Matcher m = TENOR_CODE.matcher(t);
        double years;
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            years = switch (m.group(2)) {
                case "D" -> n / 365;
                case "W" -> n * 7 / 365;
                case "M" -> n / 12;
                default -> n;
            };
        } else {
            try {
                years = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw row.error(TENOR, text, "not a tenor: years (2.5) or 30D, 2W, 6M, 10Y");
            }
        }
        if (!(years >= 0) || Double.isInfinite(years)) {
            throw row.error(TENOR, text, "a tenor must be zero or more years");
        }
        return years;
    }
}
