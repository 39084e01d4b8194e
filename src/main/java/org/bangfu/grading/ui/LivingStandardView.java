package org.bangfu.grading.ui;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.grading.GradingService;
import org.bangfu.grading.LivingStandard;
import org.bangfu.organization.Role;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** Grading rules for process analysts: the 低保 settings the decision table reads, and the way to the engine tools. */
@Route("rules")
@Menu(order = 20, title = "menu.rules")
@RolesAllowed({Role.ANALYST_NAME, Role.ADMIN_NAME})
public class LivingStandardView extends VerticalLayout implements HasDynamicTitle {

    public LivingStandardView(GradingService grading) {
        Grid<LivingStandard> grid = new Grid<>();
        grid.setId("dibao-grid");
        grid.setEmptyStateText(getTranslation("empty.dibao-grid"));
        grid.addColumn(LivingStandard::divisionCode).setHeader(getTranslation("grading.rules.division"));
        grid.addColumn(LivingStandard::year).setHeader(getTranslation("grading.rules.year"));
        grid.addColumn(s -> Formats.money(s.monthlyAmount())).setHeader(getTranslation("grading.rules.amount"));
        grid.setItems(grading.livingStandards());
        Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("grading.rules.cockpit"));
        cockpit.setRouterIgnore(true);
        add(new H2(getTranslation("grading.rules.title")), new Paragraph(getTranslation("grading.rules.help")),
                cockpit, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grading.rules.title");
    }
}
