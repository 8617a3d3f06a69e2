package com.notefolio.reports.workbook;

import com.notefolio.core.pricer.ZeroCurve;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The {@code Curve} sheet: a zero curve's points as input cells (tenor in years, annually compounded
 * zero rate), named {@code CurveTenors} and {@code CurveRates}, and the interpolation the engine uses
 * ({@link ZeroCurve}: linear in tenor, flat before the first point and after the last) as a formula any
 * sheet can use, so editing a point moves every discount factor.
 */
public final class CurveSheet {

    private final String tenors;
    private final String rates;
    private final int points;

    private CurveSheet(String tenors, String rates, int points) {
        this.tenors = tenors;
        this.rates = rates;
        this.points = points;
    }

    /** Writes the curve's points to a new sheet {@code Curve} of {@code workbook}. */
    public static CurveSheet write(Workbook workbook, WorkbookStyles styles, ZeroCurve curve, String title,
                                   LocalDate asOf) {
        Sheet sheet = workbook.createSheet("Curve");
        RowWriter.of(sheet.createRow(0), styles).header("Tenor (years)").header("Zero rate").header("Meaning");
        double[] t = curve.tenors();
        double[] r = curve.rates();
        for (int i = 0; i < t.length; i++) {
            RowWriter row = RowWriter.of(sheet.createRow(i + 1), styles).number(t[i], styles.inputYears())
                    .number(r[i], styles.inputRate());
            if (i == 0) {
                row.text("Annually compounded zero rates by time from the as-of date (actual days / 365);"
                        + " linear in tenor between points, flat before the first and after the last.");
            }
        }
        int last = t.length + 1;
        InputValidation.decimal(sheet, 1, last - 1, 0, 0, 200, "A tenor is a number of years, 0 to 200, increasing.");
        InputValidation.decimal(sheet, 1, last - 1, 1, -0.99, 10, "A zero rate is a fraction above −100% (0.05 is 5%).");
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 100 * 256);
        PrintLayout.apply(sheet, title, asOf, 1);
        String tenors = "Curve!$A$2:$A$" + last;
        String rates = "Curve!$B$2:$B$" + last;
        name(workbook, "CurveTenors", tenors);
        name(workbook, "CurveRates", rates);
        return new CurveSheet(tenors, rates, t.length);
    }

    private static void name(Workbook workbook, String name, String range) {
        Name n = workbook.createName();
        n.setNameName(name);
        n.setRefersToFormula(range);
    }

    /**
     * The zero rate at {@code years} (a cell or expression, not negative) as a formula over the Curve
     * sheet's cells: the engine's interpolation, written with INDEX and MATCH only, which every spreadsheet
     * engine has.
     */
    public String zeroRate(String years) {
        String first = "INDEX(" + rates + ",1)";
        if (points == 1) {
            return first;
        }
        String i = "MATCH(" + years + "," + tenors + ",1)";
        String t0 = "INDEX(" + tenors + "," + i + ")";
        String t1 = "INDEX(" + tenors + "," + i + "+1)";
        String r0 = "INDEX(" + rates + "," + i + ")";
        String r1 = "INDEX(" + rates + "," + i + "+1)";
        return "IF(" + years + "<=INDEX(" + tenors + ",1)," + first + ",IF(" + years + ">=INDEX(" + tenors + ","
                + points + "),INDEX(" + rates + "," + points + ")," + r0 + "+(" + years + "-" + t0 + ")*(" + r1
                + "-" + r0 + ")/(" + t1 + "-" + t0 + ")))";
    }
}
