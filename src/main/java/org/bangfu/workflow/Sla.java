package org.bangfu.workflow;

import java.util.Date;

/**
 * Task deadlines, given by a feature from its rules: the models name them as {@code ${sla.dueDate(execution,
 * 'Task_X')}} (the due date), {@code ${sla.escalateAt(execution, 'Task_X')}} (the escalation moment, the task's
 * follow-up date, which {@link SlaSweep} acts on) and {@code ${sla.remindAt(execution, 'Task_X')}} (a reminder
 * timer before a fixed deadline).
 */
public interface Sla {

    Date dueDate(ProcessStep.StepContext process, String taskKey);

    Date escalateAt(ProcessStep.StepContext process, String taskKey);

    Date remindAt(ProcessStep.StepContext process, String taskKey);
}
