package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.bangfu.Fixtures;
import org.bangfu.casework.CaseIntake;
import org.bangfu.casework.ui.CaseDetailView;
import org.bangfu.casework.ui.InboxView;
import org.bangfu.casework.ui.IntakeView;
import org.bangfu.casework.ui.TaskView;
import org.bangfu.funds.ui.PaymentListView;
import org.bangfu.identification.AidType;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.IdentificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

class ScreensTest extends UiTest {

    @Autowired CaseIntake intake;
    @Autowired IdentificationService identification;
    @Autowired JdbcClient jdbc;

    private List<String> menu() {
        UI.getCurrent().navigate(InboxView.class);
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream().map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayOpen() {
        login("cw_canyin");
        assertThat(menu()).containsExactly("待办任务", "登记困难职工", "帮扶案件", "工作日历");

        login("finance_zhongyuan");
        assertThat(menu()).containsExactly("待办任务", "帮扶案件", "发放记录", "工作日历");

        login("analyst");
        assertThat(menu()).contains("评定规则").doesNotContain("登记困难职工", "发放记录", "审计日志");

        login("admin");
        assertThat(menu()).contains("发放记录", "评定规则", "审计日志", "组织与用户").doesNotContain("登记困难职工");
    }

    @Test
    void theLanguageSwitchTurnsTheScreensIntoEnglish() {
        login("cw_canyin");
        UI.getCurrent().navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<java.util.Locale> language =
                _get(com.vaadin.flow.component.select.Select.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(language, java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(IntakeView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("File a hardship case");
        assertThat(UI.getCurrent().getSession().getAttribute("bangfu.locale")).isEqualTo(java.util.Locale.ENGLISH);
    }

    @Test
    void aCaseWorkerCannotOpenTheFinanceScreenByAddress() {
        login("cw_canyin");
        assertThatThrownBy(() -> UI.getCurrent().navigate(PaymentListView.class))
                .hasMessageContaining("Access is denied");
        login("finance_zhongyuan");
        assertThat(UI.getCurrent().navigate(PaymentListView.class)).isPresent();
    }

    @Test
    void theIntakeFormShowsEachErrorBesideItsFieldAndSavesNothing() {
        login("cw_canyin");
        long before = jdbc.sql("SELECT COUNT(*) FROM hardship_case").query(Long.class).single();
        IntakeView view = UI.getCurrent().navigate(IntakeView.class).orElseThrow();
        view.workerName.setValue("王小明");
        view.residentId.setValue("410102198503120015");
        view.phone.setValue("1380013800");
        view.bankCard.setValue("6222020200112233445");
        view.requestedAmount.setValue(new BigDecimal("100.555"));
        _click(_get(Button.class, spec -> spec.withId("intake-submit")));

        assertThat(view.residentId.isInvalid()).isTrue();
        assertThat(view.residentId.getErrorMessage()).isEqualTo("身份号码校验位不正确");
        assertThat(view.phone.getErrorMessage()).isEqualTo("手机号码应为以1开头的11位数字");
        assertThat(view.bankCard.getErrorMessage()).isEqualTo("银行卡号校验未通过，请核对");
        assertThat(view.requestedAmount.getErrorMessage()).isEqualTo("金额最多保留两位小数");
        assertThat(view.employer.getErrorMessage()).isEqualTo("必填");
        assertThat(view.workerName.isInvalid()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hardship_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aValidIntakeDerivesBirthDateAndSexAndOpensTheNewCase() {
        login("cw_canyin");
        IntakeView view = UI.getCurrent().navigate(IntakeView.class).orElseThrow();
        String id = Fixtures.residentId();
        view.workerName.setValue("王小明");
        view.residentId.setValue(id);
        assertThat(view.birthDate.getValue()).isNotNull();
        assertThat(view.sex.getValue()).isNotNull();
        view.phone.setValue("13912345678");
        view.employer.setValue("豫香园餐饮");
        view.householdSize.setValue(2);
        view.householdYearlyIncome.setValue(new BigDecimal("12000"));
        view.rigidExpenses.setValue(BigDecimal.ZERO);
        view.hardshipCause.setValue(HardshipCause.DISABILITY);
        view.bankCard.setValue(Fixtures.bankCard("621700000000123"));
        view.aidType.setValue(AidType.LIVING);
        view.requestedAmount.setValue(new BigDecimal("2000"));
        _click(_get(Button.class, spec -> spec.withId("intake-submit")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(
                CaseDetailView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("case-state")).getText())
                .contains("待审批", "审批帮扶申请");
    }

    @Test
    void anApproverClaimsOpensAndApprovesFromTheInbox() {
        HardshipCase filed = intake.file(Fixtures.deepHardship(), user("cw_canyin"));
        login("approver_zhongyuan");
        InboxView inbox = UI.getCurrent().navigate(InboxView.class).orElseThrow();
        inbox.tabs.setSelectedTab(inbox.groupTab);
        assertThat(inbox.groupTab.getLabel()).startsWith("可认领（");
        int mineBefore = inbox.mineTabCount();
        @SuppressWarnings("unchecked")
        Grid<org.bangfu.casework.TaskItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        assertThat(GridKt._size(grid)).isPositive();
        _click(button(grid, filed.caseNo(), 0));
        assertThat(inbox.mineTabCount()).isEqualTo(mineBefore + 1);
        assertThat(inbox.mineTab.getLabel()).isEqualTo("我的任务（" + (mineBefore + 1) + "）");

        inbox.tabs.setSelectedTab(inbox.mineTab);
        _click(button(grid, filed.caseNo(), 0));
        TaskView task = (TaskView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        task.decision.setValue(Boolean.TRUE);
        task.amount.setValue(new BigDecimal("2800"));
        _click(_get(Button.class, spec -> spec.withId("decision-submit")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(InboxView.class);
        await(() -> identification.caseById(filed.id()).status() == CaseStatus.PAID, Duration.ofSeconds(20));
    }

    @Test
    void rejectingWithoutAReasonMarksTheReasonField() {
        HardshipCase filed = intake.file(Fixtures.deepHardship(), user("cw_canyin"));
        login("approver_zhongyuan");
        InboxView inbox = UI.getCurrent().navigate(InboxView.class).orElseThrow();
        inbox.tabs.setSelectedTab(inbox.groupTab);
        @SuppressWarnings("unchecked")
        Grid<org.bangfu.casework.TaskItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        _click(button(grid, filed.caseNo(), 0));
        inbox.tabs.setSelectedTab(inbox.mineTab);
        _click(button(grid, filed.caseNo(), 0));
        TaskView task = (TaskView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        task.decision.setValue(Boolean.FALSE);
        _click(_get(Button.class, spec -> spec.withId("decision-submit")));
        assertThat(task.reason.isInvalid()).isTrue();
        assertThat(task.reason.getErrorMessage()).isEqualTo("不批准时必须填写理由");
        assertThat(identification.caseById(filed.id()).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
    }

    /** The n-th button in the actions cell of the row of this case. */
    private static Button button(Grid<?> grid, String caseNo, int index) {
        return (Button) cell(grid, caseNo, "actions").getChildren().toList().get(index);
    }
}
