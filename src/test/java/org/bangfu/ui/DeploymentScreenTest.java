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

import org.bangfu.workflow.ui.DeploymentsView;
import org.bangfu.workflow.ui.InboxView;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

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
        assertThat(view.empty.isVisible()).isEqualTo(before == 0);
        assertThat(view.empty.getText()).contains("暂无部署申请");

        view.receive("ApprovalTierDecision.dmn", changedTierDecision());
        _click(view.propose);
        assertThat(view.outcome.getText()).contains("理由", "必填");

        view.reason.setValue("补充说明文字，规则不变");
        _click(view.propose);
        assertThat(view.outcome.getText()).contains("已提交");
        long id = jdbc.sql("SELECT MAX(id) FROM deployment_proposal").query(Long.class).single();
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("#" + id, "周婷", "待审批");
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(_get(view.detail, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("deployment-diff"))
                .getElement().getTextRecursively()).contains("Rule_National", "description", "（说明更新）");
        assertThat(_get(view.detail, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("deployment-lint"))
                .getElement().getTextRecursively()).contains("全部通过");
        assertThat(view.approve.isEnabled()).isFalse();
        assertThat(view.sendBack.isEnabled()).isFalse();

        int versionBefore = latestTier().getVersion();
        login("admin");
        DeploymentsView review = UI.getCurrent().navigate(DeploymentsView.class, id).orElseThrow();
        assertThat(review.approve.isEnabled()).isTrue();
        _click(review.approve);
        assertThat(review.error.isVisible()).isFalse();
        assertThat(latestTier().getVersion()).isEqualTo(versionBefore + 1);
        assertThat(review.detail.getElement().getTextRecursively()).contains("已批准部署", "系统管理员");
        assertThat(review.approve.isEnabled()).isFalse();
    }

    @Test
    void aModelThatRemovesTheApprovalIsRefusedOnTheScreenAndNothingIsStored() throws IOException {
        login("analyst");
        DeploymentsView view = UI.getCurrent().navigate(DeploymentsView.class).orElseThrow();
        long before = jdbc.sql("SELECT COUNT(*) FROM deployment_proposal").query(Long.class).single();
        String withoutApproval = Files.readString(Path.of("bpmn", "AidRequestProcess.bpmn"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<bpmn:userTask id=\"Task_ApproveAid\".*?</bpmn:userTask>", "");
        view.receive("AidRequestProcess.bpmn", withoutApproval.getBytes(StandardCharsets.UTF_8));
        view.reason.setValue("简化流程");
        _click(view.propose);
        assertThat(view.outcome.getText()).contains("部署被拒绝", "Task_ApproveAid", "approval-step-removed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM deployment_proposal").query(Long.class).single()).isEqualTo(before);
    }
}
