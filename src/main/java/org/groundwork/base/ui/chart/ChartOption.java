package org.groundwork.base.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An ECharts option built from plain series, for the charts the app draws: grouped bars (vertical or
 * horizontal) and lines over categories. Values may be null for a gap. Colours come from ECharts' default palette.
 */
public final class ChartOption {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One named series of values, one per category. */
    public record Series(String name, List<? extends Number> values) {
    }

    private final Map<String, Object> option = new LinkedHashMap<>();
    private boolean horizontal;

    private ChartOption(String title) {
        if (title != null) {
            option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        }
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 16, "top", title == null ? 16 : 40,
                "bottom", 32));
    }

    /** Vertical bars: one group per category, one bar per series. */
    public static ChartOption bars(String title, List<String> categories, List<Series> series) {
        return new ChartOption(title).axes(categories, false).series("bar", series);
    }

    /** Horizontal bars, for long category names (sectors, activities). */
    public static ChartOption horizontalBars(String title, List<String> categories, List<Series> series) {
        return new ChartOption(title).axes(categories, true).series("bar", series);
    }

    /** Lines over categories (e.g. quarters). */
    public static ChartOption lines(String title, List<String> categories, List<Series> series) {
        return new ChartOption(title).axes(categories, false).series("line", series);
    }

    /** Fixes the value axis, e.g. 0 to 1 for a drift index, or 0 to 100 for percentages. */
    public ChartOption valueRange(Number min, Number max) {
        @SuppressWarnings("unchecked")
        Map<String, Object> axis = (Map<String, Object>) option.get(horizontal ? "xAxis" : "yAxis");
        axis.put("min", min);
        axis.put("max", max);
        return this;
    }

    public String toJson() {
        return JSON.writeValueAsString(option);
    }

    private ChartOption axes(List<String> categories, boolean horizontalBars) {
        this.horizontal = horizontalBars;
        Map<String, Object> categoryAxis = new LinkedHashMap<>(Map.of("type", "category", "data", categories));
        Map<String, Object> valueAxis = new LinkedHashMap<>(Map.of("type", "value"));
        if (horizontal) {
            categoryAxis.put("inverse", true);
            option.put("xAxis", valueAxis);
            option.put("yAxis", categoryAxis);
        } else {
            option.put("xAxis", categoryAxis);
            option.put("yAxis", valueAxis);
        }
        return this;
    }

    private ChartOption series(String type, List<Series> series) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Series one : series) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", one.name());
            entry.put("type", type);
            entry.put("data", one.values());
            list.add(entry);
        }
        option.put("series", list);
        return this;
    }
}
