package org.bangfu.workflow.ui;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A read-only BPMN diagram (bpmn-js NavigatedViewer: the mouse wheel zooms, dragging pans) that marks the finished
 * flow nodes, the open step(s) and the sequence flows taken between them. The browser side is
 * {@code src/main/frontend/bpmn-diagram.ts}; the state is kept here too, and mirrored on the element ({@code xml}
 * property, {@code data-completed} and {@code data-current} attributes) so tests can read it on either side.
 */
@Tag("bangfu-bpmn-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./bpmn-diagram.ts")
@CssImport("bpmn-js/dist/assets/diagram-js.css")
@CssImport("bpmn-js/dist/assets/bpmn-js.css")
@CssImport("bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css")
@CssImport("./bpmn-diagram.css")
public class BpmnDiagram extends Component implements HasSize {

    private String xml = "";
    private List<String> completed = List.of();
    private List<String> current = List.of();

    /** An empty diagram, full width and 360 px high. */
    public BpmnDiagram() {
        setWidthFull();
        setHeight("360px");
    }

    /**
     * Shows a process model; ids that are not in the model are ignored by the browser.
     *
     * @param bpmnXml             BPMN 2.0 XML with diagram interchange (an empty text clears the diagram)
     * @param completedElementIds ids of the flow nodes already passed
     * @param currentElementIds   ids of the step(s) open now
     */
    public void show(String bpmnXml, Collection<String> completedElementIds, Collection<String> currentElementIds) {
        xml = Objects.requireNonNullElse(bpmnXml, "");
        completed = ids(completedElementIds);
        current = ids(currentElementIds);
        getElement().setAttribute("data-completed", String.join(" ", completed));
        getElement().setAttribute("data-current", String.join(" ", current));
        getElement().setProperty("xml", xml);
    }

    /** The text shown above the parser's message when the XML cannot be shown (default: a Chinese sentence). */
    public void setErrorText(String text) {
        getElement().setAttribute("error-text", Objects.requireNonNullElse(text, ""));
    }

    public String getXml() {
        return xml;
    }

    public List<String> getCompleted() {
        return completed;
    }

    public List<String> getCurrent() {
        return current;
    }

    private static List<String> ids(Collection<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
