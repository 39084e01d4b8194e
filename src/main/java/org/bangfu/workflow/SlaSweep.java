package org.bangfu.workflow;

import java.util.Date;
import java.util.List;

import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.NodeLocks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SLA without a timer per task: every user task carries its escalation moment as the task's follow-up date
 * ({@code camunda:followUpDate="${sla.escalateAt(execution, 'Task_X')}"}, computed from the rule settings of its
 * region). One sweep finds the tasks whose moment has passed, in pages, and sends each also to the supervising
 * unit's inbox (the same role one level up), once: the follow-up date is cleared and the unit noted on the task.
 * Adding a task to a model adds no timer, no escalation step and no end event.
 */
@Service
public class SlaSweep {

    private static final Logger log = LoggerFactory.getLogger(SlaSweep.class);

    /** Tasks escalated per transaction. */
    static final int PAGE = 200;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final OrganizationService organization;
    private final ApplicationEventPublisher events;
    private final TaskItems items;
    private final TransactionTemplate eachPage;
    private final NodeLocks locks;

    SlaSweep(TaskService tasks, RuntimeService runtime, OrganizationService organization,
             ApplicationEventPublisher events, TaskItems items, PlatformTransactionManager transactions,
             NodeLocks locks) {
        this.locks = locks;
        this.items = items;
        this.tasks = tasks;
        this.runtime = runtime;
        this.organization = organization;
        this.events = events;
        this.eachPage = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${bangfu.sla.sweep-interval:PT5M}", initialDelayString = "PT1M")
    void scheduled() {
        // one node sweeps at a time; the other skips this round (two sweeps would escalate a task twice)
        locks.tryExclusively("sla-sweep", () -> {
            int escalated = sweep();
            if (escalated > 0) {
                log.info("SLA sweep escalated {} overdue tasks", escalated);
            }
        });
    }

    /** Escalates every task whose escalation moment has passed (engine clock); answers how many. */
    public int sweep() {
        int total = 0;
        while (true) {
            Integer done = eachPage.execute(status -> page());
            if (done == null || done == 0) {
                return total;
            }
            total += done;
        }
    }

    /**
     * Escalates now every task of one process instance whose due date has passed and that was not escalated yet: for
     * a model whose own rule says when (a campaign unit late with its report). Answers how many.
     */
    public int escalateOverdue(String processInstanceId) {
        Date now = ClockUtil.getCurrentTime();
        int escalated = 0;
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).dueBefore(now).list()) {
            if (tasks.getVariableLocal(task.getId(), WorkItems.ESCALATED_TO) == null) {
                escalate(task);
                escalated++;
            }
        }
        return escalated;
    }

    private int page() {
        // a moment that has come counts, as a timer due now fires now (the query's bound is exclusive)
        Date now = new Date(ClockUtil.getCurrentTime().getTime() + 1);
        List<Task> due = tasks.createTaskQuery().followUpBefore(now).orderByTaskCreateTime().asc().listPage(0, PAGE);
        for (Task task : due) {
            escalate(task);
        }
        return due.size();
    }

    private void escalate(Task task) {
        // once: the follow-up date is spent whether or not there is a unit above (saved first, while the task
        // object is current)
        task.setFollowUpDate(null);
        tasks.saveTask(task);
        String escalatedTo = null;
        List<String> added = new java.util.ArrayList<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null
                    || !link.getGroupId().contains("@")) {
                continue;
            }
            String[] parts = link.getGroupId().split("@", 2);
            OrgUnit unit = organization.unitByCode(parts[1]).orElse(null);
            if (unit == null) {
                continue;
            }
            OrgUnit supervisor = organization.supervisingUnit(unit.id());
            tasks.addCandidateGroup(task.getId(), parts[0] + "@" + supervisor.code());
            added.add(parts[0] + "@" + supervisor.code());
            escalatedTo = supervisor.code();
        }
        if (escalatedTo == null) {
            return;
        }
        tasks.setVariableLocal(task.getId(), WorkItems.ESCALATED_TO, escalatedTo);
        items.escalated(task.getId(), added, escalatedTo);
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        events.publishEvent(new TaskEscalated(task.getId(), task.getTaskDefinitionKey(),
                instance == null ? null : instance.getBusinessKey(), escalatedTo,
                organization.unitByCode(escalatedTo).orElseThrow().name()));
    }
}
