package org.bangfu.campaign.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.CampaignUnit;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.campaign.CoverageGap;
import org.bangfu.campaign.Delegation;
import org.bangfu.campaign.DelegationService;
import org.bangfu.campaign.ModelWorker;
import org.bangfu.campaign.ModelWorkerService;
import org.bangfu.campaign.Recipient;
import org.bangfu.campaign.RecipientCommand;
import org.bangfu.campaign.RecipientOrigin;
import org.bangfu.campaign.CampaignActions;
import org.bangfu.campaign.CampaignVariables;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.FieldErrors;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One participating unit's part of a campaign: register recipients (from the unit's deep-hardship files that are
 * not yet covered, from the model-worker list, or entered, optionally as a delegation's visit), record why a file is
 * not visited, submit for approval; the approver approves or returns with a note; after payment the visits are
 * recorded and the unit report is submitted. Each button is shown only at its step; the services refuse anything
 * out of order anyway.
 */
@Route("campaigns/:campaignId/units/:unitId")
@RolesAllowed({Role.CASE_WORKER_NAME, Role.APPROVER_NAME, Role.FINANCE_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class CampaignUnitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph summary = new Paragraph();
    private final ComboBox<RecipientOrigin> origin = new ComboBox<>();
    private final ComboBox<CampaignTarget> target = new ComboBox<>();
    private final ComboBox<CoverageGap> file = new ComboBox<>();
    private final ComboBox<ModelWorker> modelWorker = new ComboBox<>();
    private final ComboBox<Delegation> delegation = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField residentId = new TextField();
    private final TextField phone = new TextField();
    private final TextField holder = new TextField();
    private final TextField account = new TextField();
    private final Checkbox confirmNonCard = new Checkbox();
    private final BigDecimalField cash = new BigDecimalField();
    private final BigDecimalField goods = new BigDecimalField();
    private final TextField goodsNote = new TextField();
    private final Button register = new Button();
    private final Grid<Recipient> recipients = new Grid<>();
    private final Grid<CoverageGap> coverage = new Grid<>();
    private final Button submitRecipients = new Button();
    private final TextField note = new TextField();
    private final Button approve = new Button();
    private final Button returnBack = new Button();
    private final Button finishVisits = new Button();
    private final TextArea report = new TextArea();
    private final Button submitReport = new Button();

    private final CampaignService campaigns;
    private final CampaignActions actions;
    private final OrganizationService organization;
    private final ModelWorkerService modelWorkers;
    private final DelegationService delegations;
    private final CurrentUser user;
    private final java.time.Clock clock;
    private final FieldErrors errors = new FieldErrors(this);
    private Campaign campaign;
    private CampaignUnit unit;

    public CampaignUnitView(CampaignService campaigns, CampaignActions actions, OrganizationService organization,
                            ModelWorkerService modelWorkers, DelegationService delegations, CurrentUsers users, java.time.Clock clock) {
        this.clock = clock;
        this.campaigns = campaigns;
        this.actions = actions;
        this.organization = organization;
        this.modelWorkers = modelWorkers;
        this.delegations = delegations;
        this.user = users.require();
        summary.setId("campaign-unit-summary");
        origin.setItems(RecipientOrigin.values());
        origin.setItemLabelGenerator(o -> getTranslation("enum.RecipientOrigin." + o));
        origin.setValue(RecipientOrigin.ENTERED);
        origin.addValueChangeListener(e -> showOriginFields());
        field(origin, "origin", "campaign.origin");
        target.setItemLabelGenerator(t -> getTranslation("enum.CampaignTarget." + t));
        field(target, "target", "campaign.target");
        file.setItemLabelGenerator(g -> g.caseNo() + " " + g.workerName());
        field(file, "caseId", "campaign.file");
        modelWorker.setItemLabelGenerator(m -> m.name() + " " + m.residentIdMasked());
        field(modelWorker, "modelWorkerId", "campaign.modelWorker");
        delegation.setItemLabelGenerator(Delegation::name);
        delegation.setClearButtonVisible(true);
        field(delegation, "delegationId", "campaign.delegation");
        field(name, "name", "campaign.recipientName");
        field(residentId, "residentId", "campaign.residentId");
        field(phone, "phone", "campaign.phone");
        field(holder, "cardHolderName", "campaign.cardHolder");
        field(account, "bankCard", "campaign.account");
        confirmNonCard.setLabel(getTranslation("campaign.confirmNonCard"));
        confirmNonCard.setId("campaign-confirmNonCard");
        field(cash, "cash", "campaign.cash");
        field(goods, "goodsValue", "campaign.goods");
        field(goodsNote, "goodsNote", "campaign.goodsNote");
        register.setText(getTranslation("campaign.register"));
        register.setId("campaign-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> registerRecipient());

        recipients.setId("campaign-recipients");
        recipients.addColumn(Recipient::name).setHeader(getTranslation("campaign.recipientName")).setAutoWidth(true);
        recipients.addColumn(r -> getTranslation("enum.CampaignTarget." + r.target())).setHeader(getTranslation("campaign.target"));
        recipients.addColumn(r -> getTranslation("enum.RecipientOrigin." + r.origin())).setHeader(getTranslation("campaign.origin"));
        recipients.addColumn(r -> organization.unit(r.unitId()).name()).setHeader(getTranslation("campaign.unit"));
        recipients.addColumn(r -> Formats.money(r.cash())).setHeader(getTranslation("campaign.cash"));
        recipients.addColumn(r -> Formats.money(r.goodsValue())).setHeader(getTranslation("campaign.goods"));
        recipients.addColumn(r -> r.paymentStatus() == null ? "" : getTranslation("enum.PaymentStatus." + r.paymentStatus()))
                .setHeader(getTranslation("campaign.payment"));
        recipients.addColumn(r -> r.visitedOn() == null ? "" : r.visitedOn().toString())
                .setHeader(getTranslation("campaign.visitedOn"));
        recipients.addComponentColumn(this::recipientActions);
        recipients.setEmptyStateText(getTranslation("campaign.recipientsEmpty"));

        coverage.setId("campaign-coverage");
        coverage.addColumn(CoverageGap::caseNo).setHeader(getTranslation("campaign.file"));
        coverage.addColumn(CoverageGap::workerName).setHeader(getTranslation("campaign.recipientName"));
        coverage.addColumn(g -> organization.unit(g.unitId()).name()).setHeader(getTranslation("campaign.unit"));
        coverage.addColumn(g -> g.reason() == null ? getTranslation("campaign.missing") : g.reason())
                .setHeader(getTranslation("campaign.reason"));
        coverage.addComponentColumn(this::gapActions);
        coverage.setEmptyStateText(getTranslation("campaign.coverageEmpty"));

        submitRecipients.setText(getTranslation("campaign.submitRecipients"));
        submitRecipients.setId("campaign-submit-recipients");
        submitRecipients.addClickListener(e -> act(() -> actions.submitRecipients(campaign.id(), unit.unitId(), user)));
        note.setLabel(getTranslation("campaign.decisionNote"));
        note.setId("campaign-unit-note");
        errors.add("note", note);
        // refusals of the submission (coverage missing, nobody registered) have no field: shown as a notification
        approve.setText(getTranslation("campaign.approveRecipients"));
        approve.setId("campaign-approve-recipients");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> act(() -> actions.approveRecipients(campaign.id(), unit.unitId(), true,
                note.getValue(), user)));
        returnBack.setText(getTranslation("campaign.returnRecipients"));
        returnBack.setId("campaign-return-recipients");
        returnBack.addClickListener(e -> act(() -> actions.approveRecipients(campaign.id(), unit.unitId(), false,
                note.getValue(), user)));
        finishVisits.setText(getTranslation("campaign.finishVisits"));
        finishVisits.setId("campaign-finish-visits");
        finishVisits.addClickListener(e -> act(() -> actions.finishVisits(campaign.id(), unit.unitId(), user)));
        report.setLabel(getTranslation("campaign.report"));
        report.setId("campaign-report");
        report.setWidthFull();
        errors.add("reportText", report);
        submitReport.setText(getTranslation("campaign.submitReport"));
        submitReport.setId("campaign-submit-report");
        submitReport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submitReport.addClickListener(e -> act(() -> actions.submitReport(campaign.id(), unit.unitId(),
                report.getValue(), user)));
    }

    public static String route(long campaignId, long unitId) {
        return "campaigns/" + campaignId + "/units/" + unitId;
    }

    private <T extends com.vaadin.flow.component.HasValidation> void field(T field, String key, String label) {
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation(label));
        ((com.vaadin.flow.component.Component) field).setId("campaign-r-" + key);
        errors.add(key, field);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long campaignId = event.getRouteParameters().getLong("campaignId").orElse(-1L);
        long unitId = event.getRouteParameters().getLong("unitId").orElse(-1L);
        try {
            campaign = campaigns.campaign(campaignId, user);
            unit = campaigns.unit(campaignId, unitId, user);
        } catch (BangfuException refused) {
            removeAll();
            add(new H2(getTranslation(refused.messageKey(), refused.args().toArray())));
            return;
        }
        render();
    }

    private void act(Runnable action) {
        errors.run(() -> {
            action.run();
            render();
        });
    }

    public void render() {
        unit = campaigns.unit(campaign.id(), unit.unitId(), user);
        removeAll();
        Optional<String> step = actions.openStep(campaign.id(), unit.unitId());
        summary.setText(getTranslation("campaign.unitSummary", unit.unitName(),
                getTranslation("enum.CampaignUnitStatus." + unit.status()),
                step.map(s -> getTranslation("task." + s)).orElse("-"), campaign.reportDeadline(),
                unit.returnNote() == null ? "" : unit.returnNote(), unit.late() ? getTranslation("campaign.late") : ""));
        boolean worker = user.hasRole(Role.CASE_WORKER) || user.hasRole(Role.APPROVER);
        boolean registering = worker && unit.status() == CampaignUnitStatus.REGISTERING;
        add(new HorizontalLayout(new Button(getTranslation("campaign.back"), e -> getUI().ifPresent(ui ->
                ui.navigate(CampaignView.route(campaign.id())))), new H2(campaign.name() + " \u00b7 " + unit.unitName())),
                summary);
        if (registering) {
            target.setItems(campaign.groups().stream().map(CampaignGroupPlan::target).toList());
            file.setItems(campaigns.openFiles(campaign.id(), unit.unitId(), user));
            modelWorker.setItems(modelWorkers.list(unit.unitId(), user));
            delegation.setItems(delegations.delegations(campaign.id(), user));
            FormLayout form = new FormLayout(origin, target, file, modelWorker, name, residentId, phone, holder,
                    account, confirmNonCard, cash, goods, goodsNote, delegation);
            showOriginFields();
            add(new H3(getTranslation("campaign.registerTitle")), form, register);
        }
        long campaignId = campaign.id();
        long unitId = unit.unitId();
        recipients.setItems(query -> campaigns.recipients(campaignId, unitId, user, query.getOffset(), query.getLimit())
                .stream(), query -> campaigns.recipientCount(campaignId, unitId, user));
        coverage.setItems(query -> campaigns.coverage(campaignId, unitId, user, query.getOffset(), query.getLimit())
                .stream(), query -> campaigns.coverageCount(campaignId, unitId, user));
        add(new H3(getTranslation("campaign.recipientsTitle")), recipients,
                new H3(getTranslation("campaign.coverageTitle", unit.deepFiles(), unit.deepCovered(),
                        unit.deepExempted(), unit.deepMissing())), coverage);
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (registering) {
            buttons.add(submitRecipients);
        }
        if (unit.status() == CampaignUnitStatus.SUBMITTED && user.hasRole(Role.APPROVER)) {
            buttons.add(note, approve, returnBack);
        }
        if (worker && step.filter(CampaignVariables.TASK_RECORD_VISITS::equals).isPresent()) {
            buttons.add(finishVisits);
        }
        add(buttons);
        if (worker && step.filter(CampaignVariables.TASK_SUBMIT_UNIT_REPORT::equals).isPresent()) {
            add(new H3(getTranslation("campaign.reportTitle")), report, submitReport);
        }
        if (unit.reportText() != null) {
            add(new H3(getTranslation("campaign.reportTitle")), new Paragraph(unit.reportText()));
        }
    }

    private void showOriginFields() {
        RecipientOrigin o = origin.getValue() == null ? RecipientOrigin.ENTERED : origin.getValue();
        file.setVisible(o == RecipientOrigin.FILE);
        modelWorker.setVisible(o == RecipientOrigin.MODEL_WORKER);
        for (com.vaadin.flow.component.Component c : List.of(name, residentId, phone, holder, account, confirmNonCard)) {
            c.setVisible(o == RecipientOrigin.ENTERED);
        }
        if (o == RecipientOrigin.FILE) {
            target.setValue(CampaignTarget.FILED_HARDSHIP);
        } else if (o == RecipientOrigin.MODEL_WORKER) {
            target.setValue(CampaignTarget.MODEL_WORKER);
        }
    }

    private void registerRecipient() {
        errors.clear();
        RecipientOrigin o = origin.getValue() == null ? RecipientOrigin.ENTERED : origin.getValue();
        long at = o == RecipientOrigin.FILE && file.getValue() != null ? file.getValue().unitId() : unit.unitId();
        act(() -> {
            campaigns.register(campaign.id(), at, new RecipientCommand(target.getValue(), o,
                    file.getValue() == null ? null : file.getValue().caseId(),
                    modelWorker.getValue() == null ? null : modelWorker.getValue().id(),
                    delegation.getValue() == null ? null : delegation.getValue().id(), name.getValue(),
                    residentId.getValue(), phone.getValue(), holder.getValue(), account.getValue(),
                    confirmNonCard.getValue(), cash.getValue(), goods.getValue(), goodsNote.getValue()), user);
            for (com.vaadin.flow.component.HasValue<?, ?> f : List.of(file, modelWorker, name, residentId, phone,
                    holder, account, cash, goods, goodsNote)) {
                f.clear();
            }
            confirmNonCard.setValue(false);
        });
    }

    private com.vaadin.flow.component.Component recipientActions(Recipient r) {
        HorizontalLayout cell = new HorizontalLayout();
        boolean worker = user.hasRole(Role.CASE_WORKER) || user.hasRole(Role.APPROVER);
        if (worker && unit.status() == CampaignUnitStatus.REGISTERING && r.paymentKey() == null) {
            Button remove = new Button(getTranslation("campaign.remove"),
                    e -> act(() -> campaigns.removeRecipient(r.id(), user)));
            remove.setId("campaign-remove-" + r.id());
            cell.add(remove);
        }
        if (worker && unit.status() == CampaignUnitStatus.VISITING) {
            Button visit = new Button(getTranslation("campaign.recordVisit"), e -> visitDialog(r));
            visit.setId("campaign-visit-" + r.id());
            cell.add(visit);
        }
        return cell;
    }

    private com.vaadin.flow.component.Component gapActions(CoverageGap gap) {
        boolean worker = user.hasRole(Role.CASE_WORKER) || user.hasRole(Role.APPROVER);
        if (!worker || unit.status() != CampaignUnitStatus.REGISTERING) {
            return new HorizontalLayout();
        }
        Button reason = new Button(getTranslation("campaign.recordReason"), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("campaign.recordReason") + " \u00b7 " + gap.caseNo());
            TextField text = new TextField(getTranslation("campaign.reason"));
            text.setId("campaign-reason-text");
            text.setWidthFull();
            FieldErrors dialogErrors = new FieldErrors(dialog);
            dialogErrors.add("reason", text);
            Button save = new Button(getTranslation("campaign.save"), click -> dialogErrors.run(() -> {
                campaigns.exempt(campaign.id(), gap.caseId(), text.getValue(), user);
                dialog.close();
                render();
            }));
            save.setId("campaign-reason-save");
            dialog.add(text);
            dialog.getFooter().add(save);
            dialog.open();
        });
        reason.setId("campaign-reason-" + gap.caseId());
        return reason;
    }

    private void visitDialog(Recipient r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("campaign.recordVisit") + " \u00b7 " + r.name());
        DatePicker day = new DatePicker(getTranslation("campaign.visitedOn"));
        day.setValue(LocalDate.now(clock));
        day.setId("campaign-visit-day");
        TextField visitNote = new TextField(getTranslation("campaign.visitNote"));
        visitNote.setId("campaign-visit-note");
        visitNote.setWidthFull();
        FieldErrors dialogErrors = new FieldErrors(this);
        dialogErrors.add("visitedOn", day);
        dialogErrors.add("visitNote", visitNote);
        Button save = new Button(getTranslation("campaign.save"), click -> dialogErrors.run(() -> {
            campaigns.recordVisit(r.id(), day.getValue(), visitNote.getValue(), user);
            dialog.close();
            render();
        }));
        save.setId("campaign-visit-save");
        dialog.add(new VerticalLayout(day, visitNote));
        dialog.getFooter().add(save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return unit == null ? getTranslation("campaign.title") : unit.unitName();
    }
}
