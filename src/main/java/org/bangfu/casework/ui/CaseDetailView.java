package org.bangfu.casework.ui;

import org.bangfu.workflow.ui.BpmnDiagram;
import jakarta.annotation.security.PermitAll;

import org.bangfu.approval.AidService;
import org.bangfu.casework.CaseActions;
import org.bangfu.casework.CaseDetail;
import org.bangfu.casework.CaseViews;
import org.bangfu.casework.NoticeShortcut;
import org.bangfu.casework.ui.forms.AttachmentUpload;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/**
 * A case (案件详情): status and current steps, the diagram slot, the actions the user may start on it, then one
 * section per stage (file, household, attachments, verification, grading, approvals, aid, payments, follow-up) and
 * the history from the engine and the audit trail.
 */
@Route("cases/:caseNo")
@PermitAll
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String DIAGRAM_SLOT_ID = "case-diagram-slot";

    private final CaseViews views;
    private final org.bangfu.organization.People people;
    private final CaseActions actions;
    private final IdentificationService files;
    private final AidService aid;
    private final NoticeShortcut noticeShortcut;
    private final CurrentUser user;
    private String caseNo = "";
    private HardshipCase shown;
    /** Where the BPMN diagram component goes (added by the diagram's own code, not here). */
    private final Div diagramSlot = new Div();
    private final Button lodgeObjection = new Button();
    private final Button requestAid = new Button();
    private final Button requestExit = new Button();
    private final Button reportRelapse = new Button();
    private final Button revealAccount = new Button();
    private final Button revealPhone = new Button();
    private final Button changeFileLevel = new Button();
    /** Development only ({@code bangfu.dev-tools.enabled}): ends the public notice now, for analysts and admins. */
    private final Button endNoticeNow = new Button();

    public CaseDetailView(CaseViews views, CaseActions actions, IdentificationService files, AidService aid,
                          CurrentUsers users, NoticeShortcut noticeShortcut, org.bangfu.organization.People people) {
        this.people = people;
        this.views = views;
        this.actions = actions;
        this.files = files;
        this.aid = aid;
        this.noticeShortcut = noticeShortcut;
        this.user = users.require();
        diagramSlot.setId(DIAGRAM_SLOT_ID);
        diagramSlot.setWidthFull();
        lodgeObjection.setText(getTranslation("casework.case.lodgeObjection"));
        lodgeObjection.setId("case-lodge-objection");
        lodgeObjection.addClickListener(click -> openLodgeObjection());
        requestAid.setText(getTranslation("casework.case.requestAid"));
        requestAid.setId("case-request-aid");
        requestAid.addClickListener(click -> openRequestAid());
        requestExit.setText(getTranslation("casework.case.requestExit"));
        requestExit.setId("case-request-exit");
        requestExit.addClickListener(click -> startExitAssessment());
        reportRelapse.setText(getTranslation("casework.case.reportRelapse"));
        reportRelapse.setId("case-report-relapse");
        reportRelapse.addClickListener(click -> openReportRelapse());
        revealAccount.setText(getTranslation("casework.case.revealAccount"));
        revealAccount.setId("case-reveal-account");
        revealAccount.addClickListener(click -> openRevealAccount());
        revealPhone.setText(getTranslation("keys.phone.reveal"));
        revealPhone.setId("case-reveal-phone");
        revealPhone.addClickListener(click -> openRevealPhone());
        changeFileLevel.setText(getTranslation("casework.case.changeFileLevel"));
        changeFileLevel.setId("case-change-file-level");
        changeFileLevel.addClickListener(click -> openChangeFileLevel());
        endNoticeNow.setText(getTranslation("engineDoors.endNotice.button"));
        endNoticeNow.setId("case-end-notice-dev");
        endNoticeNow.addClickListener(click -> endNoticeNow());
    }

    /** The development-only shortcut past the five working days of the notice (audited). */
    public void endNoticeNow() {
        noticeShortcut.endNotice(caseNo, user);
        Notification.show(getTranslation("engineDoors.endNotice.done", caseNo));
        render();
    }

    /** The full account number, for finance, auditors and administrators: only with a reason, which is recorded. */
    public CaseInputDialog openRevealAccount() {
        TextField reason = new TextField(getTranslation("casework.case.revealReason"));
        reason.setId("reveal-reason");
        CaseInputDialog dialog = new CaseInputDialog("reveal-account", getTranslation("casework.case.revealAccount"),
                getTranslation("casework.case.revealSubmit"), d -> {
                    String number = files.revealBankAccount(shown.id(), reason.getValue(), user);
                    Notification shownNumber = Notification.show(getTranslation("casework.case.revealed", number),
                            15000, Notification.Position.MIDDLE);
                    shownNumber.setId("revealed-account");
                    render();
                }, reason);
        dialog.errors.add("reason", reason);
        dialog.open();
        return dialog;
    }

    /** The full phone number (shown masked), for anyone working on the file: only with a reason, which is recorded. */
    public CaseInputDialog openRevealPhone() {
        TextField reason = new TextField(getTranslation("casework.case.revealReason"));
        reason.setId("reveal-phone-reason");
        CaseInputDialog dialog = new CaseInputDialog("reveal-phone", getTranslation("keys.phone.reveal"),
                getTranslation("casework.case.revealSubmit"), d -> {
                    String phone = files.revealPhone(shown.id(), reason.getValue(), user);
                    Notification shownPhone = Notification.show(getTranslation("keys.phone.revealed", phone),
                            15000, Notification.Position.MIDDLE);
                    shownPhone.setId("revealed-phone");
                }, reason);
        dialog.errors.add("reason", reason);
        dialog.open();
        return dialog;
    }

    /** Approvers and administrators set the file level, which decides the earmarked money it may receive. */
    public CaseInputDialog openChangeFileLevel() {
        com.vaadin.flow.component.combobox.ComboBox<org.bangfu.identification.FileLevel> level =
                Texts.enumBox(this, org.bangfu.identification.FileLevel.class, "casework.case.fileLevel");
        level.setValue(shown.fileLevel());
        level.setId("file-level");
        TextField reason = new TextField(getTranslation("casework.case.fileLevelReason"));
        reason.setId("file-level-reason");
        CaseInputDialog dialog = new CaseInputDialog("change-file-level",
                getTranslation("casework.case.changeFileLevel"), getTranslation("casework.form.submit"), d -> {
                    files.changeFileLevel(shown.id(), level.getValue(), reason.getValue(), user);
                    render();
                }, level, reason);
        dialog.errors.add("fileLevel", level);
        dialog.errors.add("reason", reason);
        dialog.open();
        return dialog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNo = event.getRouteParameters().get("caseNo").orElse("");
        render();
    }

    /** Reads the case again and rebuilds the screen (after an action on it). */
    public void render() {
        removeAll();
        try {
            show(views.detail(caseNo, user));
        } catch (BangfuException refused) {
            add(new H2(getTranslation(refused.messageKey(), refused.args().toArray())));
        }
    }

    private void show(CaseDetail detail) {
        shown = detail.hardshipCase();
        CaseStatus status = shown.status();
        Paragraph state = new Paragraph(getTranslation("casework.case.state",
                getTranslation("enum.CaseStatus." + status),
                detail.currentSteps().isEmpty() ? getTranslation("casework.case.noOpenStep")
                        : String.join(", ", detail.currentSteps().stream()
                        .map(step -> getTranslation("task." + step)).distinct().toList())));
        state.setId("case-state");
        boolean caseWorker = user.hasRole(Role.CASE_WORKER);
        lodgeObjection.setVisible(caseWorker && status == CaseStatus.NOTICE);
        requestAid.setVisible(caseWorker && status.isOpenFile());
        requestExit.setVisible(caseWorker && status.isOpenFile());
        reportRelapse.setVisible(caseWorker && status == CaseStatus.EXITED);
        revealAccount.setVisible(user.hasRole(Role.FINANCE) || user.hasRole(Role.AUDITOR) || user.hasRole(Role.ADMIN));
        changeFileLevel.setVisible(user.hasRole(Role.APPROVER) || user.hasRole(Role.ADMIN));
        endNoticeNow.setVisible(noticeShortcut.offeredTo(user) && status == CaseStatus.NOTICE);
        HorizontalLayout bar = new HorizontalLayout(lodgeObjection, requestAid, requestExit, reportRelapse,
                revealAccount, revealPhone, changeFileLevel, endNoticeNow);
        bar.setId("case-actions");
        CaseSections sections = new CaseSections(this, detail, people);
        // The diagram viewer (BpmnDiagram, its own engineer's component) fills the slot.
        diagramSlot.removeAll();
        BpmnDiagram diagram = new BpmnDiagram();
        diagram.setId("case-diagram");
        if (detail.diagram().processDefinitionId() != null) {
            diagram.show(views.processXml(detail.diagram().processDefinitionId()), detail.diagram().completed(),
                    detail.currentSteps());
        }
        diagramSlot.add(diagram);
        add(new H2(getTranslation("casework.case.title", caseNo)), state, diagramSlot, bar,
                section("casework.case.section.file", sections.file(), true),
                section("casework.case.section.household", sections.household(), true),
                section("casework.case.section.attachments", attachments(sections), true),
                section("casework.case.section.verification", sections.verification(), true),
                section("casework.case.section.grading", sections.grading(), true),
                section("casework.case.section.approvals", sections.approvals(), true),
                section("casework.case.section.aid", sections.aid(), true),
                section("casework.case.section.payments", sections.payments(), true),
                section("casework.case.section.followUp", sections.followUp(), true),
                section("casework.case.history", sections.timeline(), true));
    }

    private Details section(String titleKey, Component content, boolean opened) {
        Details details = new Details(getTranslation(titleKey), content);
        details.setOpened(opened);
        details.setWidthFull();
        return details;
    }

    private Component attachments(CaseSections sections) {
        VerticalLayout layout = new VerticalLayout(sections.attachments(files, user));
        layout.setPadding(false);
        if (user.hasRole(Role.CASE_WORKER)) {
            ComboBox<AttachmentKind> kind = Texts.enumBox(this, AttachmentKind.class, "casework.case.attachmentKind");
            kind.setValue(AttachmentKind.EVIDENCE);
            kind.setId("attachment-kind");
            AttachmentUpload upload = new AttachmentUpload(getTranslation("casework.case.upload"), shown.id(),
                    kind::getValue, null, files, user);
            upload.setId("attachment-upload");
            upload.afterStore(this::render);
            layout.add(new HorizontalLayout(kind, upload));
        }
        return layout;
    }

    public CaseInputDialog openLodgeObjection() {
        TextField objector = new TextField(getTranslation("casework.form.objection.objector"));
        TextArea content = new TextArea(getTranslation("casework.form.objection.content"));
        objector.setId("objection-objector");
        content.setId("objection-content");
        CaseInputDialog dialog = new CaseInputDialog("lodge-objection", getTranslation("casework.case.lodgeObjection"),
                getTranslation("casework.case.lodgeObjectionSubmit"), d -> {
                    actions.lodgeObjection(shown.id(), objector.getValue(), content.getValue(), user);
                    Notification.show(getTranslation("casework.case.objectionLodged"));
                    render();
                }, objector, content);
        dialog.errors.add("objector", objector);
        dialog.errors.add("content", content);
        dialog.open();
        return dialog;
    }

    public RequestAidDialog openRequestAid() {
        RequestAidDialog dialog = new RequestAidDialog(shown.id(), actions, aid, user, this::render);
        dialog.open();
        return dialog;
    }

    public void startExitAssessment() {
        actions.requestExitAssessment(shown.id(), user);
        Notification.show(getTranslation("casework.case.exitRequested"));
        render();
    }

    public CaseInputDialog openReportRelapse() {
        return RelapseDialog.open(this, shown.id(), actions, user, relapse -> getUI().ifPresent(ui -> ui.navigate(
                CaseDetailView.class, new RouteParameters("caseNo", relapse.caseNo()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.case.title", caseNo);
    }
}
