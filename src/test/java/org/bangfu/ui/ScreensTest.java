package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bangfu.Fixtures;
import org.bangfu.approval.Outcome;
import org.bangfu.casework.CaseIntake;
import org.bangfu.workflow.TaskItem;
import org.bangfu.casework.ui.CaseDetailView;
import org.bangfu.casework.ui.CaseInputDialog;
import org.bangfu.casework.ui.EmergencyView;
import org.bangfu.workflow.ui.InboxView;
import org.bangfu.casework.ui.IntakeView;
import org.bangfu.identification.ui.MeansCheckImportView;
import org.bangfu.casework.ui.RequestAidDialog;
import org.bangfu.casework.ui.ReverificationView;
import org.bangfu.casework.ui.TaskView;
import org.bangfu.casework.ui.WatchListView;
import org.bangfu.casework.ui.forms.AidDecisionForm;
import org.bangfu.casework.ui.forms.CallBackForm;
import org.bangfu.casework.ui.forms.ExitAssessmentForm;
import org.bangfu.casework.ui.forms.MeansCheckForm;
import org.bangfu.casework.ui.forms.ProvideInfoForm;
import org.bangfu.casework.ui.forms.ReviseAidForm;
import org.bangfu.casework.ui.forms.TaskForm;
import org.bangfu.casework.ui.forms.VisitForm;
import org.bangfu.casework.ui.forms.YearlyReviewForm;
import org.bangfu.casework.ui.forms.CompleteEmergencyForm;
import org.bangfu.casework.ui.forms.ExitDecisionForm;
import org.bangfu.casework.ui.forms.FileDecisionForm;
import org.bangfu.casework.ui.forms.FirstReviewForm;
import org.bangfu.casework.ui.forms.HomeVisitForm;
import org.bangfu.casework.ui.forms.ObjectionForm;
import org.bangfu.funds.ui.PaymentListView;
import org.bangfu.identification.AidType;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.Health;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.MemberStatus;
import org.bangfu.identification.NewAttachment;
import org.bangfu.identification.Relation;
import org.bangfu.identification.ui.MemberRow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The case-work screens without a browser: menus by role, forms with their refusals beside the fields, the inbox. */
class ScreensTest extends UiTest {

    @Autowired CaseIntake intake;
    @Autowired IdentificationService identification;
    @Autowired JdbcClient jdbc;
    UiFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new UiFixtures(context);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private List<String> menu() {
        UI.getCurrent().navigate(InboxView.class);
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream().map(SideNavItem::getLabel)
                .toList();
    }

    private Object screen() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayOpen() {
        login("cw_canyin");
        assertThat(menu()).containsSubsequence("待办任务", "登记困难职工", "先行救助", "导入核对结果", "帮扶案件",
                "返困监测", "年度复核").doesNotContain("发放记录", "审计日志");

        login("approver_zhongyuan");
        assertThat(menu()).contains("待办任务", "帮扶案件", "返困监测", "年度复核")
                .doesNotContain("登记困难职工", "先行救助", "导入核对结果");

        login("finance_zhongyuan");
        assertThat(menu()).contains("待办任务", "帮扶案件", "发放记录")
                .doesNotContain("登记困难职工", "先行救助", "返困监测", "年度复核");

        login("analyst");
        assertThat(menu()).contains("评定规则", "年度复核").doesNotContain("登记困难职工", "发放记录", "审计日志", "返困监测");
    }

