package org.bangfu.organization.ui;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.OrganizationService.UserSummary;
import org.bangfu.organization.Role;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** For administrators: the union tree and the users of their subtree with roles (组织与用户). */
@Route("admin/organization")
@Menu(order = 40, title = "menu.organization")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    public UsersView(OrganizationService organization, CurrentUsers users) {
        Grid<OrgUnit> units = new Grid<>();
        units.setId("unit-grid");
        units.addColumn(OrgUnit::code).setHeader(getTranslation("organization.units.code")).setAutoWidth(true);
        units.addColumn(u -> "\u3000".repeat(u.path().split("/").length - 2) + u.name())
                .setHeader(getTranslation("organization.units.name")).setAutoWidth(true);
        units.addColumn(u -> getTranslation("enum.UnitLevel." + u.level()))
                .setHeader(getTranslation("organization.units.level"));
        units.addColumn(OrgUnit::divisionCode).setHeader(getTranslation("organization.units.division"));
        units.setItems(query -> organization.units(query.getOffset(), query.getLimit()).stream(),
                query -> organization.unitCount());
        units.setEmptyStateText(getTranslation("organization.units.empty"));
        Grid<UserSummary> people = new Grid<>();
        people.setId("user-grid");
        people.addColumn(UserSummary::username).setHeader(getTranslation("organization.users.username"))
                .setKey("username");
        people.addColumn(UserSummary::displayName).setHeader(getTranslation("organization.users.name"));
        people.addColumn(UserSummary::unitName).setHeader(getTranslation("organization.users.unit")).setAutoWidth(true);
        people.addColumn(u -> u.roles().stream().map(r -> getTranslation("enum.Role." + r)).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("organization.users.roles"));
        CurrentUser viewer = users.require();
        people.setItems(query -> organization.users(viewer, query.getOffset(), query.getLimit()).stream(),
                query -> organization.userCount(viewer));
        people.setEmptyStateText(getTranslation("organization.users.empty"));
        add(new H2(getTranslation("organization.title")), new H3(getTranslation("organization.units.title")), units,
                new H3(getTranslation("organization.users.title")), people);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.title");
    }
}
