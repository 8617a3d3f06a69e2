package com.notefolio.core.io;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexFixing;
import java.nio.file.Path;
import java.util.List;

/**
 * Writer of index data in the files {@link IndexCsvReader} reads (docs/portfolio-format.md, "Index
 * data"): fixings as {@code index,date,rate} and forward curves as {@code index,base_date,tenor_months,rate},
 * one line per fixing or curve point, rates as their exact decimals. Each file is written whole or not at
 * all (a temporary file renamed over the target), so that what it writes reads back equal.
 */
public final class IndexCsvWriter extends CsvTableWriter {

    public static final String FIXINGS_HEADER = String.join(",", IndexCsvReader.FIXING_COLUMNS);
    public static final String CURVES_HEADER = String.join(",", IndexCsvReader.CURVE_COLUMNS);

    private IndexCsvWriter(CsvTarget target) {
        super(target);
    }

    /** Writes {@code fixings} to {@code file}, replacing it. */
    public static void writeFixings(Path file, List<IndexFixing> fixings) {
        try (IndexCsvWriter out = new IndexCsvWriter(CsvTarget.file(file, FIXINGS_HEADER))) {
            for (IndexFixing f : fixings) {
                out.line.text(f.index()).date(EpochDay.of(f.date())).raw(f.rate().toPlainString());
                out.target.write(out.line);
            }
            out.commit();
        }
    }

    /** Writes {@code curves}, point by point, to {@code file}, replacing it. */
    public static void writeCurves(Path file, List<ForwardCurve> curves) {
        try (IndexCsvWriter out = new IndexCsvWriter(CsvTarget.file(file, CURVES_HEADER))) {
            for (ForwardCurve c : curves) {
                for (ForwardCurve.Point p : c.points()) {
                    out.line.text(c.index()).date(EpochDay.of(c.baseDate())).integer(p.tenorMonths())
                            .raw(p.rate().toPlainString());
                    out.target.write(out.line);
                }
            }
            out.commit();
        }
    }
}
