package org.bangfu.campaign.ui;

import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignActions;
import org.bangfu.campaign.CampaignTask;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * 送温暖活动: the campaign steps waiting for the user (their unit's, and those escalated to it) and the campaigns the
 * user's unit organises or takes part in. Case workers and approvers plan new ones.
 */
@Route("campaigns")
@Menu(order = 12, title = "menu.campaigns")
@RolesAllowed({Role.CASE_WORKER_NAME, Role.APPROVER_NAME, Role.FINANCE_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class CampaignListView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<CampaignTask> tasks = new Grid<>();
    private final Grid<Campaign> campaigns = new Grid<>();
    private final Button plan = new Button();

    public CampaignListView(CampaignService service, CampaignActions actions, OrganizationService organization,
                            CurrentUsers users) {
        CurrentUser user = users.require();
        plan.setText(getTranslation("campaign.new"));
        plan.setId("campaign-new");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.setVisible(user.hasRole(Role.CASE_WORKER) || user.hasRole(Role.APPROVER));
        plan.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CampaignPlanView.class)));

        tasks.setId("campaign-tasks");

        tasks.setEmptyStateText(getTranslation("empty.campaign-tasks"));
        tasks.addColumn(t -> getTranslation("task." + t.taskKey())).setHeader(getTranslation("campaign.step"));
        tasks.addColumn(CampaignTask::campaignName).setHeader(getTranslation("campaign.name"));
        tasks.addColumn(t -> t.unitName() == null ? "" : t.unitName()).setHeader(getTranslation("campaign.unit"));
        tasks.addColumn(t -> Formats.dateTime(t.due()) + (t.overdue() ? " \u00b7 " + getTranslation("campaign.overdue")
                : "")).setHeader(getTranslation("campaign.due"));
        tasks.addComponentColumn(t -> {
            Button open = new Button(getTranslation("campaign.open"), click -> getUI().ifPresent(ui -> ui.navigate(
                    t.unitId() == null ? CampaignView.route(t.campaignId())
                            : CampaignUnitView.route(t.campaignId(), t.unitId()))));
            open.setId("campaign-task-" + t.campaignId() + "-" + t.taskKey() + "-" + (t.unitId() == null ? "all" : t.unitId()));
            return open;
        });
        tasks.setAllRowsVisible(true);
        tasks.setItems(actions.myTasks(user));

        campaigns.setId("campaign-list");
        campaigns.addColumn(Campaign::name).setHeader(getTranslation("campaign.name")).setAutoWidth(true);
        campaigns.addColumn(c -> getTranslation("enum.CampaignKind." + c.kind())).setHeader(getTranslation("campaign.kind"));
        campaigns.addColumn(c -> organization.unit(c.unitId()).name()).setHeader(getTranslation("campaign.organiser"));
        campaigns.addColumn(c -> c.periodFrom() + " ~ " + c.periodTo()).setHeader(getTranslation("campaign.period"));
        campaigns.addColumn(c -> c.reportDeadline().toString()).setHeader(getTranslation("campaign.deadline"));
        campaigns.addColumn(c -> getTranslation("enum.CampaignStatus." + c.status()))
                .setHeader(getTranslation("campaign.status"));
        campaigns.addComponentColumn(c -> {
            Button open = new Button(getTranslation("campaign.open"),
                    click -> getUI().ifPresent(ui -> ui.navigate(CampaignView.route(c.id()))));
            open.setId("campaign-open-" + c.id());
            return open;
        });
        campaigns.setEmptyStateText(getTranslation("campaign.listEmpty"));
        campaigns.setItems(query -> service.campaigns(user, query.getOffset(), query.getLimit()).stream(),
                query -> service.campaignCount(user));

        add(new HorizontalLayout(new H2(getTranslation("campaign.title")), plan),
                new H3(getTranslation("campaign.myTasks")), tasks, new H3(getTranslation("campaign.all")), campaigns);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.title");
    }
}
