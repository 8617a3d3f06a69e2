package com.notefolio.reports.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A bar chart over ranges of the workbook, drawn where an analyst would draw one (a ladder's interest and
 * principal by month, exposure by borrower). The series refer to the cells, so the chart follows edits;
 * the values are also cached in the chart because a streamed sheet's rows are no longer readable.
 */
public final class BarChart {

    /** One series: its title, its cell range and the values in it. */
    public record Series(String title, String range, Double[] values) {
    }

    private BarChart() {
    }

    /**
     * Draws a chart on {@code sheet} with its top-left corner at (column, row), 0-based, over categories
     * (labels and their range); {@code stacked} stacks the series (interest on principal) instead of
     * clustering them.
     */
    public static void draw(Sheet sheet, int column, int row, String title, String[] categories,
                            String categoryRange, List<Series> series, boolean stacked) {
        XSSFDrawing drawing = sheet instanceof SXSSFSheet s ? drawingOf(s) : ((XSSFSheet) sheet).createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, row, column + 14, row + 22));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        if (stacked) {
            // No overlap setting: its schema type is not in poi-ooxml-lite, and stacking works without it.
            data.setBarGrouping(BarGrouping.STACKED);
        }
        var cats = XDDFDataSourcesFactory.fromArray(categories, categoryRange);
        for (Series s : series) {
            var values = XDDFDataSourcesFactory.fromArray(s.values(), s.range());
            data.addSeries(cats, values).setTitle(s.title(), null);
        }
        chart.plot(data);
    }

    private static XSSFDrawing drawingOf(SXSSFSheet sheet) {
        sheet.createDrawingPatriarch();
        return sheet.getDrawingPatriarch();
    }
}
