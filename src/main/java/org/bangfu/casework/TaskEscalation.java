package org.bangfu.casework;

import java.util.Date;
import java.util.List;

import org.bangfu.casework.process.ProcessIds;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Escalation of overdue work: every overdue task of a process instance also goes into the inbox of the supervising
 * unit (the same role one level up), once, with an audit entry; the task keeps its original group too.
 */
@Service
public class TaskEscalation {

    public static final String ESCALATED_TO = org.bangfu.workflow.WorkItems.ESCALATED_TO;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final OrganizationService organization;
    private final IdentificationService files;
    private final ApplicationEventPublisher events;

    TaskEscalation(TaskService tasks, RuntimeService runtime, OrganizationService organization,
                   IdentificationService files, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.organization = organization;
        this.files = files;
        this.events = events;
    }

    public void escalateOverdue(String processInstanceId) {
        Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).dueBefore(now).list()) {
            if (tasks.getVariableLocal(task.getId(), ESCALATED_TO) != null) {
                continue;
            }
            List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            String escalatedTo = null;
            for (String group : groups) {
                String[] parts = group.split("@", 2);
                OrgUnit unit = organization.unitByCode(parts[1]).orElse(null);
                if (unit == null) {
                    continue;
                }
                OrgUnit supervisor = organization.supervisingUnit(unit.id());
                tasks.addCandidateGroup(task.getId(), parts[0] + "@" + supervisor.code());
                escalatedTo = supervisor.code();
            }
            if (escalatedTo == null) {
                continue;
            }
            tasks.setVariableLocal(task.getId(), ESCALATED_TO, escalatedTo);
            Object caseId = runtime.getVariable(processInstanceId, ProcessIds.VAR_CASE_ID);
            HardshipCase hardshipCase = caseId == null ? null : files.caseById((Long) caseId);
            events.publishEvent(new TaskEscalated(hardshipCase == null ? null : hardshipCase.id(),
                    hardshipCase == null ? null : hardshipCase.unitId(), task.getTaskDefinitionKey(),
                    organization.unitByCode(escalatedTo).orElseThrow().name()));
        }
    }
}
