package com.notefolio.core.io;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Readers of the index data files a floating rate is set from (docs/portfolio-format.md):
 *
 * <ul>
 *   <li>the fixings CSV, {@code index, date, rate}: one observed value of an index a row, any order; one
 *       index may not have two different rates on one date;</li>
 *   <li>the index curve CSV, {@code index, base_date, tenor_months, rate}: the points of one
 *       {@link ForwardCurve} per index, its rows with one base date and increasing tenors.</li>
 * </ul>
 * Rates are fractions ({@code 0.0533}) or percentages ({@code 5.33%}), read through the bounded
 * {@link DecimalText}; a bad row fails with an {@link InputException} naming the file, line, column and
 * reason. Files are small (a few thousand fixings), so they are read whole.
 */
public final class IndexCsvReader {

    public static final String INDEX = "index";
    public static final String DATE = "date";
    public static final String RATE = "rate";
    public static final String BASE_DATE = "base_date";
    public static final String TENOR_MONTHS = "tenor_months";
    public static final List<String> FIXING_COLUMNS = List.of(INDEX, DATE, RATE);
    public static final List<String> CURVE_COLUMNS = List.of(INDEX, BASE_DATE, TENOR_MONTHS, RATE);

    private IndexCsvReader() {
    }

    /** The index data of a fixings file and an index curve file, either of which may be {@code null}. */
    public static IndexData read(Path fixings, Path curves) {
        if (fixings == null && curves == null) {
            return IndexData.NONE;
        }
        return IndexData.of(fixings == null ? List.of() : readFixings(fixings),
                curves == null ? List.of() : readCurves(curves));
    }

    /** The fixings of a file (UTF-8). */
    public static List<IndexFixing> readFixings(Path file) {
        try (Reader in = Utf8Input.open(file)) {
            return readFixings(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The fixings of CSV text named {@code source} in messages. */
    public static List<IndexFixing> readFixings(String source, Reader in) {
        List<IndexFixing> fixings = new ArrayList<>();
        // index → date → the row that gave it, to name both lines when one date has two rates.
        Map<String, Map<LocalDate, Long>> seen = new HashMap<>();
        try (HeaderedCsv csv = HeaderedCsv.open(source, in)) {
            InputException.throwIfAny(csv.headerErrors(FIXING_COLUMNS, new LinkedHashSet<>(FIXING_COLUMNS)));
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                row.requireNoExtraFields();
                String index = row.requiredText(INDEX);
                LocalDate date = row.requiredDate(DATE);
                BigDecimal rate = row.requiredRate(RATE);
                IndexFixing fixing;
                try {
                    fixing = new IndexFixing(index, date, rate);
                } catch (IllegalArgumentException e) {
                    throw row.error(RATE, row.text(RATE), reason(e));
                }
                Long before = seen.computeIfAbsent(fixing.index(), k -> new HashMap<>()).putIfAbsent(date, row.line());
                if (before != null) {
                    throw row.error(DATE, date.toString(), "index " + fixing.index() + " already has a fixing on this date"
                            + " (line " + before + ")");
                }
                fixings.add(fixing);
            }
        }
        if (fixings.isEmpty()) {
            throw new InputException(InputError.inColumn(source, 0, null, null, "the file has no fixings"));
        }
        return fixings;
    }

    /** The forward curves of a file (UTF-8), one per index. */
    public static List<ForwardCurve> readCurves(Path file) {
        try (Reader in = Utf8Input.open(file)) {
            return readCurves(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The forward curves of CSV text named {@code source} in messages. */
    public static List<ForwardCurve> readCurves(String source, Reader in) {
        Map<String, CurveRows> byIndex = new LinkedHashMap<>();
        try (HeaderedCsv csv = HeaderedCsv.open(source, in)) {
            InputException.throwIfAny(csv.headerErrors(CURVE_COLUMNS, new LinkedHashSet<>(CURVE_COLUMNS)));
            for (CsvRow next = csv.next(); next != null; next = csv.next()) {
                CsvRow row = next;
                row.requireNoExtraFields();
                String index = row.requiredText(INDEX);
                LocalDate base = row.requiredDate(BASE_DATE);
                row.requiredText(TENOR_MONTHS);
                int tenor = row.integer(TENOR_MONTHS);
                BigDecimal rate = row.requiredRate(RATE);
                CurveRows curve = byIndex.computeIfAbsent(index, k -> new CurveRows(base, row.line()));
                if (!curve.base.equals(base)) {
                    throw row.error(BASE_DATE, base.toString(), "index " + index + " has one curve, based on " + curve.base
                            + " (line " + curve.firstLine + ")");
                }
                if (!curve.points.isEmpty() && tenor <= curve.points.get(curve.points.size() - 1).tenorMonths()) {
                    throw row.error(TENOR_MONTHS, row.text(TENOR_MONTHS), "the tenors of index " + index
                            + " must increase: this one is not after the previous row's "
                            + curve.points.get(curve.points.size() - 1).tenorMonths());
                }
                try {
                    curve.points.add(new ForwardCurve.Point(tenor, rate));
                } catch (IllegalArgumentException e) {
                    boolean tenorWrong = e.getMessage().contains("tenor_months");
                    throw row.error(tenorWrong ? TENOR_MONTHS : RATE, row.text(tenorWrong ? TENOR_MONTHS : RATE), reason(e));
                }
            }
        }
        if (byIndex.isEmpty()) {
            throw new InputException(InputError.inColumn(source, 0, null, null, "the file has no curve points"));
        }
        List<ForwardCurve> curves = new ArrayList<>();
        byIndex.forEach((index, rows) -> curves.add(new ForwardCurve(index, rows.base, rows.points)));
        return curves;
    }

    private static final class CurveRows {
        final LocalDate base;
        final long firstLine;
        final List<ForwardCurve.Point> points = new ArrayList<>();

        CurveRows(LocalDate base, long firstLine) {
            this.base = base;
            this.firstLine = firstLine;
        }
    }

    /** The rule of a value's refusal, without the value the message already shows: "x = 2: must be…" gives "must be…". */
    private static String reason(IllegalArgumentException e) {
        String m = e.getMessage();
        int at = m.indexOf(": ", m.indexOf(" = ") + 1);
        return m.contains(" = ") && at > 0 ? m.substring(at + 2) : m;
    }

    private static InputException unreadable(Path file, IOException e) {
        return new InputException(InputError.inColumn(file.toString(), 0, null, null, "cannot be read: " + e.getMessage()));
    }
}
