package org.bangfu.shell;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame of every screen: menu entries the user's roles may open, who is logged in, language, logout. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUsers users, AuthenticationContext authentication) {
        CurrentUser user = users.require();
        Span title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-weight", "bold").set("font-size", "var(--lumo-font-size-l)");
        Span who = new Span(getTranslation("shell.user", user.displayName(), user.unit().name()));
        who.setId("current-user");
        Button logout = new Button(getTranslation("shell.logout"), click -> authentication.logout());
        logout.setId("logout");
        Button password = new Button(getTranslation("account.password.title"),
                click -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        password.setId("change-own-password");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, Languages.picker(), password,
                logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("main-menu");
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
    }
}
