package org.bangfu.workflow.guard;

import org.bangfu.workflow.ExecutionContext;
import org.bangfu.workflow.ProcessStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The engine's side of a {@link ProcessStep}: the step runs with a view of the execution, no engine types. */
record StepDelegate(ProcessStep step) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        step.run(ExecutionContext.of(execution));
    }
}
