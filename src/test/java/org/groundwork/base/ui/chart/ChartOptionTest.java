package org.groundwork.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartOptionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void barsPutTheCategoriesOnTheXAxisAndOneSeriesPerName() {
        JsonNode option = JSON.readTree(ChartOption.bars("Time", List.of("Visits", "Admin"), List.of(
                new ChartOption.Series("Planned", List.of(60, 15)),
                new ChartOption.Series("Actual", List.of(40, 41)))).valueRange(0, 100).toJson());

        assertThat(option.at("/title/text").asString()).isEqualTo("Time");
        assertThat(option.at("/xAxis/type").asString()).isEqualTo("category");
        assertThat(option.at("/xAxis/data/1").asString()).isEqualTo("Admin");
        assertThat(option.at("/yAxis/max").asInt()).isEqualTo(100);
        assertThat(option.at("/series/1/name").asString()).isEqualTo("Actual");
        assertThat(option.at("/series/1/type").asString()).isEqualTo("bar");
        assertThat(option.at("/series/1/data/1").asInt()).isEqualTo(41);
    }

    @Test
    void horizontalBarsSwapTheAxesAndLinesKeepGaps() {
        JsonNode bars = JSON.readTree(ChartOption.horizontalBars(null, List.of("Manufacturing"), List.of(
                new ChartOption.Series("Planned", List.of(35)))).valueRange(0, 1).toJson());
        assertThat(bars.at("/yAxis/type").asString()).isEqualTo("category");
        assertThat(bars.at("/xAxis/max").asInt()).isEqualTo(1);
        assertThat(bars.has("title")).isFalse();

        java.util.List<Double> values = new java.util.ArrayList<>(java.util.Arrays.asList(.2, null, .4));
        JsonNode line = JSON.readTree(ChartOption.lines("Drift", List.of("Q1", "Q2", "Q3"), List.of(
                new ChartOption.Series("Index", values))).toJson());
        assertThat(line.at("/series/0/type").asString()).isEqualTo("line");
        assertThat(line.at("/series/0/data/1").isNull()).isTrue();
    }

    @Test
    void theComponentCarriesTheOptionAsJson() {
        EChart chart = new EChart(ChartOption.bars(null, List.of("A"), List.of(
                new ChartOption.Series("S", List.of(1)))));
        assertThat(chart.getOptionJson()).contains("\"type\":\"bar\"");
        assertThat(chart.getElement().getTag()).isEqualTo("gw-echart");
    }
}
