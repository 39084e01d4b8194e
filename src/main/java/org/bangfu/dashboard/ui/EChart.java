package org.bangfu.dashboard.ui;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * One Apache ECharts chart (bar, line or pie) drawn from an ECharts option given as JSON. The browser side is
 * {@code src/main/frontend/echart.ts}; the option is kept here too, so tests read it without a browser, and the
 * element mirrors what it drew ({@code data-state}, {@code data-series}, {@code data-error}).
 */
@Tag("bangfu-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./echart.ts")
public class EChart extends Component implements HasSize {

    private String option = "";

    /** An empty chart, full width and 320 px high. */
    public EChart() {
        setWidthFull();
        setHeight("320px");
    }

    /** Draws the chart; an empty text clears it, text that is not a JSON object shows the error text. */
    public void setOption(String optionJson) {
        option = Objects.requireNonNullElse(optionJson, "");
        getElement().setProperty("option", option);
    }

    public void setOption(JsonNode optionJson) {
        setOption(optionJson == null ? "" : optionJson.toString());
    }

    public String getOption() {
        return option;
    }

    /** The text shown above ECharts' message when the option cannot be drawn (default: a Chinese sentence). */
    public void setErrorText(String text) {
        getElement().setAttribute("error-text", Objects.requireNonNullElse(text, ""));
    }
}
