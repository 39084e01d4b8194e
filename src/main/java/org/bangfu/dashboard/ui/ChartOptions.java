package org.bangfu.dashboard.ui;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** ECharts options as JSON: only what the dashboard draws, so the shape stays the same for the tests. */
final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Labels are Chinese: CJK fonts in the chain (as for the BPMN diagram), so the canvas never draws boxes. */
    static final String FONT_FAMILY = "Arial, \"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", \"Noto Sans SC\", "
            + "\"Microsoft YaHei\", \"PingFang SC\", sans-serif";

    private ChartOptions() {
    }

    /**
     * A bar chart with one bar per category, its series stacked on each other.
     *
     * @param series name of each series (in legend order) to one value per category
     */
    static ObjectNode stackedBar(List<String> categories, Map<String, List<? extends Number>> series) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("textStyle").put("fontFamily", FONT_FAMILY);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("type", "scroll");
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 8);
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        categories.forEach(x.putArray("data")::add);
        option.putObject("yAxis").put("type", "value");
        ArrayNode all = option.putArray("series");
        series.forEach((name, values) -> {
            ObjectNode one = all.addObject().put("name", name).put("type", "bar").put("stack", "total");
            ArrayNode data = one.putArray("data");
            values.forEach(v -> data.add(JSON.valueToTree(v)));
        });
        return option;
    }
}
