package org.bangfu.workflow;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The {@code sla} of the models' expressions (allow-listed by the guard): hands the execution to {@link Sla}. */
@Component("sla")
public class SlaExpressions {

    private final Sla sla;

    SlaExpressions(Sla sla) {
        this.sla = sla;
    }

    public Date dueDate(DelegateExecution execution, String taskKey) {
        return sla.dueDate(ExecutionContext.of(execution), taskKey);
    }

    public Date escalateAt(DelegateExecution execution, String taskKey) {
        return sla.escalateAt(ExecutionContext.of(execution), taskKey);
    }

    public Date remindAt(DelegateExecution execution, String taskKey) {
        return sla.remindAt(ExecutionContext.of(execution), taskKey);
    }
}
