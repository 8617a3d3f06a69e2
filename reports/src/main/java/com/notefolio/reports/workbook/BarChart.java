package com.notefolio.reports.workbook;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
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
 *
 * <p>Every series has its own solid fill from {@link #PALETTE}: a series without one inherits its
 * colour from the theme part, which POI does not write, and LibreOffice then draws no bars at all.
 * Stacked series overlap 100%, or each would stand beside the others instead of on them.
 */
public final class BarChart {

    /** The series colours, in order (RGB): strong, distinct, none of them grey like the grid and text. */
    public static final List<byte[]> PALETTE = List.of(rgb(0x1F, 0x77, 0xB4), rgb(0xFF, 0x7F, 0x0E),
            rgb(0x2C, 0xA0, 0x2C), rgb(0xD6, 0x27, 0x28), rgb(0x94, 0x67, 0xBD), rgb(0x8C, 0x56, 0x4B),
            rgb(0xE3, 0x77, 0xC2), rgb(0xBC, 0xBD, 0x22), rgb(0x17, 0xBE, 0xCF));

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    /** The colour of series {@code index} (from 0). */
    public static byte[] colour(int index) {
        return PALETTE.get(index % PALETTE.size()).clone();
    }

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
        data.setVaryColors(false);
        if (stacked) {
            data.setBarGrouping(BarGrouping.STACKED);
        } else {
            data.setBarGrouping(BarGrouping.CLUSTERED);
        }
        data.setGapWidth(50);
        var cats = XDDFDataSourcesFactory.fromArray(categories, categoryRange);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            var values = XDDFDataSourcesFactory.fromArray(s.values(), s.range());
            XDDFBarChartData.Series added = (XDDFBarChartData.Series) data.addSeries(cats, values);
            added.setTitle(s.title(), null);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour(i))));
            added.setShapeProperties(shape);
        }
        chart.plot(data);
        if (stacked) {
            overlapFully(chart);
        }
    }

    /**
     * {@code <c:overlap val="100"/>}, written as text: the typed setter needs a schema type
     * (ST_OverlapPercent) that poi-ooxml-lite leaves out.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        CTOverlap overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }
    }

    private static XSSFDrawing drawingOf(SXSSFSheet sheet) {
        sheet.createDrawingPatriarch();
        return sheet.getDrawingPatriarch();
    }
}
