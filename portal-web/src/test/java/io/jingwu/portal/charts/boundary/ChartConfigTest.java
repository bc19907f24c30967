package io.jingwu.portal.charts.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartConfigTest {

    private static JsonObject parsed(ChartConfig config) {
        return Json.createReader(new StringReader(config.json())).readObject();
    }

    @Test
    void aStackedBarChartOfTwoSeriesWithAGap() {
        JsonObject chart = parsed(ChartConfig.of(ChartConfig.Kind.BAR, List.of("05-01", "05-02"), List.of(
                new ChartConfig.Series("纠纷", List.of(3L, 0L)),
                new ChartConfig.Series("诈骗", Arrays.asList(1L, null)))).stacked());

        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("05-01", "05-02"), chart.getJsonObject("data").getJsonArray("labels")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject second = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
        assertEquals("诈骗", second.getString("label"));
        assertTrue(second.getJsonArray("data").isNull(1), "no value is a gap, not a zero");
        assertTrue(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getBoolean("stacked"));
        assertFalse(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").containsKey("max"));
    }

    @Test
    void percentagesRunToAHundredAndHorizontalBarsTurnTheAxes() {
        JsonObject chart = parsed(ChartConfig.of(ChartConfig.Kind.BAR, List.of("a"),
                List.of(new ChartConfig.Series("s", List.of(50.0)))).percent().horizontal());

        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        assertEquals(100, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getInt("max"));
    }

    @Test
    void levelsRunInWholeStepsToTheHighest() {
        JsonObject chart = parsed(ChartConfig.of(ChartConfig.Kind.LINE, List.of("11-30", "12-01"),
                List.of(new ChartConfig.Series("level", Arrays.asList(4, null)))).wholeStepsUpTo(5));

        JsonObject y = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals(5, y.getInt("max"));
        assertEquals(1, y.getJsonObject("ticks").getInt("stepSize"));
    }

    /** The configuration is written inside the page's script element: nothing in a label may end it. */
    @Test
    void aLabelFromTheDatabaseCannotEndThePagesScript() {
        String label = "\"</script><script>alert(1)&\u2028";
        String json = ChartConfig.of(ChartConfig.Kind.LINE, List.of(label),
                List.of(new ChartConfig.Series(label, List.of(1)))).json();

        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        assertFalse(json.contains("\u2028"), "a raw line separator ends a JavaScript string in older engines");
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals(label, chart.getJsonObject("data").getJsonArray("labels").getString(0));
        assertEquals(label, chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
        assertEquals("line", chart.getString("type"));
    }
}
