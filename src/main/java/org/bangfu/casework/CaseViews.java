package org.bangfu.casework;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.bangfu.approval.AidService;
import org.bangfu.approval.ApprovalService;
import org.bangfu.audit.AuditTrail;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.followup.FollowUpService;
import org.bangfu.funds.PaymentService;
import org.bangfu.grading.GradingService;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.bangfu.workflow.ProcessHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of case work: case lists and the case detail with its history from the engine and the audit trail. */
@Service
public class CaseViews {

    private static final Set<String> SHOWN_ACTIVITIES = Set.of("startEvent", "serviceTask", "userTask",
            "noneEndEvent", "intermediateMessageCatch", "intermediateTimer", "errorEndEvent", "terminateEndEvent",
            "messageStartEvent", "timerStartEvent", "boundaryTimer", "boundaryError");

    private final IdentificationService identification;
    private final VerificationService verification;
    private final OrganizationService organization;
    private final GradingService grading;
    private final ApprovalService approval;
    private final AidService aid;
    private final PaymentService payments;
    private final FollowUpService followUp;
    private final AuditTrail audit;
    private final ProcessHistory history;

    CaseViews(IdentificationService identification, VerificationService verification,
              OrganizationService organization, GradingService grading, ApprovalService approval, AidService aid,
              PaymentService payments, FollowUpService followUp, AuditTrail audit, ProcessHistory history) {
        this.identification = identification;
        this.verification = verification;
        this.organization = organization;
        this.grading = grading;
        this.approval = approval;
        this.aid = aid;
        this.payments = payments;
        this.followUp = followUp;
        this.audit = audit;
        this.history = history;
    }

    /** One page of the cases of the user's subtree, newest first: the case list's lazy grid. */
    @Transactional(readOnly = true)
    public List<HardshipCase> cases(CurrentUser user, int offset, int limit) {
        return identification.casePage(user, offset, limit);
    }

    @Transactional(readOnly = true)
    public int caseCount(CurrentUser user) {
        return identification.caseCount(user);
    }

    public String unitName(long unitId) {
        return organization.unit(unitId).name();
    }

    @Transactional(readOnly = true)
    public CaseDetail detail(String caseNo, CurrentUser user) {
        HardshipCase c = identification.caseFor(caseNo, user);
        List<TimelineEntry> timeline = new ArrayList<>();
        List<String> current = new ArrayList<>();
        CaseDetail.Diagram diagram = null;
        for (ProcessHistory.Trail trail : history.trails(caseNo)) {
            List<String> done = new ArrayList<>();
            List<String> open = new ArrayList<>();
            for (ProcessHistory.Step step : trail.steps()) {
                (step.end() == null ? open : done).add(step.activityId());
                if (!SHOWN_ACTIVITIES.contains(step.activityType())) {
                    continue;
                }
                timeline.add(new TimelineEntry(time(step.end() != null ? step.end() : step.start()), "engine",
                        step.activityId(), step.assignee(), step.end() == null ? "open" : "done"));
            }
            current.addAll(open.stream().filter(id -> id.startsWith("Task_") || id.startsWith("Event_")).toList());
            // the diagram shows where the file is on its line: the latest of application, follow-up period, exit
            if (ProcessIds.FILE_LINE.contains(trail.definitionKey()) || diagram == null) {
                diagram = new CaseDetail.Diagram(trail.definitionId(), done, open);
            }
        }
        audit.forCase(c.id()).forEach(entry -> timeline.add(new TimelineEntry(entry.occurredAt(), "audit",
                entry.action(), entry.actor(), entry.detail())));
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return new CaseDetail(c, organization.unit(c.unitId()).name(), identification.household(c.id()),
                identification.attachments(c.id()), verification.visit(c.id()), verification.meansCheck(c.id()),
                verification.objections(c.id()), grading.latestAssessment(c.id()), approval.steps(c.id()),
                aid.requests(c.id()), aid.grantedThisYear(c.id()), payments.payments(c.id()),
                followUp.visits(c.id()), followUp.incomes(c.id()), followUp.latestExit(c.id()),
                diagram == null ? new CaseDetail.Diagram(null, List.of(), List.of()) : diagram, current, timeline);
    }

    /**
     * The BPMN XML of the process the file is on now (application, follow-up period or exit), after the same
     * jurisdiction check as {@link #detail}.
     */
    @Transactional(readOnly = true)
    public String processXml(String caseNo, CurrentUser user) {
        identification.caseFor(caseNo, user);
        return history.latestDefinitionId(caseNo, ProcessIds.FILE_LINE).map(history::processXml).orElse("");
    }

    /** The BPMN XML of a deployed process definition, for the diagram viewer. */
    public String processXml(String processDefinitionId) {
        return history.processXml(processDefinitionId);
    }

    private static OffsetDateTime time(java.time.Instant instant) {
        return org.bangfu.shared.LocalZone.of(instant);
    }
}
