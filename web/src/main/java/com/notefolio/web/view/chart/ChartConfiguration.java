package com.notefolio.web.view.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * What a Chart.js chart shows: its type ({@code bar}, {@code doughnut}…), title, labels and data sets,
 * whether bars stack, whether they run horizontally. {@link #toJson()} writes Chart.js's configuration
 * object; labels are user data (borrower names) and go only into JSON strings, never into script.
 */
public record ChartConfiguration(String type, String title, List<String> labels, List<ChartDataset> datasets,
                                 boolean stacked, boolean horizontal) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ChartConfiguration {
        Objects.requireNonNull(type, "type");
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
    }

    public static ChartConfiguration bar(String title, List<String> labels, List<ChartDataset> datasets) {
        return new ChartConfiguration("bar", title, labels, datasets, false, false);
    }

    public static ChartConfiguration doughnut(String title, List<String> labels, ChartDataset slices) {
        return new ChartConfiguration("doughnut", title, labels, List.of(slices), false, false);
    }

    public ChartConfiguration stackedBars() {
        return new ChartConfiguration(type, title, labels, datasets, true, horizontal);
    }

    public ChartConfiguration horizontalBars() {
        return new ChartConfiguration(type, title, labels, datasets, stacked, true);
    }

    /** Chart.js's configuration object as JSON text. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", type);
        ObjectNode data = root.putObject("data");
        ArrayNode labelArray = data.putArray("labels");
        labels.forEach(labelArray::add);
        ArrayNode sets = data.putArray("datasets");
        boolean rightAxis = false;
        for (ChartDataset d : datasets) {
            ObjectNode set = sets.addObject();
            set.put("label", d.label());
            ArrayNode values = set.putArray("data");
            d.values().forEach(v -> values.add(v == null || v.isNaN() || v.isInfinite() ? null : v));
            if (d.type() != null) {
                set.put("type", d.type());
                set.put("pointRadius", 0);
                set.put("borderWidth", 2);
                set.put("fill", false);
            }
            if (d.stack() != null) {
                set.put("stack", d.stack());
            }
            if (!d.colors().isEmpty()) {
                if (d.colors().size() == 1) {
                    set.put("backgroundColor", d.colors().get(0));
                    set.put("borderColor", d.colors().get(0));
                } else {
                    ArrayNode colors = set.putArray("backgroundColor");
                    d.colors().forEach(colors::add);
                }
            }
            if (!isCircular()) {
                set.put(horizontal ? "xAxisID" : "yAxisID", d.axis().equals(ChartDataset.RIGHT_AXIS)
                        ? (horizontal ? "x2" : "y2") : (horizontal ? "x" : "y"));
                rightAxis |= d.axis().equals(ChartDataset.RIGHT_AXIS);
            }
        }
        ObjectNode options = root.putObject("options");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        if (horizontal) {
            options.put("indexAxis", "y");
        }
        ObjectNode plugins = options.putObject("plugins");
        if (title != null) {
            plugins.putObject("title").put("display", true).put("text", title);
        }
        plugins.putObject("legend").put("display", isCircular() || datasets.size() > 1);
        if (!isCircular()) {
            ObjectNode scales = options.putObject("scales");
            String index = horizontal ? "y" : "x";
            String value = horizontal ? "x" : "y";
            scales.putObject(index).put("stacked", stacked);
            scales.putObject(value).put("stacked", stacked).put("beginAtZero", true);
            if (rightAxis) {
                ObjectNode second = scales.putObject(value + "2");
                second.put("position", horizontal ? "top" : "right").put("beginAtZero", true);
                second.putObject("grid").put("drawOnChartArea", false);
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a chart configuration", e);
        }
    }

    private boolean isCircular() {
        return type.equals("doughnut") || type.equals("pie");
    }
}
