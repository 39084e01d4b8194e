package org.bangfu.casework.ui;

import jakarta.annotation.security.PermitAll;

import org.bangfu.casework.CaseDetail;
import org.bangfu.casework.CaseViews;
import org.bangfu.casework.TimelineEntry;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** A case (案件详情): its data, grading, decision, payment, where the process stands, and its history. */
@Route("cases/:caseNo")
@PermitAll
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseViews views;
    private final CurrentUsers users;
    private String caseNo = "";

    public CaseDetailView(CaseViews views, CurrentUsers users) {
        this.views = views;
        this.users = users;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNo = event.getRouteParameters().get("caseNo").orElse("");
        removeAll();
        try {
            show(views.detail(caseNo, users.require()));
        } catch (BangfuException refused) {
            add(new H2(getTranslation(refused.messageKey(), refused.args().toArray())));
        }
    }

    private void show(CaseDetail detail) {
        H2 title = new H2(getTranslation("casework.case.title", caseNo));
        Paragraph state = new Paragraph(getTranslation("casework.case.state",
                getTranslation("enum.CaseStatus." + detail.hardshipCase().status()),
                detail.currentSteps().isEmpty() ? getTranslation("casework.case.noOpenStep")
                        : String.join(", ", detail.currentSteps().stream()
                        .map(step -> getTranslation("task." + step)).toList())));
        state.setId("case-state");
        add(title, state, new CaseSummary(detail));
        BpmnDiagram diagram = new BpmnDiagram();
        diagram.setId("case-diagram");
        if (detail.diagram().processDefinitionId() != null) {
            diagram.show(views.processXml(detail.diagram().processDefinitionId()), detail.diagram().completed(),
                    detail.currentSteps());
        }
        add(diagram);
        detail.payment().ifPresent(p -> add(new Paragraph(getTranslation("casework.case.paid",
                Formats.money(p.amount()), p.cardMasked(), getTranslation("enum.FundSource." + p.fundSource()),
                Formats.dateTime(p.recordedAt())))));
        Grid<TimelineEntry> timeline = new Grid<>();
        timeline.setId("case-timeline");
        timeline.addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("casework.case.when"))
                .setAutoWidth(true);
        timeline.addColumn(e -> "engine".equals(e.source()) ? getTranslation("task." + e.what())
                : getTranslation("enum.AuditAction." + e.what())).setHeader(getTranslation("casework.case.what"));
        timeline.addColumn(e -> e.who() == null ? "" : e.who()).setHeader(getTranslation("casework.case.who"));
        timeline.addColumn(e -> "engine".equals(e.source()) ? getTranslation("casework.case.step." + e.detail())
                : e.detail()).setHeader(getTranslation("casework.case.detail"));
        timeline.setItems(detail.timeline());
        timeline.setAllRowsVisible(true);
        add(new H3(getTranslation("casework.case.history")), timeline);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.case.title", caseNo);
    }
}
