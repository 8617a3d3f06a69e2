package com.notefolio.web.view.chart;

import java.util.List;
import java.util.Objects;

/**
 * One series of a chart: its label, one value per chart label, and how it is drawn — as the chart's
 * own type or as a {@code line} over bars, in a named {@code stack} of bars, against the left axis or
 * the right ({@link #RIGHT_AXIS}), in a CSS colour (several for the slices of a doughnut).
 */
public record ChartDataset(String label, List<Double> values, String type, String stack, String axis,
                           List<String> colors) {

    public static final String LEFT_AXIS = "y";
    public static final String RIGHT_AXIS = "y2";

    public ChartDataset {
        Objects.requireNonNull(label, "label");
        values = List.copyOf(values);
        axis = axis == null ? LEFT_AXIS : axis;
        colors = colors == null ? List.of() : List.copyOf(colors);
    }

    /** Bars (or slices) of the chart's type in one colour (none: Chart.js's default). */
    public static ChartDataset of(String label, List<Double> values, String color) {
        return new ChartDataset(label, values, null, null, null, color == null ? List.of() : List.of(color));
    }

    public ChartDataset stacked(String stackName) {
        return new ChartDataset(label, values, type, stackName, axis, colors);
    }

    /** This series drawn as a line against the right axis (a balance beside monthly flows, say). */
    public ChartDataset asLineOnRightAxis() {
        return new ChartDataset(label, values, "line", stack, RIGHT_AXIS, colors);
    }

    public ChartDataset withColors(List<String> sliceColors) {
        return new ChartDataset(label, values, type, stack, axis, sliceColors);
    }
}
