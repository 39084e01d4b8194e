package org.bangfu.campaign.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.Delegation;
import org.bangfu.campaign.DelegationCommand;
import org.bangfu.campaign.DelegationItem;
import org.bangfu.campaign.DelegationPlanning;
import org.bangfu.campaign.DelegationProgress;
import org.bangfu.campaign.DelegationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.Role;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The visiting delegations (慰问组) of one campaign: the organising unit creates them (places from the participating
 * units and the units below them, items per place within the campaign's standards); every delegation shows its
 * plan against the visits recorded, per place and item. Reached from the campaign screen via {@link #route(long)}.
 */
@Route("campaigns/:campaignId/delegations")
@RolesAllowed({Role.CASE_WORKER_NAME, Role.APPROVER_NAME, Role.FINANCE_NAME, Role.AUDITOR_NAME, Role.ANALYST_NAME,
        Role.ADMIN_NAME})
public class DelegationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public final H2 title = new H2();
    private final Paragraph standards = new Paragraph();
    private final Button create = new Button();
    private final VerticalLayout list = new VerticalLayout();
    /** Progress grids by delegation id, as last shown. */
    private final Map<Long, Grid<DelegationProgress>> progress = new java.util.LinkedHashMap<>();

    private final DelegationService delegations;
    private final DelegationPlanning planning;
    private final CurrentUser user;
    private DelegationPlanning.Setup setup;

    public DelegationView(DelegationService delegations, DelegationPlanning planning, CurrentUsers users) {
        this.delegations = delegations;
        this.planning = planning;
        this.user = users.require();
        create.setText(getTranslation("campaign.delegation.new"));
        create.setId("delegations-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreate());
        standards.setId("delegations-standards");
        list.setId("delegations-list");
        list.setPadding(false);
    }

    /** The address of the delegation screen of a campaign, for links from the campaign screen. */
    public static String route(long campaignId) {
        return "campaigns/" + campaignId + "/delegations";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long campaignId = event.getRouteParameters().getLong("campaignId").orElse(-1L);
        removeAll();
        try {
            setup = planning.setup(campaignId, user);
        } catch (BangfuException refused) {
            add(new H2(getTranslation(refused.messageKey(), refused.args().toArray())));
            return;
        }
        title.setText(getTranslation("campaign.delegation.title", setup.campaignName()));
        standards.setText(getTranslation("campaign.delegation.standards", setup.standards().stream()
                .map(g -> getTranslation("campaign.delegation.standard", target(g.target()),
                        Formats.money(g.standardMin()), Formats.money(g.standardMax())))
                .collect(Collectors.joining("; "))));
        create.setVisible(setup.mayCreate());
        add(title, standards, create, list);
        render();
    }

    public void render() {
        list.removeAll();
        progress.clear();
        List<Delegation> shown = delegations.delegations(setup.campaignId(), user);
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("campaign.delegation.none")));
        }
        for (Delegation d : shown) {
            list.add(new H3(d.name()), new Paragraph(getTranslation("campaign.delegation.summary", d.leader(),
                    d.members(), d.departments(), d.liaison() == null ? "-" : d.liaison())), progressGrid(d));
        }
    }

    private Component progressGrid(Delegation d) {
        Grid<DelegationProgress> grid = new Grid<>();
        grid.setId("delegation-progress-" + d.id());
        grid.setEmptyStateText(getTranslation("empty.delegation-progress"));
        grid.addColumn(DelegationProgress::placeName).setHeader(getTranslation("campaign.delegation.place"))
                .setAutoWidth(true);
        grid.addColumn(p -> target(p.target())).setHeader(getTranslation("campaign.delegation.item.target"));
        grid.addColumn(DelegationProgress::planned).setHeader(getTranslation("campaign.delegation.planned"));
        grid.addColumn(DelegationProgress::visited).setHeader(getTranslation("campaign.delegation.visited"));
        grid.addColumn(p -> Formats.money(p.plannedMoney()))
                .setHeader(getTranslation("campaign.delegation.plannedMoney"));
        grid.addColumn(p -> Formats.money(p.givenMoney())).setHeader(getTranslation("campaign.delegation.givenMoney"));
        grid.setItems(delegations.progress(d.id(), user));
        grid.setAllRowsVisible(true);
        progress.put(d.id(), grid);
        return grid;
    }

    /** The target group's name; the texts {@code enum.CampaignTarget.*} come with the campaign screens. */
    String target(CampaignTarget target) {
        String text = getTranslation("enum.CampaignTarget." + target);
        return text.startsWith("!") ? target.name() : text;
    }

    public DelegationForm openCreate() {
        DelegationForm form = new DelegationForm(this,
                query -> planning.places(setup.campaignId(), query.getFilter().orElse(null), query.getOffset(),
                        query.getLimit(), user).stream(),
                query -> planning.placeCount(setup.campaignId(), query.getFilter().orElse(null), user));
        form.open();
        return form;
    }

    /** Creates the delegation from the form; refusals are shown next to their fields. */
    boolean save(DelegationForm form) {
        form.clearItemErrors();
        List<DelegationItem> items = new ArrayList<>();
        for (DelegationForm.ItemRow row : form.rows) {
            items.add(new DelegationItem(row.target.getValue(), row.perPlace.getValue(), row.amount.getValue()));
        }
        DelegationCommand command = new DelegationCommand(form.name.getValue(), form.leader.getValue(),
                form.members.getValue(), form.departments.getValue(), form.liaison.getValue(),
                form.places.getValue().stream().map(OrgUnit::id).toList(), items);
        return form.errors.run(() -> {
            Delegation created = delegations.create(setup.campaignId(), command, user);
            Notification.show(getTranslation("campaign.delegation.created", created.name()));
            render();
        });
    }

    @Override
    public String getPageTitle() {
        return setup == null ? getTranslation("campaign.delegation.new")
                : getTranslation("campaign.delegation.title", setup.campaignName());
    }
}
