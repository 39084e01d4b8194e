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
import org.bangfu.casework.ui.forms.AttachmentUpload;
import org.bangfu.followup.ReverificationRun;
import org.bangfu.identification.ui.HouseholdEditor;
import org.bangfu.shell.ui.ErrorText;
import org.bangfu.workflow.TaskItem;
import org.bangfu.casework.ui.CaseDetailView;
import org.bangfu.casework.ui.CaseListView;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.ui.UsersView;
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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

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
        assertThat(Widgets.find(intakeView, Button.class, "member-add").getText()).isEqualTo("Add a member");
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
        var workerName = Widgets.find(view, TextField.class, "intake-workerName");
        workerName.setValue("王小明");
        var residentId = Widgets.find(view, TextField.class, "intake-residentId");
        residentId.setValue("410102198503120015");
        var phone = Widgets.find(view, TextField.class, "intake-phone");
        phone.setValue("1380013800");
        var bankCard = Widgets.find(view, TextField.class, "intake-bankCard");
        bankCard.setValue("6222020200112233445");
        MemberRow member = Widgets.find(view, HouseholdEditor.class, "household-editor").addMember();
        Widgets.find(member, TextField.class, "member-0-name").setValue("王小红");
        Widgets.find(member, ComboBox.class, "member-0-relation").setValue(Relation.CHILD);
        Widgets.find(member, TextField.class, "member-0-residentId").setValue("41010220100101001X");
        Widgets.find(member, ComboBox.class, "member-0-status").setValue(MemberStatus.STUDENT);
        var householdSize = Widgets.find(view, IntegerField.class, "intake-householdSize");
        assertThat(householdSize.getValue()).isEqualTo(2);
        householdSize.setValue(3);
        _click(_get(Button.class, spec -> spec.withId("intake-submit")));

        assertThat(residentId.isInvalid()).isTrue();
        assertThat(residentId.getErrorMessage()).isEqualTo("身份号码校验位不正确");
        assertThat(phone.getErrorMessage()).isEqualTo("手机号码应为以1开头的11位数字");
        assertThat(bankCard.getErrorMessage()).startsWith("银行卡号校验未通过");
        assertThat(Widgets.find(view, TextField.class, "intake-employer").getErrorMessage()).isEqualTo("必填");
        assertThat(Widgets.find(view, ComboBox.class, "intake-hardshipCause").isInvalid()).isTrue();
        assertThat(householdSize.getErrorMessage()).isEqualTo("家庭人口应为 2（申请人加所列家庭成员）");
        assertThat(Widgets.find(member, TextField.class, "member-0-residentId").isInvalid()).isTrue();
        assertThat(Widgets.find(member, TextField.class, "member-0-residentId").getErrorMessage()).startsWith("身份号码");
        var hukouDivision = Widgets.find(view, TextField.class, "household-hukouDivision");
        assertThat(hukouDivision.getErrorMessage()).isEqualTo("请填写6位行政区划代码");
        assertThat(workerName.isInvalid()).isFalse();
        assertThat(Widgets.find(member, TextField.class, "member-0-name").isInvalid()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hardship_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void listsOverGrowingDataAreLazyAndSayWhatAnEmptyListMeans() {
        login("cw_canyin");
        CaseListView cases = UI.getCurrent().navigate(CaseListView.class).orElseThrow();
        Grid<HardshipCase> caseGrid = Widgets.grid(cases, "case-grid");
        assertThat(caseGrid.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(caseGrid)).isEqualTo(identification.caseCount(user("cw_canyin")));
        assertThat(caseGrid.getEmptyStateText()).contains("登记困难职工");

        login("admin");
        UsersView organisation = UI.getCurrent().navigate(UsersView.class).orElseThrow();
        Grid<OrganizationService.UserSummary> people = Widgets.grid(organisation, "user-grid");
        Grid<OrgUnit> units = Widgets.grid(organisation, "unit-grid");
        assertThat(people.getDataProvider().isInMemory()).isFalse();
        assertThat(units.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(people)).isEqualTo(organization.userCount(user("admin"))).isPositive();
        assertThat(GridKt._size(units)).isEqualTo(organization.unitCount());
        assertThat(GridKt._get(units, 0)).isEqualTo(organization.root());
        assertThat(people.getEmptyStateText()).isNotBlank();
    }

    @Test
    void aValidHouseholdApplicationDerivesBirthDateAndSexAndOpensTheNewCase() {
        login("cw_canyin");
        IntakeView view = UI.getCurrent().navigate(IntakeView.class).orElseThrow();
        Widgets.find(view, TextField.class, "intake-workerName").setValue("王小明");
        Widgets.find(view, TextField.class, "intake-residentId").setValue(Fixtures.residentId());
        assertThat(Widgets.find(view, DatePicker.class, "intake-birthDate").getValue()).isNotNull();
        assertThat(Widgets.find(view, ComboBox.class, "intake-sex").getValue()).isNotNull();
        Widgets.find(view, TextField.class, "intake-phone").setValue("13912345678");
        Widgets.find(view, TextField.class, "intake-employer").setValue("豫香园餐饮");
        Widgets.find(view, ComboBox.class, "intake-hardshipCause").setValue(HardshipCause.DISABILITY);
        Widgets.find(view, TextField.class, "intake-bankCard").setValue(Fixtures.bankCard("621700000000123"));
        Widgets.find(view, TextField.class, "intake-cardHolderName").setValue("王小明");
        assertThat(Widgets.find(view, TextField.class, "household-ethnicity").getValue()).isEqualTo("汉族");
        MemberRow member = IntakeFormFill.household(view, "王小红");
        assertThat(Widgets.find(view, IntegerField.class, "intake-householdSize").getValue()).isEqualTo(2);
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
        Widgets.find(view, TextField.class, "emergency-workerName").setValue("急难职工");
        Widgets.find(view, TextField.class, "emergency-residentId").setValue(Fixtures.residentId());
        Widgets.find(view, TextField.class, "emergency-phone").setValue("13900139000");
        Widgets.find(view, TextField.class, "emergency-employer").setValue("测试物流公司");
        Widgets.find(view, ComboBox.class, "emergency-hardshipCause").setValue(HardshipCause.ACCIDENT);
        Widgets.find(view, TextArea.class, "emergency-situation").setValue("工伤住院");
        Widgets.find(view, TextField.class, "emergency-bankCard").setValue(Fixtures.bankCard("622202020011224"));
        Widgets.find(view, TextField.class, "emergency-cardHolderName").setValue("急难职工");
        var amount = Widgets.find(view, BigDecimalField.class, "emergency-amount");
        amount.setValue(new BigDecimal("999999"));
        Widgets.find(view, TextArea.class, "emergency-purpose").setValue("住院费用");
        Widgets.find(view, Button.class, "emergency-submit").click();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).startsWith("先行救助金额不能超过");
    }

    @Test
    void theInboxFiltersByTaskTypeAndCaseAndClaimsSeveralTasksAtOnce() {
        HardshipCase first = fixtures.fileDeep();
        HardshipCase second = fixtures.fileDeep();
        login("cw_canyin");
        InboxView inbox = UI.getCurrent().navigate(InboxView.class).orElseThrow();
        var tabs = Widgets.find(inbox, Tabs.class, "inbox-tabs");
        tabs.setSelectedTab(Widgets.find(inbox, Tab.class, "tab-group"));
        var taskType = Widgets.find(inbox, ComboBox.class, "inbox-task-type");
        taskType.setValue("Task_FirstReview");
        var inboxGrid = Widgets.<TaskItem>grid(inbox, "inbox-grid");
        assertThat(GridKt._findAll(inboxGrid)).isNotEmpty().allMatch(t -> t.taskKey().equals("Task_FirstReview"));
        taskType.setValue("Task_ApproveFile");
        assertThat(GridKt._findAll(inboxGrid)).noneMatch(t -> t.caseNo().equals(first.caseNo()));
        taskType.setValue("Task_FirstReview");
        var search = Widgets.find(inbox, TextField.class, "inbox-search");
        search.setValue(first.caseNo());
        assertThat(GridKt._findAll(inboxGrid)).extracting(TaskItem::caseNo).containsExactly(first.caseNo());

        search.clear();
        GridKt._findAll(inboxGrid).stream()
                .filter(t -> t.caseNo().equals(first.caseNo()) || t.caseNo().equals(second.caseNo()))
                .forEach(inboxGrid::select);
        assertThat(inboxGrid.getSelectedItems()).hasSize(2);
        assertThat(inbox.claimSelected().claimed()).isEqualTo(2);

        tabs.setSelectedTab(Widgets.find(inbox, Tab.class, "tab-mine"));
        assertThat(GridKt._findAll(inboxGrid)).extracting(TaskItem::caseNo).contains(first.caseNo(), second.caseNo());
    }

    @Test
    void aCaseWorkerPassesTheFirstReviewOnTheTaskScreenAndReturnsToTheInbox() {
        HardshipCase c = fixtures.fileDeep();
        String taskId = fixtures.claim(c, "Task_FirstReview", UiFixtures.CW);
        login("cw_canyin");
        UI.getCurrent().navigate("tasks/" + taskId);
        FirstReviewForm form = Widgets.find((TaskView) screen(), FirstReviewForm.class, "task-form");
        var submit = Widgets.find(form, Button.class, "task-submit");
        submit.click();
        var reviewPassed = Widgets.find(form, RadioButtonGroup.class, "first-review-passed");
        assertThat(reviewPassed.getErrorMessage()).isEqualTo("必填");
        reviewPassed.setValue(true);
        Widgets.find(form, TextArea.class, "first-review-note").setValue("材料齐全");
        submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.VERIFYING);
    }

    @Test
    void rejectingAFileWithoutAReasonMarksTheReasonField() {
        HardshipCase c = fixtures.awaitingFileApproval();
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        login("approver_zhongyuan");
        InboxView inbox = UI.getCurrent().navigate(InboxView.class).orElseThrow();
        var tabs = Widgets.find(inbox, Tabs.class, "inbox-tabs");
        tabs.setSelectedTab(Widgets.find(inbox, Tab.class, "tab-group"));
        Widgets.find(inbox, TextField.class, "inbox-search").setValue(c.caseNo());
        var inboxGrid = Widgets.<TaskItem>grid(inbox, "inbox-grid");
        _click(button(inboxGrid, c.caseNo(), 0));
        tabs.setSelectedTab(Widgets.find(inbox, Tab.class, "tab-mine"));
        _click(button(inboxGrid, c.caseNo(), 0));
        FileDecisionForm form = Widgets.find((TaskView) screen(), FileDecisionForm.class, "task-form");
        var decision = Widgets.find(form, RadioButtonGroup.class, "decision");
        decision.setValue(Outcome.REJECTED);
        _click(_get(Button.class, spec -> spec.withId("decision-submit")));
        var reason = Widgets.find(form, TextArea.class, "decision-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("不批准时必须填写理由");
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

        decision.setValue(Outcome.APPROVED);
        Widgets.find(form, Button.class, "decision-submit").click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void anAidRequestOverTheCapShowsTheCapBesideTheAmount() {
        HardshipCase c = fixtures.openFile();
        login("cw_canyin");
        UI.getCurrent().navigate("cases/" + c.caseNo());
        CaseDetailView view = (CaseDetailView) screen();
        assertThat(Widgets.find(view, Button.class, "case-request-aid").isVisible()).isTrue();
        RequestAidDialog dialog = view.openRequestAid();
        Widgets.find(dialog, ComboBox.class, "aid-type").setValue(AidType.LIVING);
        assertThat(Widgets.find(dialog, Span.class, "aid-cap-info").getText()).startsWith("上限");
        var amount = Widgets.find(dialog, BigDecimalField.class, "aid-amount");
        amount.setValue(new BigDecimal("999999"));
        Widgets.find(dialog, TextArea.class, "aid-purpose").setValue("生活困难");
        Widgets.find(dialog, Button.class, "aid-submit").click();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).startsWith("超过上限");
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void anExitDecisionAboveSixtyPercentShowsTheLimitBesideTheMonthlyAid() {
        HardshipCase c = fixtures.exitAssessed();
        String taskId = fixtures.claim(c, "Task_ApproveExit", UiFixtures.APPROVER);
        login("approver_zhongyuan");
        UI.getCurrent().navigate("tasks/" + taskId);
        ExitDecisionForm form = Widgets.find((TaskView) screen(), ExitDecisionForm.class, "task-form");
        Widgets.find(form, RadioButtonGroup.class, "exit-approve").setValue(true);
        Widgets.find(form, IntegerField.class, "exit-gradual-months").setValue(2);
        var monthlyAid = Widgets.find(form, BigDecimalField.class, "exit-monthly-aid");
        monthlyAid.setValue(new BigDecimal("180.01"));
        Widgets.find(form, Button.class, "task-submit").click();
        assertThat(monthlyAid.isInvalid()).isTrue();
        assertThat(monthlyAid.getErrorMessage()).isEqualTo("渐退期月帮扶不能超过 180.00 元（原月均帮扶 300.00 元的60%）");
        assertThat(screen()).isInstanceOf(TaskView.class);
    }

    @Test
    void aRefusedMeansCheckFileListsItsProblemsByLine() {
        login("cw_canyin");
        MeansCheckImportView view = UI.getCurrent().navigate(MeansCheckImportView.class).orElseThrow();
        view.importFile("residentId,homesOwned\n1,2\n".getBytes(StandardCharsets.UTF_8));
        var problems = Widgets.find(view, Grid.class, "import-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(GridKt._size(problems)).isPositive();
        assertThat(String.join(" ", GridKt._getFormattedRow(problems, 0))).contains("第 1 行");
        assertThat(Widgets.find(view, ProgressBar.class, "import-progress").isVisible()).isFalse();
    }

    @Test
    void aTimelyObjectionIsRecordedFromTheCaseAndResolvedOnItsTaskScreen() {
        HardshipCase c = fixtures.inNotice();
        assertThat(c.status()).isEqualTo(CaseStatus.NOTICE);
        login("cw_canyin");
        UI.getCurrent().navigate("cases/" + c.caseNo());
        CaseDetailView view = (CaseDetailView) screen();
        assertThat(Widgets.find(view, Button.class, "case-lodge-objection").isVisible()).isTrue();
        assertThat(Widgets.find(view, Button.class, "case-request-aid").isVisible()).isFalse();
        CaseInputDialog dialog = view.openLodgeObjection();
        var objectionSubmit = Widgets.find(dialog, Button.class, "lodge-objection-submit");
        objectionSubmit.click();
        var objector = Widgets.find(dialog, TextField.class, "objection-objector");
        assertThat(objector.getErrorMessage()).isEqualTo("必填");
        objector.setValue("邻居张某");
        Widgets.find(dialog, TextArea.class, "objection-content").setValue("家中有两套住房");
        objectionSubmit.click();
        fixtures.runJobs(c);

        String taskId = fixtures.claim(c, "Task_ResolveObjection", UiFixtures.CW);
        UI.getCurrent().navigate("tasks/" + taskId);
        ObjectionForm form = Widgets.find((TaskView) screen(), ObjectionForm.class, "task-form");
        assertThat(String.join(" ", _find(form, com.vaadin.flow.component.html.Span.class).stream()
                .map(com.vaadin.flow.component.html.Span::getText).toList())).contains("邻居张某", "家中有两套住房");
        Widgets.find(form, RadioButtonGroup.class, "objection-upheld").setValue(false);
        Widgets.find(form, TextArea.class, "objection-resolution").setValue("经核实仅有一套住房");
        Widgets.find(form, Button.class, "task-submit").click();
        assertThat(screen()).isInstanceOf(InboxView.class);
    }

    @Test
    void theHomeVisitFormNeedsTheUploadedAuthorization() {
        HardshipCase c = fixtures.fileDeep();
        fixtures.firstReview(c);
        String taskId = fixtures.claim(c, "Task_HomeVisit", UiFixtures.CW);
        login("cw_canyin");
        UI.getCurrent().navigate("tasks/" + taskId);
        HomeVisitForm form = Widgets.find((TaskView) screen(), HomeVisitForm.class, "task-form");
        Widgets.find(form, TextField.class, "visit-visitors").setValue("王丽");
        Widgets.find(form, TextArea.class, "visit-findings").setValue("困难属实");
        var submit = Widgets.find(form, Button.class, "task-submit");
        submit.click();
        var uploadError = Widgets.find(form, ErrorText.class, "attachment-upload-error");
        assertThat(uploadError.isInvalid()).isTrue();
        assertThat(uploadError.getErrorMessage()).isEqualTo("请先上传本人签字的家庭经济状况核对授权书");
        var authorization = Widgets.find(form, AttachmentUpload.class, "visit-authorization");
        authorization.store(identification, c.id(), new NewAttachment(AttachmentKind.MEANS_CHECK_AUTHORIZATION,
                "auth.exe", "application/x-msdownload", new byte[] {1}, null), fixtures.user(UiFixtures.CW));
        assertThat(uploadError.getErrorMessage()).isEqualTo("只能上传 JPG、PNG、PDF 或 Word 文件");
        authorization.store(identification, c.id(), new NewAttachment(AttachmentKind.MEANS_CHECK_AUTHORIZATION,
                "auth.pdf", "application/pdf", "%PDF-1.4".getBytes(), null), fixtures.user(UiFixtures.CW));
        assertThat(authorization.count()).isEqualTo(1);
        submit.click();
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
        AidDecisionForm decision = Widgets.find((TaskView) screen(), AidDecisionForm.class, "task-form");
        assertThat(GridKt._findAll(_get(decision, Grid.class, spec -> spec.withId("aid-steps")))).isEmpty();
        var outcome = Widgets.find(decision, RadioButtonGroup.class, "decision");
        assertThat(outcome.getListDataView().getItems()).containsExactly(Outcome.APPROVED,
                Outcome.REJECTED);
        outcome.setValue(Outcome.APPROVED);
        Widgets.find(decision, Button.class, "decision-submit").click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        fixtures.bankPays(c);

        String complete = fixtures.claim(c, "Task_CompleteEmergencyFile", UiFixtures.CW);
        login("cw_canyin");
        UI.getCurrent().navigate("tasks/" + complete);
        CompleteEmergencyForm form = Widgets.find((TaskView) screen(), CompleteEmergencyForm.class, "task-form");
        Widgets.find(form, BigDecimalField.class, "household-householdYearlyIncome").setValue(new BigDecimal("12000"));
        Widgets.find(form, BigDecimalField.class, "household-rigidExpenses").setValue(new BigDecimal("3000"));
        Widgets.find(form, TextField.class, "household-industry").setValue("物流");
        Widgets.find(form, TextField.class, "household-hukouDivision").setValue("410102");
        Widgets.find(form, TextField.class, "household-address").setValue("郑州市中原区");
        Widgets.find(form, TextArea.class, "household-situation").setValue("工伤后收入中断");
        MemberRow spouse = Widgets.find(form, HouseholdEditor.class, "household-editor").addMember();
        Widgets.find(spouse, TextField.class, "member-0-name").setValue("配偶");
        Widgets.find(spouse, ComboBox.class, "member-0-relation").setValue(Relation.SPOUSE);
        Widgets.find(spouse, TextField.class, "member-0-residentId").setValue("123");
        Widgets.find(spouse, ComboBox.class, "member-0-status").setValue(MemberStatus.UNEMPLOYED);
        var submit = Widgets.find(form, Button.class, "task-submit");
        submit.click();
        assertThat(Widgets.find(spouse, TextField.class, "member-0-residentId").isInvalid()).isTrue();
        Widgets.find(spouse, TextField.class, "member-0-residentId").setValue(Fixtures.residentId());
        submit.click();
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
        Widgets.find(view, IntegerField.class, "review-year").setValue(2021);
        Widgets.find(view, TextField.class, "review-seed").setValue("424242");
        Widgets.find(view, Button.class, "review-start").click();
        var runs = Widgets.<ReverificationRun>grid(view, "review-runs");
        assertThat(GridKt._findAll(runs)).anyMatch(run -> run.year() == 2021 && run.seed() == 424242L);
    }

    @Test
    void anExitedHouseholdOnTheWatchListRelapsesIntoANewLinkedFile() {
        HardshipCase c = fixtures.exited();
        assertThat(c.status()).isEqualTo(CaseStatus.EXITED);
        login("cw_canyin");
        WatchListView view = UI.getCurrent().navigate(WatchListView.class).orElseThrow();
        var watchGrid = Widgets.<org.bangfu.followup.WatchEntry>grid(view, "watch-grid");
        org.bangfu.followup.WatchEntry entry = GridKt._findAll(watchGrid).stream()
                .filter(w -> w.caseId() == c.id()).findFirst().orElseThrow();
        assertThat(entry.status()).isEqualTo("WATCHING");
        assertThat(cell(watchGrid, c.caseNo(), "actions").getChildren().toList()).singleElement()
                .isInstanceOf(Button.class);
        CaseInputDialog dialog = view.reportRelapse(entry);
        Widgets.find(dialog, BigDecimalField.class, "relapse-income").setValue(new BigDecimal("12000"));
        Widgets.find(dialog, TextArea.class, "relapse-situation").setValue("再次失业");
        Widgets.find(dialog, Button.class, "report-relapse-submit").click();
        assertThat(screen()).isInstanceOf(CaseDetailView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-state")).getText()).contains("家庭经济状况核对");
        assertThat(identification.relapseOf(c.id())).isPresent();
    }

    /** Logs in, opens the task screen and returns its form. */
    private TaskForm openForm(String taskId, String username) {
        login(username);
        UI.getCurrent().navigate("tasks/" + taskId);
        return Widgets.find((TaskView) screen(), TaskForm.class, "task-form");
    }

    @Test
    void theMeansCheckFormStartsTheNotice() {
        HardshipCase c = fixtures.fileDeep();
        fixtures.firstReview(c);
        fixtures.homeVisit(c);
        MeansCheckForm form = (MeansCheckForm) openForm(fixtures.claim(c, "Task_MeansCheck", UiFixtures.CW),
                UiFixtures.CW);
        var homes = Widgets.find(form, IntegerField.class, "means-homes");
        homes.clear();
        var submit = Widgets.find(form, Button.class, "task-submit");
        submit.click();
        assertThat(homes.isInvalid()).isTrue();
        homes.setValue(1);
        submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.NOTICE);
    }

    @Test
    void aReturnedFileIsResubmittedOnTheProvideInfoForm() {
        HardshipCase c = fixtures.awaitingFileApproval();
        FileDecisionForm decision = (FileDecisionForm) openForm(fixtures.claim(c, "Task_ApproveFile",
                UiFixtures.APPROVER), UiFixtures.APPROVER);
        Widgets.find(decision, RadioButtonGroup.class, "decision").setValue(Outcome.RETURNED);
        Widgets.find(decision, TextArea.class, "decision-reason").setValue("缺少病历");
        Widgets.find(decision, Button.class, "decision-submit").click();
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.RETURNED);

        ProvideInfoForm form = (ProvideInfoForm) openForm(fixtures.claim(c, "Task_ProvideInfo", UiFixtures.CW),
                UiFixtures.CW);
        assertThat(String.join(" ", _find(form, com.vaadin.flow.component.html.Span.class).stream()
                .map(com.vaadin.flow.component.html.Span::getText).toList())).contains("缺少病历");
        Widgets.find(form, RadioButtonGroup.class, "provide-info-resubmit").setValue(true);
        Widgets.find(form, TextArea.class, "provide-info-note").setValue("已补充病历");
        Widgets.find(form, Button.class, "task-submit").click();
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
        Widgets.find(decision, RadioButtonGroup.class, "decision").setValue(Outcome.RETURNED);
        Widgets.find(decision, TextArea.class, "decision-reason").setValue("金额偏高");
        Widgets.find(decision, Button.class, "decision-submit").click();

        ReviseAidForm form = (ReviseAidForm) openForm(fixtures.claim(c, "Task_ReviseAidRequest", UiFixtures.CW),
                UiFixtures.CW);
        var amount = Widgets.find(form, BigDecimalField.class, "revise-amount");
        assertThat(amount.getValue()).isEqualByComparingTo("3000.00");
        Widgets.find(form, RadioButtonGroup.class, "revise-resubmit").setValue(true);
        amount.setValue(new BigDecimal("2000.00"));
        Widgets.find(form, Button.class, "task-submit").click();
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
        var submit = Widgets.find(form, Button.class, "task-submit");
        submit.click();
        var outcome = Widgets.find(form, RadioButtonGroup.class, "exit-outcome");
        assertThat(outcome.isInvalid()).isTrue();
        outcome.setValue(org.bangfu.followup.ExitOutcome.RELIEVED);
        Widgets.find(form, RadioButtonGroup.class, "exit-causes-gone").setValue(false);
        submit.click();
        var route = Widgets.find(form, RadioButtonGroup.class, "exit-route");
        assertThat(route.isInvalid()).isTrue();
        route.setValue(org.bangfu.followup.ExitRoute.DIBAO);
        submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.caseById(c.id()).status()).isEqualTo(CaseStatus.RELIEVED);
    }

    @Test
    void theYearlyReviewFormConfirmsTheIncome() {
        HardshipCase c = fixtures.openFile();
        fixtures.startReverification(2022);
        YearlyReviewForm form = (YearlyReviewForm) openForm(fixtures.claim(c, "Task_YearlyReview", UiFixtures.CW),
                UiFixtures.CW);
        var income = Widgets.find(form, BigDecimalField.class, "review-income");
        assertThat(income.getValue()).isEqualByComparingTo("24000.00");
        income.setValue(new BigDecimal("-1"));
        var submit = Widgets.find(form, Button.class, "task-submit");
        submit.click();
        assertThat(income.isInvalid()).isTrue();
        income.setValue(new BigDecimal("24000.00"));
        submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
    }

    @Test
    void aCallBackOnAnExitedHouseholdIsRecorded() {
        HardshipCase c = fixtures.exited();
        fixtures.moveClockMonths(c, 3);
        CallBackForm form = (CallBackForm) openForm(fixtures.claim(c, "Task_CallBack", UiFixtures.CW),
                UiFixtures.CW);
        Widgets.find(form, RadioButtonGroup.class, "call-back-relapsed").setValue(false);
        Widgets.find(form, TextArea.class, "call-back-note").setValue("生活稳定");
        Widgets.find(form, Button.class, "task-submit").click();
        assertThat(screen()).isInstanceOf(InboxView.class);
    }

    @Test
    void aFollowUpVisitIsRecordedWithItsPhoto() {
        HardshipCase c = fixtures.openFile();
        fixtures.moveClockMonths(c, 3);
        VisitForm form = (VisitForm) openForm(fixtures.claim(c, "Task_FollowUpVisit", UiFixtures.CW), UiFixtures.CW);
        Widgets.find(form, DatePicker.class, "visit-date").setValue(fixtures.today());
        Widgets.find(form, TextField.class, "visit-visitors").setValue("王丽");
        Widgets.find(form, TextArea.class, "visit-findings").setValue("仍需帮扶");
        Widgets.find(form, BigDecimalField.class, "visit-per-capita-income").setValue(new BigDecimal("600.00"));
        var submit = Widgets.find(form, Button.class, "task-submit");
        submit.click();
        var hardshipPersists = Widgets.find(form, RadioButtonGroup.class, "visit-hardship-persists");
        assertThat(hardshipPersists.isInvalid()).isTrue();
        hardshipPersists.setValue(true);
        com.github.mvysny.kaributesting.v10.UploadKt._upload(Widgets.find(form, Upload.class, "visit-photos"),
                "visit.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        submit.click();
        assertThat(screen()).isInstanceOf(InboxView.class);
        assertThat(identification.attachments(c.id())).anyMatch(a -> a.kind() == AttachmentKind.VISIT_PHOTO
                && a.visitId() != null);
    }

    /** The n-th button in the actions cell of the row of this case. */
    private static Button button(Grid<?> grid, String caseNo, int index) {
        return (Button) cell(grid, caseNo, "actions").getChildren().toList().get(index);
    }
}
