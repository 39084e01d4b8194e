package org.bangfu.casework.ui;

import jakarta.annotation.security.PermitAll;

import org.bangfu.casework.CaseViews;
import org.bangfu.identification.HardshipCase;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/** Cases of the user's unit and its subtree (案件); a click opens the case. */
@Route("cases")
@Menu(order = 3, title = "menu.cases")
@PermitAll
public class CaseListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<HardshipCase> grid = new Grid<>();

    public CaseListView(CaseViews views, CurrentUsers users) {
        grid.setId("case-grid");
        grid.addColumn(HardshipCase::caseNo).setHeader(getTranslation("casework.inbox.caseNo")).setAutoWidth(true);
        grid.addColumn(HardshipCase::workerName).setHeader(getTranslation("casework.inbox.worker"));
        grid.addColumn(c -> views.unitName(c.unitId())).setHeader(getTranslation("casework.inbox.unit"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.grade() == null ? "" : getTranslation("enum.Grade." + c.grade()))
                .setHeader(getTranslation("casework.case.grade"));
        grid.addColumn(c -> getTranslation("enum.CaseStatus." + c.status()))
                .setHeader(getTranslation("casework.case.status"));
        grid.addColumn(c -> c.fileNo() == null ? "" : c.fileNo()).setHeader(getTranslation("casework.case.fileNo"));
        grid.addColumn(c -> Formats.dateTime(c.filedAt())).setHeader(getTranslation("casework.case.filedAt"));
        CurrentUser user = users.require();
        grid.setItems(query -> views.cases(user, query.getOffset(), query.getLimit()).stream(),
                query -> views.caseCount(user));
        grid.setEmptyStateText(getTranslation("casework.cases.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters("caseNo", click.getItem().caseNo()))));
        add(new H2(getTranslation("casework.cases.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.cases.title");
    }
}
