package io.jingwu.portal.charts.boundary;

import io.jingwu.portal.security.control.PageJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * A Chart.js configuration as {@code p:chart} takes it (its {@code value}: the JSON of {@code new Chart(canvas,
 * config)}), built with JSON-P and written as {@link PageJson}, so that labels from the database (units' and services'
 * names) stay text inside the page's script. Bars or lines over one list of labels; a {@code null} value is a gap.
 */
public final class ChartConfig {

    /** Colours that stay apart for the colour-blind (Okabe and Ito), one per series in turn. */
    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");

    public enum Kind {
        BAR, LINE
    }

    /** @param values one per label, {@code null} where there is none */
    public record Series(String label, List<? extends Number> values) {
    }

    private final Kind kind;
    private final List<String> labels;
    private final List<Series> series;
    private boolean stacked;
    private Double max;
    private Double step;
    private boolean horizontal;

    private ChartConfig(Kind kind, List<String> labels, List<Series> series) {
        this.kind = kind;
        this.labels = labels;
        this.series = series;
    }

    public static ChartConfig of(Kind kind, List<String> labels, List<Series> series) {
        return new ChartConfig(kind, labels, series);
    }

    /** Series on top of each other: parts of one whole per label. */
    public ChartConfig stacked() {
        stacked = true;
        return this;
    }

    /** Values are percentages: the value axis runs from 0 to 100. */
    public ChartConfig percent() {
        max = 100.0;
        return this;
    }

    /** Values are the steps of a scale up to {@code highest} (levels 1 to 5): the value axis shows each whole step. */
    public ChartConfig wholeStepsUpTo(int highest) {
        max = (double) highest;
        step = 1.0;
        return this;
    }

    /** Bars run across, for long labels. */
    public ChartConfig horizontal() {
        horizontal = true;
        return this;
    }

    public String json() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(value -> {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value.doubleValue());
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour).add("spanGaps", true));
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder value = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked);
        if (max != null) {
            value.add("max", max);
        }
        if (step != null) {
            value.add("ticks", Json.createObjectBuilder().add("stepSize", step));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder()
                        .add(horizontal ? "x" : "y", value)
                        .add(horizontal ? "y" : "x", Json.createObjectBuilder().add("stacked", stacked)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return PageJson.of(Json.createObjectBuilder()
                .add("type", kind.name().toLowerCase(java.util.Locale.ROOT))
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options)
                .build());
    }
}
