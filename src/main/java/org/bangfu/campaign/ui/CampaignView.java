package org.bangfu.campaign.ui;

import java.util.List;

import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignStatus;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.CampaignUnit;
import org.bangfu.campaign.TargetTotal;
import org.bangfu.campaign.CampaignActions;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.FieldErrors;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One campaign: the plan (groups, standards, budget per unit and source), submission and the organising unit's
 * approval, the delegations, each participating unit's progress (status, recipients, cash and goods, coverage of
 * deep-hardship files, reported on time or late) and the roll-up by target group for the organising unit.
 */
@Route("campaigns/:campaignId")
@RolesAllowed({Role.CASE_WORKER_NAME, Role.APPROVER_NAME, Role.FINANCE_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class CampaignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph summary = new Paragraph();
    private final Grid<CampaignGroupPlan> groups = new Grid<>();
    private final Grid<BudgetLine> budget = new Grid<>();
    private final Grid<CampaignUnit> units = new Grid<>();
    private final Grid<TargetTotal> rollUp = new Grid<>();
    private final Button submit = new Button();
    private final Button approve = new Button();
    private final Button reject = new Button();
    private final TextField note = new TextField();
    private final Button delegations = new Button();

    private final CampaignService campaigns;
    private final CampaignActions actions;
    private final OrganizationService organization;
    private final CurrentUser user;
    private final FieldErrors errors = new FieldErrors(this);
    private Campaign campaign;

    public CampaignView(CampaignService campaigns, CampaignActions actions, OrganizationService organization,
                        CurrentUsers users) {
        this.campaigns = campaigns;
        this.actions = actions;
        this.organization = organization;
        this.user = users.require();
        summary.setId("campaign-summary");
        groups.setId("campaign-groups");
        groups.setEmptyStateText(getTranslation("empty.campaign-groups"));
        groups.addColumn(g -> getTranslation("enum.CampaignTarget." + g.target())).setHeader(getTranslation("campaign.target"));
        groups.addColumn(g -> Formats.money(g.standardMin()) + " ~ " + Formats.money(g.standardMax()))
                .setHeader(getTranslation("campaign.standard"));
        groups.addColumn(g -> g.minAge() == null ? "" : String.valueOf(g.minAge())).setHeader(getTranslation("campaign.minAge"));
        groups.setAllRowsVisible(true);
        budget.setId("campaign-budget");
        budget.setEmptyStateText(getTranslation("empty.campaign-budget"));
        budget.addColumn(b -> organization.unit(b.unitId()).name()).setHeader(getTranslation("campaign.unit"));
        budget.addColumn(b -> getTranslation("enum.FundSource." + b.source())).setHeader(getTranslation("campaign.source"));
        budget.addColumn(b -> Formats.money(b.amount())).setHeader(getTranslation("campaign.amount"));
        budget.setAllRowsVisible(true);
        units.setId("campaign-units");
        units.setEmptyStateText(getTranslation("empty.campaign-units"));
        units.addColumn(CampaignUnit::unitName).setHeader(getTranslation("campaign.unit")).setAutoWidth(true);
        units.addColumn(u -> getTranslation("enum.CampaignUnitStatus." + u.status())).setHeader(getTranslation("campaign.status"));
        units.addColumn(CampaignUnit::recipients).setHeader(getTranslation("campaign.recipients"));
        units.addColumn(u -> Formats.money(u.cash())).setHeader(getTranslation("campaign.cash"));
        units.addColumn(u -> Formats.money(u.goods())).setHeader(getTranslation("campaign.goods"));
        units.addColumn(u -> getTranslation("campaign.coverageCell", u.deepFiles(), u.deepCovered(), u.deepExempted(),
                u.deepMissing())).setHeader(getTranslation("campaign.coverage"));
        units.addColumn(u -> u.reportedAt() == null ? "" : Formats.dateTime(u.reportedAt()))
                .setHeader(getTranslation("campaign.reportedAt"));
        units.addColumn(u -> u.late() ? getTranslation("campaign.late") : "").setHeader(getTranslation("campaign.onTime"));
        units.addComponentColumn(u -> {
            Button open = new Button(getTranslation("campaign.open"), click -> getUI().ifPresent(ui ->
                    ui.navigate(CampaignUnitView.route(campaign.id(), u.unitId()))));
            open.setId("campaign-unit-" + u.unitId());
            return open;
        });
        units.setAllRowsVisible(true);
        rollUp.setId("campaign-rollup");
        rollUp.setEmptyStateText(getTranslation("empty.campaign-rollup"));
        rollUp.addColumn(e -> getTranslation("enum.CampaignTarget." + e.target())).setHeader(getTranslation("campaign.target"));
        rollUp.addColumn(e -> String.valueOf(e.recipients())).setHeader(getTranslation("campaign.recipients"));
        rollUp.addColumn(e -> Formats.money(e.cash())).setHeader(getTranslation("campaign.cash"));
        rollUp.addColumn(e -> Formats.money(e.goodsValue())).setHeader(getTranslation("campaign.goods"));
        rollUp.setAllRowsVisible(true);

        submit.setText(getTranslation("campaign.submit"));
        submit.setId("campaign-submit");
        submit.addClickListener(e -> act(() -> actions.submit(campaign.id(), user)));
        note.setLabel(getTranslation("campaign.decisionNote"));
        note.setId("campaign-note");
        errors.add("note", note);
        errors.add("budget", note);
        approve.setText(getTranslation("campaign.approve"));
        approve.setId("campaign-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> act(() -> actions.decide(campaign.id(), true, note.getValue(), user)));
        reject.setText(getTranslation("campaign.reject"));
        reject.setId("campaign-reject");
        reject.addClickListener(e -> act(() -> actions.decide(campaign.id(), false, note.getValue(), user)));
        delegations.setText(getTranslation("campaign.delegations"));
        delegations.setId("campaign-delegations");
        delegations.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                "campaigns/" + campaign.id() + "/delegations")));
    }

    public static String route(long campaignId) {
        return "campaigns/" + campaignId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("campaignId").orElse(-1L);
        try {
            campaign = campaigns.campaign(id, user);
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
            campaign = campaigns.campaign(campaign.id(), user);
            render();
        });
    }

    public void render() {
        removeAll();
        summary.setText(getTranslation("campaign.summary", getTranslation("enum.CampaignKind." + campaign.kind()),
                organization.unit(campaign.unitId()).name(), String.valueOf(campaign.fundYear()), campaign.periodFrom(),
                campaign.periodTo(), campaign.cutoffDate(), campaign.reportDeadline(),
                getTranslation("enum.CampaignStatus." + campaign.status()),
                campaign.decisionNote() == null ? "" : campaign.decisionNote()));
        groups.setItems(campaign.groups());
        budget.setItems(campaigns.budget(campaign.id()));
        List<CampaignUnit> rows = campaigns.units(campaign.id(), user);
        units.setItems(rows);
        boolean organiser = campaign.unitId() == user.unit().id();
        submit.setVisible(organiser && (campaign.status() == CampaignStatus.DRAFT
                || campaign.status() == CampaignStatus.REJECTED) && (user.hasRole(Role.CASE_WORKER)
                || user.hasRole(Role.APPROVER)));
        boolean deciding = organiser && campaign.status() == CampaignStatus.SUBMITTED && user.hasRole(Role.APPROVER);
        approve.setVisible(deciding);
        reject.setVisible(deciding);
        note.setVisible(deciding);
        HorizontalLayout buttons = new HorizontalLayout(submit, note, approve, reject, delegations);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(campaign.name()), summary, buttons, new H3(getTranslation("campaign.groups")), groups,
                new H3(getTranslation("campaign.budget")), budget, new H3(getTranslation("campaign.unitsTitle")), units);
        if (organiser || organization.unit(campaign.unitId()).path().startsWith(user.unit().path())) {
            rollUp.setItems(campaigns.rollUp(campaign.id(), user));
            add(new H3(getTranslation("campaign.rollUp")), rollUp);
        }
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("campaign.title") : campaign.name();
    }
}
