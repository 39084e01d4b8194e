package org.bangfu.casework.process;

import org.bangfu.casework.TaskEscalation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The escalation steps: overdue tasks of the instance go to the supervising unit's inbox too. */
@Component("escalateOverdueDelegate")
class EscalateOverdueDelegate implements JavaDelegate {

    private final TaskEscalation escalation;

    EscalateOverdueDelegate(TaskEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.escalateOverdue(execution.getProcessInstanceId());
    }
}
