package org.bangfu.casework;

import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.workflow.TaskEscalated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An escalated task of a case goes on the case's record (and so into the audit trail): the sweep of the workflow
 * says which task went to which unit; the case is the one its process's business key names.
 */
@Component
public class TaskEscalation {

    /** The task-local variable naming the unit code a task was escalated to. */
    public static final String ESCALATED_TO = org.bangfu.workflow.WorkItems.ESCALATED_TO;

    private final IdentificationService files;
    private final ApplicationEventPublisher events;

    TaskEscalation(IdentificationService files, ApplicationEventPublisher events) {
        this.files = files;
        this.events = events;
    }

    @EventListener
    void on(TaskEscalated escalated) {
        HardshipCase hardshipCase = escalated.businessKey() == null ? null
                : files.casesByNumbers(java.util.Set.of(escalated.businessKey())).stream().findFirst().orElse(null);
        events.publishEvent(new CaseTaskEscalated(hardshipCase == null ? null : hardshipCase.id(),
                hardshipCase == null ? null : hardshipCase.unitId(), escalated.taskKey(), escalated.unitName()));
    }
}
