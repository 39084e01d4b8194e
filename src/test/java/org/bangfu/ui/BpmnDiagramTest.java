package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.bangfu.Fixtures;
import org.bangfu.casework.CaseIntake;
import org.bangfu.casework.CaseViews;
import org.bangfu.workflow.ui.BpmnDiagram;
import org.bangfu.identification.HardshipCase;
import org.bangfu.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

class BpmnDiagramTest extends UiTest {

    private static final String XML = "<definitions id=\"D\"/>";

    @Autowired CaseIntake intake;
    @Autowired CaseViews views;

    @Test
    void aNewDiagramIsEmptyFullWidthAnd360PixelsHigh() {
        BpmnDiagram diagram = new BpmnDiagram();
        assertThat(diagram.getXml()).isEmpty();
        assertThat(diagram.getCompleted()).isEmpty();
        assertThat(diagram.getCurrent()).isEmpty();
        assertThat(diagram.getWidth()).isEqualTo("100%");
        assertThat(diagram.getHeight()).isEqualTo("360px");
        assertThat(diagram.getElement().getTag()).isEqualTo("bangfu-bpmn-diagram");
    }

    @Test
    void showKeepsTheXmlAndIdsAndMirrorsThemOnTheElement() {
        BpmnDiagram diagram = new BpmnDiagram();
        diagram.show(XML, Arrays.asList("StartEvent_A", "Task_A", null, "Task_A"), Set.of("Task_B"));

        assertThat(diagram.getXml()).isEqualTo(XML);
        assertThat(diagram.getCompleted()).containsExactly("StartEvent_A", "Task_A");
        assertThat(diagram.getCurrent()).containsExactly("Task_B");
        assertThat(diagram.getElement().getProperty("xml")).isEqualTo(XML);
        assertThat(diagram.getElement().getAttribute("data-completed")).isEqualTo("StartEvent_A Task_A");
        assertThat(diagram.getElement().getAttribute("data-current")).isEqualTo("Task_B");

        diagram.show(null, null, List.of());
        assertThat(diagram.getXml()).isEmpty();
        assertThat(diagram.getCompleted()).isEmpty();
        assertThat(diagram.getElement().getAttribute("data-current")).isEmpty();
    }

    @Test
    void theCaseScreenShowsItsProcessWithTheFinishedStepsAndTheOpenOne() {
        HardshipCase filed = intake.file(Fixtures.deepHardship(), user("cw_canyin"));
        login("cw_canyin");
        UI.getCurrent().navigate("cases/" + filed.caseNo());

        BpmnDiagram diagram = _get(BpmnDiagram.class, spec -> spec.withId("case-diagram"));
        assertThat(diagram.getXml()).contains("id=\"HardshipCaseProcess\"", "bpmndi:BPMNDiagram");
        assertThat(diagram.getCurrent()).containsExactly("Task_FirstReview");
        assertThat(diagram.getCompleted()).contains("StartEvent_CaseFiled", "Gateway_NeedsFirstReview")
                .doesNotContain("Task_FirstReview", "Task_ApproveFile");
    }

    @Test
    void theProcessModelOfACaseIsReadOnlyWithinJurisdiction() {
        HardshipCase filed = intake.file(Fixtures.deepHardship(), user("cw_canyin"));
        assertThat(views.processXml(filed.caseNo(), user("approver_zhongyuan"))).contains("HardshipCaseProcess");
        assertThatThrownBy(() -> views.processXml(filed.caseNo(), user("cw_huiji")))
                .isInstanceOf(NotFoundException.class);
    }
}
