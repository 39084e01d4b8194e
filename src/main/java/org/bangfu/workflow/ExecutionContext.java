package org.bangfu.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A feature's view of a running execution: variables, business key, instance id; no engine types. */
public final class ExecutionContext implements ProcessStep.StepContext {

    private final DelegateExecution execution;

    private ExecutionContext(DelegateExecution execution) {
        this.execution = execution;
    }

    public static ProcessStep.StepContext of(DelegateExecution execution) {
        return new ExecutionContext(execution);
    }

    @Override
    public Object variable(String name) {
        return execution.getVariable(name);
    }

    @Override
    public void setVariable(String name, Object value) {
        execution.setVariable(name, value);
    }

    @Override
    public String businessKey() {
        return execution.getProcessBusinessKey();
    }

    @Override
    public String processInstanceId() {
        return execution.getProcessInstanceId();
    }
}
