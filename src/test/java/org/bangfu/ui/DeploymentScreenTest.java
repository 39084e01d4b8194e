package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bangfu.shell.ui.ErrorText;
import org.bangfu.modeling.ui.DeploymentsView;
import org.bangfu.workflow.ui.InboxView;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;

/** 部署审批: an analyst proposes from the screen, sees the change, cannot approve it; an administrator deploys it. */
class DeploymentScreenTest extends UiTest {

    @Autowired RepositoryService repository;
    @Autowired JdbcClient jdbc;

    private List<String> menu() {
        UI.getCurrent().navigate(InboxView.class);
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream().map(SideNavItem::getLabel)
                .toList();
    }

    private DecisionDefinition latestTier() {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey("ApprovalTierDecision")
                .latestVersion().singleResult();
    }

    private static byte[] changedTierDecision() throws IOException {
        String shipped = Files.readString(Path.of("bpmn", "ApprovalTierDecision.dmn"), StandardCharsets.UTF_8);
        String changed = shipped.replace("<description>单笔金额超过5万元", "<description>（说明更新）单笔金额超过5万元");
        assertThat(changed).isNotEqualTo(shipped);
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theScreenIsInTheMenuOfAnalystsAndAdministratorsOnly() {
        login("analyst");
        assertThat(menu()).contains("部署审批");
        login("admin");
        assertThat(menu()).contains("部署审批");
        login("cw_canyin");
        assertThat(menu()).doesNotContain("部署审批");
        assertThatThrownBy(() -> UI.getCurrent().navigate(DeploymentsView.class))
                .hasMessageContaining("Access is denied");
    }

    @Test
    void anAnalystProposesFromTheScreenSeesTheChangeAndOnlyASecondPersonApprovesIt() throws IOException {
        login("analyst");
        DeploymentsView view = UI.getCurrent().navigate(DeploymentsView.class).orElseThrow();
        long before = jdbc.sql("SELECT COUNT(*) FROM deployment_proposal").query(Long.class).single();
        var empty = Widgets.find(view, Paragraph.class, "deployment-empty");
        assertThat(empty.isVisible()).isEqualTo(before == 0);
        assertThat(empty.getText()).contains("暂无部署申请");

        view.receive("ApprovalTierDecision.dmn", changedTierDecision());
        var propose = Widgets.find(view, Button.class, "deployment-propose");
        _click(propose);
        var outcome = Widgets.find(view, Paragraph.class, "deployment-outcome");
        assertThat(outcome.getText()).contains("理由", "必填");

        Widgets.find(view, TextArea.class, "deployment-reason").setValue("补充说明文字，规则不变");
        _click(propose);
        assertThat(outcome.getText()).contains("已提交");
        long id = jdbc.sql("SELECT MAX(id) FROM deployment_proposal").query(Long.class).single();
        var proposals = Widgets.find(view, Grid.class, "deployment-proposals");
        assertThat(String.join(" ", GridKt._getFormattedRow(proposals, 0))).contains("#" + id, "周婷", "待审批");
        assertThat(empty.isVisible()).isFalse();
        var detail = Widgets.find(view, Div.class, "deployment-detail");
        assertThat(_get(detail, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("deployment-diff"))
                .getElement().getTextRecursively()).contains("Rule_National", "description", "（说明更新）");
        assertThat(_get(detail, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("deployment-lint"))
                .getElement().getTextRecursively()).contains("全部通过");
        assertThat(Widgets.find(view, Button.class, "deployment-approve").isEnabled()).isFalse();
        assertThat(Widgets.find(view, Button.class, "deployment-return").isEnabled()).isFalse();

        int versionBefore = latestTier().getVersion();
        login("admin");
        DeploymentsView review = UI.getCurrent().navigate(DeploymentsView.class, id).orElseThrow();
        var approve = Widgets.find(review, Button.class, "deployment-approve");
        assertThat(approve.isEnabled()).isTrue();
        _click(approve);
        assertThat(Widgets.find(review, ErrorText.class, "deployment-error").isVisible()).isFalse();
        assertThat(latestTier().getVersion()).isEqualTo(versionBefore + 1);
        var deploymentDetail = Widgets.find(review, Div.class, "deployment-detail");
        assertThat(deploymentDetail.getElement().getTextRecursively()).contains("已批准部署", "系统管理员");
        assertThat(approve.isEnabled()).isFalse();
    }

    @Test
    void aModelThatRemovesTheApprovalIsRefusedOnTheScreenAndNothingIsStored() throws IOException {
        login("analyst");
        DeploymentsView view = UI.getCurrent().navigate(DeploymentsView.class).orElseThrow();
        long before = jdbc.sql("SELECT COUNT(*) FROM deployment_proposal").query(Long.class).single();
        String withoutApproval = Files.readString(Path.of("bpmn", "AidRequestProcess.bpmn"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<bpmn:userTask id=\"Task_ApproveAid\".*?</bpmn:userTask>", "");
        view.receive("AidRequestProcess.bpmn", withoutApproval.getBytes(StandardCharsets.UTF_8));
        Widgets.find(view, TextArea.class, "deployment-reason").setValue("简化流程");
        _click(Widgets.find(view, Button.class, "deployment-propose"));
        var outcome = Widgets.find(view, Paragraph.class, "deployment-outcome");
        assertThat(outcome.getText()).contains("部署被拒绝", "Task_ApproveAid", "approval-step-removed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM deployment_proposal").query(Long.class).single()).isEqualTo(before);
    }
}