    @Test
    void theLanguageSwitchTurnsTheScreensIntoEnglish() {
        login("cw_canyin");
        UI.getCurrent().navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<java.util.Locale> language =
                _get(com.vaadin.flow.component.select.Select.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(language, java.util.Locale.ENGLISH);
        IntakeView intakeView = UI.getCurrent().navigate(IntakeView.class).orElseThrow();
        assertThat(intakeView.household.addMember.getText()).isEqualTo("Add a member");
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
        MemberRow member = view.household.addMember();
        member.name.setValue("王小红");
        member.relation.setValue(Relation.CHILD);
        member.residentId.setValue("41010220100101001X");
        member.status.setValue(MemberStatus.STUDENT);
        assertThat(view.household.householdSize.getValue()).isEqualTo(2);
        view.household.householdSize.setValue(3);
        _click(_get(Button.class, spec -> spec.withId("intake-submit")));

        assertThat(view.residentId.isInvalid()).isTrue();
        assertThat(view.residentId.getErrorMessage()).isEqualTo("身份号码校验位不正确");
        assertThat(view.phone.getErrorMessage()).isEqualTo("手机号码应为以1开头的11位数字");
        assertThat(view.bankCard.getErrorMessage()).startsWith("银行卡号校验未通过");
        assertThat(view.employer.getErrorMessage()).isEqualTo("必填");
        assertThat(view.hardshipCause.isInvalid()).isTrue();
        assertThat(view.household.householdSize.getErrorMessage()).isEqualTo("家庭人口应为 2（申请人加所列家庭成员）");
        assertThat(member.residentId.isInvalid()).isTrue();
        assertThat(member.residentId.getErrorMessage()).startsWith("身份号码");
        assertThat(view.household.hukouDivision.getErrorMessage()).isEqualTo("请填写6位行政区划代码");
        assertThat(view.workerName.isInvalid()).isFalse();
        assertThat(member.name.isInvalid()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hardship_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aValidHouseholdApplicationDerivesBirthDateAndSexAndOpensTheNewCase() {
        login("cw_canyin");
        IntakeView view = UI.getCurrent().navigate(IntakeView.class).orElseThrow();
        view.workerName.setValue("王小明");
        view.residentId.setValue(Fixtures.residentId());
        assertThat(view.birthDate.getValue()).isNotNull();
        assertThat(view.sex.getValue()).isNotNull();
        view.phone.setValue("13912345678");
        view.employer.setValue("豫香园餐饮");
        view.hardshipCause.setValue(HardshipCause.DISABILITY);
        view.bankCard.setValue(Fixtures.bankCard("621700000000123"));
        view.cardHolderName.setValue("王小明");
        assertThat(view.household.ethnicity.getValue()).isEqualTo("汉族");
        view.household.householdYearlyIncome.setValue(new BigDecimal("12000"));
        view.household.rigidExpenses.setValue(BigDecimal.ZERO);
        view.household.health.setValue(Health.DISABLED);
        view.household.industry.setValue("餐饮业");
        view.household.hukouDivision.setValue("410102");
        view.household.address.setValue("郑州市中原区建设路1号");
        view.household.situation.setValue("本人残疾，收入低");
        MemberRow member = view.household.addMember();
        member.name.setValue("王小红");
        member.relation.setValue(Relation.CHILD);
        member.residentId.setValue(Fixtures.residentId());
        member.status.setValue(MemberStatus.STUDENT);
        member.employerOrSchool.setValue("郑州市第一中学");
        assertThat(view.household.householdSize.getValue()).isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withId("intake-submit")));

        assertThat(screen()).isInstanceOf(CaseDetailView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-state")).getText()).contains("已申请", "基层工会初审");
        @SuppressWarnings("unchecked")
        Grid<Object> members = _get(Grid.class, spec -> spec.withId("case-members"));
        assertThat(GridKt._size(members)).isEqualTo(1);
    }

    @Test
    void emergencyReliefOverTheCapIsRefusedBesideTheAmount() {
        login("cw_canyin");
        EmergencyView view = UI.getCurrent().navigate(EmergencyView.class).orElseThrow();
        view.workerName.setValue("急难职工");
        view.residentId.setValue(Fixtures.residentId());
        view.phone.setValue("13900139000");
        view.employer.setValue("测试物流公司");
        view.hardshipCause.setValue(HardshipCause.ACCIDENT);
        view.situation.setValue("工伤住院");
        view.bankCard.setValue(Fixtures.bankCard("622202020011224"));
        view.cardHolderName.setValue("急难职工");
        view.amount.setValue(new BigDecimal("999999"));
        view.purpose.setValue("住院费用");
        view.submit.click();
        assertThat(view.amount.isInvalid()).isTrue();
        assertThat(view.amount.getErrorMessage()).startsWith("先行救助金额不能超过");
    }

    @Test
    void theInboxFiltersByTaskTypeAndCaseAndClaimsSeveralTasksAtOnce() {
        HardshipCase first = fixtures.fileDeep();
        HardshipCase second = fixtures.fileDeep();
        login("cw_canyin");
        InboxView inbox = UI.getCurrent().navigate(InboxView.class).orElseThrow();
        inbox.tabs.setSelectedTab(inbox.groupTab);
        inbox.taskType.setValue("Task_FirstReview");
        assertThat(GridKt._findAll(inbox.grid)).isNotEmpty().allMatch(t -> t.taskKey().equals("Task_FirstReview"));
        inbox.taskType.setValue("Task_ApproveFile");
        assertThat(GridKt._findAll(inbox.grid)).noneMatch(t -> t.caseNo().equals(first.caseNo()));
        inbox.taskType.setValue("Task_FirstReview");
        inbox.search.setValue(first.caseNo());
        assertThat(GridKt._findAll(inbox.grid)).extracting(TaskItem::caseNo).containsExactly(first.caseNo());

        inbox.search.clear();
        GridKt._findAll(inbox.grid).stream()
                .filter(t -> t.caseNo().equals(first.caseNo()) || t.caseNo().equals(second.caseNo()))
                .forEach(inbox.grid::select);
        assertThat(inbox.grid.getSelectedItems()).hasSize(2);
        assertThat(inbox.claimSelected().claimed()).isEqualTo(2);

        inbox.tabs.setSelectedTab(inbox.mineTab);
        assertThat(GridKt._findAll(inbox.grid)).extracting(TaskItem::caseNo).contains(first.caseNo(), second.caseNo());
    }

    @Test
    void aCaseWorkerPassesTheFirstReviewOnTheTaskScreenAndReturnsToTheInbox() {
        HardshipCase c = fixtures.fileDeep();
        String taskId = fixtures.claim(c, "Task_FirstReview", UiFixtures.CW);
        login("cw_canyin");
        UI.getCurrent().navigate("tasks/" + taskId);
        FirstReviewForm form = (FirstReviewForm) ((TaskView) screen()).form;
        form.submit.click();
        assertThat(form.passed.getErrorMessage()).isEqualTo("必填");
        form.passed.setValue(true);
        form.note.setValue("材料齐全");
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.VERIFYING);
    }

    @Test
    void rejectingAFileWithoutAReasonMarksTheReasonField() {
        HardshipCase c = fixtures.awaitingFileApproval();
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        login("approver_zhongyuan");
        InboxView inbox = UI.getCurrent().navigate(InboxView.class).orElseThrow();
        inbox.tabs.setSelectedTab(inbox.groupTab);
        inbox.search.setValue(c.caseNo());
        _click(button(inbox.grid, c.caseNo(), 0));
        inbox.tabs.setSelectedTab(inbox.mineTab);
        _click(button(inbox.grid, c.caseNo(), 0));
        FileDecisionForm form = (FileDecisionForm) ((TaskView) screen()).form;
        form.decision.setValue(Outcome.REJECTED);
        _click(_get(Button.class, spec -> spec.withId("decision-submit")));
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage()).isEqualTo("不批准时必须填写理由");
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

        form.decision.setValue(Outcome.APPROVED);
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void anAidRequestOverTheCapShowsTheCapBesideTheAmount() {
        HardshipCase c = fixtures.openFile();
        login("cw_canyin");
        UI.getCurrent().navigate("cases/" + c.caseNo());
        CaseDetailView view = (CaseDetailView) screen();
        assertThat(view.requestAid.isVisible()).isTrue();
        RequestAidDialog dialog = view.openRequestAid();
        dialog.aidType.setValue(AidType.LIVING);
        assertThat(dialog.cap.getText()).startsWith("上限");
        dialog.amount.setValue(new BigDecimal("999999"));
        dialog.purpose.setValue("生活困难");
        dialog.submit.click();
        assertThat(dialog.amount.isInvalid()).isTrue();
        assertThat(dialog.amount.getErrorMessage()).startsWith("超过上限");
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void anExitDecisionAboveSixtyPercentShowsTheLimitBesideTheMonthlyAid() {
        HardshipCase c = fixtures.exitAssessed();
        String taskId = fixtures.claim(c, "Task_ApproveExit", UiFixtures.APPROVER);
        login("approver_zhongyuan");
        UI.getCurrent().navigate("tasks/" + taskId);
        ExitDecisionForm form = (ExitDecisionForm) ((TaskView) screen()).form;
        form.approve.setValue(true);
        form.gradualMonths.setValue(2);
        form.monthlyAid.setValue(new BigDecimal("180.01"));
        form.submit.click();
        assertThat(form.monthlyAid.isInvalid()).isTrue();
        assertThat(form.monthlyAid.getErrorMessage()).isEqualTo("渐退期月帮扶不能超过 180.00 元（原月均帮扶 300.00 元的60%）");
        assertThat(screen()).isInstanceOf(TaskView.class);
    }

    @Test
    void aRefusedMeansCheckFileListsItsProblemsByLine() {
        login("cw_canyin");
        MeansCheckImportView view = UI.getCurrent().navigate(MeansCheckImportView.class).orElseThrow();
        view.importFile("residentId,homesOwned\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(GridKt._size(view.problems)).isPositive();
        assertThat(String.join(" ", GridKt._getFormattedRow(view.problems, 0))).contains("第 1 行");
        assertThat(view.progress.isVisible()).isFalse();
    }

    @Test
    void aTimelyObjectionIsRecordedFromTheCaseAndResolvedOnItsTaskScreen() {
        HardshipCase c = fixtures.inNotice();
        assertThat(c.status()).isEqualTo(CaseStatus.NOTICE);
        login("cw_canyin");
        UI.getCurrent().navigate("cases/" + c.caseNo());
        CaseDetailView view = (CaseDetailView) screen();
        assertThat(view.lodgeObjection.isVisible()).isTrue();
        assertThat(view.requestAid.isVisible()).isFalse();
        CaseInputDialog dialog = view.openLodgeObjection();
        dialog.submit.click();
        assertThat(((TextField) dialog.errors.find("objector")).getErrorMessage()).isEqualTo("必填");
        ((TextField) dialog.errors.find("objector")).setValue("邻居张某");
        ((TextArea) dialog.errors.find("content")).setValue("家中有两套住房");
        dialog.submit.click();
        fixtures.runJobs(c);

        String taskId = fixtures.claim(c, "Task_ResolveObjection", UiFixtures.CW);
        UI.getCurrent().navigate("tasks/" + taskId);
        ObjectionForm form = (ObjectionForm) ((TaskView) screen()).form;
        assertThat(String.join(" ", _find(form, com.vaadin.flow.component.html.Span.class).stream()
                .map(com.vaadin.flow.component.html.Span::getText).toList())).contains("邻居张某", "家中有两套住房");
        form.upheld.setValue(false);
        form.resolution.setValue("经核实仅有一套住房");
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
    }

    @Test
    void theHomeVisitFormNeedsTheUploadedAuthorization() {
        HardshipCase c = fixtures.fileDeep();
        fixtures.firstReview(c);
        String taskId = fixtures.claim(c, "Task_HomeVisit", UiFixtures.CW);
        login("cw_canyin");
        UI.getCurrent().navigate("tasks/" + taskId);
        HomeVisitForm form = (HomeVisitForm) ((TaskView) screen()).form;
        form.visitors.setValue("王丽");
        form.findings.setValue("困难属实");
        form.submit.click();
        assertThat(form.authorization.error.isInvalid()).isTrue();
        assertThat(form.authorization.error.getErrorMessage()).isEqualTo("请先上传本人签字的家庭经济状况核对授权书");
        form.authorization.store(identification, c.id(), new NewAttachment(AttachmentKind.MEANS_CHECK_AUTHORIZATION,
                "auth.exe", "application/x-msdownload", new byte[] {1}, null), fixtures.user(UiFixtures.CW));
        assertThat(form.authorization.error.getErrorMessage()).isEqualTo("只能上传 JPG、PNG、PDF 或 Word 文件");
        form.authorization.store(identification, c.id(), new NewAttachment(AttachmentKind.MEANS_CHECK_AUTHORIZATION,
                "auth.pdf", "application/pdf", "%PDF-1.4".getBytes(), null), fixtures.user(UiFixtures.CW));
        assertThat(form.authorization.count()).isEqualTo(1);
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.VERIFYING);
    }

    @Test
    void emergencyReliefIsApprovedWithoutAReturnAndItsFileCompletedWithTheHouseholdEditor() {
        HardshipCase c = intake.fileEmergency(Fixtures.emergency(), new BigDecimal("2500.00"), "relief",
                fixtures.user(UiFixtures.CW));
        String approval = fixtures.claim(c, "Task_ApproveEmergency", UiFixtures.APPROVER);
        login("approver_zhongyuan");
        UI.getCurrent().navigate("tasks/" + approval);
        AidDecisionForm decision = (AidDecisionForm) ((TaskView) screen()).form;
        assertThat(GridKt._findAll(_get(decision, Grid.class, spec -> spec.withId("aid-steps")))).isEmpty();
        assertThat(decision.decision.getListDataView().getItems()).containsExactly(Outcome.APPROVED,
                Outcome.REJECTED);
        decision.decision.setValue(Outcome.APPROVED);
        decision.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        fixtures.bankPays(c);

        String complete = fixtures.claim(c, "Task_CompleteEmergencyFile", UiFixtures.CW);
        login("cw_canyin");
        UI.getCurrent().navigate("tasks/" + complete);
        CompleteEmergencyForm form = (CompleteEmergencyForm) ((TaskView) screen()).form;
        form.household.householdYearlyIncome.setValue(new BigDecimal("12000"));
        form.household.rigidExpenses.setValue(new BigDecimal("3000"));
        form.household.industry.setValue("物流");
        form.household.hukouDivision.setValue("410102");
        form.household.address.setValue("郑州市中原区");
        form.household.situation.setValue("工伤后收入中断");
        MemberRow spouse = form.household.addMember();
        spouse.name.setValue("配偶");
        spouse.relation.setValue(Relation.SPOUSE);
        spouse.residentId.setValue("123");
        spouse.status.setValue(MemberStatus.UNEMPLOYED);
        form.submit.click();
        assertThat(spouse.residentId.isInvalid()).isTrue();
        spouse.residentId.setValue(Fixtures.residentId());
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        HardshipCase converted = identification.caseById(c.id());
        // verified by the emergency approval already: the converted file goes straight to the home visit
        assertThat(converted.status()).isEqualTo(CaseStatus.VERIFYING);
        assertThat(converted.householdSize()).isEqualTo(2);
    }

    @Test
    void aReverificationRunIsStartedWithASeedAndListedWithItsCounts() {
        login("cw_huiji");
        ReverificationView view = UI.getCurrent().navigate(ReverificationView.class).orElseThrow();
        view.year.setValue(2021);
        view.seed.setValue("424242");
        view.start.click();
        assertThat(GridKt._findAll(view.runs)).anyMatch(run -> run.year() == 2021 && run.seed() == 424242L);
    }

    @Test
    void anExitedHouseholdOnTheWatchListRelapsesIntoANewLinkedFile() {
        HardshipCase c = fixtures.exited();
        assertThat(c.status()).isEqualTo(CaseStatus.EXITED);
        login("cw_canyin");
        WatchListView view = UI.getCurrent().navigate(WatchListView.class).orElseThrow();
        org.bangfu.followup.WatchEntry entry = GridKt._findAll(view.grid).stream()
                .filter(w -> w.caseId() == c.id()).findFirst().orElseThrow();
        assertThat(entry.status()).isEqualTo("WATCHING");
        assertThat(cell(view.grid, c.caseNo(), "actions").getChildren().toList()).singleElement()
                .isInstanceOf(Button.class);
        CaseInputDialog dialog = view.reportRelapse(entry);
        ((com.vaadin.flow.component.textfield.BigDecimalField) dialog.errors.find("householdYearlyIncome"))
                .setValue(new BigDecimal("12000"));
        ((TextArea) dialog.errors.find("situation")).setValue("再次失业");
        dialog.submit.click();
        assertThat(screen()).isInstanceOf(CaseDetailView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-state")).getText()).contains("家庭经济状况核对");
        assertThat(identification.relapseOf(c.id())).isPresent();
    }

    /** Logs in, opens the task screen and returns its form. */
    private TaskForm openForm(String taskId, String username) {
        login(username);
        UI.getCurrent().navigate("tasks/" + taskId);
        return (TaskForm) ((TaskView) screen()).form;
    }

    @Test
    void theMeansCheckFormStartsTheNotice() {
        HardshipCase c = fixtures.fileDeep();
        fixtures.firstReview(c);
        fixtures.homeVisit(c);
        MeansCheckForm form = (MeansCheckForm) openForm(fixtures.claim(c, "Task_MeansCheck", UiFixtures.CW),
                UiFixtures.CW);
        form.homesOwned.clear();
        form.submit.click();
        assertThat(form.homesOwned.isInvalid()).isTrue();
        form.homesOwned.setValue(1);
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.NOTICE);
    }

    @Test
    void aReturnedFileIsResubmittedOnTheProvideInfoForm() {
        HardshipCase c = fixtures.awaitingFileApproval();
        FileDecisionForm decision = (FileDecisionForm) openForm(fixtures.claim(c, "Task_ApproveFile",
                UiFixtures.APPROVER), UiFixtures.APPROVER);
        decision.decision.setValue(Outcome.RETURNED);
        decision.reason.setValue("缺少病历");
        decision.submit.click();
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.RETURNED);

        ProvideInfoForm form = (ProvideInfoForm) openForm(fixtures.claim(c, "Task_ProvideInfo", UiFixtures.CW),
                UiFixtures.CW);
        assertThat(String.join(" ", _find(form, com.vaadin.flow.component.html.Span.class).stream()
                .map(com.vaadin.flow.component.html.Span::getText).toList())).contains("缺少病历");
        form.resubmit.setValue(true);
        form.note.setValue("已补充病历");
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
    }

    @Test
    void aReturnedAidRequestIsRevisedWithANewAmount() {
        HardshipCase c = fixtures.openFile();
        fixtures.requestAid(c, "3000.00");
        AidDecisionForm decision = (AidDecisionForm) openForm(fixtures.claim(c, "Task_ApproveAid",
                UiFixtures.APPROVER), UiFixtures.APPROVER);
        assertThat(_get(decision, com.vaadin.flow.component.html.Span.class, spec -> spec.withId("aid-cap"))
                .getText()).startsWith("上限");
        decision.decision.setValue(Outcome.RETURNED);
        decision.reason.setValue("金额偏高");
        decision.submit.click();

        ReviseAidForm form = (ReviseAidForm) openForm(fixtures.claim(c, "Task_ReviseAidRequest", UiFixtures.CW),
                UiFixtures.CW);
        assertThat(form.amount.getValue()).isEqualByComparingTo("3000.00");
        form.resubmit.setValue(true);
        form.amount.setValue(new BigDecimal("2000.00"));
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(fixtures.openTask(c, "Task_ApproveAid")).isNotNull();
    }

    @Test
    void theExitAssessmentShowsTheIncomeMonthsAndRecordsAReliefOutcome() {
        HardshipCase c = fixtures.readyToExit();
        login("cw_canyin");
        UI.getCurrent().navigate("cases/" + c.caseNo());
        ((CaseDetailView) screen()).startExitAssessment();
        ExitAssessmentForm form = (ExitAssessmentForm) openForm(fixtures.claim(c, "Task_AssessExit", UiFixtures.CW),
                UiFixtures.CW);
        assertThat(_get(form, Paragraph.class, spec -> spec.withId("exit-check")).getText()).contains("6");
        form.submit.click();
        assertThat(form.outcome.isInvalid()).isTrue();
        form.outcome.setValue(org.bangfu.followup.ExitOutcome.RELIEVED);
        form.causesGone.setValue(false);
        form.submit.click();
        assertThat(form.route.isInvalid()).isTrue();
        form.route.setValue(org.bangfu.followup.ExitRoute.DIBAO);
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.RELIEVED);
    }

