package org.bangfu.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.bangfu.approval.ApprovalService;
import org.bangfu.audit.AuditTrail;
import org.bangfu.funds.PaymentService;
import org.bangfu.grading.GradingService;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of case work: case lists and the case detail with its history from the engine and the audit trail. */
@Service
public class CaseViews {

    private static final List<String> SHOWN_ACTIVITIES = List.of("startEvent", "serviceTask", "userTask",
            "noneEndEvent");

    private final IdentificationService identification;
    private final OrganizationService organization;
    private final GradingService grading;
    private final ApprovalService approval;
    private final PaymentService payments;
    private final AuditTrail audit;
    private final HistoryService history;
    private final RepositoryService repository;

    CaseViews(IdentificationService identification, OrganizationService organization, GradingService grading,
              ApprovalService approval, PaymentService payments, AuditTrail audit, HistoryService history,
              RepositoryService repository) {
        this.identification = identification;
        this.organization = organization;
        this.grading = grading;
        this.approval = approval;
        this.payments = payments;
        this.audit = audit;
        this.history = history;
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<HardshipCase> cases(CurrentUser user) {
        return identification.cases(user, 500);
    }

    public String unitName(long unitId) {
        return organization.unit(unitId).name();
    }

    @Transactional(readOnly = true)
    public CaseDetail detail(String caseNo, CurrentUser user) {
        HardshipCase hardshipCase = identification.caseFor(caseNo, user);
        List<TimelineEntry> timeline = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<String> completed = new ArrayList<>();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNo).singleResult();
        if (instance != null) {
            for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list()) {
                if (step.getEndTime() != null && !completed.contains(step.getActivityId())) {
                    completed.add(step.getActivityId()); // every finished node, gateways too: the diagram marks them
                }
                if (!SHOWN_ACTIVITIES.contains(step.getActivityType())) {
                    continue;
                }
                if (step.getEndTime() == null) {
                    current.add(step.getActivityId());
                }
                timeline.add(new TimelineEntry(time(step.getEndTime() != null ? step.getEndTime()
                        : step.getStartTime()), "engine", step.getActivityId(), step.getAssignee(),
                        step.getEndTime() == null ? "open" : "done"));
            }
        }
        audit.forCase(hardshipCase.id()).forEach(entry -> timeline.add(new TimelineEntry(entry.occurredAt(), "audit",
                entry.action(), entry.actor(), entry.detail())));
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return new CaseDetail(hardshipCase, organization.unit(hardshipCase.unitId()).name(),
                grading.latestAssessment(hardshipCase.id()), approval.decision(hardshipCase.id()),
                payments.payment(hardshipCase.id()), current, timeline, completed);
    }

    /** The BPMN XML of the process definition this case runs on ("" before it started), for the case diagram. */
    @Transactional(readOnly = true)
    public String processXml(String caseNo, CurrentUser user) {
        identification.caseFor(caseNo, user); // the same jurisdiction check as detail()
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNo).singleResult();
        if (instance == null) {
            return "";
        }
        try (InputStream model = repository.getProcessModel(instance.getProcessDefinitionId())) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime time(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
