package com.notefolio.reports.workbook;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The {@code Charts} sheet: one block per chart — its data as a small table (the engine's figures, fixed
 * values) and the bar chart drawn over it beside the table. A workbook's charts are all here, so they
 * print and render together; each covers its whole horizon (by month, or by year when there are more
 * than {@link #MAX_MONTHS} months) and one currency.
 */
public final class ChartSheet {

    /** Months a chart shows one by one; beyond, it shows years. */
    public static final int MAX_MONTHS = 120;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private int nextRow;
    private int charts;

    public ChartSheet(Workbook workbook, WorkbookStyles styles, String title, LocalDate asOf) {
        this.sheet = workbook.createSheet("Charts");
        this.styles = styles;
        RowWriter.of(sheet.createRow(0), styles).label("Charts, with the engine's figures they draw (fixed values;"
                + " the live figures are on the other sheets).");
        nextRow = 2;
        PrintLayout.apply(sheet, title, asOf, 0);
        sheet.setColumnWidth(0, 12 * 256);
    }

    /** Sums by month into sums by year when there are too many months to show one by one. */
    public static Map<String, double[]> byMonthOrYear(Map<YearMonth, double[]> byMonth, int series) {
        Map<String, double[]> out = new LinkedHashMap<>();
        boolean years = byMonth.size() > MAX_MONTHS;
        for (Map.Entry<YearMonth, double[]> e : byMonth.entrySet()) {
            String key = years ? Integer.toString(e.getKey().getYear()) : e.getKey().toString();
            double[] sum = out.computeIfAbsent(key, k -> new double[series]);
            for (int i = 0; i < series; i++) {
                sum[i] += e.getValue()[i];
            }
        }
        return out;
    }

    /** Whether {@link #byMonthOrYear} shows years for this many months. */
    public static boolean byYear(int months) {
        return months > MAX_MONTHS;
    }

    /**
     * A chart block: {@code categoryHeader} and one column per series, a row per category; then the chart.
     */
    public void add(String title, String categoryHeader, List<String> seriesNames, Map<String, double[]> rows,
                    CellStyle style, boolean stacked) {
        if (rows.isEmpty()) {
            return;
        }
        int top = nextRow;
        RowWriter.of(sheet.createRow(top), styles).label(title);
        RowWriter header = RowWriter.of(sheet.createRow(top + 1), styles).header(categoryHeader);
        seriesNames.forEach(header::header);
        int first = top + 3;
        List<String> categories = new ArrayList<>();
        List<Double[]> values = new ArrayList<>();
        for (int i = 0; i < seriesNames.size(); i++) {
            values.add(new Double[rows.size()]);
        }
        int r = top + 2;
        int k = 0;
        for (Map.Entry<String, double[]> e : rows.entrySet()) {
            RowWriter row = RowWriter.of(sheet.createRow(r++), styles).text(e.getKey());
            categories.add(e.getKey());
            for (int i = 0; i < seriesNames.size(); i++) {
                row.number(e.getValue()[i], style);
                values.get(i)[k] = e.getValue()[i] == 0 ? 0.0 : e.getValue()[i];
            }
            k++;
        }
        int last = first + rows.size() - 1;
        String s = StreamedTable.quoted(sheet.getSheetName()) + "!";
        List<BarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < seriesNames.size(); i++) {
            String c = org.apache.poi.ss.util.CellReference.convertNumToColString(i + 1);
            series.add(new BarChart.Series(seriesNames.get(i), s + "$" + c + "$" + first + ":$" + c + "$" + last,
                    values.get(i)));
        }
        for (int i = 1; i <= seriesNames.size(); i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
        BarChart.draw(sheet, seriesNames.size() + 2, top, title, categories.toArray(String[]::new),
                s + "$A$" + first + ":$A$" + last, series, stacked);
        charts++;
        nextRow = Math.max(r + 2, top + 25);
    }

    public int charts() {
        return charts;
    }
}
