package org.bangfu.casework.ui.forms;

import java.util.Comparator;
import java.util.Optional;

import org.bangfu.approval.AidCap;
import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidStatus;
import org.bangfu.approval.ApprovalStep;
import org.bangfu.shell.ui.Texts;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The aid request a task works on (named by the task), and how the forms show it.
 */
final class AidRequests {

    private AidRequests() {
    }

    static Optional<AidRequest> of(TaskContext context, AidStatus status, boolean emergency) {
        Long id = context.task().idOf("aidRequestId");
        return context.detail().aidRequests().stream()
                .filter(r -> id != null ? r.id() == id : r.status() == status && r.emergency() == emergency)
                .min(Comparator.comparing(AidRequest::requestedAt));
    }

    /** Type, amount, tiers, purpose, the cap of its type and the decisions taken so far. */
    static Component show(Component owner, TaskContext context, AidRequest request) {
        FormLayout facts = new FormLayout();
        facts.setId("aid-request-facts");
        Texts.item(facts, owner.getTranslation("casework.form.aid.type"), Texts.enumText(owner, request.aidType()));
        Texts.item(facts, owner.getTranslation("casework.form.aid.amount"), Formats.money(request.amount()));
        Texts.item(facts, owner.getTranslation("casework.form.aid.requiredTier"),
                Texts.enumText(owner, request.requiredTier()));
        if (context.task().badge() != null) {
            Texts.item(facts, owner.getTranslation("casework.form.aid.thisTier"),
                    owner.getTranslation(context.task().badge()));
        }
        Texts.item(facts, owner.getTranslation("casework.form.aid.purpose"), request.purpose());
        if (request.outOfPocket() != null) {
            Texts.item(facts, owner.getTranslation("casework.form.aid.outOfPocket"),
                    Formats.money(request.outOfPocket()));
        }
        if (request.schoolLevel() != null) {
            Texts.item(facts, owner.getTranslation("casework.form.aid.schoolLevel"),
                    Texts.enumText(owner, request.schoolLevel()));
        }
        Texts.item(facts, owner.getTranslation("casework.form.aid.requestedBy"),
                org.bangfu.shell.ui.Persons.name(owner, context.services().people, request.requestedBy()) + ", "
                + Formats.dateTime(request.requestedAt()));
        if (!request.emergency()) {
            try {
                AidCap cap = context.services().aid.cap(request.caseId(), request.aidType(), request.outOfPocket(),
                        request.schoolLevel());
                Texts.item(facts, owner.getTranslation("casework.form.aid.cap"), owner.getTranslation(
                        "casework.form.aid.capValue", Formats.money(cap.cap()), Formats.money(cap.granted()),
                        Formats.money(cap.remaining()))).setId("aid-cap");
            } catch (BangfuException refused) {
                Texts.item(facts, owner.getTranslation("casework.form.aid.cap"),
                        owner.getTranslation(refused.messageKey(), refused.args().toArray()));
            }
        }
        Grid<ApprovalStep> steps = new Grid<>();
        steps.setId("aid-steps");
        steps.setEmptyStateText(owner.getTranslation("empty.aid-steps"));
        steps.addColumn(s -> Texts.enumText(owner, s.tier())).setHeader(owner.getTranslation("casework.case.tier"));
        steps.addColumn(s -> Texts.enumText(owner, s.outcome()))
                .setHeader(owner.getTranslation("casework.case.outcome"));
        steps.addColumn(s -> org.bangfu.shell.ui.Persons.name(owner, context.services().people, s.decidedBy()))
                .setHeader(owner.getTranslation("casework.case.who"))
                .setTooltipGenerator(s -> org.bangfu.shell.ui.Persons.login(s.decidedBy()));
        steps.addColumn(s -> Formats.dateTime(s.decidedAt())).setHeader(owner.getTranslation("casework.case.when"));
        steps.addColumn(s -> s.reason() == null ? "" : s.reason())
                .setHeader(owner.getTranslation("casework.form.reason"));
        steps.setItems(context.services().aid.steps(request.id()));
        steps.setAllRowsVisible(true);
        VerticalLayout shown = new VerticalLayout(facts, steps);
        shown.setPadding(false);
        return shown;
    }
}