    @Test
    void theYearlyReviewFormConfirmsTheIncome() {
        HardshipCase c = fixtures.openFile();
        fixtures.startReverification(2022);
        YearlyReviewForm form = (YearlyReviewForm) openForm(fixtures.claim(c, "Task_YearlyReview", UiFixtures.CW),
                UiFixtures.CW);
        assertThat(form.householdYearlyIncome.getValue()).isEqualByComparingTo("24000.00");
        form.householdYearlyIncome.setValue(new BigDecimal("-1"));
        form.submit.click();
        assertThat(form.householdYearlyIncome.isInvalid()).isTrue();
        form.householdYearlyIncome.setValue(new BigDecimal("24000.00"));
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
    }

    @Test
    void aCallBackOnAnExitedHouseholdIsRecorded() {
        HardshipCase c = fixtures.exited();
        fixtures.moveClockMonths(c, 3);
        CallBackForm form = (CallBackForm) openForm(fixtures.claim(c, "Task_CallBack", UiFixtures.CW),
                UiFixtures.CW);
        form.relapsed.setValue(false);
        form.note.setValue("生活稳定");
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
    }

    @Test
    void aFollowUpVisitIsRecordedWithItsPhoto() {
        HardshipCase c = fixtures.openFile();
        fixtures.moveClockMonths(c, 3);
        VisitForm form = (VisitForm) openForm(fixtures.claim(c, "Task_FollowUpVisit", UiFixtures.CW), UiFixtures.CW);
        form.visitDate.setValue(fixtures.today());
        form.visitors.setValue("王丽");
        form.findings.setValue("仍需帮扶");
        form.perCapitaIncome.setValue(new BigDecimal("600.00"));
        form.submit.click();
        assertThat(form.hardshipPersists.isInvalid()).isTrue();
        form.hardshipPersists.setValue(true);
        form.pendingPhotos.add(new NewAttachment(AttachmentKind.VISIT_PHOTO, "visit.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null));
        form.submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.attachments(c.id())).anyMatch(a -> a.kind() == AttachmentKind.VISIT_PHOTO
                && a.visitId() != null);
    }

    /** The n-th button in the actions cell of the row of this case. */
    private static Button button(Grid<?> grid, String caseNo, int index) {
        return (Button) cell(grid, caseNo, "actions").getChildren().toList().get(index);
    }
}
